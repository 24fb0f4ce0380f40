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
package io.github.camelwhacenter.reliability;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One node of {@link WatchdogFailoverTest}, in a JVM of its own: the device watchdog under Camel's master component,
 * with camel-file's file-lock cluster service on a directory all nodes share. It prints a line for every poll it makes,
 * and runs until it is killed.
 */
public final class WatchdogNode {

    static final String POLLED = "POLLED ";
    static final String STARTED = "STARTED ";

    private WatchdogNode() {
    }

    /** @param args the gateway's base URL, the lock directory, this node's name; the device id on standard input */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String lockRoot = args[1];
        String node = args[2];
        // read from standard input rather than the command line, where any process could see it
        String deviceId = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        CamelContext context = new DefaultCamelContext();
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(lockRoot);
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        WhacenterComponent whacenter = new WhacenterComponent();
        whacenter.getConfiguration().setBaseUrl(baseUrl);
        whacenter.getConfiguration().setDeviceId(deviceId);
        context.addComponent("whacenter", whacenter);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:whacenter-watchdog:whacenter:deviceStatus?initialDelay=0&delay=100&emitEveryPoll=true")
                        .routeId("watchdog")
                        .process(exchange -> System.out.println(POLLED + node + " " + System.currentTimeMillis()));
            }
        });
        context.start();
        System.out.println(STARTED + node);
        new CountDownLatch(1).await();
    }
}
