package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.BOB;
import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_1;
import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_2;
import static com.tradeledger.purchasing.PurchaseOrderExamples.GASKET;
import static com.tradeledger.purchasing.PurchaseOrderExamples.NINGBO_ACTIVE;
import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.PLACED_ON;
import static com.tradeledger.purchasing.PurchaseOrderExamples.PROMISED;
import static com.tradeledger.purchasing.PurchaseOrderExamples.bracketLine;
import static com.tradeledger.purchasing.PurchaseOrderExamples.bracketRequest;
import static com.tradeledger.purchasing.PurchaseOrderExamples.gasketLine;
import static com.tradeledger.purchasing.PurchaseOrderExamples.gasketRequest;
import static com.tradeledger.purchasing.PurchaseOrderExamples.july;
import static com.tradeledger.purchasing.PurchaseOrderExamples.place;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.requisition;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskRaised;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET_SKU;
import static com.tradeledger.purchasing.SupplierExamples.CTN;
import static com.tradeledger.purchasing.SupplierExamples.EUR;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.PCS;
import static com.tradeledger.purchasing.SupplierExamples.SHENZHEN_PARTS;
import static com.tradeledger.purchasing.SupplierExamples.USD;
import static com.tradeledger.purchasing.SupplierExamples.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.purchasing.InMemoryRequisitions.Ordered;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacePurchaseOrderTest {

    private final PurchaseOrderExamples.Fixture fixture = new PurchaseOrderExamples.Fixture();

    @Test
    void places_an_order_in_the_suppliers_currency_covering_requisitions_in_time() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(bracketRequest(PROMISED), gasketRequest()))
                .expectEvents(placed());
    }

    @Test
    void marks_each_covered_requisition_ordered_by_its_line() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(gasketRequest(), bracketRequest(PROMISED)))
                .expectSuccessfulHandlerExecution();

        assertThat(fixture.requisitions.ordered())
                .containsExactly(new Ordered(FOR_LINE_1, ORDER, 2), new Ordered(FOR_LINE_2, ORDER, 2));
    }

    @Test
    void raises_a_delivery_risk_for_each_requisition_the_promise_comes_too_late_for() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(bracketRequest(july(20)), gasketRequest()))
                .expectEvents(placed(bracketLine(july(20)), gasketLine(2)), riskRaised(FOR_LINE_2, july(20), 5));
    }

    @Test
    void places_a_line_for_stock_that_covers_no_requisition() {
        fixture.aggregate.givenNoPriorActivity().when(place(gasketRequest())).expectEvents(placed(gasketLine(1)));
    }

    @Test
    void places_a_line_promised_for_the_day_it_is_placed_that_buys_just_what_its_requisitions_need() {
        OrderLineRequest exact = new OrderLineRequest(
                BRACKET, new BigDecimal("220"), PCS, usd("10.00"), PLACED_ON, List.of(FOR_LINE_1, FOR_LINE_2));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(exact))
                .expectEvents(placed(new PurchaseOrderLine(
                        1,
                        BRACKET,
                        BRACKET_SKU,
                        new BigDecimal("220"),
                        PCS,
                        new BigDecimal("220"),
                        PCS,
                        BigDecimal.ONE,
                        usd("10.00"),
                        usd("2200.00"),
                        PLACED_ON,
                        List.of(
                                PurchaseOrderExamples.covered(FOR_LINE_1),
                                PurchaseOrderExamples.covered(FOR_LINE_2)))));
    }

    @Test
    void rejects_a_supplier_never_registered() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(new PlacePurchaseOrder(ORDER, SHENZHEN_PARTS, USD, List.of(gasketRequest()), BOB, PLACED_ON))
                .expectException(UnknownSupplier.class)
                .expectExceptionMessage("supplier " + SHENZHEN_PARTS + " is not a registered supplier")
                .expectNoEvents();
    }

    @Test
    void rejects_a_deactivated_supplier() {
        fixture.suppliers.with(new SupplierState(
                NINGBO_METAL, NINGBO_ACTIVE.code(), NINGBO_ACTIVE.name(), NINGBO_ACTIVE.terms(), false));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(gasketRequest()))
                .expectException(SupplierNotActive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_an_order_in_another_currency_than_the_suppliers() {
        OrderLineRequest inEuro =
                new OrderLineRequest(GASKET, new BigDecimal("500"), PCS, Money.of("0.23", "EUR"), PROMISED, null);

        fixture.aggregate
                .givenNoPriorActivity()
                .when(new PlacePurchaseOrder(ORDER, NINGBO_METAL, EUR, List.of(inEuro), BOB, PLACED_ON))
                .expectException(NotInSupplierCurrency.class)
                .expectExceptionMessage("the order is in EUR, neither the supplier's currency USD nor one its offers"
                        + " price every product of the order in")
                .expectNoEvents();
    }

    @Test
    void places_an_order_in_another_currency_its_offers_price_every_product_in() {
        fixture.suppliers.with(new SupplierState(
                NINGBO_METAL,
                NINGBO_ACTIVE.code(),
                NINGBO_ACTIVE.name(),
                NINGBO_ACTIVE.terms(),
                true,
                Map.of(GASKET, Set.of(EUR))));
        OrderLineRequest inEuro =
                new OrderLineRequest(GASKET, new BigDecimal("500"), PCS, Money.of("0.23", "EUR"), PROMISED, null);

        fixture.aggregate
                .givenNoPriorActivity()
                .when(new PlacePurchaseOrder(ORDER, NINGBO_METAL, EUR, List.of(inEuro), BOB, PLACED_ON))
                .expectSuccessfulHandlerExecution()
                .expectState(order -> assertThat(order.state().currency()).isEqualTo(EUR));
    }

    @Test
    void rejects_an_order_without_lines() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place())
                .expectException(PurchaseOrderHasNoLines.class)
                .expectExceptionMessage("purchase order " + ORDER + " has no lines")
                .expectNoEvents();
    }

    @Test
    void rejects_a_product_never_registered() {
        ProductId unregistered = ProductId.of("0b000000-0000-4000-8000-0000000000ff");

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(unregistered, BigDecimal.ONE, PCS, usd("1.00"), PROMISED, null)))
                .expectException(UnknownProduct.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_quantity_of_nothing() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(GASKET, BigDecimal.ZERO, PCS, usd("0.25"), PROMISED, null)))
                .expectException(PurchaseQuantityNotPositive.class)
                .expectExceptionMessage("the quantity ordered on line 1 must be greater than zero, was 0")
                .expectNoEvents();
    }

    @Test
    void rejects_a_unit_the_product_is_not_counted_in() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(GASKET, BigDecimal.ONE, CTN, usd("3.00"), PROMISED, null)))
                .expectException(NoConversionToBaseUnit.class)
                .expectExceptionMessage("GSK-10 cannot be counted in CTN; its units are PCS")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_unit() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(GASKET, BigDecimal.ONE, null, usd("3.00"), PROMISED, null)))
                .expectException(MissingValue.class)
                .expectExceptionMessage("unit is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_unit_price_of_nothing() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(GASKET, BigDecimal.ONE, PCS, usd("0.00"), PROMISED, null)))
                .expectException(PurchasePriceNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_unit_price_in_another_currency_than_the_orders() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(GASKET, BigDecimal.ONE, PCS, Money.of("0.23", "EUR"), PROMISED, null)))
                .expectException(NotInSupplierCurrency.class)
                .expectExceptionMessage("price 0.23 EUR is not in the order's currency USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_promise_before_the_order_was_placed() {
        LocalDate dayBefore = PLACED_ON.minusDays(1);

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(
                        gasketRequest(),
                        new OrderLineRequest(GASKET, BigDecimal.ONE, PCS, usd("1.00"), dayBefore, null)))
                .expectException(PromisedBeforePlaced.class)
                .expectExceptionMessage("line 2 is promised for 2026-06-21, before the order was placed on 2026-06-22")
                .expectNoEvents();
    }

    @Test
    void rejects_a_requisition_never_raised() {
        RequisitionId stranger = RequisitionId.of("5c000000-0000-4000-8000-0000000000ff");

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(withRequisitions(stranger)))
                .expectException(UnknownRequisition.class)
                .expectExceptionMessage("requisition " + stranger + " is not a requisition of the ledger")
                .expectNoEvents();
    }

    @Test
    void rejects_a_requisition_already_ordered() {
        fixture.requisitions.with(requisition(FOR_LINE_2, RequisitionStatus.ORDERED));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(bracketRequest(PROMISED)))
                .expectException(NotAnOpenRequisition.class)
                .expectExceptionMessage("requisition " + FOR_LINE_2 + " is ORDERED, not open")
                .expectNoEvents();
        assertThat(fixture.requisitions.ordered()).isEmpty();
    }

    @Test
    void rejects_a_cancelled_requisition() {
        fixture.requisitions.with(requisition(FOR_LINE_1, RequisitionStatus.CANCELLED));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(bracketRequest(PROMISED)))
                .expectException(NotAnOpenRequisition.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_requisition_for_another_product() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(new OrderLineRequest(
                        GASKET, new BigDecimal("500"), PCS, usd("0.25"), PROMISED, List.of(FOR_LINE_1))))
                .expectException(WrongProductForRequisition.class)
                .expectExceptionMessage(
                        "line 1 cannot cover requisition " + FOR_LINE_1 + ", which is for product " + BRACKET)
                .expectNoEvents();
    }

    @Test
    void rejects_a_requisition_covered_by_two_lines() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(bracketRequest(PROMISED), withRequisitions(FOR_LINE_2)))
                .expectException(LinesCoverSameRequisition.class)
                .expectExceptionMessage("requisition " + FOR_LINE_2 + " is covered by more than one line")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_that_buys_less_than_its_requisitions_need_and_marks_none_ordered() {
        OrderLineRequest short1 = new OrderLineRequest(
                BRACKET, new BigDecimal("219"), PCS, usd("10.00"), PROMISED, List.of(FOR_LINE_1, FOR_LINE_2));

        fixture.aggregate
                .givenNoPriorActivity()
                .when(place(short1))
                .expectException(LineShortOfRequisitions.class)
                .expectExceptionMessage("line 1 orders 219 PCS but its requisitions need 220 PCS")
                .expectNoEvents();
        assertThat(fixture.requisitions.ordered()).isEmpty();
    }

    @Test
    void rejects_an_order_without_its_buyer() {
        fixture.aggregate
                .givenNoPriorActivity()
                .when(new PlacePurchaseOrder(ORDER, NINGBO_METAL, USD, List.of(gasketRequest()), null, PLACED_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("placedBy is required and was missing or blank")
                .expectNoEvents();
    }

    private static OrderLineRequest withRequisitions(RequisitionId... requisitions) {
        return new OrderLineRequest(BRACKET, new BigDecimal("10"), CTN, usd("120.00"), PROMISED, List.of(requisitions));
    }
}
