package com.tradeledger.shipping;

import static com.tradeledger.shipping.Shipments.SHIPMENT;
import static com.tradeledger.shipping.Shipments.contract;
import static com.tradeledger.shipping.Shipments.planned;
import static com.tradeledger.shipping.Shipments.shipped;
import static com.tradeledger.shipping.Shipments.usd;

import com.tradeledger.contracting.ContractStatus;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RecordShippingDetailsTest {

    private static final LocalDate ETD = LocalDate.of(2026, 7, 21);
    private static final LocalDate ETA = LocalDate.of(2026, 8, 25);

    private final FixtureConfiguration<Shipment> fixture = Shipments.fixtureWith(
            new InMemoryShippableContracts().with(contract(ContractStatus.SIGNED)), new FakeStockKeeping());

    private static ShippingDetails details(LocalDate etd, LocalDate eta, Money freight, Money insured) {
        return new ShippingDetails(
                "MAEU123456789",
                "MAERSK ESSEN 612W",
                "CNNGB",
                "DEHAM",
                etd,
                eta,
                freight,
                "310420260000123456",
                "PICC-2026-0042",
                insured);
    }

    private static ShippingDetails complete() {
        return details(ETD, ETA, usd("1850.00"), usd("941.82"));
    }

    @Test
    void records_the_details_of_a_planned_shipment() {
        fixture.given(planned())
                .when(new RecordShippingDetails(SHIPMENT, complete(), null))
                .expectEvents(new ShippingDetailsRecorded(SHIPMENT, complete()));
    }

    @Test
    void corrects_the_details_of_a_shipment_that_left() {
        ShippingDetails unknownYet = details(ETD, null, null, null);

        fixture.given(planned(), shipped())
                .when(new RecordShippingDetails(SHIPMENT, unknownYet, null))
                .expectEvents(new ShippingDetailsRecorded(SHIPMENT, unknownYet));
    }

    @Test
    void rejects_details_for_a_cancelled_shipment() {
        fixture.given(planned(), new ShipmentCancelled(SHIPMENT, Shipments.CONTRACT, "customer postponed"))
                .when(new RecordShippingDetails(SHIPMENT, complete(), null))
                .expectException(ShipmentWasCancelled.class)
                .expectExceptionMessage("shipment " + SHIPMENT + " was cancelled")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_freight_cost() {
        fixture.given(planned())
                .when(new RecordShippingDetails(SHIPMENT, details(ETD, ETA, usd("-1.00"), null), null))
                .expectException(NegativeShippingAmount.class)
                .expectExceptionMessage("freightCost cannot be negative, but was -1.00 USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_insured_amount() {
        fixture.given(planned())
                .when(new RecordShippingDetails(SHIPMENT, details(ETD, ETA, null, usd("-0.01")), null))
                .expectException(NegativeShippingAmount.class)
                .expectExceptionMessage("insuredAmount cannot be negative, but was -0.01 USD")
                .expectNoEvents();
    }

    @Test
    void rejects_an_arrival_before_the_departure() {
        fixture.given(planned())
                .when(new RecordShippingDetails(SHIPMENT, details(ETD, ETD.minusDays(1), null, null), null))
                .expectException(ArrivalBeforeDeparture.class)
                .expectExceptionMessage("the ETA 2026-07-20 is before the ETD 2026-07-21")
                .expectNoEvents();
    }

    @Test
    void rejects_recording_no_details() {
        fixture.given(planned())
                .when(new RecordShippingDetails(SHIPMENT, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
