package com.tradeledger.payables;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import com.tradeledger.products.ProductId;
import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrderStatus;
import com.tradeledger.purchasing.PurchaseOrders;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/**
 * Payables for tests. Purchase order ORDER buys from SHENZHEN in USD: line 1, 1000 PCS of BRACKET at USD 2.50, of
 * which 600 were accepted so far; line 2, 20 CTN of HINGE at USD 43.75, all 20 accepted. BILL is Shenzhen's invoice
 * SZH-2026-0815 against it, dated 3 August 2026 and due on 2 September 2026, recorded by frank. Every value is fixed
 * so that a failing test prints the same thing every time.
 */
final class Payables {

    static final SupplierBillId BILL = SupplierBillId.of("0d000000-0000-4000-8000-000000000001");
    static final SupplierBillId OTHER_BILL = SupplierBillId.of("0d000000-0000-4000-8000-000000000002");
    static final SupplierPaymentId PAYMENT = SupplierPaymentId.of("0f000000-0000-4000-8000-00000000000a");
    static final PurchaseOrderId ORDER = PurchaseOrderId.of("09000000-0000-4000-8000-000000000001");
    static final SupplierId SHENZHEN = SupplierId.of("08000000-0000-4000-8000-000000000001");
    static final SupplierId NINGBO = SupplierId.of("08000000-0000-4000-8000-000000000002");
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final ProductId HINGE = ProductId.of("0b000000-0000-4000-8000-000000000002");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency CNY = Currency.getInstance("CNY");
    static final String INVOICE_NUMBER = "SZH-2026-0815";
    static final LocalDate BILLED_ON = LocalDate.of(2026, 8, 3);
    static final LocalDate DUE_ON = LocalDate.of(2026, 9, 2);
    static final LocalDate PAID_ON = LocalDate.of(2026, 8, 28);
    static final Username FRANK = Username.of("frank");
    static final Username GRACE = Username.of("grace");
    static final BigDecimal BRACKETS_ACCEPTED = new BigDecimal("600");
    static final BigDecimal HINGES_ACCEPTED = new BigDecimal("20");

    private Payables() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    /** The order as payables reads it, with what was accepted of it so far. */
    static OrderState order() {
        return new OrderState(
                ORDER,
                SHENZHEN,
                USD,
                PurchaseOrderStatus.CONFIRMED,
                List.of(
                        new OrderLineState(
                                1,
                                BRACKET,
                                PCS,
                                decimal("1000"),
                                PCS,
                                decimal("1000"),
                                decimal("1"),
                                usd("2.50"),
                                BRACKETS_ACCEPTED,
                                false,
                                List.of()),
                        new OrderLineState(
                                2,
                                HINGE,
                                CTN,
                                decimal("20"),
                                PCS,
                                decimal("2000"),
                                decimal("100"),
                                usd("43.75"),
                                HINGES_ACCEPTED,
                                false,
                                List.of())));
    }

    /** A fixture for the bill aggregate reading these orders, under this policy. */
    static FixtureConfiguration<SupplierBill> billFixture(PurchaseOrders orders, PayablesPolicy policy) {
        return billFixture(orders, policy, new InMemoryBilledGoods());
    }

    /** The same, remembering what earlier bills billed. */
    static FixtureConfiguration<SupplierBill> billFixture(
            PurchaseOrders orders, PayablesPolicy policy, BilledGoods billed) {
        FixtureConfiguration<SupplierBill> fixture = new AggregateTestFixture<>(SupplierBill.class);
        fixture.registerInjectableResource(orders);
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(billed);
        return fixture;
    }

    static BillLineRequest line(int orderLine, String quantity, Money unitPrice) {
        return new BillLineRequest(orderLine, decimal(quantity), unitPrice);
    }

    static RecordSupplierBill record(BillLineRequest... lines) {
        return new RecordSupplierBill(BILL, ORDER, INVOICE_NUMBER, List.of(lines), BILLED_ON, DUE_ON, FRANK);
    }

    /** Brackets billed against line 1, beside the 600 accepted at the ordered USD 2.50. */
    static BilledLine brackets(String quantity, Money unitPrice, Money total) {
        return new BilledLine(1, BRACKET, decimal(quantity), PCS, unitPrice, total, BRACKETS_ACCEPTED, usd("2.50"));
    }

    /** Hinges billed against line 2, beside the 20 accepted at the ordered USD 43.75. */
    static BilledLine hinges(String quantity, Money unitPrice, Money total) {
        return new BilledLine(2, HINGE, decimal(quantity), CTN, unitPrice, total, HINGES_ACCEPTED, usd("43.75"));
    }

    static SupplierBillRecorded recorded(BilledLine... lines) {
        Money total = Arrays.stream(lines).map(BilledLine::total).reduce(usd("0"), Money::plus);
        return recorded(BILL, SHENZHEN, List.of(lines), total);
    }

    /** A bill of {@code total} to {@code supplier}, for brackets at the ordered price. */
    static SupplierBillRecorded recorded(SupplierBillId billId, SupplierId supplier, Money total) {
        BilledLine line = new BilledLine(1, BRACKET, decimal("1"), PCS, total, total, BRACKETS_ACCEPTED, total);
        return recorded(billId, supplier, List.of(line), total);
    }

    private static SupplierBillRecorded recorded(
            SupplierBillId billId, SupplierId supplier, List<BilledLine> lines, Money total) {
        return new SupplierBillRecorded(
                billId, supplier, ORDER, INVOICE_NUMBER, lines, total, BILLED_ON, DUE_ON, FRANK);
    }

    static SupplierBillMatched matched() {
        return matched(BILL);
    }

    static SupplierBillMatched matched(SupplierBillId billId) {
        return new SupplierBillMatched(billId, ORDER);
    }

    static SupplierBillHeld held(Mismatch... mismatches) {
        return held(BILL, mismatches);
    }

    static SupplierBillHeld held(SupplierBillId billId, Mismatch... mismatches) {
        return new SupplierBillHeld(billId, ORDER, List.of(mismatches));
    }

    static Mismatch quantityMismatch(int orderLine, String billed, String expected) {
        return new Mismatch(orderLine, MismatchKind.QUANTITY, decimal(billed), decimal(expected));
    }

    static Mismatch priceMismatch(int orderLine, String billed, String expected) {
        return new Mismatch(orderLine, MismatchKind.PRICE, decimal(billed), decimal(expected));
    }

    static SupplierBillApproved approved(SupplierBillId billId) {
        return new SupplierBillApproved(billId, GRACE, "price rise agreed by phone on 1 August");
    }

    static SupplierBillPaid paid(SupplierBillId billId, Money amount, Money outstandingAfter) {
        return new SupplierBillPaid(billId, PAYMENT, amount, outstandingAfter, PAID_ON);
    }

    /** A matcher for the refusal by {@code rule} with its stable error {@code code}. */
    static Matcher<Object> refusedBy(Class<? extends BusinessRuleViolation> rule, String code) {
        return allOf(instanceOf(rule), new FeatureMatcher<Object, String>(equalTo(code), "error code", "code") {
            @Override
            protected String featureValueOf(Object actual) {
                return actual instanceof BusinessRuleViolation violation ? violation.code() : null;
            }
        });
    }
}
