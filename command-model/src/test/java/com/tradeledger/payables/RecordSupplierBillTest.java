package com.tradeledger.payables;

import static com.tradeledger.payables.Payables.BILL;
import static com.tradeledger.payables.Payables.BILLED_ON;
import static com.tradeledger.payables.Payables.BRACKET;
import static com.tradeledger.payables.Payables.DUE_ON;
import static com.tradeledger.payables.Payables.FRANK;
import static com.tradeledger.payables.Payables.INVOICE_NUMBER;
import static com.tradeledger.payables.Payables.ORDER;
import static com.tradeledger.payables.Payables.OTHER_BILL;
import static com.tradeledger.payables.Payables.PCS;
import static com.tradeledger.payables.Payables.SHENZHEN;
import static com.tradeledger.payables.Payables.billFixture;
import static com.tradeledger.payables.Payables.brackets;
import static com.tradeledger.payables.Payables.eur;
import static com.tradeledger.payables.Payables.held;
import static com.tradeledger.payables.Payables.hinges;
import static com.tradeledger.payables.Payables.line;
import static com.tradeledger.payables.Payables.matched;
import static com.tradeledger.payables.Payables.order;
import static com.tradeledger.payables.Payables.priceMismatch;
import static com.tradeledger.payables.Payables.quantityMismatch;
import static com.tradeledger.payables.Payables.record;
import static com.tradeledger.payables.Payables.recorded;
import static com.tradeledger.payables.Payables.refusedBy;
import static com.tradeledger.payables.Payables.usd;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Recording a supplier bill against a purchase order, and the three-way match that follows at once. */
class RecordSupplierBillTest {

    private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders().with(order());
    private final FixtureConfiguration<SupplierBill> fixture = billFixture(orders, PayablesPolicy.defaults());

