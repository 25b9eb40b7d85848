package org.claimgraph.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The layering of the app, as ARCHITECTURE.md draws it: requests go down from the entry points
 * ({@code graphql}, {@code bulk}) through the services ({@code service} to read, {@code intake} to ingest)
 * to {@code store} and the domain, never up. Rules with violations left from before they were written are
 * frozen: the violations listed in {@code src/test/resources/frozen-layer-violations} are tolerated (they
 * are the work still to do), any new one fails the build, and one fixed drops out of the list.
 */
@AnalyzeClasses(packages = "org.claimgraph.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiLayerRulesTest {

    private static final String API = "org.claimgraph.api";

    @ArchTest
    static void graphqlIsTheTopLayer(JavaClasses api) {
        frozen(noClasses()
                        .that()
                        .resideOutsideOfPackage(API + ".graphql..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(API + ".graphql..")
                        .because("only the GraphQL resources and runtime use the GraphQL model"))
                .check(api);
    }

    @ArchTest
    static void theSchemaImportsNothingElseOfTheApp(JavaClasses api) {
        frozen(noClasses()
                        .that()
                        .resideInAPackage(API + ".graphql.schema..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                API + ".service..",
                                API + ".store..",
                                API + ".intake..",
                                API + ".events..",
                                API + ".cluster..",
                                API + ".bulk..",
                                API + ".http..")
                        .because("the GraphQL model maps domain types and knows no layer of the app"))
                .check(api);
    }

    @ArchTest
    static void servicesKnowNothingAboveThem(JavaClasses api) {
        noClasses()
                .that()
                .resideInAnyPackage(API + ".service..", API + ".intake..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        API + ".bulk..",
                        API + ".http..",
                        API + ".cluster..",
                        API + ".graphql",
                        API + ".graphql.runtime..")
                .check(api);
    }

    @ArchTest
    static void theStoreKnowsOnlyTheDomainAndTheExtraction(JavaClasses api) {
        noClasses()
                .that()
                .resideInAPackage(API + ".store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        API + ".service..",
                        API + ".intake..",
                        API + ".graphql..",
                        API + ".events..",
                        API + ".cluster..",
                        API + ".bulk..",
                        API + ".http..",
                        API + ".security..")
                .check(api);
    }

    @ArchTest
    static void theAppUsesOnlyThePublicPartOfTheIngestLibrary(JavaClasses api) {
        noClasses()
                .should()
                .dependOnClassesThat(describe(
                        "are in a package of ingest other than extraction",
                        c -> c.getPackageName().startsWith("org.claimgraph.ingest.")
                                && !c.getPackageName().startsWith("org.claimgraph.ingest.extraction")))
                .because("the pipeline's stages are its own business: Extractor and the extraction records are its API")
                .check(api);
    }

    /**
     * The services that still return GraphQL types (frozen in {@link #graphqlIsTheTopLayer}) make a cycle
     * through the GraphQL model; that one dependency is set aside here, any other cycle fails.
     */
    @ArchTest
    static void noCyclesBetweenThePackagesOfTheApp(JavaClasses api) {
        slices().matching(API + ".(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage(API + ".service.."), resideInAnyPackage(API + ".graphql.schema.."))
                .check(api);
    }

    private static ArchRule frozen(ArchRule rule) {
        return FreezingArchRule.freeze(rule);
    }
}
