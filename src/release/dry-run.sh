#!/usr/bin/env bash
# Copyright 2026 the camel-whacenter authors. Licensed under the Apache License, Version 2.0.
#
# Release dry run: runs the release profile (mvn deploy -Prelease -DskipTests) on the whole reactor as the release
# would, signed with a throw-away GnuPG key generated on the spot, up to the Central Portal bundle, and uploads
# nothing: skipPublishing=true stops central-publishing-maven-plugin after the bundle, and its URL points at a closed
# port on loopback besides. Then checks that the bundle holds every published artifact (pom, jar, sources, javadoc,
# SBOM, features), each with its checksums and a signature that gpg --verify accepts, and nothing else: a module that
# is not published and is missing from the release profile's excludeArtifacts fails the dry run.
# Run by tests/camel-whacenter-release-checks in the README's test command.
#
#   src/release/dry-run.sh ROOT WORKDIR [maven arguments...]
#
# ROOT is the checkout, WORKDIR an empty scratch directory. The release is built from a copy of ROOT in WORKDIR
# with the version the release would have (the -SNAPSHOT dropped); nothing is installed into the local repository.
# The Maven run is $MVN (default: mvn) with the extra arguments.
#
# Without GnuPG on the PATH the dry run says so and skips itself, so that the README's test command passes on a machine
# with only Java and Maven; with WHACENTER_REQUIRE_GPG=true (.ci/run sets it) a missing GnuPG fails it instead.
set -euo pipefail

root=$(cd "$1" && pwd)
work=$2
shift 2
mvn=${MVN:-mvn}
gpg=${GPG:-gpg}
published=(camel-whacenter-parent camel-whacenter-simulator camel-whacenter camel-whacenter-endpointdsl
           camel-whacenter-kamelets camel-whacenter-karaf-features camel-whacenter-starter)

if ! command -v "$gpg" > /dev/null; then
    if [ "${WHACENTER_REQUIRE_GPG:-false}" = true ]; then
        echo "FAILED: the release dry run needs GnuPG ($gpg), and WHACENTER_REQUIRE_GPG=true asks for it" >&2
        exit 1
    fi
    echo "SKIPPED: the release dry run signs with GnuPG, and $gpg is not on the PATH (install gnupg to run it;"\
         "WHACENTER_REQUIRE_GPG=true makes a missing GnuPG fail the build, as in CI)"
    exit 0
fi

rm -rf "$work"
mkdir -p "$work/src"
work=$(cd "$work" && pwd)

# a throw-away key in a home of its own (short path: gpg-agent's socket lives there), removed on exit
export GNUPGHOME
GNUPGHOME=$(mktemp -d "${TMPDIR:-/tmp}/whacenter-gpg.XXXXXX")
chmod 700 "$GNUPGHOME"
cleanup() {
    gpgconf --homedir "$GNUPGHOME" --kill all > /dev/null 2>&1 || true
    rm -rf "$GNUPGHOME"
}
trap cleanup EXIT
"$gpg" --batch --quiet --no-tty --pinentry-mode loopback --passphrase '' \
    --quick-gen-key "camel-whacenter release dry run <release-dry-run@example.invalid>" ed25519 sign 1d
fingerprint=$("$gpg" --batch --quiet --with-colons --list-secret-keys 2> /dev/null | awk -F: '/^fpr:/ { print $10; exit }')
echo "Throw-away signing key $fingerprint"

# the sources as they are, at the version the release would have
(cd "$root" && tar --exclude=./.git --exclude='*/target' -cf - .) | (cd "$work/src" && tar -xf -)
snapshot=$(sed -n 's|^    <version>\(.*\)</version>$|\1|p' "$work/src/pom.xml" | head -1)
version=${snapshot%-SNAPSHOT}
find "$work/src" -name pom.xml -exec sed -i "s|<version>$snapshot</version>|<version>$version</version>|" {} +

