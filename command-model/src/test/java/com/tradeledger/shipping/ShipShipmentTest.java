package com.tradeledger.shipping;

import static com.tradeledger.shipping.Shipments.ALICE;
import static com.tradeledger.shipping.Shipments.BRACKET;
import static com.tradeledger.shipping.Shipments.CONTRACT;
import static com.tradeledger.shipping.Shipments.SHIPMENT;
import static com.tradeledger.shipping.Shipments.WAREHOUSE;
import static com.tradeledger.shipping.Shipments.contract;
import static com.tradeledger.shipping.Shipments.planned;
import static com.tradeledger.shipping.Shipments.ship;
import static com.tradeledger.shipping.Shipments.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.contracting.ContractNotSigned;
import com.tradeledger.contracting.ContractStatus;
import com.tradeledger.contracting.ShipmentExceedsContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shipping.FakeStockKeeping.Issued;
import com.tradeledger.shipping.InMemoryShippableContracts.Recorded;
import com.tradeledger.stock.NotEnoughStock;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ShipShipmentTest {

    private final InMemoryShippableContracts contracts =
            new InMemoryShippableContracts().with(contract(ContractStatus.SIGNED));
    private final FakeStockKeeping stock = new FakeStockKeeping();
    private final FixtureConfiguration<Shipment> fixture = Shipments.fixtureWith(contracts, stock);

    @Test
    void ships_a_planned_shipment_worth_the_sum_of_its_lines() {
        fixture.given(planned()).when(ship()).expectEvents(shipped());
    }

    @Test
    void records_what_left_on_the_contract_in_the_lines_units() {
        fixture.given(planned()).when(ship()).expectSuccessfulHandlerExecution();

        assertThat(contracts.recorded())
                .containsExactly(new Recorded(
                        CONTRACT,
                        SHIPMENT,
                        List.of(
                                new ShippedQuantity(1, new BigDecimal("40")),
                                new ShippedQuantity(2, new BigDecimal("3")))));
    }

    @Test
    void issues_each_lines_base_quantity_from_the_warehouse() {
        fixture.given(planned()).when(ship()).expectSuccessfulHandlerExecution();

        assertThat(stock.issued())
                .containsExactly(
                        new Issued(BRACKET, WAREHOUSE, new BigDecimal("40"), CONTRACT, 1, SHIPMENT),
                        new Issued(BRACKET, WAREHOUSE, new BigDecimal("36"), CONTRACT, 2, SHIPMENT));
    }

    @Test
    void rejects_shipping_what_other_shipments_took_since_it_was_planned() {
        contracts.with(contract(ContractStatus.SIGNED, new ShippedQuantity(2, new BigDecimal("8"))));

        fixture.given(planned())
                .when(ship())
                .expectException(ShipmentExceedsContract.class)
                .expectNoEvents();
        assertThat(stock.issued()).isEmpty();
    }

    @Test
    void rejects_shipping_under_a_contract_cancelled_since_it_was_planned() {
        contracts.with(contract(ContractStatus.CANCELLED));

        fixture.given(planned())
                .when(ship())
                .expectException(ContractNotSigned.class)
                .expectNoEvents();
    }

    @Test
    void rejects_shipping_more_than_the_warehouse_holds() {
        stock.empty();

        fixture.given(planned())
                .when(ship())
                .expectException(NotEnoughStock.class)
                .expectNoEvents();
    }

    @Test
    void rejects_shipping_twice() {
        fixture.given(planned(), shipped())
                .when(ship())
                .expectException(ShipmentNotPlanned.class)
                .expectNoEvents();
    }

    @Test
    void rejects_shipping_a_cancelled_shipment() {
        fixture.given(planned(), new ShipmentCancelled(SHIPMENT, CONTRACT, "customer postponed"))
                .when(ship())
                .expectException(ShipmentNotPlanned.class)
                .expectExceptionMessage("shipment " + SHIPMENT + " is CANCELLED, not PLANNED")
                .expectNoEvents();
    }

    @Test
    void rejects_a_shipment_without_a_date() {
        fixture.given(planned())
                .when(new ShipShipment(SHIPMENT, ALICE, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
