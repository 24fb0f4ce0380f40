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
package io.github.camelwhacenter;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages' one direction: root (what Camel and users see) → health → device → gateway → support and model;
 * webhook → support and model, and the gateway's channel. Below the root, a class may use of the root only its
 * exceptions, its option enums and its header constants: never the component, an endpoint, a producer, a consumer, or
 * anything else. The device layer and the health checks take no HttpClient type: they know a call by what it asks.
 */
class PackageDependencyTest {

    private static final String ROOT = "io.github.camelwhacenter";
    private static final String HEALTH = ROOT + ".health..";
    private static final String DEVICE = ROOT + ".device..";
    private static final String GATEWAY = ROOT + ".gateway..";
    private static final String WEBHOOK = ROOT + ".webhook..";
    private static final String SUPPORT = ROOT + ".support..";
    private static final String MODEL = ROOT + ".model..";
    private static final String MEDIA = ROOT + ".media..";
    private static final String CONVERSATION = ROOT + ".conversation..";
    private static final String[] BELOW_THE_ROOT = { HEALTH, DEVICE, GATEWAY, WEBHOOK, MEDIA, SUPPORT, MODEL };
    private static final String HTTP_CLIENT = "org.apache.hc..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // the tests are left out wherever they come from: target/test-classes here, the component's test jar when the
        // suite runs again on another Camel line
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    /** What of the root the packages below it may use: the exceptions, the option enums, the header constants. */
    private static final DescribedPredicate<JavaClass> ROOT_VOCABULARY = DescribedPredicate.describe(
            "a root exception, option enum or constant",
            type -> type.isEnum() || type.isAssignableTo(Throwable.class)
                    || type.getName().equals(WhacenterConstants.class.getName()));

    private static final DescribedPredicate<JavaClass> ROOT_BUT_ITS_VOCABULARY = DescribedPredicate.describe(
            "a root class other than an exception, an option enum or the constants",
            type -> type.getPackageName().equals(ROOT) && !ROOT_VOCABULARY.test(type.getBaseComponentType()));

    @Test
    void belowTheRootOnlyTheRootsExceptionsEnumsAndConstantsAreUsed() {
        noClasses().that().resideInAnyPackage(BELOW_THE_ROOT).should().dependOnClassesThat(ROOT_BUT_ITS_VOCABULARY)
                .check(classes);
    }

    @Test
    void noPackageBelowTheRootUsesTheComponentAnEndpointAProducerOrAConsumer() {
        noClasses().that().resideInAnyPackage(BELOW_THE_ROOT).should().dependOnClassesThat(
                assignableTo(WhacenterComponent.class).or(assignableTo(WhacenterEndpoint.class))
                        .or(assignableTo(org.apache.camel.Producer.class).and(resideInAPackage(ROOT)))
                        .or(assignableTo(org.apache.camel.Consumer.class).and(resideInAPackage(ROOT))))
                .check(classes);
    }

    @Test
    void theDeviceLayerUsesNoWebhookAndNoHealth() {
        noClasses().that().resideInAPackage(DEVICE).should().dependOnClassesThat().resideInAnyPackage(WEBHOOK, HEALTH)
                .check(classes);
    }

    @Test
    void theDeviceLayerAndTheHealthChecksTakeNoHttpClientType() {
        noClasses().that().resideInAnyPackage(DEVICE, HEALTH).should().dependOnClassesThat().resideInAPackage(HTTP_CLIENT)
                .check(classes);
    }

    @Test
    void theHealthChecksUseNoGateway() {
        noClasses().that().resideInAPackage(HEALTH).should().dependOnClassesThat().resideInAPackage(GATEWAY)
                .check(classes);
    }

    @Test
    void theGatewayLayerUsesNoDeviceNoWebhookAndNoHealth() {
        noClasses().that().resideInAPackage(GATEWAY).should().dependOnClassesThat()
                .resideInAnyPackage(DEVICE, WEBHOOK, HEALTH)
                .check(classes);
    }

    @Test
    void theWebhookUsesNoDeviceNoHealthAndOfTheGatewayOnlyItsChannel() {
        noClasses().that().resideInAPackage(WEBHOOK).should().dependOnClassesThat(
                resideInAnyPackage(DEVICE, HEALTH).or(resideInAPackage(GATEWAY).and(DescribedPredicate.describe(
                        "other than the gateway channel", type -> !type.getSimpleName().startsWith("GatewayChannel")))))
                .check(classes);
    }

    @Test
    void mediaUsesOnlySupportAndTheModel() {
        noClasses().that().resideInAPackage(MEDIA).should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(DescribedPredicate.not(resideInAnyPackage(MEDIA, SUPPORT, MODEL))))
                .check(classes);
    }

    @Test
    void conversationUsesOnlySupportAndTheModel() {
        noClasses().that().resideInAPackage(CONVERSATION).should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(DescribedPredicate.not(resideInAnyPackage(CONVERSATION, SUPPORT, MODEL))))
                .check(classes);
    }

    @Test
    void supportUsesOnlyTheModel() {
        noClasses().that().resideInAPackage(SUPPORT).should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(DescribedPredicate.not(resideInAnyPackage(SUPPORT, MODEL))))
                .check(classes);
    }

    @Test
    void theModelUsesNothingOfTheProject() {
        noClasses().that().resideInAPackage(MODEL).should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(DescribedPredicate.not(resideInAPackage(MODEL))))
                .check(classes);
    }

    @Test
    void thePackagesBelowTheRootHaveNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
