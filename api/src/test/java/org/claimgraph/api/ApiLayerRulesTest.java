package org.claimgraph.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the app, as ARCHITECTURE.md draws it: requests go down from the entry points
 * ({@code graphql}, {@code bulk}) through the services ({@code service} to read, {@code intake} to ingest)
 * to {@code store} and the domain, never up. Each rule is a plain ArchUnit rule: one class that breaks it
 * fails the build ({@code ApiLayerRulesCatchTest} breaks them on purpose to show they would). The rules are
 * checked from methods: surefire's test filter does not see rules declared as {@code @ArchTest} fields.
 */
@AnalyzeClasses(packages = "org.claimgraph.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiLayerRulesTest {

    private static final String API = "org.claimgraph.api";

    static final ArchRule GRAPHQL_IS_THE_TOP_LAYER = noClasses()
            .that()
            .resideOutsideOfPackage(API + ".graphql..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(API + ".graphql..")
            .because("only the GraphQL resources and runtime use the GraphQL model");

    static final ArchRule THE_SCHEMA_IMPORTS_NOTHING_ELSE_OF_THE_APP = noClasses()
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
            .because("the GraphQL model maps domain types and knows no layer of the app");

    static final ArchRule GRAPHQL_READS_THROUGH_THE_SERVICES = noClasses()
            .that()
            .resideInAPackage(API + ".graphql..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(API + ".store..")
            .because("a resource asks a service, which owns the transaction and asks the store");

    static final ArchRule THE_READ_RECORDS_IMPORT_NOTHING_OF_THE_APP = noClasses()
            .that()
            .resideInAPackage(API + ".read..")
            .should()
            .dependOnClassesThat(describe(
                    "are in the app outside read",
                    c -> c.getPackageName().startsWith(API + ".")
                            && !c.getPackageName().startsWith(API + ".read")))
            .because("every layer passes claim rows and criteria along, so they may depend on the domain only");

    static final ArchRule SERVICES_KNOW_NOTHING_ABOVE_THEM = noClasses()
            .that()
            .resideInAnyPackage(API + ".service..", API + ".intake..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    API + ".bulk..", API + ".http..", API + ".cluster..", API + ".graphql", API + ".graphql.runtime..");

    static final ArchRule THE_STORE_KNOWS_ONLY_THE_DOMAIN_AND_THE_EXTRACTION = noClasses()
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
                    API + ".security..");

    static final ArchRule THE_APP_USES_ONLY_THE_PUBLIC_PART_OF_THE_INGEST_LIBRARY = noClasses()
            .should()
            .dependOnClassesThat(describe(
                    "are in a package of ingest other than extraction",
                    c -> c.getPackageName().startsWith("org.claimgraph.ingest.")
                            && !c.getPackageName().startsWith("org.claimgraph.ingest.extraction")))
            .because("the pipeline's stages are its own business: Extractor and the extraction records are its API");

    static final ArchRule NO_CYCLES_BETWEEN_THE_PACKAGES_OF_THE_APP =
            slices().matching(API + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static void graphqlIsTheTopLayer(JavaClasses api) {
        GRAPHQL_IS_THE_TOP_LAYER.check(api);
    }

    @ArchTest
    static void theSchemaImportsNothingElseOfTheApp(JavaClasses api) {
        THE_SCHEMA_IMPORTS_NOTHING_ELSE_OF_THE_APP.check(api);
    }

    @ArchTest
    static void graphqlReadsThroughTheServices(JavaClasses api) {
        GRAPHQL_READS_THROUGH_THE_SERVICES.check(api);
    }

    @ArchTest
    static void theReadRecordsImportNothingOfTheApp(JavaClasses api) {
        THE_READ_RECORDS_IMPORT_NOTHING_OF_THE_APP.check(api);
    }

    @ArchTest
    static void servicesKnowNothingAboveThem(JavaClasses api) {
        SERVICES_KNOW_NOTHING_ABOVE_THEM.check(api);
    }

    @ArchTest
    static void theStoreKnowsOnlyTheDomainAndTheExtraction(JavaClasses api) {
        THE_STORE_KNOWS_ONLY_THE_DOMAIN_AND_THE_EXTRACTION.check(api);
    }

    @ArchTest
    static void theAppUsesOnlyThePublicPartOfTheIngestLibrary(JavaClasses api) {
        THE_APP_USES_ONLY_THE_PUBLIC_PART_OF_THE_INGEST_LIBRARY.check(api);
    }

    @ArchTest
    static void noCyclesBetweenThePackagesOfTheApp(JavaClasses api) {
        NO_CYCLES_BETWEEN_THE_PACKAGES_OF_THE_APP.check(api);
    }
}
