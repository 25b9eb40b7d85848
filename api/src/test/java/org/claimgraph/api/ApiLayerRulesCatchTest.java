package org.claimgraph.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.claimgraph.api.graphql.AsksTheStore;
import org.claimgraph.api.graphql.schema.KnowsAService;
import org.claimgraph.api.service.ReturnsASchemaType;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of {@link ApiLayerRulesTest} fail on code that breaks them: three test classes break the
 * layering on purpose (a service returning a GraphQL type, a GraphQL type knowing a service, a resource
 * reading the store) and each rule must name the class that breaks it.
 */
class ApiLayerRulesCatchTest {

    private static final JavaClasses BROKEN =
            new ClassFileImporter().importClasses(ReturnsASchemaType.class, KnowsAService.class, AsksTheStore.class);

    @Test
    void shouldFailWhenAServiceUsesTheGraphQLModel() {
        assertBroken(ApiLayerRulesTest.GRAPHQL_IS_THE_TOP_LAYER, "ReturnsASchemaType");
    }

    @Test
    void shouldFailWhenTheGraphQLModelKnowsAService() {
        assertBroken(ApiLayerRulesTest.THE_SCHEMA_IMPORTS_NOTHING_ELSE_OF_THE_APP, "KnowsAService");
    }

    @Test
    void shouldFailWhenAResourceReadsTheStore() {
        assertBroken(ApiLayerRulesTest.GRAPHQL_READS_THROUGH_THE_SERVICES, "AsksTheStore");
    }

    @Test
    void shouldFailWhenTwoPackagesDependOnEachOther() {
        assertBroken(ApiLayerRulesTest.NO_CYCLES_BETWEEN_THE_PACKAGES_OF_THE_APP, "KnowsAService");
    }

    private static void assertBroken(ArchRule rule, String culprit) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(BROKEN));
        assertTrue(
                failure.getMessage().contains(culprit), "the failure names " + culprit + ": " + failure.getMessage());
    }
}
