package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.ACME;
import static com.tradeledger.quoting.Quotes.ALICE;
import static com.tradeledger.quoting.Quotes.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.customers.CreditLimitSet;
import com.tradeledger.customers.Customer;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerDeactivated;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerGradeChanged;
import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Standings as the customer aggregate's own events leave it. */
class AggregateCustomerStandingsTest {

    private static final CustomerCode ACME_CODE = CustomerCode.of("ACME-01");
    private static final CustomerId GLOBEX = CustomerId.of("0a000000-0000-4000-8000-000000000002");
    private static final Money ACME_LIMIT = Money.of("50000.00", "EUR");

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final CustomerStandings standings = new AggregateCustomerStandings(aggregates.repositoryOf(Customer.class));

    @BeforeEach
    void acmeIsRegistered() {
        aggregates.given(
                Customer.class,
                ACME,
                new CustomerRegistered(
                        ACME,
                        ACME_CODE,
                        "Acme Trading GmbH",
                        CountryCode.of("DE"),
                        null,
                        List.of(),
                        CustomerGrade.B,
                        ALICE,
                        ACME_LIMIT,
                        Currency.getInstance("EUR")));
    }

    @Test
    void reads_an_active_customers_grade_and_owner() {
        assertThat(standingOf(ACME))
                .contains(new CustomerStanding(CustomerStatus.ACTIVE, CustomerGrade.B, ALICE, ACME_LIMIT));
    }

    @Test
    void reads_the_grade_and_owner_as_they_were_last_changed() {
        aggregates.given(
                Customer.class,
                ACME,
                new CustomerGradeChanged(ACME, CustomerGrade.B, CustomerGrade.A, "orders doubled"),
                new CustomerHandedOver(ACME, ALICE, BOB, "alice moved to the Asia desk"));

        assertThat(standingOf(ACME))
                .contains(new CustomerStanding(CustomerStatus.ACTIVE, CustomerGrade.A, BOB, ACME_LIMIT));
    }

    @Test
    void reads_the_credit_limit_as_it_was_last_set() {
        aggregates.given(Customer.class, ACME, new CreditLimitSet(ACME, ACME_LIMIT, Money.of("80000.00", "EUR")));

        assertThat(standingOf(ACME)).map(CustomerStanding::creditLimit).contains(Money.of("80000.00", "EUR"));
    }

    @Test
    void reads_a_merged_customer_as_merged() {
        aggregates.given(Customer.class, ACME, new CustomerMerged(ACME, ACME_CODE, ALICE, GLOBEX, "duplicate"));

        assertThat(standingOf(ACME)).map(CustomerStanding::status).contains(CustomerStatus.MERGED);
    }

    @Test
    void reads_a_deactivated_customer_as_deactivated() {
        aggregates.given(Customer.class, ACME, new CustomerDeactivated(ACME, "ceased trading"));

        assertThat(standingOf(ACME)).map(CustomerStanding::status).contains(CustomerStatus.DEACTIVATED);
    }

    @Test
    void knows_no_standing_of_a_customer_never_registered() {
        assertThat(standingOf(GLOBEX)).isEmpty();
    }

    private Optional<CustomerStanding> standingOf(CustomerId customerId) {
        return aggregates.inUnitOfWork(() -> standings.standingOf(customerId));
    }
}
