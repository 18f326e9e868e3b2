package com.tradeledger.payables;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PayablesBookTest {

    private static final SupplierBillId LAMP_BILL = SupplierBillId.of("9d3e4f5a-0000-4000-8000-000000000001");
    private static final SupplierBillId SHADE_BILL = SupplierBillId.of("9d3e4f5a-0000-4000-8000-000000000002");
    private static final SupplierPaymentId FIRST_PAYMENT = SupplierPaymentId.of("ae4f5a6b-0000-4000-8000-000000000001");
    private static final SupplierPaymentId SECOND_PAYMENT =
            SupplierPaymentId.of("ae4f5a6b-0000-4000-8000-000000000002");
    private static final PurchaseOrderId LAMP_ORDER = PurchaseOrderId.of("6b1c2d3e-0000-4000-8000-000000000001");
    private static final SupplierId NINGBO_LIGHTING = SupplierId.of("5a0b1c2d-0000-4000-8000-000000000001");
    private static final SupplierId SUZHOU_SHADES = SupplierId.of("5a0b1c2d-0000-4000-8000-000000000002");
    private static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    private static final Username FIONA = Username.of("fiona");
    private static final LocalDate BILLED_ON = LocalDate.of(2025, 6, 1);
    private static final Instant RECORDED_AT = Instant.parse("2025-06-01T10:00:00Z");
    private static final List<Mismatch> PRICE_MISMATCH =
            List.of(new Mismatch(1, MismatchKind.PRICE, new BigDecimal("470.00"), new BigDecimal("450.00")));

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private PayablesBookProjection projection;
    private PayablesBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("supplier_bill_book");
        database.clear("supplier_payment_book");
        var book = new PayablesBook(database.jdbc());
        projection = new PayablesBookProjection(book);
        queries = new PayablesBookQueries(book);
    }

    @Test
    void a_matched_bill_is_payable_with_everything_outstanding() {
        projection.on(recorded(LAMP_BILL, NINGBO_LIGHTING, BILLED_ON.plusDays(30)), 0, RECORDED_AT);
        projection.on(new SupplierBillMatched(LAMP_BILL, LAMP_ORDER), 1, RECORDED_AT);

        assertThat(bill(LAMP_BILL))
                .isEqualTo(new SupplierBillView(
                        LAMP_BILL,
                        NINGBO_LIGHTING,
                        LAMP_ORDER,
                        "NL-2025-118",
                        List.of(lampLine()),
                        List.of(),
                        SupplierBillStatus.PAYABLE,
                        null,
                        null,
                        cny("4700.00"),
                        cny("0.00"),
                        cny("4700.00"),
                        List.of(),
                        BILLED_ON,
                        BILLED_ON.plusDays(30),
                        FIONA,
                        1,
                        RECORDED_AT,
                        RECORDED_AT));
    }

    @Test
    void a_held_bill_shows_its_mismatches_until_finance_approves_it_with_a_reason() {
        projection.on(recorded(LAMP_BILL, NINGBO_LIGHTING, BILLED_ON.plusDays(30)), 0, RECORDED_AT);
        projection.on(new SupplierBillHeld(LAMP_BILL, LAMP_ORDER, PRICE_MISMATCH), 1, RECORDED_AT);
        assertThat(bill(LAMP_BILL).status()).isEqualTo(SupplierBillStatus.HELD);
        assertThat(bill(LAMP_BILL).mismatches()).isEqualTo(PRICE_MISMATCH);

        projection.on(new SupplierBillApproved(LAMP_BILL, FIONA, "price rise agreed by phone"), 2, later(1));

        SupplierBillView approved = bill(LAMP_BILL);
        assertThat(approved.status()).isEqualTo(SupplierBillStatus.PAYABLE);
        assertThat(approved.approvedBy()).isEqualTo(FIONA);
        assertThat(approved.approvalReason()).isEqualTo("price rise agreed by phone");
        assertThat(approved.mismatches()).isEqualTo(PRICE_MISMATCH);
    }

    @Test
    void payments_add_up_on_the_bill_until_nothing_is_outstanding_and_it_is_paid() {
        givenPayableLampBill();

        projection.on(paid(FIRST_PAYMENT, "1700.00", "3000.00"), 2, later(1));
        SupplierBillView part = bill(LAMP_BILL);
        assertThat(part.status()).isEqualTo(SupplierBillStatus.PAYABLE);
        assertThat(part.paid()).isEqualTo(cny("1700.00"));
        assertThat(part.outstanding()).isEqualTo(cny("3000.00"));

        projection.on(paid(SECOND_PAYMENT, "3000.00", "0.00"), 3, later(2));
        SupplierBillView settled = bill(LAMP_BILL);
        assertThat(settled.status()).isEqualTo(SupplierBillStatus.PAID);
        assertThat(settled.paid()).isEqualTo(cny("4700.00"));
        assertThat(settled.outstanding()).isEqualTo(cny("0.00"));
        assertThat(settled.payments())
                .containsExactly(
                        new SupplierBillPayment(FIRST_PAYMENT, cny("1700.00"), cny("3000.00"), BILLED_ON.plusDays(10)),
                        new SupplierBillPayment(SECOND_PAYMENT, cny("3000.00"), cny("0.00"), BILLED_ON.plusDays(10)));
    }

    @Test
    void a_supplier_payment_shows_its_functional_amount_and_the_bills_it_settled() {
        givenPayableLampBill();
        projection.on(paymentMade(FIRST_PAYMENT, NINGBO_LIGHTING), 0, later(1));
        projection.on(paid(FIRST_PAYMENT, "1700.00", "3000.00"), 2, later(1));

        assertThat(queries.handle(new FindSupplierPayment(FIRST_PAYMENT)).orElseThrow())
                .isEqualTo(new SupplierPaymentView(
                        FIRST_PAYMENT,
                        NINGBO_LIGHTING,
                        cny("1700.00"),
                        "BOC-7781",
                        BILLED_ON.plusDays(10),
                        new BigDecimal("0.128"),
                        Money.of("217.60", "EUR"),
                        List.of(new SupplierPaymentAllocation(LAMP_BILL, cny("1700.00"))),
                        FIONA,
                        later(1)));
    }

    @Test
    void lists_bills_soonest_due_first_by_supplier_status_and_order_and_payments_by_supplier() {
        projection.on(recorded(LAMP_BILL, NINGBO_LIGHTING, BILLED_ON.plusDays(30)), 0, RECORDED_AT);
        projection.on(new SupplierBillMatched(LAMP_BILL, LAMP_ORDER), 1, RECORDED_AT);
        projection.on(recorded(SHADE_BILL, SUZHOU_SHADES, BILLED_ON.plusDays(10)), 0, later(1));
        projection.on(new SupplierBillHeld(SHADE_BILL, LAMP_ORDER, PRICE_MISMATCH), 1, later(1));
        projection.on(paymentMade(FIRST_PAYMENT, NINGBO_LIGHTING), 0, later(2));
        projection.on(paymentMade(SECOND_PAYMENT, SUZHOU_SHADES), 0, later(3));

        assertThat(bills(new ListSupplierBills(null, null, null, 0, 20))).containsExactly(SHADE_BILL, LAMP_BILL);
        assertThat(bills(new ListSupplierBills(NINGBO_LIGHTING, null, null, 0, 20)))
                .containsExactly(LAMP_BILL);
        assertThat(bills(new ListSupplierBills(null, SupplierBillStatus.HELD, null, 0, 20)))
                .containsExactly(SHADE_BILL);
        assertThat(bills(new ListSupplierBills(null, null, LAMP_ORDER, 0, 20))).hasSize(2);
        assertThat(queries.handle(new ListSupplierPayments(SUZHOU_SHADES, 0, 20))
                        .items())
                .extracting(SupplierPaymentView::id)
                .containsExactly(SECOND_PAYMENT);
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_the_bill_or_payment_already_holds_change_nothing() {
        givenPayableLampBill();
        projection.on(paymentMade(FIRST_PAYMENT, NINGBO_LIGHTING), 0, later(1));
        projection.on(paid(FIRST_PAYMENT, "1700.00", "3000.00"), 2, later(1));
        var once = rows();

        projection.on(recorded(LAMP_BILL, SUZHOU_SHADES, BILLED_ON), 0, RECORDED_AT);
        projection.on(new SupplierBillHeld(LAMP_BILL, LAMP_ORDER, PRICE_MISMATCH), 1, RECORDED_AT);
        projection.on(paid(FIRST_PAYMENT, "1700.00", "1300.00"), 2, later(1));
        projection.on(paymentMade(FIRST_PAYMENT, SUZHOU_SHADES), 0, later(1));

        assertThat(rows()).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(recorded(LAMP_BILL, NINGBO_LIGHTING, BILLED_ON.plusDays(30)), 0, RECORDED_AT);
            projection.on(new SupplierBillHeld(LAMP_BILL, LAMP_ORDER, PRICE_MISMATCH), 1, RECORDED_AT);
            projection.on(new SupplierBillApproved(LAMP_BILL, FIONA, "agreed"), 2, later(1));
            projection.on(paymentMade(FIRST_PAYMENT, NINGBO_LIGHTING), 0, later(2));
            projection.on(paid(FIRST_PAYMENT, "4700.00", "0.00"), 3, later(2));
        };
        history.run();
        var live = rows();

        projection.reset();
        assertThat(queries.handle(new FindSupplierBill(LAMP_BILL))).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
    }

    private void givenPayableLampBill() {
        projection.on(recorded(LAMP_BILL, NINGBO_LIGHTING, BILLED_ON.plusDays(30)), 0, RECORDED_AT);
        projection.on(new SupplierBillMatched(LAMP_BILL, LAMP_ORDER), 1, RECORDED_AT);
    }

    private static BilledLine lampLine() {
        return new BilledLine(
                1,
                DESK_LAMP,
                new BigDecimal("10"),
                UnitOfMeasure.of("CTN"),
                cny("470.00"),
                cny("4700.00"),
                new BigDecimal("10"),
                cny("450.00"));
    }

    private static SupplierBillRecorded recorded(SupplierBillId bill, SupplierId supplier, LocalDate dueOn) {
        return new SupplierBillRecorded(
                bill,
                supplier,
                LAMP_ORDER,
                "NL-2025-118",
                List.of(lampLine()),
                cny("4700.00"),
                BILLED_ON,
                dueOn,
                FIONA);
    }

    private static SupplierBillPaid paid(SupplierPaymentId payment, String amount, String outstandingAfter) {
        return new SupplierBillPaid(LAMP_BILL, payment, cny(amount), cny(outstandingAfter), BILLED_ON.plusDays(10));
    }

    private static SupplierPaymentMade paymentMade(SupplierPaymentId payment, SupplierId supplier) {
        return new SupplierPaymentMade(
                payment,
                supplier,
                cny("1700.00"),
                "BOC-7781",
                BILLED_ON.plusDays(10),
                new BigDecimal("0.128"),
                Money.of("217.60", "EUR"),
                FIONA);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static Instant later(int hours) {
        return RECORDED_AT.plusSeconds(hours * 3600L);
    }

    private SupplierBillView bill(SupplierBillId bill) {
        return queries.handle(new FindSupplierBill(bill)).orElseThrow();
    }

    private List<SupplierBillId> bills(ListSupplierBills query) {
        return queries.handle(query).items().stream().map(SupplierBillView::id).toList();
    }

    private List<String> rows() {
        return database.jdbc().sql("""
                        select cast(to_jsonb(bill) as text) as row from supplier_bill_book bill
                        union all
                        select cast(to_jsonb(payment) as text) from supplier_payment_book payment
                        order by row
                        """).query(String.class).list();
    }
}
