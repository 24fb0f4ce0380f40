/*
 * Copyright 2026 the camel-whacenter authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelwhacenter.media;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be fetched from a URL an incoming request carried: only hosts on the allow-list (an entry {@code
 * *.example.com} allows its subdomains, not itself), over http or https, without a user in the URL; only public
 * addresses unless {@code allowNonPublicAddresses}; within a size, a number of redirects and a time.
 *
 * @param allowedHosts            host names or address literals, compared without case
 * @param allowNonPublicAddresses whether a host may resolve to a loopback, private, link-local or other non-public
 *                                address (for a gateway on the same network, or tests)
 * @param maxSize                 the largest body taken, in bytes
 * @param maxRedirects            how many redirects are followed, each within the allow-list
 * @param timeout                 for the whole fetch, redirects included
 */
public record MediaFetchPolicy(Set<String> allowedHosts, boolean allowNonPublicAddresses, int maxSize, int maxRedirects,
                               Duration timeout) {

    public MediaFetchPolicy {
        allowedHosts = allowedHosts.stream().map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Null when the URL may be fetched, else why not (never the URL's query, which may hold a credential). */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs are fetched, not '" + scheme + "'";
        }
        if (uri.getRawUserInfo() != null) {
            return "a URL with a user in it is not fetched";
        }
        if (uri.getHost() == null || !hostAllowed(uri.getHost())) {
            return "the host " + uri.getHost() + " is not on the allow-list (mediaAllowedHosts)";
        }
        return null;
    }

    boolean hostAllowed(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (allowedHosts.contains(name)) {
            return true;
        }
        for (String allowed : allowedHosts) {
            if (allowed.startsWith("*.") && name.endsWith(allowed.substring(1))) {
                return true;
            }
        }
        return false;
    }

    boolean addressAllowed(InetAddress address) {
        return allowNonPublicAddresses || isPublic(address);
    }

    /** Whether the address is one of the public internet's, not this machine's, a private network's or a special one. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
            || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            // 0/8, 240/4 and broadcast, 100.64/10 (carrier-grade NAT), 198.18/15 (benchmarks), 192.0.0/24 (protocol)
            return !(x == 0 || x >= 240 || x == 100 && (y & 0xc0) == 64 || x == 198 && (y & 0xfe) == 18
                     || x == 192 && y == 0 && b[2] == 0);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                // fc00::/7, unique local
                return false;
            }
            // an IPv4 address inside IPv6 (IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96) is judged as that address
            boolean compatible = true;
            for (int i = 0; i < 12; i++) {
                compatible &= b[i] == 0;
            }
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            for (int i = 4; nat64 && i < 12; i++) {
                nat64 = b[i] == 0;
            }
            if (compatible || nat64) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
            if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
                // 2002::/16, 6to4: the IPv4 address follows
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { b[2], b[3], b[4], b[5] }));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