# central-publishing-maven-plugin wants the credentials of server id 'central' even when it uploads nothing: a
# made-up token, in global settings of the dry run's own (Maven's default ones: no servers, the mirror that blocks
# plain-HTTP repositories); the user's settings.xml still applies
cat > "$work/global-settings.xml" <<'SETTINGS'
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>central</id>
      <username>release-dry-run</username>
      <password>not-a-token</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>maven-default-http-blocker</id>
      <mirrorOf>external:http:*</mirrorOf>
      <url>http://0.0.0.0/</url>
      <blocked>true</blocked>
    </mirror>
  </mirrors>
</settings>
SETTINGS

echo "mvn deploy -Prelease -DskipTests -DskipPublishing=true, version $version, the whole reactor as a release builds it"
started=$(date +%s)
(cd "$work/src" && "$mvn" -B -ntp -gs "$work/global-settings.xml" deploy -Prelease -DskipTests -Dmaven.install.skip=true \
    -DskipPublishing=true -DcentralBaseUrl=http://127.0.0.1:9 -Dgpg.keyname="$fingerprint" \
    "$@") > "$work/build.log" 2>&1 || {
    tail -60 "$work/build.log"
    echo "FAILED: the release build did not complete (log: $work/build.log)" >&2
    exit 1
}
echo "  built in $(( $(date +%s) - started )) s"
grep -E "Skipping Central|Created bundle|central-bundle" "$work/build.log" | sed 's/^/  /' || true

bundle=$(find "$work/src" -path '*/target/central-publishing/central-bundle.zip' | head -1)
[ -n "$bundle" ] || { echo "FAILED: no central-bundle.zip was built" >&2; exit 1; }
echo "Bundle ${bundle#"$work/src/"}"
mkdir "$work/bundle"
(cd "$work/bundle" && unzip -q "$bundle")

failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

# every published artifact is there
group=io/github/camelwhacenter
for a in "${published[@]}"; do
    dir="$work/bundle/$group/$a/$version"
    files=("$a-$version.pom")
    case "$a" in
        camel-whacenter-parent) ;;
        camel-whacenter-karaf-features) files+=("$a-$version-features.xml" "$a-$version-cyclonedx.json" "$a-$version-cyclonedx.xml") ;;
        *) files+=("$a-$version.jar" "$a-$version-sources.jar" "$a-$version-javadoc.jar" "$a-$version-cyclonedx.json" "$a-$version-cyclonedx.xml") ;;
    esac
    for f in "${files[@]}"; do
        [ -f "$dir/$f" ] || fail "$group/$a/$version/$f is not in the bundle"
    done
done
# and nothing else
for d in "$work/bundle/$group"/*; do
    a=$(basename "$d")
    printf '%s\n' "${published[@]}" | grep -qx "$a" || fail "$a is in the bundle but is not a published module"
done

# each file has its checksums, and a signature by the throw-away key that verifies
verified=0
while IFS= read -r f; do
    for c in md5 sha1; do
        [ -f "$f.$c" ] || fail "no .$c for ${f#"$work/bundle/"}"
    done
    [ ! -f "$f.sha1" ] || [ "$(cut -c1-40 < "$f.sha1")" = "$(sha1sum < "$f" | cut -c1-40)" ] \
        || fail "the .sha1 of ${f#"$work/bundle/"} does not match"
    if [ ! -f "$f.asc" ]; then
        fail "no signature for ${f#"$work/bundle/"}"
    elif status=$("$gpg" --batch --status-fd 1 --verify "$f.asc" "$f" 2> /dev/null) \
            && grep -q "^\[GNUPG:\] VALIDSIG $fingerprint " <<< "$status"; then
        echo "gpg --verify: Good signature  ${f#"$work/bundle/"}"
        verified=$((verified + 1))
    else
        fail "the signature of ${f#"$work/bundle/"} does not verify"
    fi
done < <(find "$work/bundle" -type f ! -name '*.asc' ! -name '*.md5' ! -name '*.sha1' ! -name '*.sha256' \
             ! -name '*.sha512' | sort)

if [ "$failures" -ne 0 ]; then
    echo "FAILED: the release dry run found $failures problem(s) (log: $work/build.log)" >&2
    exit 1
fi
echo "Release dry run of $version: $verified artifacts of ${#published[@]} published modules in the bundle, all signed, all signatures verified; nothing uploaded"
