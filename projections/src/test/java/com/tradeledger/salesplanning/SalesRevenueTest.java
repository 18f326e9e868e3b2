package com.tradeledger.salesplanning;

import static com.tradeledger.salesplanning.SalesEvents.ALICE;
import static com.tradeledger.salesplanning.SalesEvents.APRIL;
import static com.tradeledger.salesplanning.SalesEvents.DESK_LAMP;
import static com.tradeledger.salesplanning.SalesEvents.HAMBURG;
import static com.tradeledger.salesplanning.SalesEvents.JUNE;
import static com.tradeledger.salesplanning.SalesEvents.MAY;
import static com.tradeledger.salesplanning.SalesEvents.commissionAccrued;
import static com.tradeledger.salesplanning.SalesEvents.commissionClawedBack;
import static com.tradeledger.salesplanning.SalesEvents.commissionPaid;
import static com.tradeledger.salesplanning.SalesEvents.credited;
import static com.tradeledger.salesplanning.SalesEvents.dollarsAllocated;
import static com.tradeledger.salesplanning.SalesEvents.dollarsReceived;
import static com.tradeledger.salesplanning.SalesEvents.invoiceCancelled;
import static com.tradeledger.salesplanning.SalesEvents.invoiced;
import static com.tradeledger.salesplanning.SalesEvents.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ReadModelDatabase;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sales performance from invoices, credit notes, payments and commissions, on a real PostgreSQL. */
class SalesRevenueTest {

    private static final YearMonth JULY = YearMonth.of(2025, 7);

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private SalesViewFixture view;

    @BeforeEach
    void aSignedContract() {
        view = new SalesViewFixture(database);
        view.history.deliver(signed(APRIL.atDay(14)));
    }

    @Test
    void an_invoice_counts_its_goods_per_product_and_the_deposit_it_deducts_with_no_product() {
        view.history.deliver(invoiced(MAY.atDay(21)));

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, MAY).invoiced()).isEqualByComparingTo("600.00");
        assertThat(view.amounts(ALICE, HAMBURG, null, MAY).invoiced()).isEqualByComparingTo("-348.00");
        assertThat(view.list(monthOf(MAY)).totals().get(0).amounts().invoiced()).isEqualByComparingTo("252.00");
    }

    @Test
    void a_cancelled_invoice_no_longer_counts() {
        view.history.deliver(invoiced(MAY.atDay(21)), invoiceCancelled());

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, MAY).invoiced()).isZero();
        assertThat(view.amounts(ALICE, HAMBURG, null, MAY).invoiced()).isZero();
    }

    @Test
    void a_credit_note_counts_as_credited_in_the_month_it_was_issued() {
        view.history.deliver(invoiced(MAY.atDay(21)), credited("20.00", JUNE.atDay(3)));

        assertThat(view.amounts(ALICE, HAMBURG, null, JUNE).credited()).isEqualByComparingTo("20.00");
        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, MAY).invoiced()).isEqualByComparingTo("600.00");
    }

    @Test
    void a_payment_in_another_currency_is_collected_in_the_invoice_currency_and_at_its_own_rate_in_cny() {
        view.history.deliver(invoiced(MAY.atDay(21)), dollarsReceived(JUNE.atDay(10)), dollarsAllocated());

        SalesPerformanceView june = view.line(ALICE, HAMBURG, null, JUNE).orElseThrow();
        assertThat(june.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(june.amounts().collected()).isEqualByComparingTo("252.00");
        assertThat(june.functional().collected()).isEqualByComparingTo("1988.00");
    }

    @Test
    void commission_accrues_when_collected_less_clawbacks_and_counts_as_paid_when_paid() {
        view.history.deliver(
                invoiced(MAY.atDay(21)),
                dollarsReceived(JUNE.atDay(10)),
                dollarsAllocated(),
                commissionAccrued("7.56"),
                commissionClawedBack("0.60"),
                commissionPaid("6.96", JULY.atDay(5)));

        assertThat(view.amounts(ALICE, HAMBURG, null, JUNE).commissionAccrued()).isEqualByComparingTo("7.56");
        assertThat(view.amounts(ALICE, HAMBURG, null, MAY).commissionAccrued()).isEqualByComparingTo("-0.60");
        assertThat(view.amounts(ALICE, HAMBURG, null, JULY).commissionPaid()).isEqualByComparingTo("6.96");
        assertThat(view.list(new ListSalesPerformance(
                                ALICE, null, null, null, null, null, null, SalesEvents.CNY, 0, 50))
                        .totals()
                        .get(0)
                        .amounts()
                        .commissionAccrued())
                .isEqualByComparingTo("6.96");
    }

    private static ListSalesPerformance monthOf(YearMonth month) {
        return new ListSalesPerformance(null, null, null, month, month, null, null, SalesEvents.CNY, 0, 50);
    }
}
