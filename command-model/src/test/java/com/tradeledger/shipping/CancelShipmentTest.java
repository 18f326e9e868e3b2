package com.tradeledger.shipping;

import static com.tradeledger.shipping.Shipments.CONTRACT;
import static com.tradeledger.shipping.Shipments.SHIPMENT;
import static com.tradeledger.shipping.Shipments.contract;
import static com.tradeledger.shipping.Shipments.planned;
import static com.tradeledger.shipping.Shipments.shipped;

import com.tradeledger.contracting.ContractStatus;
import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class CancelShipmentTest {

    private static final String REASON = "customer postponed";

    private final FixtureConfiguration<Shipment> fixture = Shipments.fixtureWith(
            new InMemoryShippableContracts().with(contract(ContractStatus.SIGNED)), new FakeStockKeeping());

    @Test
    void cancels_a_planned_shipment() {
        fixture.given(planned())
                .when(new CancelShipment(SHIPMENT, REASON, null))
                .expectEvents(new ShipmentCancelled(SHIPMENT, CONTRACT, REASON));
    }

    @Test
    void rejects_cancelling_a_shipment_that_left() {
        fixture.given(planned(), shipped())
                .when(new CancelShipment(SHIPMENT, REASON, null))
                .expectException(ShipmentNotPlanned.class)
                .expectExceptionMessage("shipment " + SHIPMENT + " is SHIPPED, not PLANNED")
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_twice() {
        fixture.given(planned(), new ShipmentCancelled(SHIPMENT, CONTRACT, REASON))
                .when(new CancelShipment(SHIPMENT, REASON, null))
                .expectException(ShipmentNotPlanned.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_cancellation_without_a_reason() {
        fixture.given(planned())
                .when(new CancelShipment(SHIPMENT, "", null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
