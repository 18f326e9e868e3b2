package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.ACME;
import static com.tradeledger.quoting.Quotes.BOB;
import static com.tradeledger.quoting.Quotes.FOB_NINGBO;
import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.USD;
import static com.tradeledger.quoting.Quotes.VALID_UNTIL;
import static com.tradeledger.quoting.Quotes.catalogue;
import static com.tradeledger.quoting.Quotes.draft;
import static com.tradeledger.quoting.Quotes.drafted;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class DraftQuoteTest {

    private final InMemoryCustomerStandings customers = Quotes.customers();
    private final FixtureConfiguration<Quote> fixture = Quotes.fixtureWith(customers, catalogue());

    @Test
    void drafts_a_quote_owned_by_the_customers_salesperson_and_priced_for_its_grade() {
        fixture.givenNoPriorActivity().when(draft()).expectEvents(drafted());
    }

    @Test
    void takes_grade_and_salesperson_as_the_customer_stands_now() {
        customers.with(ACME, new CustomerStanding(CustomerStatus.ACTIVE, CustomerGrade.A, BOB, null));

        fixture.givenNoPriorActivity()
                .when(draft())
                .expectEvents(new QuoteDrafted(QUOTE, ACME, BOB, CustomerGrade.A, USD, FOB_NINGBO, VALID_UNTIL));
    }

    @Test
    void rejects_a_quote_for_an_unknown_customer() {
        CustomerId stranger = CustomerId.of("0a000000-0000-4000-8000-0000000000ff");

        fixture.givenNoPriorActivity()
                .when(new DraftQuote(QUOTE, stranger, USD, FOB_NINGBO, VALID_UNTIL))
                .expectException(UnknownCustomer.class)
                .expectExceptionMessage("customer " + stranger + " is not a registered customer")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_for_a_customer_merged_into_another() {
        customers.with(ACME, new CustomerStanding(CustomerStatus.MERGED, CustomerGrade.B, Quotes.ALICE, null));

        fixture.givenNoPriorActivity()
                .when(draft())
                .expectException(CustomerTakesNoBusiness.class)
                .expectExceptionMessage("customer " + ACME + " is merged and takes no new business")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_for_a_deactivated_customer() {
        customers.with(ACME, new CustomerStanding(CustomerStatus.DEACTIVATED, CustomerGrade.B, Quotes.ALICE, null));

        fixture.givenNoPriorActivity()
                .when(draft())
                .expectException(CustomerTakesNoBusiness.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_without_a_validity_date() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuote(QUOTE, ACME, USD, FOB_NINGBO, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("validUntil is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_without_a_customer() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuote(QUOTE, null, USD, FOB_NINGBO, VALID_UNTIL))
                .expectException(MissingValue.class)
                .expectExceptionMessage("customerId is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_without_a_currency() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuote(QUOTE, ACME, null, FOB_NINGBO, VALID_UNTIL))
                .expectException(MissingValue.class)
                .expectExceptionMessage("currency is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_without_delivery_terms() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuote(QUOTE, ACME, USD, null, VALID_UNTIL))
                .expectException(MissingValue.class)
                .expectExceptionMessage("deliveryTerms is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_without_an_id() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuote(null, ACME, USD, FOB_NINGBO, VALID_UNTIL))
                .expectException(MissingValue.class)
                .expectExceptionMessage("quoteId is required and was missing or blank")
                .expectNoEvents();
    }
}
