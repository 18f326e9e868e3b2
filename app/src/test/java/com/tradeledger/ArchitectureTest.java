package com.tradeledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyFieldsThat;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of all five modules. Modules share package names
 * (one feature, one package), so a class's module is told by where it was loaded from.
 */
class ArchitectureTest {

    private static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tradeledger");

    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe(
                "in module " + module,
                javaClass -> javaClass
                        .getSource()
                        .map(source -> source.getUri().toString())
                        .map(uri -> uri.contains("/" + module + "/target/")
                                || uri.contains("/trade-ledger-" + module + "-"))
                        .orElse(false));
    }

    @Test
    void every_module_is_found() {
        for (String module : new String[] {"api", "command-model", "query-model", "projections", "app"}) {
            assertThat(LEDGER.that(inModule(module)))
                    .as("classes of module %s (else every rule below passes vacuously)", module)
                    .isNotEmpty();
        }
    }

    @Test
    void the_published_language_depends_on_nothing_of_ours_nor_on_spring_or_jpa() {
        noClasses()
                .that(inModule("api"))
                .should()
                .dependOnClassesThat(inModule("command-model")
                        .or(inModule("query-model"))
                        .or(inModule("projections"))
                        .or(inModule("app")))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..")
                .check(LEDGER);
    }

    @Test
    void the_published_language_is_records_and_enums_only() {
        classes()
                .that(inModule("api"))
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .beRecords()
                .orShould()
                .beEnums()
                .check(LEDGER);
    }

    @Test
    void every_event_is_a_record_with_a_revision() {
        // An aggregate that is snapshotted carries the revision of its snapshot's form.
        classes()
                .that()
                .areAnnotatedWith(Revision.class)
                .and(are(not(containAnyFieldsThat(annotatedWith(AggregateIdentifier.class)))))
                .should()
                .beRecords()
                .check(LEDGER);
    }

    @Test
    void no_floating_point_numbers_in_the_published_language() {
        fields().that()
                .areDeclaredInClassesThat(inModule("api"))
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .andShould()
                .notHaveRawType(Float.class)
                .check(LEDGER);
    }

    @Test
    void the_command_model_knows_no_spring_and_no_jpa() {
        noClasses()
                .that(inModule("command-model"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..")
                .check(LEDGER);
    }

    @Test
    void nothing_but_the_app_depends_on_the_command_model() {
        noClasses()
                .that(inModule("api").or(inModule("query-model")).or(inModule("projections")))
                .should()
                .dependOnClassesThat(inModule("command-model"))
                .check(LEDGER);
    }

    @Test
    void nothing_depends_on_the_app() {
        noClasses()
                .that(DescribedPredicate.not(inModule("app")))
                .should()
                .dependOnClassesThat(inModule("app"))
                .check(LEDGER);
    }

    @Test
    void the_read_side_never_sends_commands() {
        noClasses()
                .that(inModule("query-model").or(inModule("projections")))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(CommandGateway.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(CommandBus.class)
                .check(LEDGER);
    }
}
