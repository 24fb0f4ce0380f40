#!/usr/bin/env bash
# Copyright 2026 the camel-whacenter authors. Licensed under the Apache License, Version 2.0.
#
# Checks that the build is reproducible: builds the published modules a second time, from a copy of the source
# tree in another directory, and compares every artifact they publish (jar, sources, javadoc, tests jar,
# SBOM, features XML) byte for byte (SHA-256) with the one the first build left in each module's target/.
# Run by tests/camel-whacenter-release-checks in the README's test command, after the published modules were built.
#
#   src/release/check-reproducible.sh ROOT WORKDIR [maven arguments...]
#
# ROOT is the checkout whose modules were just built, WORKDIR an empty scratch directory. The Maven run is $MVN
# (default: mvn) with the extra arguments (the tests module passes its local repository).
set -euo pipefail

root=$(cd "$1" && pwd)
work=$2
shift 2
mvn=${MVN:-mvn}
modules=(camel-whacenter-simulator camel-whacenter camel-whacenter-endpointdsl camel-whacenter-kamelets camel-whacenter-karaf
         camel-whacenter-starter)

rm -rf "$work"
mkdir -p "$work/src"
work=$(cd "$work" && pwd)
# the sources as they are (committed or not), without any build output
(cd "$root" && tar --exclude=./.git --exclude='*/target' -cf - .) | (cd "$work/src" && tar -xf -)

echo "Second build of the published modules in $work/src"
started=$(date +%s)
(cd "$work/src" && "$mvn" -B -ntp -q package -DskipTests \
    -pl "$(IFS=,; echo "${modules[*]}")" "$@") > "$work/build.log" 2>&1 || {
    tail -50 "$work/build.log"
    echo "FAILED: the second build did not complete (log: $work/build.log)" >&2
    exit 1
}
echo "  built in $(( $(date +%s) - started )) s"

# what each published module must produce
expected() {
    case "$1" in
        camel-whacenter-karaf) echo "feature/feature.xml bom.json bom.xml" ;;
        *) echo "$1-*.jar bom.json bom.xml" ;;
    esac
}
required() {
    case "$1" in
        camel-whacenter-karaf) echo "feature/feature.xml bom.json bom.xml" ;;
        *) echo "$2.jar $2-sources.jar $2-javadoc.jar bom.json bom.xml" ;;
    esac
}

failures=0
compared=0
for m in "${modules[@]}"; do
    first="$root/$m/target"
    second="$work/src/$m/target"
    version=$(cd "$first" && ls "$m"-*.jar 2>/dev/null | sed -n "s/^$m-\([0-9][^-]*\(-SNAPSHOT\)\?\)\.jar$/\1/p" | head -1 || true)
    for r in $(required "$m" "$m-$version"); do
        if [ ! -f "$first/$r" ]; then
            echo "MISSING  $m/target/$r (the first build did not produce it)"
            failures=$((failures + 1))
        fi
    done
    for pattern in $(expected "$m"); do
        for f in $(cd "$first" && ls $pattern 2>/dev/null); do
            compared=$((compared + 1))
            a=$(sha256sum < "$first/$f" | cut -d' ' -f1)
            if [ ! -f "$second/$f" ]; then
                echo "MISSING  $m/target/$f in the second build"
                failures=$((failures + 1))
                continue
            fi
            b=$(sha256sum < "$second/$f" | cut -d' ' -f1)
            if [ "$a" = "$b" ]; then
                echo "same     $a  $m/target/$f"
            else
                echo "DIFFERS  $m/target/$f: $a (first) $b (second)"
                failures=$((failures + 1))
                case "$f" in
                    *.jar)
                        diff <(unzip -v "$first/$f" | sed '1,3d' | awk '{print $5, $6, $7, $8}') \
                             <(unzip -v "$second/$f" | sed '1,3d' | awk '{print $5, $6, $7, $8}') | head -20 || true ;;
                    *)
                        diff "$first/$f" "$second/$f" | head -20 || true ;;
                esac
            fi
        done
    done
done

if [ "$failures" -ne 0 ]; then
    echo "FAILED: $failures of the published artifacts are missing or not reproducible" >&2
    exit 1
fi
echo "Reproducible: $compared artifacts of ${#modules[@]} published modules are byte-identical across two builds"
