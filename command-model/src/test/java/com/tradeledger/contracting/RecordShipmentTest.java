package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.SHIPMENT;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.shipmentRecorded;
import static com.tradeledger.contracting.Contracts.shippedQuantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;

/** What the contract records when shipping tells it a shipment left, and the over-shipments it refuses. */
class RecordShipmentTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final Repository<Contract> contracts = aggregates.repositoryOf(Contract.class);

    @Test
    void records_a_partial_shipment() {
        given(aSignedContract());

        record(shippedQuantity(1, "40"));

        assertThat(lastEvent()).isEqualTo(shipmentRecorded(false, shippedQuantity(1, "40")));
    }

    @Test
    void records_the_shipment_that_ships_the_last_open_quantity_as_fully_shipped() {
        given(aSignedContract());
        aggregates.given(Contract.class, CONTRACT, shipmentRecorded(false, shippedQuantity(1, "40")));

        record(shippedQuantity(1, "60"), shippedQuantity(2, "10"));

        assertThat(lastEvent()).isEqualTo(shipmentRecorded(true, shippedQuantity(1, "60"), shippedQuantity(2, "10")));
    }

    @Test
    void rejects_shipping_more_than_is_still_to_ship() {
        given(aSignedContract());
        aggregates.given(Contract.class, CONTRACT, shipmentRecorded(false, shippedQuantity(1, "40")));

        assertRefused(ShipmentExceedsContract.class, shippedQuantity(1, "60.5"))
                .hasMessage("line 1 of contract " + CONTRACT + " has 60 left to ship, not 60.5");
    }

    @Test
    void rejects_a_line_the_contract_does_not_have() {
        given(aSignedContract());

        assertRefused(UnknownContractLine.class, shippedQuantity(7, "1"));
    }

    @Test
    void rejects_a_line_listed_twice() {
        given(aSignedContract());

        assertRefused(ContractLineShippedTwice.class, shippedQuantity(1, "10"), shippedQuantity(1, "10"))
                .hasMessage("contract line 1 is listed twice in one shipment");
    }

    @Test
    void rejects_a_quantity_of_nothing() {
        given(aSignedContract());

        assertRefused(ShippedQuantityNotPositive.class, shippedQuantity(2, "0"));
    }

    @Test
    void rejects_shipping_under_a_contract_not_signed() {
        given(aCompleteDraft());

        assertRefused(ContractNotSigned.class, shippedQuantity(1, "10"));
    }

    private void given(List<Object> history) {
        aggregates.given(Contract.class, CONTRACT, history.toArray());
    }

    private void record(ShippedQuantity... quantities) {
        aggregates.inUnitOfWork(() -> {
            contracts
                    .load(CONTRACT.toString())
                    .execute(contract -> contract.recordShipment(SHIPMENT, List.of(quantities)));
            return null;
        });
    }

    private Object lastEvent() {
        List<Object> events = aggregates.history(CONTRACT);
        return events.get(events.size() - 1);
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            Class<? extends Throwable> rule, ShippedQuantity... quantities) {
        int before = aggregates.history(CONTRACT).size();
        var refusal = assertThatThrownBy(() -> record(quantities)).isInstanceOf(rule);
        assertThat(aggregates.history(CONTRACT)).hasSize(before);
        return refusal;
    }
}
