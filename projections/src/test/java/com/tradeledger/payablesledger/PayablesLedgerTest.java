package com.tradeledger.payablesledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.payables.Mismatch;
import com.tradeledger.payables.MismatchKind;
import com.tradeledger.payables.SupplierBillApproved;
import com.tradeledger.payables.SupplierBillHeld;
import com.tradeledger.payables.SupplierBillId;
import com.tradeledger.payables.SupplierBillMatched;
import com.tradeledger.payables.SupplierBillPaid;
import com.tradeledger.payables.SupplierBillRecorded;
import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.payables.SupplierPaymentId;
import com.tradeledger.payables.SupplierPaymentMade;
import com.tradeledger.purchasing.SupplierChanged;
import com.tradeledger.purchasing.SupplierCode;
import com.tradeledger.purchasing.SupplierRegistered;
import com.tradeledger.rates.ExchangeRateBook;
import com.tradeledger.rates.ExchangeRatesProjection;
import com.tradeledger.receivables.AgeingBucket;
import com.tradeledger.receivables.AgeingSummary;
import com.tradeledger.receivables.AgeingSummaryRow;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The payables ledger (应付帐款) per supplier bill, built from bill and supplier events on a real PostgreSQL. */
class PayablesLedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Instant AT = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final SupplierId NINGBO = SupplierId.of("5a1e0000-0000-4000-8000-00000000000a");
    private static final SupplierId SUZHOU = SupplierId.of("5a1e0000-0000-4000-8000-00000000000b");
    private static final PurchaseOrderId ORDER = PurchaseOrderId.of("9d0e0000-0000-4000-8000-00000000000a");
    /** 800.00 USD billed by Ningbo on 1 April, due 1 May: 60 days overdue today. */
    private static final SupplierBillId LAMP_BILL = SupplierBillId.of("b1110000-0000-4000-8000-00000000000a");
    /** 3000.00 CNY billed by Suzhou on 10 June, due 10 July: not due today. */
    private static final SupplierBillId SHADE_BILL = SupplierBillId.of("b1110000-0000-4000-8000-00000000000b");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private PayablesLedgerProjection projection;
    private ExchangeRatesProjection rates;
    private PayablesLedgerQueries queries;
    private final List<Runnable> delivered = new ArrayList<>();

    @BeforeEach
    void noPayables() {
        for (String table : List.of("payable_movement", "payable_bill", "payable_supplier", "exchange_rate_seen")) {
            database.clear(table);
        }
        var jdbc = database.jdbc();
        var book = new ExchangeRateBook(jdbc);
        projection = new PayablesLedgerProjection(new PayablesLedger(jdbc), new PayableSuppliers(jdbc));
        rates = new ExchangeRatesProjection(book);
        queries = new PayablesLedgerQueries(
                new PayablesLedgerReport(jdbc, Clock.fixed(AT, ZoneOffset.UTC)), book, Currency.getInstance("CNY"));
    }

    @Test
    void a_recorded_bill_is_a_payable_of_its_supplier_aged_on_today() {
        ningboAndLampBill();

        assertThat(all())
                .containsExactly(new PayableView(
                        LAMP_BILL,
                        "NB-2026-77",
                        NINGBO,
                        SupplierCode.of("NINGBO"),
                        "Ningbo Lighting",
                        ORDER,
                        usd("800.00"),
                        usd("0.00"),
                        usd("800.00"),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 5, 1),
                        60,
                        AgeingBucket.DAYS_31_60,
                        SupplierBillStatus.PAYABLE));
    }

    @Test
    void a_held_bill_is_held_until_approved_and_a_renamed_supplier_shows_its_new_name() {
        ningboAndLampBill();
        given(() -> projection.on(held(), 2, AT));
        assertThat(bills(filter(null, SupplierBillStatus.HELD, null))).containsExactly(LAMP_BILL);

        given(() -> projection.on(new SupplierBillApproved(LAMP_BILL, Username.of("fiona"), "agreed"), 3, AT));
        given(() ->
                projection.on(new SupplierChanged(NINGBO, "Ningbo Lighting Ltd", CountryCode.of("CN"), null), 1, AT));

        assertThat(bills(filter(null, SupplierBillStatus.HELD, null))).isEmpty();
        assertThat(all().get(0).status()).isEqualTo(SupplierBillStatus.PAYABLE);
        assertThat(all().get(0).supplierName()).isEqualTo("Ningbo Lighting Ltd");
    }

    @Test
    void a_partial_payment_reduces_what_is_owed_and_a_full_one_closes_the_bill() {
        ningboAndLampBill();
        given(() -> projection.on(paid("300.00", "500.00", LocalDate.of(2026, 6, 5)), 2, AT));
        assertThat(all().get(0).paid()).isEqualTo(usd("300.00"));
        assertThat(all().get(0).outstanding()).isEqualTo(usd("500.00"));

        given(() -> projection.on(paid("500.00", "0.00", LocalDate.of(2026, 6, 25)), 3, AT));

        assertThat(all()).isEmpty();
        assertThat(bills(PayablesFilter.all().on(LocalDate.of(2026, 6, 24)))).containsExactly(LAMP_BILL);
    }

    @Test
    void the_ageing_on_a_past_day_counts_only_what_had_happened_by_then() {
        ningboAndLampBill();
        suzhouAndShadeBill();
        given(() -> projection.on(paid("300.00", "500.00", LocalDate.of(2026, 6, 5)), 2, AT));

        PayableView may20 = queries.handle(
                        new ListPayables(PayablesFilter.all().on(LocalDate.of(2026, 5, 20)), null, 0, 20))
                .items()
                .get(0);

        assertThat(bills(PayablesFilter.all().on(LocalDate.of(2026, 5, 20)))).containsExactly(LAMP_BILL);
        assertThat(may20.outstanding()).isEqualTo(usd("800.00"));
        assertThat(may20.bucket()).isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(bills(PayablesFilter.all())).containsExactly(LAMP_BILL, SHADE_BILL);
        assertThat(bills(filter(null, null, AgeingBucket.NOT_DUE))).containsExactly(SHADE_BILL);
    }

    @Test
    void sums_by_supplier_in_the_functional_currency_at_the_rate_a_supplier_payment_recorded() {
        ningboAndLampBill();
        suzhouAndShadeBill();

        AgeingSummary without = queries.handle(new SummarizePayables(PayablesFilter.all(), PayablesGrouping.SUPPLIER));
        assertThat(without.currenciesWithoutRate()).containsExactly(Currency.getInstance("USD"));
        assertThat(without.functionalTotal()).isEqualTo(Money.of("3000.00", "CNY"));

        given(() -> rates.on(
                supplierPaid("100.00", "USD", "7.10"),
                GenericEventMessage.asEventMessage(supplierPaid("100.00", "USD", "7.10")),
                AT));
        AgeingSummary summary = queries.handle(new SummarizePayables(PayablesFilter.all(), PayablesGrouping.SUPPLIER));

        assertThat(summary.rows())
                .extracting(
                        AgeingSummaryRow::label, AgeingSummaryRow::outstanding, AgeingSummaryRow::functionalOutstanding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Ningbo Lighting", usd("800.00"), Money.of("5680.00", "CNY")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Suzhou Shades", Money.of("3000.00", "CNY"), Money.of("3000.00", "CNY")));
        assertThat(summary.functionalTotal()).isEqualTo(Money.of("8680.00", "CNY"));
        assertThat(summary.currenciesWithoutRate()).isEmpty();
        assertThat(queries.handle(new SummarizePayables(PayablesFilter.all(), PayablesGrouping.BUCKET))
                        .rows())
                .extracting(AgeingSummaryRow::key)
                .containsExactly("NOT_DUE", "DAYS_31_60");
    }

    @Test
    void events_already_taken_change_nothing_when_delivered_again() {
        ningboAndLampBill();
        given(() -> projection.on(paid("300.00", "500.00", LocalDate.of(2026, 6, 5)), 2, AT));
        var once = tables();

        projection.on(paid("100.00", "400.00", LocalDate.of(2026, 6, 6)), 2, AT);
        projection.on(held(), 2, AT);
        projection.on(recorded(LAMP_BILL, SUZHOU, "9.00", "USD", TODAY, TODAY), 0, AT);
        projection.on(
                new SupplierRegistered(NINGBO, SupplierCode.of("OTHER"), "Other", CountryCode.of("CN"), null), 0, AT);

        assertThat(tables()).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        ningboAndLampBill();
        suzhouAndShadeBill();
        given(() -> projection.on(held(), 2, AT));
        given(() -> projection.on(new SupplierBillApproved(LAMP_BILL, Username.of("fiona"), "agreed"), 3, AT));
        given(() -> projection.on(paid("300.00", "500.00", LocalDate.of(2026, 6, 5)), 4, AT));
        var live = tables();

        projection.reset();
        assertThat(all()).isEmpty();
        delivered.forEach(Runnable::run);

        assertThat(tables()).isEqualTo(live);
    }

    private void ningboAndLampBill() {
        given(() -> projection.on(
                new SupplierRegistered(
                        NINGBO, SupplierCode.of("NINGBO"), "Ningbo Lighting", CountryCode.of("CN"), null),
                0,
                AT));
        given(() -> projection.on(
                recorded(LAMP_BILL, NINGBO, "800.00", "USD", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)),
                0,
                AT));
        given(() -> projection.on(new SupplierBillMatched(LAMP_BILL, ORDER), 1, AT));
    }

    private void suzhouAndShadeBill() {
        given(() -> projection.on(
                new SupplierRegistered(SUZHOU, SupplierCode.of("SUZHOU"), "Suzhou Shades", CountryCode.of("CN"), null),
                0,
                AT));
        given(() -> projection.on(
                recorded(SHADE_BILL, SUZHOU, "3000.00", "CNY", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 10)),
                0,
                AT));
    }

    private void given(Runnable delivery) {
        delivery.run();
        delivered.add(delivery);
    }

    private List<PayableView> all() {
        return queries.handle(new ListPayables(PayablesFilter.all(), null, 0, 50))
                .items();
    }

    private List<SupplierBillId> bills(PayablesFilter filter) {
        return queries.handle(new ListPayables(filter, null, 0, 50)).items().stream()
                .map(PayableView::billId)
                .toList();
    }

    private static PayablesFilter filter(SupplierId supplier, SupplierBillStatus status, AgeingBucket bucket) {
        return new PayablesFilter(supplier, null, bucket, status, false, null);
    }

    private List<String> tables() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("payable_supplier", "payable_bill", "payable_movement")) {
            rows.addAll(database.jdbc()
                    .sql("select cast(to_jsonb(t) as text) from " + table + " t order by 1")
                    .query(String.class)
                    .list());
        }
        return rows;
    }

    private static SupplierBillRecorded recorded(
            SupplierBillId bill,
            SupplierId supplier,
            String total,
            String currency,
            LocalDate billedOn,
            LocalDate dueOn) {
        return new SupplierBillRecorded(
                bill,
                supplier,
                ORDER,
                "NB-2026-77",
                List.of(),
                Money.of(total, currency),
                billedOn,
                dueOn,
                Username.of("fiona"));
    }

    private static SupplierBillHeld held() {
        return new SupplierBillHeld(
                LAMP_BILL,
                ORDER,
                List.of(new Mismatch(1, MismatchKind.PRICE, new BigDecimal("9.90"), new BigDecimal("9.50"))));
    }

    private static SupplierBillPaid paid(String amount, String after, LocalDate on) {
        return new SupplierBillPaid(LAMP_BILL, SupplierPaymentId.generate(), usd(amount), usd(after), on);
    }

    private static SupplierPaymentMade supplierPaid(String amount, String currency, String rate) {
        Money paid = Money.of(amount, currency);
        return new SupplierPaymentMade(
                SupplierPaymentId.of("5c1e0000-0000-4000-8000-00000000000a"),
                NINGBO,
                paid,
                "BANK-2",
                LocalDate.of(2026, 6, 5),
                new BigDecimal(rate),
                Money.of(paid.amount().multiply(new BigDecimal(rate)).toPlainString(), "CNY"),
                Username.of("fiona"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
