package com.tradeledger.receivables;

import static com.tradeledger.receivables.ReceivableEvents.HAMBURG;
import static com.tradeledger.receivables.ReceivableEvents.HAMBURG_TWICE;
import static com.tradeledger.receivables.ReceivableEvents.LAMPS;
import static com.tradeledger.receivables.ReceivableEvents.LYON;
import static com.tradeledger.receivables.ReceivableEvents.SALLY;
import static com.tradeledger.receivables.ReceivableEvents.SAM;
import static com.tradeledger.receivables.ReceivableEvents.SILK;
import static com.tradeledger.receivables.ReceivableEvents.TODAY;
import static com.tradeledger.receivables.ReceivableEvents.VASES;
import static com.tradeledger.receivables.ReceivableEvents.cancelled;
import static com.tradeledger.receivables.ReceivableEvents.credited;
import static com.tradeledger.receivables.ReceivableEvents.hamburg;
import static com.tradeledger.receivables.ReceivableEvents.hamburgTwice;
import static com.tradeledger.receivables.ReceivableEvents.handedOver;
import static com.tradeledger.receivables.ReceivableEvents.lampsInvoiced;
import static com.tradeledger.receivables.ReceivableEvents.lyon;
import static com.tradeledger.receivables.ReceivableEvents.merged;
import static com.tradeledger.receivables.ReceivableEvents.paid;
import static com.tradeledger.receivables.ReceivableEvents.reminded;
import static com.tradeledger.receivables.ReceivableEvents.settled;
import static com.tradeledger.receivables.ReceivableEvents.silkInvoiced;
import static com.tradeledger.receivables.ReceivableEvents.vasesInvoiced;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceKind;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The receivables ledger (应收帐款) per invoice, built from invoice and customer events on a real PostgreSQL. */
class ReceivablesLedgerTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ReceivablesHistory history;

    @BeforeEach
    void noReceivables() {
        history = ReceivablesHistory.on(database);
    }

    @Test
    void an_issued_invoice_is_a_receivable_of_its_customer_and_salesperson_aged_on_today() {
        history.given(hamburg(), lampsInvoiced());

        assertThat(all())
                .containsExactly(new ReceivableView(
                        LAMPS,
                        lampsInvoiced().number(),
                        InvoiceKind.DEPOSIT,
                        HAMBURG,
                        CustomerCode.of("HAM"),
                        "Hamburg Imports",
                        SALLY,
                        ReceivableEvents.CONTRACT,
                        eur("1000.00"),
                        eur("0.00"),
                        eur("0.00"),
                        eur("1000.00"),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 5, 1),
                        60,
                        AgeingBucket.DAYS_31_60,
                        0));
    }

    @Test
    void an_invoice_whose_customer_is_not_seen_yet_shows_the_salesperson_it_was_issued_by_until_it_is() {
        history.given(lampsInvoiced());
        assertThat(all().get(0).salesperson()).isEqualTo(SALLY);
        assertThat(all().get(0).customerName()).isNull();

        history.given(hamburg(), handedOver(HAMBURG, SALLY, SAM));

        assertThat(all().get(0).salesperson()).isEqualTo(SAM);
        assertThat(all().get(0).customerName()).isEqualTo("Hamburg Imports");
    }

    @Test
    void a_partial_payment_is_paid_and_reduces_what_is_outstanding() {
        history.given(hamburg(), lampsInvoiced(), paid(LAMPS, "400.00", "EUR", "600.00", TODAY.minusDays(20)));

        ReceivableView lamps = all().get(0);
        assertThat(lamps.paid()).isEqualTo(eur("400.00"));
        assertThat(lamps.outstanding()).isEqualTo(eur("600.00"));
    }

    @Test
    void a_fully_paid_invoice_is_no_longer_a_receivable() {
        history.given(
                hamburg(),
                lampsInvoiced(),
                paid(LAMPS, "1000.00", "EUR", "0.00", TODAY.minusDays(20)),
                settled(LAMPS, TODAY.minusDays(20)));

        assertThat(all()).isEmpty();
    }

    @Test
    void a_credit_note_is_credited_and_reduces_what_is_outstanding() {
        history.given(hamburg(), lampsInvoiced(), credited(LAMPS, "100.00", "EUR", "900.00", TODAY.minusDays(5)));

        ReceivableView lamps = all().get(0);
        assertThat(lamps.credited()).isEqualTo(eur("100.00"));
        assertThat(lamps.paid()).isEqualTo(eur("0.00"));
        assertThat(lamps.outstanding()).isEqualTo(eur("900.00"));
    }

    @Test
    void a_cancelled_invoice_is_no_longer_a_receivable_from_the_day_it_was_cancelled() {
        history.given(hamburg(), lampsInvoiced());
        history.at(LocalDate.of(2026, 6, 10));
        history.given(cancelled(LAMPS));

        assertThat(all()).isEmpty();
        assertThat(invoices(ReceivablesFilter.all().on(LocalDate.of(2026, 6, 9))))
                .containsExactly(LAMPS);
        assertThat(invoices(ReceivablesFilter.all().on(LocalDate.of(2026, 6, 10))))
                .isEmpty();
    }

    @Test
    void the_last_dunning_reminder_gives_the_level() {
        history.given(hamburg(), lampsInvoiced(), reminded(LAMPS, 1, 1, "1000.00"), reminded(LAMPS, 2, 15, "1000.00"));

        assertThat(all().get(0).dunningLevel()).isEqualTo(2);
        assertThat(history.queries()
                        .handle(new ListReceivables(ReceivablesFilter.all().on(LocalDate.of(2026, 5, 10)), null, 0, 20))
                        .items()
                        .get(0)
                        .dunningLevel())
                .isEqualTo(1);
    }

    @Test
    void a_handover_moves_the_customers_receivables_to_the_new_salesperson() {
        history.given(hamburg(), lyon(), lampsInvoiced(), silkInvoiced());
        assertThat(invoices(bySalesperson("sally"))).containsExactly(LAMPS);

        history.given(handedOver(HAMBURG, SALLY, SAM));

        assertThat(invoices(bySalesperson("sally"))).isEmpty();
        assertThat(invoices(bySalesperson("sam"))).containsExactly(LAMPS, SILK);
    }

    @Test
    void a_merged_duplicates_invoices_show_under_the_survivor_and_its_salesperson_whatever_came_first() {
        history.given(hamburgTwice(), vasesInvoiced(), merged(HAMBURG_TWICE, HAMBURG), hamburg(), lampsInvoiced());

        ReceivableView vases = all().get(0);
        assertThat(vases.invoiceId()).isEqualTo(VASES);
        assertThat(vases.customerId()).isEqualTo(HAMBURG);
        assertThat(vases.customerName()).isEqualTo("Hamburg Imports");
        assertThat(vases.salesperson()).isEqualTo(SALLY);
        assertThat(invoices(new ReceivablesFilter(HAMBURG, null, null, null, false, null)))
                .containsExactly(VASES, LAMPS);
        assertThat(invoices(new ReceivablesFilter(HAMBURG_TWICE, null, null, null, false, null)))
                .isEmpty();
    }

    @Test
    void a_survivor_merged_again_takes_its_duplicates_invoices_along() {
        var third = ReceivableEvents.registered(LYON, "LYON", "Lyon Textiles", SAM);
        history.given(hamburgTwice(), hamburg(), third, vasesInvoiced(), merged(HAMBURG_TWICE, HAMBURG));

        history.given(merged(HAMBURG, LYON));

        assertThat(all().get(0).customerId()).isEqualTo(LYON);
        assertThat(all().get(0).salesperson()).isEqualTo(SAM);
    }

    @Test
    void filters_by_currency_bucket_and_overdue_and_sorts_and_pages() {
        history.given(hamburg(), lyon(), lampsInvoiced(), silkInvoiced(), hamburgTwice(), vasesInvoiced());

        assertThat(invoices(
                        new ReceivablesFilter(null, null, java.util.Currency.getInstance("USD"), null, false, null)))
                .containsExactly(SILK);
        assertThat(invoices(new ReceivablesFilter(null, null, null, AgeingBucket.OVER_90, false, null)))
                .containsExactly(VASES);
        assertThat(invoices(new ReceivablesFilter(null, null, null, AgeingBucket.NOT_DUE, false, null)))
                .containsExactly(SILK);
        assertThat(invoices(new ReceivablesFilter(null, null, null, null, true, null)))
                .containsExactly(VASES, LAMPS);
        assertThat(sorted("-daysOverdue")).containsExactly(VASES, LAMPS, SILK);
        assertThat(sorted("-outstanding")).containsExactly(LAMPS, SILK, VASES);
        assertThat(sorted("number")).containsExactly(LAMPS, SILK, VASES);
        assertThat(sorted("customer")).containsExactly(LAMPS, VASES, SILK);

        ReceivablePage second = history.queries().handle(new ListReceivables(ReceivablesFilter.all(), "dueDate", 1, 2));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.asOf()).isEqualTo(TODAY);
        assertThat(second.items()).extracting(ReceivableView::invoiceId).containsExactly(SILK);
    }

    @Test
    void the_ageing_on_a_past_day_counts_only_what_had_happened_by_then() {
        history.given(
                hamburg(),
                lyon(),
                lampsInvoiced(),
                silkInvoiced(),
                paid(LAMPS, "400.00", "EUR", "600.00", LocalDate.of(2026, 6, 10)),
                credited(LAMPS, "50.00", "EUR", "550.00", LocalDate.of(2026, 6, 20)));
        ReceivablesFilter may15 = ReceivablesFilter.all().on(LocalDate.of(2026, 5, 15));

        ReceivableView then = history.queries()
                .handle(new ListReceivables(may15, null, 0, 20))
                .items()
                .get(0);
        ReceivableView now = all().get(0);

        assertThat(invoices(may15)).containsExactly(LAMPS);
        assertThat(then.outstanding()).isEqualTo(eur("1000.00"));
        assertThat(then.paid()).isEqualTo(eur("0.00"));
        assertThat(then.daysOverdue()).isEqualTo(14);
        assertThat(then.bucket()).isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(now.outstanding()).isEqualTo(eur("550.00"));
        assertThat(now.bucket()).isEqualTo(AgeingBucket.DAYS_31_60);
        ReceivableView june15 = history.queries()
                .handle(new ListReceivables(ReceivablesFilter.all().on(LocalDate.of(2026, 6, 15)), null, 0, 20))
                .items()
                .get(0);
        assertThat(june15.paid()).isEqualTo(eur("400.00"));
        assertThat(june15.credited()).isEqualTo(eur("0.00"));
        assertThat(june15.outstanding()).isEqualTo(eur("600.00"));
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_already_taken_change_nothing_when_delivered_again() {
        history.given(
                hamburg(),
                lampsInvoiced(),
                paid(LAMPS, "400.00", "EUR", "600.00", TODAY.minusDays(20)),
                reminded(LAMPS, 1, 1, "600.00"));
        var once = history.tables();

        history.redeliver(LAMPS, 1, paid(LAMPS, "100.00", "EUR", "500.00", TODAY.minusDays(2)));
        history.redeliver(LAMPS, 2, credited(LAMPS, "100.00", "EUR", "500.00", TODAY.minusDays(2)));
        history.redeliver(LAMPS, 2, cancelled(LAMPS));
        history.redeliver(LAMPS, 0, ReceivableEvents.issued(LAMPS, 9, LYON, SAM, "5.00", "EUR", TODAY, TODAY));
        history.redeliver(HAMBURG, 0, ReceivableEvents.registered(HAMBURG, "OTHER", "Other", SAM));
        history.redeliver(HAMBURG, 0, handedOver(HAMBURG, SALLY, SAM));

        assertThat(history.tables()).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        history.given(
                hamburg(),
                lyon(),
                hamburgTwice(),
                lampsInvoiced(),
                silkInvoiced(),
                vasesInvoiced(),
                paid(LAMPS, "400.00", "EUR", "600.00", TODAY.minusDays(20)),
                credited(SILK, "50.00", "USD", "450.00", TODAY.minusDays(3)),
                reminded(LAMPS, 1, 1, "600.00"),
                handedOver(LYON, SAM, SALLY),
                merged(HAMBURG_TWICE, HAMBURG),
                cancelled(VASES));
        var live = history.tables();

        history.replay();

        assertThat(history.tables()).isEqualTo(live);
    }

    private List<ReceivableView> all() {
        return history.queries()
                .handle(new ListReceivables(ReceivablesFilter.all(), null, 0, 50))
                .items();
    }

    private List<InvoiceId> invoices(ReceivablesFilter filter) {
        return history.queries().handle(new ListReceivables(filter, null, 0, 50)).items().stream()
                .map(ReceivableView::invoiceId)
                .toList();
    }

    private List<InvoiceId> sorted(String sort) {
        return history.queries().handle(new ListReceivables(ReceivablesFilter.all(), sort, 0, 50)).items().stream()
                .map(ReceivableView::invoiceId)
                .toList();
    }

    private static ReceivablesFilter bySalesperson(String salesperson) {
        return new ReceivablesFilter(null, com.tradeledger.shared.Username.of(salesperson), null, null, false, null);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