    @Test
    void records_a_bill_agreeing_with_the_receipts_and_the_order_as_payable() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "600", usd("2.50")), line(2, "20", usd("43.75"))))
                .expectEvents(
                        recorded(
                                brackets("600", usd("2.50"), usd("1500.00")),
                                hinges("20", usd("43.75"), usd("875.00"))),
                        matched());
    }

    @Test
    void matches_a_bill_for_part_of_what_was_received() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "400", usd("2.50"))))
                .expectEvents(recorded(brackets("400", usd("2.50"), usd("1000.00"))), matched());
    }

    @Test
    void matches_a_second_bill_only_against_what_the_first_left_unbilled() {
        InMemoryBilledGoods billed = new InMemoryBilledGoods();
        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(record(line(1, "400", usd("2.50"))))
                .expectSuccessfulHandlerExecution();

        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(new RecordSupplierBill(
                        BILL, ORDER, "SZH-2026-0816", List.of(line(1, "600", usd("2.50"))), BILLED_ON, DUE_ON, FRANK))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(event -> event instanceof SupplierBillRecorded recorded
                                && recorded.lines().get(0).receivedQuantity().compareTo(new BigDecimal("200")) == 0),
                        matches(event -> event.equals(held(quantityMismatch(1, "600", "200")))),
                        andNoMore())));
    }

    @Test
    void refuses_a_supplier_invoice_number_already_recorded_as_a_bill() {
        InMemoryBilledGoods billed = new InMemoryBilledGoods();
        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.50"))))
                .expectSuccessfulHandlerExecution();

        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.50"))))
                .expectNoEvents()
                .expectException(SupplierInvoiceAlreadyRecorded.class);
    }

    @Test
    void holds_a_bill_for_more_than_was_received() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "700", usd("2.50"))))
                .expectEvents(
                        recorded(brackets("700", usd("2.50"), usd("1750.00"))),
                        held(quantityMismatch(1, "700", "600")));
    }

    @Test
    void matches_a_quantity_exactly_the_tolerance_above_what_was_received() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "612", usd("2.50"))))
                .expectEvents(recorded(brackets("612", usd("2.50"), usd("1530.00"))), matched());
    }

    @Test
    void holds_a_quantity_just_above_the_tolerance() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "612.4", usd("2.50"))))
                .expectEvents(
                        recorded(brackets("612.4", usd("2.50"), usd("1531.00"))),
                        held(quantityMismatch(1, "612.4", "600")));
    }

    @Test
    void holds_any_quantity_above_what_was_received_when_the_company_tolerates_none() {
        billFixture(orders, new PayablesPolicy(Percentage.of("2"), Percentage.ZERO))
                .givenNoPriorActivity()
                .when(record(line(1, "601", usd("2.50"))))
                .expectEvents(
                        recorded(brackets("601", usd("2.50"), usd("1502.50"))),
                        held(quantityMismatch(1, "601", "600")));
    }

    @Test
    void matches_exactly_what_was_received_when_the_company_tolerates_no_quantity_difference() {
        billFixture(orders, new PayablesPolicy(Percentage.of("2"), Percentage.ZERO))
                .givenNoPriorActivity()
                .when(record(line(1, "600", usd("2.50"))))
                .expectEvents(recorded(brackets("600", usd("2.50"), usd("1500.00"))), matched());
    }

    @Test
    void holds_a_second_bill_for_goods_a_first_bill_billed_within_the_tolerance() {
        InMemoryBilledGoods billed = new InMemoryBilledGoods();
        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(record(line(1, "612", usd("2.50"))))
                .expectEvents(recorded(brackets("612", usd("2.50"), usd("1530.00"))), matched());

        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(secondBill(line(1, "1", usd("2.50"))))
                .expectEvents(
                        secondRecorded(bracketsAgainst("1", usd("2.50"), usd("2.50"), "0")),
                        held(OTHER_BILL, quantityMismatch(1, "1", "0")));
    }

    @Test
    void tolerates_a_second_bill_only_a_share_of_what_the_first_left_unbilled() {
        InMemoryBilledGoods billed = new InMemoryBilledGoods();
        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(record(line(1, "300", usd("2.50"))))
                .expectSuccessfulHandlerExecution();

        billFixture(orders, PayablesPolicy.defaults(), billed)
                .givenNoPriorActivity()
                .when(secondBill(line(1, "307", usd("2.50"))))
                .expectEvents(
                        secondRecorded(bracketsAgainst("307", usd("2.50"), usd("767.50"), "300")),
                        held(OTHER_BILL, quantityMismatch(1, "307", "300")));
    }

    @Test
    void matches_a_price_exactly_the_tolerance_above_the_ordered_one() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.55"))))
                .expectEvents(recorded(brackets("100", usd("2.55"), usd("255.00"))), matched());
    }

    @Test
    void matches_a_price_exactly_the_tolerance_below_the_ordered_one() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.45"))))
                .expectEvents(recorded(brackets("100", usd("2.45"), usd("245.00"))), matched());
    }

    @Test
    void holds_a_price_just_above_the_tolerance() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.5501"))))
                .expectEvents(
                        recorded(brackets("100", usd("2.5501"), usd("255.01"))),
                        held(priceMismatch(1, "2.5501", "2.50")));
    }

    @Test
    void holds_a_price_just_below_the_tolerance() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.4499"))))
                .expectEvents(
                        recorded(brackets("100", usd("2.4499"), usd("244.99"))),
                        held(priceMismatch(1, "2.4499", "2.50")));
    }

    @Test
    void holds_a_bill_with_every_difference_the_match_found_line_by_line() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "700", usd("2.60")), line(2, "20", usd("45.00"))))
                .expectEvents(
                        recorded(
                                brackets("700", usd("2.60"), usd("1820.00")),
                                hinges("20", usd("45.00"), usd("900.00"))),
                        held(
                                quantityMismatch(1, "700", "600"),
                                priceMismatch(1, "2.60", "2.50"),
                                priceMismatch(2, "45.00", "43.75")));
    }

    @Test
    void matches_prices_within_the_tolerance_the_company_configured() {
        billFixture(orders, new PayablesPolicy(Percentage.of("5"), Percentage.of("2")))
                .givenNoPriorActivity()
                .when(record(line(1, "100", usd("2.60"))))
                .expectEvents(recorded(brackets("100", usd("2.60"), usd("260.00"))), matched());
    }

    @Test
    void records_a_bill_due_on_the_day_it_is_dated() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupplierBill(
                        BILL, ORDER, INVOICE_NUMBER, List.of(line(1, "600", usd("2.50"))), BILLED_ON, BILLED_ON, FRANK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new SupplierBillRecorded(
                                BILL,
                                Payables.SHENZHEN,
                                ORDER,
                                INVOICE_NUMBER,
                                List.of(brackets("600", usd("2.50"), usd("1500.00"))),
                                usd("1500.00"),
                                BILLED_ON,
                                BILLED_ON,
                                FRANK),
                        matched());
    }

    @Test
    void rejects_a_bill_against_an_order_never_placed() {
        PurchaseOrderId stranger = PurchaseOrderId.of("09000000-0000-4000-8000-000000000009");

        assertRefused(
                new RecordSupplierBill(
                        BILL,
                        stranger,
                        INVOICE_NUMBER,
                        List.of(line(1, "1", usd("2.50"))),
                        BILLED_ON,
                        BILLED_ON,
                        FRANK),
                UnknownPurchaseOrder.class,
                "unknown-purchase-order");
    }

    @Test
    void rejects_a_bill_without_the_suppliers_invoice_number() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupplierBill(
                        BILL, ORDER, " ", List.of(line(1, "600", usd("2.50"))), BILLED_ON, Payables.DUE_ON, FRANK))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("supplierInvoiceNumber is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_bill_without_lines() {
        assertRefused(record(), SupplierBillWithoutLines.class, "bill-without-lines");
    }

    @Test
    void rejects_a_line_the_order_does_not_have() {
        assertRefused(record(line(3, "1", usd("2.50"))), UnknownOrderLine.class, "unknown-order-line");
    }

    @Test
    void rejects_billing_one_order_line_on_two_lines() {
        assertRefused(
                record(line(1, "300", usd("2.50")), line(1, "300", usd("2.50"))),
                OrderLineBilledTwice.class,
                "order-line-billed-twice");
    }

    @Test
    void rejects_a_line_of_no_quantity() {
        assertRefused(record(line(1, "0", usd("2.50"))), QuantityNotPositive.class, "quantity-not-positive");
    }

    @Test
    void rejects_a_line_at_no_price() {
        assertRefused(record(line(1, "600", usd("0.00"))), UnitPriceNotPositive.class, "unit-price-not-positive");
    }

    @Test
    void rejects_a_price_in_a_currency_other_than_the_orders() {
        assertRefused(record(line(1, "600", eur("2.50"))), CurrencyMismatch.class, "currency-mismatch");
    }

    @Test
    void rejects_a_line_whose_amount_is_finer_than_a_cent() {
        fixture.givenNoPriorActivity()
                .when(record(line(1, "3", usd("0.3333"))))
                .expectException(refusedBy(AmountBelowMinorUnit.class, "amount-below-minor-unit"))
                .expectExceptionMessage("the amount of line 1 of 0.9999 USD is finer than the minor unit of USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_bill_due_before_it_is_dated() {
        assertRefused(
                new RecordSupplierBill(
                        BILL,
                        ORDER,
                        INVOICE_NUMBER,
                        List.of(line(1, "600", usd("2.50"))),
                        BILLED_ON,
                        BILLED_ON.minusDays(1),
                        FRANK),
                DueBeforeBilled.class,
                "due-before-billed");
    }

    private static RecordSupplierBill secondBill(BillLineRequest... lines) {
        return new RecordSupplierBill(OTHER_BILL, ORDER, "SZH-2026-0816", List.of(lines), BILLED_ON, DUE_ON, FRANK);
    }

    private static SupplierBillRecorded secondRecorded(BilledLine line) {
        return new SupplierBillRecorded(
                OTHER_BILL, SHENZHEN, ORDER, "SZH-2026-0816", List.of(line), line.total(), BILLED_ON, DUE_ON, FRANK);
    }

    /** Brackets billed against line 1 once earlier bills left {@code unbilled} of the 600 accepted. */
    private static BilledLine bracketsAgainst(String quantity, Money unitPrice, Money total, String unbilled) {
        return new BilledLine(
                1, BRACKET, new BigDecimal(quantity), PCS, unitPrice, total, new BigDecimal(unbilled), usd("2.50"));
    }

    private void assertRefused(RecordSupplierBill command, Class<? extends BusinessRuleViolation> rule, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refusedBy(rule, code))
                .expectNoEvents();
    }
}
