package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.BRACKET;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.shipmentRecorded;
import static com.tradeledger.contracting.Contracts.shippedQuantity;
import static com.tradeledger.contracting.Contracts.then;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.contracting.RecordingStockKeeping.Released;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompleteContractTest {

    private static final LocalDate COMPLETED_ON = LocalDate.of(2026, 10, 1);
    private static final CompleteContract COMPLETE = new CompleteContract(CONTRACT, COMPLETED_ON);

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void completes_a_signed_contract_whose_every_line_shipped() {
        fixture.aggregate
                .given(then(
                        aSignedContract(),
                        shipmentRecorded(false, shippedQuantity(1, "100")),
                        shipmentRecorded(true, shippedQuantity(2, "10"))))
                .when(COMPLETE)
                .expectEvents(new ContractCompleted(CONTRACT, COMPLETED_ON));
    }

    @Test
    void releases_whatever_is_still_reserved_for_the_contract_once_per_product() {
        fixture.aggregate
                .given(then(
                        aSignedContract(), shipmentRecorded(true, shippedQuantity(1, "100"), shippedQuantity(2, "10"))))
                .when(COMPLETE)
                .expectSuccessfulHandlerExecution();

        assertThat(fixture.stock.asked()).containsExactly(new Released(BRACKET, CONTRACT, "contract completed"));
    }

    @Test
    void rejects_completing_a_contract_with_quantities_still_to_ship() {
        fixture.aggregate
                .given(then(
                        aSignedContract(), shipmentRecorded(false, shippedQuantity(1, "100"), shippedQuantity(2, "9"))))
                .when(COMPLETE)
                .expectException(ContractNotFullyShipped.class)
                .expectExceptionMessage("contract " + CONTRACT + " still has quantities to ship")
                .expectNoEvents();
        assertThat(fixture.stock.asked()).isEmpty();
    }

    @Test
    void rejects_completing_a_contract_never_signed() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(COMPLETE)
                .expectException(ContractNotSigned.class)
                .expectExceptionMessage("contract " + CONTRACT + " is DRAFT, not SIGNED")
                .expectNoEvents();
    }

    @Test
    void rejects_completing_twice() {
        fixture.aggregate
                .given(then(
                        aSignedContract(),
                        shipmentRecorded(true, shippedQuantity(1, "100"), shippedQuantity(2, "10")),
                        new ContractCompleted(CONTRACT, COMPLETED_ON)))
                .when(COMPLETE)
                .expectException(ContractNotSigned.class)
                .expectNoEvents();
        assertThat(fixture.stock.asked()).isEmpty();
    }
}
