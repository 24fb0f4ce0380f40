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
package io.github.camelwhacenter.itest.karaf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

/**
 * The Karaf container every test starts, built in the JUnit JVM from the properties the build passes
 * (see this module's pom.xml): Karaf from its Maven distribution, Maven resolution from the local repository first
 * and then only the configured remote repositories, every listening port on loopback.
 */
final class KarafOptions {

    /** Properties handed on to the container, where the test probe reads them. */
    static final String[] FORWARDED_PROPERTIES = {"camel.version", "camel-karaf.version", "project.version",
        "karaf.itest.examplesDirectory"};

    private static final String LOOPBACK_RMI_URL = "mvn:io.github.camelwhacenter.itest/loopback-rmi/1.0.0";
    private static final String LOOPBACK_RMI_PATH = "io/github/camelwhacenter/itest/loopback-rmi/1.0.0/loopback-rmi-1.0.0.jar";

    private KarafOptions() {
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run this test through Maven"
                    + " (mvn install -Pkaraf), which sets it from the pom");
        }
        return value;
    }

    /**
     * @param camelFeatures camel-karaf features installed while Karaf boots, before the test probe (whose classes
     *                      use Camel's API) is installed
     */
    static Option[] container(String... camelFeatures) {
        String localRepository = required("karaf.itest.localRepository");
        String remoteRepositories = required("karaf.itest.remoteRepositories");
        File target = new File(required("project.build.directory"));

        MavenArtifactUrlReference karaf = maven().groupId("org.apache.karaf").artifactId("apache-karaf")
                .version(required("karaf.version")).type("tar.gz");

        // Pax Exam's RMI plumbing on loopback too: in this JVM now, in Karaf from start level 5 (before Pax Exam's)
        LoopbackRmi.install();
        Path loopbackRmiBundle;
        try {
            loopbackRmiBundle = LoopbackRmi.bundle(target.toPath().resolve("loopback-rmi.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<Option> options = new ArrayList<>(List.of(
                // Karaf's startup.properties takes mvn: URLs resolved from its system/ folder
                replaceConfigurationFile("system/" + LOOPBACK_RMI_PATH, loopbackRmiBundle.toFile()),
                editConfigurationFilePut("etc/startup.properties", LOOPBACK_RMI_URL, "5"),
                karafDistributionConfiguration().frameworkUrl(karaf).name("Apache Karaf")
                        .unpackDirectory(new File(target, "exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),

                // Maven resolution inside Karaf: the local repository first, then only the configured remotes
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository", localRepository),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.repositories", remoteRepositories),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.defaultRepositories",
                        "${karaf.home.uri}system@id=system.repository@snapshots,"
                                + "${karaf.data.uri}kar@id=kar.repository@multi@snapshots"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.useFallbackRepositories", "false"),

                // everything Karaf listens on: loopback, free ports
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
                editConfigurationFilePut("etc/system.properties", "java.rmi.server.hostname", "127.0.0.1")));

        // what Karaf's bin/karaf passes on Java 9+ (Pax Exam does not): the specs locator on java.base, so that the
        // XML/JAXB spec bundles the camel-core feature installs register without NoClassDefFoundError
        String karafVersion = required("karaf.version");
        options.add(vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"));

        options.add(features(maven().groupId("org.apache.camel.karaf").artifactId("apache-camel")
                .version(required("camel-karaf.version")).classifier("features").type("xml"), camelFeatures));
        if (Boolean.parseBoolean(System.getProperty("karaf.itest.substituteCamelKarafBundles", "true"))) {
            options.add(replaceConfigurationFile("etc/org.apache.karaf.features.xml",
                    new File(target, "test-classes/karaf/org.apache.karaf.features.xml")));
        }
        // -Dkaraf.itest.debugLoggers=io.vertx,org.apache.camel : DEBUG for those loggers in data/log/karaf.log
        String debugLoggers = System.getProperty("karaf.itest.debugLoggers", "");
        int n = 0;
        for (String logger : debugLoggers.split(",")) {
            if (!logger.isBlank()) {
                n++;
                options.add(editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg",
                        "log4j2.logger.itestdebug" + n + ".name", logger.trim()));
                options.add(editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg",
                        "log4j2.logger.itestdebug" + n + ".level", "DEBUG"));
            }
        }
        if (Boolean.getBoolean("karaf.itest.keepRuntime")) {
            options.add(keepRuntimeFolder());
        }
        for (String property : FORWARDED_PROPERTIES) {
            options.add(systemProperty(property).value(required(property)));
        }
        return options.toArray(new Option[0]);
    }

    /**
     * The Whacenter gateway simulator, installed in Karaf as a bundle (its jar has no dependencies; wrapped at install
     * time) so that the test code, which runs in Karaf, drives and inspects it directly. It serves HTTP with the JDK's
     * com.sun.net.httpserver, which Karaf's system bundle does not export by default.
     */
    static Option[] simulatorBundle() {
        return new Option[] {
            editConfigurationFileExtend("etc/config.properties", "org.osgi.framework.system.packages.extra",
                    "com.sun.net.httpserver"),
            bundle("wrap:mvn:io.github.camelwhacenter/camel-whacenter-simulator/" + required("project.version")
                    + "$Bundle-SymbolicName=io.github.camelwhacenter.simulator&Export-Package=io.github.camelwhacenter.simulator"),
        };
    }

    /**
     * The component's test helpers (package {@code io.github.camelwhacenter.testing}: clients that post to a webhook over
     * each protocol, bodies that trickle), its test jar installed as a bundle, and Awaitility: the test code runs in
     * Karaf. The helpers use HttpClient 5, which Karaf must have when their bundle resolves (camel-karaf's camel-http
     * feature at boot).
     */
    static Option[] testingBundles() {
        return new Option[] {
            bundle("mvn:org.hamcrest/hamcrest/" + required("hamcrest.version")),
            bundle("mvn:org.awaitility/awaitility/" + required("awaitility.version")),
            bundle("wrap:mvn:io.github.camelwhacenter/camel-whacenter/" + required("project.version") + "/jar/tests"
                      + "$Bundle-SymbolicName=io.github.camelwhacenter.testing&Export-Package=io.github.camelwhacenter.testing"
                      + "&Import-Package=*;resolution:=optional"),
        };
    }

    static String freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
