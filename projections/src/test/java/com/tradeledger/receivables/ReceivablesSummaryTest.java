package com.tradeledger.receivables;

import static com.tradeledger.receivables.ReceivableEvents.HAMBURG;
import static com.tradeledger.receivables.ReceivableEvents.HAMBURG_TWICE;
import static com.tradeledger.receivables.ReceivableEvents.LAMPS;
import static com.tradeledger.receivables.ReceivableEvents.LYON;
import static com.tradeledger.receivables.ReceivableEvents.SALLY;
import static com.tradeledger.receivables.ReceivableEvents.SAM;
import static com.tradeledger.receivables.ReceivableEvents.TODAY;
import static com.tradeledger.receivables.ReceivableEvents.hamburg;
import static com.tradeledger.receivables.ReceivableEvents.hamburgTwice;
import static com.tradeledger.receivables.ReceivableEvents.handedOver;
import static com.tradeledger.receivables.ReceivableEvents.lampsInvoiced;
import static com.tradeledger.receivables.ReceivableEvents.lyon;
import static com.tradeledger.receivables.ReceivableEvents.merged;
import static com.tradeledger.receivables.ReceivableEvents.paid;
import static com.tradeledger.receivables.ReceivableEvents.paymentReceived;
import static com.tradeledger.receivables.ReceivableEvents.silkInvoiced;
import static com.tradeledger.receivables.ReceivableEvents.vasesInvoiced;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ageing summaries of the receivables by customer, salesperson, currency and bucket, in the functional currency. */
class ReceivablesSummaryTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ReceivablesHistory history;

    /** Hamburg owes 600.00 EUR (31–60 days) and, through its merged duplicate, 200.00 EUR (90+); Lyon 500.00 USD. */
    @BeforeEach
    void receivables() {
        history = ReceivablesHistory.on(database);
        history.given(
                hamburg(),
                lyon(),
                hamburgTwice(),
                lampsInvoiced(),
                silkInvoiced(),
                vasesInvoiced(),
                merged(HAMBURG_TWICE, HAMBURG),
                paid(LAMPS, "400.00", "EUR", "600.00", LocalDate.of(2026, 6, 10)));
    }

    @Test
    void sums_by_bucket_converting_at_the_rate_recorded_and_naming_the_currency_without_one() {
        history.given(paymentReceived("400.00", "EUR", "7.8", LocalDate.of(2026, 6, 10)));

        AgeingSummary summary = summarize(ReceivablesGrouping.BUCKET, ReceivablesFilter.all());

        assertThat(summary.rows())
                .extracting(AgeingSummaryRow::key, AgeingSummaryRow::currency, AgeingSummaryRow::outstanding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NOT_DUE", USD, Money.of("500.00", "USD")),
                        org.assertj.core.groups.Tuple.tuple("DAYS_31_60", EUR, eur("600.00")),
                        org.assertj.core.groups.Tuple.tuple("OVER_90", EUR, eur("200.00")));
        AgeingSummaryRow overdue = summary.rows().get(1);
        assertThat(overdue.days31To60()).isEqualTo(eur("600.00"));
        assertThat(overdue.notDue()).isEqualTo(eur("0.00"));
        assertThat(overdue.rate()).isEqualByComparingTo("7.8");
        assertThat(overdue.functionalOutstanding()).isEqualTo(cny("4680.00"));
        assertThat(summary.rows().get(0).rate()).isNull();
        assertThat(summary.rows().get(0).functionalOutstanding()).isNull();
        assertThat(summary.functionalTotal()).isEqualTo(cny("6240.00"));
        assertThat(summary.currenciesWithoutRate()).containsExactly(USD);
        assertThat(summary.totals())
                .containsExactly(
                        new AgeingTotal(EUR, 2, eur("800.00"), new BigDecimal("7.8"), cny("6240.00")),
                        new AgeingTotal(USD, 1, Money.of("500.00", "USD"), null, null));
    }

    @Test
    void a_foreign_currency_payment_gives_its_currency_a_rate_from_its_day_on() {
        history.given(paymentReceived("100.00", "USD", "7.10", LocalDate.of(2026, 6, 20)));

        AgeingSummary today = summarize(ReceivablesGrouping.CURRENCY, ReceivablesFilter.all());
        AgeingSummary before =
                summarize(ReceivablesGrouping.CURRENCY, ReceivablesFilter.all().on(LocalDate.of(2026, 6, 19)));

        assertThat(today.rows().get(1).key()).isEqualTo("USD");
        assertThat(today.rows().get(1).functionalOutstanding()).isEqualTo(cny("3550.00"));
        assertThat(today.currenciesWithoutRate()).containsExactly(EUR);
        assertThat(today.functionalTotal()).isEqualTo(cny("3550.00"));
        assertThat(before.currenciesWithoutRate()).containsExactly(EUR, USD);
        assertThat(before.functionalTotal()).isEqualTo(cny("0.00"));
    }

    @Test
    void sums_by_customer_with_a_merged_duplicate_under_the_survivor() {
        AgeingSummary summary = summarize(ReceivablesGrouping.CUSTOMER, ReceivablesFilter.all());

        assertThat(summary.rows())
                .extracting(AgeingSummaryRow::key, AgeingSummaryRow::label, AgeingSummaryRow::documents)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HAMBURG.toString(), "Hamburg Imports", 2L),
                        org.assertj.core.groups.Tuple.tuple(LYON.toString(), "Lyon Textiles", 1L));
        AgeingSummaryRow hamburg = summary.rows().get(0);
        assertThat(hamburg.outstanding()).isEqualTo(eur("800.00"));
        assertThat(hamburg.days31To60()).isEqualTo(eur("600.00"));
        assertThat(hamburg.over90()).isEqualTo(eur("200.00"));
    }

    @Test
    void sums_by_salesperson_who_now_owns_the_customer() {
        assertThat(summarize(ReceivablesGrouping.SALESPERSON, ReceivablesFilter.all())
                        .rows())
                .extracting(AgeingSummaryRow::key, AgeingSummaryRow::outstanding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sally", eur("800.00")),
                        org.assertj.core.groups.Tuple.tuple("sam", Money.of("500.00", "USD")));

        history.given(handedOver(HAMBURG, SALLY, SAM));

        assertThat(summarize(ReceivablesGrouping.SALESPERSON, ReceivablesFilter.all())
                        .rows())
                .extracting(AgeingSummaryRow::key, AgeingSummaryRow::outstanding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sam", eur("800.00")),
                        org.assertj.core.groups.Tuple.tuple("sam", Money.of("500.00", "USD")));
    }

    @Test
    void the_summary_on_a_past_day_differs_from_todays() {
        AgeingSummary may15 =
                summarize(ReceivablesGrouping.BUCKET, ReceivablesFilter.all().on(LocalDate.of(2026, 5, 15)));

        assertThat(may15.asOf()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(may15.rows())
                .extracting(AgeingSummaryRow::key, AgeingSummaryRow::outstanding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DAYS_1_30", eur("1000.00")),
                        org.assertj.core.groups.Tuple.tuple("DAYS_61_90", eur("200.00")));
        assertThat(summarize(ReceivablesGrouping.BUCKET, ReceivablesFilter.all())
                        .asOf())
                .isEqualTo(TODAY);
    }

    @Test
    void the_totals_add_up_to_the_listed_receivables_under_the_same_filter() {
        var filter = new ReceivablesFilter(null, SALLY, null, null, true, null);
        List<ReceivableView> listed = history.queries()
                .handle(new ListReceivables(filter, null, 0, 50))
                .items();

        AgeingSummary summary = summarize(ReceivablesGrouping.CUSTOMER, filter);

        BigDecimal listedTotal =
                listed.stream().map(it -> it.outstanding().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(summary.totals()).hasSize(1);
        assertThat(summary.totals().get(0).outstanding().amount()).isEqualByComparingTo(listedTotal);
        assertThat(summary.totals().get(0).documents()).isEqualTo(listed.size());
    }

    private AgeingSummary summarize(ReceivablesGrouping by, ReceivablesFilter filter) {
        return history.queries().handle(new SummarizeReceivables(filter, by));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
