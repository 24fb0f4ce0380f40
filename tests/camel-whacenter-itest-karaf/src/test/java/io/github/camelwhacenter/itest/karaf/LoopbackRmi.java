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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.server.RMISocketFactory;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Keeps Java RMI on loopback. Pax Exam drives the container over RMI: its registry (in the JUnit JVM) and its remote
 * bundle context (in Karaf, exported on an anonymous port) use the JVM's default RMI socket factory, which listens on
 * every interface. This factory listens on loopback only; it is installed in the JUnit JVM before the container
 * starts, and in Karaf by a one-class bundle started before Pax Exam's own bundles (see {@link #bundle(Path)}).
 */
public final class LoopbackRmi extends RMISocketFactory implements BundleActivator {

    /** Installs the loopback factory as this JVM's RMI socket factory, once. */
    public static synchronized void install() {
        if (!(RMISocketFactory.getSocketFactory() instanceof LoopbackRmi)) {
            try {
                RMISocketFactory.setSocketFactory(new LoopbackRmi());
            } catch (IOException e) {
                throw new IllegalStateException("another RMI socket factory is already installed", e);
            }
        }
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public void start(BundleContext context) {
        install();
    }

    @Override
    public void stop(BundleContext context) {
        // the factory can be set only once per JVM: it stays
    }

    /** Writes the bundle that installs this factory in Karaf: this class alone, as its Bundle-Activator. */
    static Path bundle(Path file) throws IOException {
        String entry = LoopbackRmi.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.github.camelwhacenter.itest.loopback-rmi");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", LoopbackRmi.class.getName());
        main.putValue("Import-Package", "org.osgi.framework");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream jar = new JarOutputStream(out, manifest);
             InputStream in = LoopbackRmi.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException("class file " + entry + " not found");
            }
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
        }
        return file;
    }
}
