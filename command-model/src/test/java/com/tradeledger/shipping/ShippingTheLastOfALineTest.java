package com.tradeledger.shipping;

import static com.tradeledger.shipping.Shipments.ACME;
import static com.tradeledger.shipping.Shipments.ALICE;
import static com.tradeledger.shipping.Shipments.BRACKET;
import static com.tradeledger.shipping.Shipments.BRACKET_SKU;
import static com.tradeledger.shipping.Shipments.CONTRACT;
import static com.tradeledger.shipping.Shipments.PCS;
import static com.tradeledger.shipping.Shipments.SHIPPED_ON;
import static com.tradeledger.shipping.Shipments.WAREHOUSE;
import static com.tradeledger.shipping.Shipments.signedContractHistory;
import static com.tradeledger.shipping.Shipments.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.contracting.Contract;
import com.tradeledger.contracting.ContractLine;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shipping.FakeStockKeeping.Issued;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shipments that ship a contract line in parts, against the contract aggregate itself: the part that ships the last
 * of a line is billed what is left of the line's total and issues what is left of its base quantity, as the contract
 * stands when it leaves. Line 1 is 3 BRACKETs at a net USD 5.735 (USD 17.20, while one unit rounds to USD 5.74);
 * line 2 is 10 BRACKETs at USD 2.00 counted in dozens (a twelfth of a dozen each).
 */
class ShippingTheLastOfALineTest {

    private static final UnitOfMeasure DOZ = UnitOfMeasure.of("DOZ");
    private static final BigDecimal TEN_IN_DOZENS = new BigDecimal("0.83333333333333333330");
    private static final List<ShipmentId> SHIPMENTS = List.of(
            ShipmentId.of("0e000000-0000-4000-8000-000000000011"),
            ShipmentId.of("0e000000-0000-4000-8000-000000000012"),
            ShipmentId.of("0e000000-0000-4000-8000-000000000013"));

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final ShippableContracts contracts =
            new AggregateShippableContracts(aggregates.repositoryOf(Contract.class));
    private final FakeStockKeeping stock = new FakeStockKeeping();

    @BeforeEach
    void theContractIsSigned() {
        aggregates.given(
                Contract.class,
                CONTRACT,
                signedContractHistory(List.of(
                        contractLine(1, "3", "5.735", new BigDecimal("3"), PCS),
                        contractLine(2, "10", "2.00", TEN_IN_DOZENS, DOZ))));
    }

    @Test
    void three_shipments_of_one_unit_planned_together_bill_the_contract_lines_total() {
        List<ShipmentPlanned> plans = SHIPMENTS.stream()
                .map(shipment -> planned(shipment, oddCents(usd("5.74"))))
                .toList();
        plans.forEach(plan -> plan(plan.shipmentId(), 1, "1").expectEvents(plan));

        ship(plans.get(0)).expectEvents(shipped(plans.get(0), oddCents(usd("5.74"))));
        ship(plans.get(1)).expectEvents(shipped(plans.get(1), oddCents(usd("5.73"))));
        ship(plans.get(2)).expectEvents(shipped(plans.get(2), oddCents(usd("5.73"))));
    }

    @Test
    void plans_the_shipment_of_the_last_unit_at_what_is_left_of_the_line() {
        ShipmentPlanned first = planned(SHIPMENTS.get(0), oddCents(usd("5.74")));
        plan(SHIPMENTS.get(0), 1, "1").expectEvents(first);
        ship(first).expectSuccessfulHandlerExecution();
        ShipmentPlanned second = planned(SHIPMENTS.get(1), oddCents(usd("5.73")));
        plan(SHIPMENTS.get(1), 1, "1").expectEvents(second);
        ship(second).expectSuccessfulHandlerExecution();

        plan(SHIPMENTS.get(2), 1, "1").expectEvents(planned(SHIPMENTS.get(2), oddCents(usd("5.73"))));
    }

    @Test
    void the_base_quantities_issued_for_a_line_add_up_to_its_base_quantity_exactly() {
        List<ShipmentPlanned> plans = List.of(
                planned(SHIPMENTS.get(0), dozens("3", "0.2500000000000000", "6.00")),
                planned(SHIPMENTS.get(1), dozens("3", "0.2500000000000000", "6.00")),
                planned(SHIPMENTS.get(2), dozens("4", "0.3333333333333333", "8.00")));
        plans.forEach(plan -> plan(
                        plan.shipmentId(), 2, plan.lines().get(0).quantity().toPlainString())
                .expectEvents(plan));

        plans.forEach(plan -> ship(plan).expectSuccessfulHandlerExecution());

        assertThat(stock.issued())
                .extracting(Issued::quantity)
                .containsExactly(
                        new BigDecimal("0.2500000000000000"),
                        new BigDecimal("0.2500000000000000"),
                        new BigDecimal("0.33333333333333333330"));
        assertThat(stock.issued().stream().map(Issued::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(TEN_IN_DOZENS);
    }

    private ResultValidator<Shipment> plan(ShipmentId shipment, int contractLine, String quantity) {
        return Shipments.fixtureWith(contracts, stock)
                .givenNoPriorActivity()
                .when(new PlanShipment(
                        shipment,
                        CONTRACT,
                        WAREHOUSE,
                        List.of(new ShipmentRequestLine(contractLine, new BigDecimal(quantity))),
                        ALICE));
    }

    private ResultValidator<Shipment> ship(ShipmentPlanned plan) {
        return Shipments.fixtureWith(contracts, stock)
                .given(plan)
                .when(new ShipShipment(plan.shipmentId(), ALICE, SHIPPED_ON, null));
    }

    private static ShipmentPlanned planned(ShipmentId shipment, ShipmentLine line) {
        return new ShipmentPlanned(shipment, CONTRACT, ACME, WAREHOUSE, List.of(line), ALICE);
    }

    private static ShipmentShipped shipped(ShipmentPlanned plan, ShipmentLine line) {
        return new ShipmentShipped(
                plan.shipmentId(), CONTRACT, ACME, WAREHOUSE, List.of(line), line.total(), ALICE, SHIPPED_ON);
    }

    private static ShipmentLine oddCents(Money total) {
        return new ShipmentLine(1, BRACKET, BRACKET_SKU, BigDecimal.ONE, PCS, BigDecimal.ONE, PCS, usd("5.735"), total);
    }

    private static ShipmentLine dozens(String quantity, String baseQuantity, String total) {
        return new ShipmentLine(
                2,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal(quantity),
                PCS,
                new BigDecimal(baseQuantity),
                DOZ,
                usd("2.00"),
                usd(total));
    }

    private static ContractLine contractLine(
            int lineNumber, String quantity, String unitPrice, BigDecimal baseQuantity, UnitOfMeasure baseUnit) {
        return new ContractLine(
                lineNumber,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal(quantity),
                PCS,
                usd(unitPrice),
                Percentage.ZERO,
                false,
                baseQuantity,
                baseUnit,
                LocalDate.of(2026, 8, 1));
    }
}
