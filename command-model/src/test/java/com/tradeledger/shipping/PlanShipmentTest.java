package com.tradeledger.shipping;

import static com.tradeledger.shipping.Shipments.ACME;
import static com.tradeledger.shipping.Shipments.ALICE;
import static com.tradeledger.shipping.Shipments.BRACKET;
import static com.tradeledger.shipping.Shipments.BRACKET_SKU;
import static com.tradeledger.shipping.Shipments.CONTRACT;
import static com.tradeledger.shipping.Shipments.CTN;
import static com.tradeledger.shipping.Shipments.PCS;
import static com.tradeledger.shipping.Shipments.SHIPMENT;
import static com.tradeledger.shipping.Shipments.WAREHOUSE;
import static com.tradeledger.shipping.Shipments.contract;
import static com.tradeledger.shipping.Shipments.plan;
import static com.tradeledger.shipping.Shipments.planned;
import static com.tradeledger.shipping.Shipments.request;
import static com.tradeledger.shipping.Shipments.usd;

import com.tradeledger.contracting.ContractLineShippedTwice;
import com.tradeledger.contracting.ContractNotSigned;
import com.tradeledger.contracting.ContractStatus;
import com.tradeledger.contracting.ShipmentExceedsContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.contracting.ShippedQuantityNotPositive;
import com.tradeledger.contracting.UnknownContractLine;
import com.tradeledger.shared.MissingValue;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class PlanShipmentTest {

    private final InMemoryShippableContracts contracts =
            new InMemoryShippableContracts().with(contract(ContractStatus.SIGNED));
    private final FixtureConfiguration<Shipment> fixture = Shipments.fixtureWith(contracts, new FakeStockKeeping());

    @Test
    void plans_a_shipment_priced_and_counted_in_base_units_as_the_contract_sold_it() {
        fixture.givenNoPriorActivity()
                .when(plan(request(1, "40"), request(2, "3")))
                .expectEvents(planned());
    }

    @Test
    void plans_a_whole_line_with_the_contract_lines_base_quantity() {
        fixture.givenNoPriorActivity()
                .when(plan(request(2, "10")))
                .expectEvents(new ShipmentPlanned(
                        SHIPMENT,
                        CONTRACT,
                        ACME,
                        WAREHOUSE,
                        List.of(new ShipmentLine(
                                2,
                                BRACKET,
                                BRACKET_SKU,
                                BigDecimal.TEN,
                                CTN,
                                new BigDecimal("120"),
                                PCS,
                                usd("125.40"),
                                usd("1254.00"))),
                        ALICE));
    }

    @Test
    void rejects_a_contract_never_concluded() {
        fixture.givenNoPriorActivity()
                .when(new PlanShipment(
                        SHIPMENT,
                        com.tradeledger.shared.ContractId.of("0c000000-0000-4000-8000-0000000000ff"),
                        WAREHOUSE,
                        List.of(request(1, "1")),
                        ALICE))
                .expectException(UnknownContract.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_contract_not_signed() {
        contracts.with(contract(ContractStatus.APPROVED));

        fixture.givenNoPriorActivity()
                .when(plan(request(1, "40")))
                .expectException(ContractNotSigned.class)
                .expectExceptionMessage("contract " + CONTRACT + " is APPROVED, not SIGNED")
                .expectNoEvents();
    }

    @Test
    void rejects_a_shipment_without_lines() {
        fixture.givenNoPriorActivity()
                .when(plan())
                .expectException(ShipmentHasNoLines.class)
                .expectExceptionMessage("shipment " + SHIPMENT + " lists no contract line to ship")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_the_contract_does_not_have() {
        fixture.givenNoPriorActivity()
                .when(plan(request(3, "1")))
                .expectException(UnknownContractLine.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_contract_line_listed_twice() {
        fixture.givenNoPriorActivity()
                .when(plan(request(1, "10"), request(1, "5")))
                .expectException(ContractLineShippedTwice.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_quantity_of_nothing() {
        fixture.givenNoPriorActivity()
                .when(plan(request(1, "0")))
                .expectException(ShippedQuantityNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_more_than_is_still_to_ship() {
        contracts.with(contract(ContractStatus.SIGNED, new ShippedQuantity(1, new BigDecimal("90"))));

        fixture.givenNoPriorActivity()
                .when(plan(request(1, "11")))
                .expectException(ShipmentExceedsContract.class)
                .expectExceptionMessage("line 1 of contract " + CONTRACT + " has 10 left to ship, not 11")
                .expectNoEvents();
    }

    @Test
    void rejects_a_shipment_without_a_warehouse() {
        fixture.givenNoPriorActivity()
                .when(new PlanShipment(SHIPMENT, CONTRACT, null, List.of(request(1, "1")), ALICE))
                .expectException(MissingValue.class)
                .expectExceptionMessage("warehouse is required and was missing or blank")
                .expectNoEvents();
    }
}
