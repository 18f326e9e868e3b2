package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.BRACKET;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.shipmentRecorded;
import static com.tradeledger.contracting.Contracts.shippedQuantity;
import static com.tradeledger.contracting.Contracts.then;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.contracting.RecordingStockKeeping.Released;
import com.tradeledger.shared.MissingValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CancelContractTest {

    private static final String REASON = "customer withdrew";
    private static final LocalDate CANCELLED_ON = LocalDate.of(2026, 6, 25);
    private static final CancelContract CANCEL = new CancelContract(CONTRACT, ALICE, REASON, CANCELLED_ON, null);
    private static final ContractCancelled CANCELLED = new ContractCancelled(CONTRACT, ALICE, REASON, CANCELLED_ON);

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void cancels_a_draft_without_touching_stock() {
        fixture.aggregate.given(aCompleteDraft()).when(CANCEL).expectEvents(CANCELLED);

        assertThat(fixture.stock.asked()).isEmpty();
    }

    @Test
    void cancels_a_signed_contract_and_releases_its_reservations_once_per_product() {
        fixture.aggregate.given(aSignedContract()).when(CANCEL).expectEvents(CANCELLED);

        assertThat(fixture.stock.asked()).containsExactly(new Released(BRACKET, CONTRACT, REASON));
    }

    @Test
    void rejects_cancelling_a_contract_that_shipped_anything() {
        fixture.aggregate
                .given(then(aSignedContract(), shipmentRecorded(false, shippedQuantity(1, "10"))))
                .when(CANCEL)
                .expectException(ContractAlreadyShipped.class)
                .expectExceptionMessage("contract " + CONTRACT + " already shipped goods and cannot be cancelled")
                .expectNoEvents();
        assertThat(fixture.stock.asked()).isEmpty();
    }

    @Test
    void rejects_cancelling_twice() {
        fixture.aggregate
                .given(then(aCompleteDraft(), CANCELLED))
                .when(CANCEL)
                .expectException(ContractClosed.class)
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_a_completed_contract() {
        fixture.aggregate
                .given(then(
                        aSignedContract(),
                        shipmentRecorded(true, shippedQuantity(1, "100"), shippedQuantity(2, "10")),
                        new ContractCompleted(CONTRACT, CANCELLED_ON)))
                .when(CANCEL)
                .expectException(ContractClosed.class)
                .expectExceptionMessage("contract " + CONTRACT + " is COMPLETED and closed")
                .expectNoEvents();
    }

    @Test
    void rejects_a_cancellation_without_a_reason() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(new CancelContract(CONTRACT, ALICE, null, CANCELLED_ON, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }
}
