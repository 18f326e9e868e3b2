package com.tradeledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tradeledger.shared.BusinessRuleViolation;
import org.axonframework.modelling.command.AggregateIdentifier;

/** The command model is plain Axon and plain Java: the app wires it, and its rule violations speak the business. */
@AnalyzeClasses(
        packages = "com.tradeledger",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class CommandModelArchitectureTest {

    private static final String[] FEATURE_PACKAGES = {
        "com.tradeledger.customers",
        "com.tradeledger.products",
        "com.tradeledger.quoting",
        "com.tradeledger.contracting",
        "com.tradeledger.purchasing",
        "com.tradeledger.receiving",
        "com.tradeledger.shipping",
        "com.tradeledger.billing",
        "com.tradeledger.payables",
        "com.tradeledger.partners",
        "com.tradeledger.stock",
        "com.tradeledger.salesplanning",
        "com.tradeledger.shared"
    };

    @ArchTest
    static final ArchRule knows_neither_spring_nor_jpa = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule rule_violations_live_in_feature_packages = classes()
            .that()
            .areAssignableTo(BusinessRuleViolation.class)
            .should()
            .resideInAnyPackage(FEATURE_PACKAGES);

    @ArchTest
    static final ArchRule rule_violations_are_named_after_the_rule = classes()
            .that()
            .areAssignableTo(BusinessRuleViolation.class)
            .should()
            .haveSimpleNameNotEndingWith("Exception")
            .andShould()
            .bePublic();

    // The app registers aggregates by class, from its own packages.
    @ArchTest
    static final ArchRule aggregates_are_public = fields().that()
            .areAnnotatedWith(AggregateIdentifier.class)
            .should()
            .beDeclaredInClassesThat()
            .arePublic();

    // A feature reads the features it builds on (quoting reads customers and products), never the other way round.
    @ArchTest
    static final ArchRule features_depend_on_each_other_without_cycles =
            slices().matching("com.tradeledger.(*)..").should().beFreeOfCycles();
}
