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

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ServiceStatus;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static org.junit.Assert.assertEquals;

/**
 * The container itself: Karaf from Maven Central, camel-karaf's features, a YAML route file dropped into deploy/.
 * No camel-whacenter here, so a failure points at the platform, not at the component.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CamelRouteFileDeployIT extends KarafTestSupport {

    private static final long RECEIVE_TIMEOUT_MILLIS = 30_000;

    @Configuration
    public Option[] config() {
        return KarafOptions.container("camel-core", "camel-yaml-dsl");
    }

    @Test
    public void yamlRouteFileInDeployFolderRuns() throws Exception {
        assertInstalled("camel-core", "camel-yaml-dsl");

        CamelContext context = deployRouteFile("karaf-smoke.camel.yaml");

        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("karaf-smoke"));
        ConsumerTemplate consumer = context.createConsumerTemplate();
        try {
            for (int tick = 1; tick <= 3; tick++) {
                assertEquals("tick " + tick + " in karaf-smoke",
                        consumer.receiveBody("seda:karaf-smoke-out", RECEIVE_TIMEOUT_MILLIS, String.class));
            }
        } finally {
            consumer.stop();
        }
    }
}
