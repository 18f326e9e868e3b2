package com.tradeledger.customers;

import static com.tradeledger.customers.Customers.ACME;
import static com.tradeledger.customers.Customers.acmeDeactivated;
import static com.tradeledger.customers.Customers.acmeMergedIntoGlobex;
import static com.tradeledger.customers.Customers.acmeRegistered;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ChangeCustomerGradeTest {

    private final FixtureConfiguration<Customer> fixture = Customers.fixtureWith(new InMemoryCustomerRegistry());

    @Test
    void changes_the_grade_recording_the_previous_one() {
        fixture.given(acmeRegistered())
                .when(new ChangeCustomerGrade(ACME, CustomerGrade.A, "orders doubled this year", null))
                .expectEvents(
                        new CustomerGradeChanged(ACME, CustomerGrade.B, CustomerGrade.A, "orders doubled this year"));
    }

    @Test
    void records_nothing_when_the_customer_already_has_that_grade() {
        fixture.given(acmeRegistered())
                .when(new ChangeCustomerGrade(ACME, CustomerGrade.B, "yearly review", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void compares_with_the_grade_after_the_last_change() {
        fixture.given(acmeRegistered(), new CustomerGradeChanged(ACME, CustomerGrade.B, CustomerGrade.A, "growth"))
                .when(new ChangeCustomerGrade(ACME, CustomerGrade.B, "orders fell back", null))
                .expectEvents(new CustomerGradeChanged(ACME, CustomerGrade.A, CustomerGrade.B, "orders fell back"));
    }

    @Test
    void rejects_a_change_without_a_grade() {
        fixture.given(acmeRegistered())
                .when(new ChangeCustomerGrade(ACME, null, "yearly review", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("grade is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_change_without_a_reason() {
        fixture.given(acmeRegistered())
                .when(new ChangeCustomerGrade(ACME, CustomerGrade.A, " ", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_grading_a_merged_customer() {
        fixture.given(acmeRegistered(), acmeMergedIntoGlobex())
                .when(new ChangeCustomerGrade(ACME, CustomerGrade.A, "yearly review", null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }

    @Test
    void rejects_grading_a_deactivated_customer() {
        fixture.given(acmeRegistered(), acmeDeactivated())
                .when(new ChangeCustomerGrade(ACME, CustomerGrade.A, "yearly review", null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }
}
