package org.claimgraph.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** The domain is the bottom of the project: it uses no other part of claimgraph. */
@AnalyzeClasses(packages = "org.claimgraph.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainRulesTest {

    @ArchTest
    static void domainUsesNoOtherPartOfClaimgraph(JavaClasses domain) {
        classes()
                .that()
                .resideInAPackage("org.claimgraph.domain..")
                .should()
                .onlyDependOnClassesThat(
                        resideInAPackage("org.claimgraph.domain..").or(resideOutsideOfPackage("org.claimgraph..")))
                .check(domain);
    }
}
