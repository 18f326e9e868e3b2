package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ACME;
import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.BRACKET;
import static com.tradeledger.contracting.Contracts.CONCLUDED_ON;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.CTN;
import static com.tradeledger.contracting.Contracts.QUOTE;
import static com.tradeledger.contracting.Contracts.concluded;
import static com.tradeledger.contracting.Contracts.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.quoting.CustomerTakesNoBusiness;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteStatus;
import com.tradeledger.quoting.UnknownCustomer;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.MissingValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcludeContractTest {

    private static final ConcludeContract CONCLUDE = new ConcludeContract(CONTRACT, QUOTE, ALICE, CONCLUDED_ON);

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void concludes_a_contract_with_the_accepted_lines_counted_also_in_base_units() {
        fixture.aggregate.givenNoPriorActivity().when(CONCLUDE).expectEvents(concluded());
    }

    @Test
    void claims_the_quote_for_the_contract() {
        fixture.aggregate.givenNoPriorActivity().when(CONCLUDE).expectSuccessfulHandlerExecution();

        assertThat(fixture.registry.claims()).isEqualTo(Map.of(QUOTE, CONTRACT));
    }

    @Test
    void rejects_a_quote_never_drafted() {
        QuoteId stranger = QuoteId.of("0d000000-0000-4000-8000-0000000000ff");

        fixture.aggregate
                .givenNoPriorActivity()
                .when(new ConcludeContract(CONTRACT, stranger, ALICE, CONCLUDED_ON))
                .expectException(UnknownQuote.class)
                .expectExceptionMessage("quote " + stranger + " is not a quote of the ledger")
                .expectNoEvents();
    }

    @Test
    void rejects_a_quote_not_accepted() {
        fixture.quotes.with(quote(QuoteStatus.ISSUED));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(CONCLUDE)
                .expectException(QuoteNotAccepted.class)
                .expectExceptionMessage("quote " + QUOTE + " is ISSUED, not ACCEPTED")
                .expectNoEvents();
    }

    @Test
    void rejects_a_second_contract_from_the_same_quote() {
        fixture.registry.claimQuote(QUOTE, ContractId.of("0c000000-0000-4000-8000-000000000002"));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(CONCLUDE)
                .expectException(QuoteAlreadyContracted.class)
                .expectExceptionMessage("a contract was already concluded from quote " + QUOTE)
                .expectNoEvents();
    }

    @Test
    void rejects_a_customer_that_takes_no_more_business_and_claims_nothing() {
        fixture.customers.with(ACME, new CustomerStanding(CustomerStatus.DEACTIVATED, CustomerGrade.B, ALICE, null));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(CONCLUDE)
                .expectException(CustomerTakesNoBusiness.class)
                .expectNoEvents();
        assertThat(fixture.registry.claims()).isEmpty();
    }

    @Test
    void rejects_a_customer_never_registered() {
        fixture.customers.without(ACME);

        fixture.aggregate
                .givenNoPriorActivity()
                .when(CONCLUDE)
                .expectException(UnknownCustomer.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_in_a_unit_the_product_is_no_longer_counted_in() {
        fixture.units.notCounting(BRACKET, CTN);

        fixture.aggregate
                .givenNoPriorActivity()
                .when(CONCLUDE)
                .expectException(NoConversionToBaseUnit.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_conclusion_without_a_date() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(new ConcludeContract(CONTRACT, QUOTE, ALICE, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("concludedOn is required and was missing or blank")
                .expectNoEvents();
    }
}
