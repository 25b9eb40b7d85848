package org.claimgraph.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.List;

/**
 * The layering of ingest, as package-info.java of each package states it: {@code extraction} lowest,
 * then {@code document} (the contract between stages), then {@code lexicon}, then the stages, which
 * share layers only through {@code document} and never use each other; the entry point, the command
 * line, the evaluation and the benchmark sit on top.
 */
@AnalyzeClasses(packages = "org.claimgraph.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String INGEST = "org.claimgraph.ingest";
    private static final String DOMAIN = "org.claimgraph.domain..";
    private static final String JAVA = "java..";
    private static final List<String> STAGES = List.of(
            "segment",
            "places",
            "organisations",
            "people",
            "resolve",
            "attribute",
            "stance",
            "relations",
            "quantities");
    /** Libraries a stage may call besides the JDK: OpenNLP's models (segment). */
    private static final String OPENNLP = "opennlp..";

    @ArchTest
    static void extractionIsTheLowestPackage(JavaClasses ingest) {
        classes()
                .that()
                .resideInAPackage(INGEST + ".extraction..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(INGEST + ".extraction..", DOMAIN, JAVA)
                .check(ingest);
    }

    @ArchTest
    static void documentDependsOnExtractionAndDomainOnly(JavaClasses ingest) {
        classes()
                .that()
                .resideInAPackage(INGEST + ".document..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(INGEST + ".document..", INGEST + ".extraction..", DOMAIN, JAVA)
                .check(ingest);
    }

    @ArchTest
    static void lexiconKnowsNoStage(JavaClasses ingest) {
        classes()
                .that()
                .resideInAPackage(INGEST + ".lexicon..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        INGEST + ".lexicon..",
                        INGEST + ".document..",
                        INGEST + ".extraction..",
                        DOMAIN,
                        JAVA,
                        "com.fasterxml.jackson..")
                .check(ingest);
    }

    @ArchTest
    static void noCyclesBetweenIngestPackages(JavaClasses ingest) {
        slices().matching(INGEST + ".(*)..").should().beFreeOfCycles().check(ingest);
    }

    /** Each stage package uses only the shared packages, never another stage. */
    @ArchTest
    static void stagesDependOnlyOnTheSharedPackages(JavaClasses ingest) {
        for (String stage : STAGES) {
            classes()
                    .that()
                    .resideInAPackage(INGEST + "." + stage + "..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            INGEST + "." + stage + "..",
                            INGEST + ".document..",
                            INGEST + ".extraction..",
                            INGEST + ".lexicon..",
                            DOMAIN,
                            JAVA,
                            OPENNLP)
                    .as("stage package " + stage + " depends only on document, extraction, lexicon and domain")
                    .check(ingest);
        }
    }
}
