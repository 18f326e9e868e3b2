package com.tradeledger.salesplanning;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.YearMonth;
import java.util.Currency;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

class SetSalesTargetTest {

    private static final Username SALLY = Username.of("sally");
    private static final Username MAX = Username.of("max");
    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final SalesTargetId SALLYS_MAY = SalesTargetId.of(SALLY, MAY);

    private final FixtureConfiguration<SalesTarget> fixture = new AggregateTestFixture<>(SalesTarget.class);

    @Test
    void sets_a_salespersons_target_for_a_month() {
        fixture.givenNoPriorActivity()
                .when(set(Money.of("500000.00", "CNY")))
                .expectEvents(new SalesTargetSet(SALLYS_MAY, SALLY, MAY, Money.of("500000.00", "CNY"), null, MAX));
    }

    @Test
    void setting_again_replaces_the_target_and_records_the_previous_one() {
        fixture.given(new SalesTargetSet(SALLYS_MAY, SALLY, MAY, Money.of("500000.00", "CNY"), null, MAX))
                .when(set(Money.of("650000.00", "CNY")))
                .expectEvents(new SalesTargetSet(
                        SALLYS_MAY, SALLY, MAY, Money.of("650000.00", "CNY"), Money.of("500000.00", "CNY"), MAX));
    }

    @Test
    void setting_the_target_it_already_has_changes_nothing() {
        fixture.given(new SalesTargetSet(SALLYS_MAY, SALLY, MAY, Money.of("500000.00", "CNY"), null, MAX))
                .when(set(Money.of("500000", "CNY")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void one_salesperson_and_month_always_give_the_same_target_and_others_another() {
        org.assertj.core.api.Assertions.assertThat(SalesTargetId.of(Username.of("sally"), YearMonth.of(2026, 5)))
                .isEqualTo(SALLYS_MAY)
                .isNotEqualTo(SalesTargetId.of(SALLY, MAY.plusMonths(1)))
                .isNotEqualTo(SalesTargetId.of(Username.of("sam"), MAY));
    }

    @Test
    void rejects_a_target_of_zero() {
        fixture.givenNoPriorActivity()
                .when(set(Money.of("0.00", "CNY")))
                .expectException(refusedBy(TargetNotPositive.class, "target-not-positive"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_target() {
        fixture.given(new SalesTargetSet(SALLYS_MAY, SALLY, MAY, Money.of("500000.00", "CNY"), null, MAX))
                .when(set(Money.of("-1.00", "CNY")))
                .expectException(refusedBy(TargetNotPositive.class, "target-not-positive"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_in_fractions_of_a_fen() {
        fixture.givenNoPriorActivity()
                .when(set(Money.of("100.005", "CNY")))
                .expectException(refusedBy(TargetNotPositive.class, "target-not-positive"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_outside_the_functional_currency() {
        fixture.givenNoPriorActivity()
                .when(set(Money.of("70000.00", "USD")))
                .expectException(refusedBy(TargetNotInFunctionalCurrency.class, "target-not-in-functional-currency"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_under_another_salespersons_or_months_id() {
        fixture.givenNoPriorActivity()
                .when(new SetSalesTarget(
                        SalesTargetId.of(SALLY, MAY.plusMonths(1)), SALLY, MAY, Money.of("1.00", "CNY"), CNY, MAX))
                .expectException(refusedBy(SalesTargetIdMismatch.class, "sales-target-id-mismatch"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_without_salesperson() {
        fixture.givenNoPriorActivity()
                .when(new SetSalesTarget(SALLYS_MAY, null, MAY, Money.of("1.00", "CNY"), CNY, MAX))
                .expectException(missing("salesperson"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_without_period() {
        fixture.givenNoPriorActivity()
                .when(new SetSalesTarget(SALLYS_MAY, SALLY, null, Money.of("1.00", "CNY"), CNY, MAX))
                .expectException(missing("period"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_without_amount() {
        fixture.givenNoPriorActivity()
                .when(new SetSalesTarget(SALLYS_MAY, SALLY, MAY, null, CNY, MAX))
                .expectException(missing("target"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_without_functional_currency() {
        fixture.givenNoPriorActivity()
                .when(new SetSalesTarget(SALLYS_MAY, SALLY, MAY, Money.of("1.00", "CNY"), null, MAX))
                .expectException(missing("functionalCurrency"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_target_without_who_set_it() {
        fixture.givenNoPriorActivity()
                .when(new SetSalesTarget(SALLYS_MAY, SALLY, MAY, Money.of("1.00", "CNY"), CNY, null))
                .expectException(missing("setBy"))
                .expectNoEvents();
    }

    private static SetSalesTarget set(Money target) {
        return new SetSalesTarget(SALLYS_MAY, SALLY, MAY, target, CNY, MAX);
    }

    private static Matcher<Object> missing(String field) {
        return allOf(
                refusedBy(MissingValue.class, "missing-value"),
                new FeatureMatcher<Object, String>(equalTo(field), "field", "field") {
                    @Override
                    protected String featureValueOf(Object actual) {
                        return actual instanceof MissingValue missing ? missing.field() : null;
                    }
                });
    }

    private static Matcher<Object> refusedBy(Class<? extends BusinessRuleViolation> rule, String code) {
        return allOf(instanceOf(rule), new FeatureMatcher<Object, String>(equalTo(code), "error code", "code") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof BusinessRuleViolation violation ? violation.code() : null;
            }
        });
    }
}
