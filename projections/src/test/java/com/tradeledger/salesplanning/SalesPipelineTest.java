package com.tradeledger.salesplanning;

import static com.tradeledger.salesplanning.SalesEvents.ALICE;
import static com.tradeledger.salesplanning.SalesEvents.APRIL;
import static com.tradeledger.salesplanning.SalesEvents.BOB;
import static com.tradeledger.salesplanning.SalesEvents.DESK_LAMP;
import static com.tradeledger.salesplanning.SalesEvents.HAMBURG;
import static com.tradeledger.salesplanning.SalesEvents.JUNE;
import static com.tradeledger.salesplanning.SalesEvents.LAMP_QUOTE;
import static com.tradeledger.salesplanning.SalesEvents.LAMP_SHADE;
import static com.tradeledger.salesplanning.SalesEvents.MAY;
import static com.tradeledger.salesplanning.SalesEvents.SHADE_QUOTE;
import static com.tradeledger.salesplanning.SalesEvents.SHANGHAI;
import static com.tradeledger.salesplanning.SalesEvents.accepted;
import static com.tradeledger.salesplanning.SalesEvents.cancelled;
import static com.tradeledger.salesplanning.SalesEvents.drafted;
import static com.tradeledger.salesplanning.SalesEvents.expired;
import static com.tradeledger.salesplanning.SalesEvents.issued;
import static com.tradeledger.salesplanning.SalesEvents.lamps;
import static com.tradeledger.salesplanning.SalesEvents.rejected;
import static com.tradeledger.salesplanning.SalesEvents.shades;
import static com.tradeledger.salesplanning.SalesEvents.shippedLamps;
import static com.tradeledger.salesplanning.SalesEvents.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sales performance from quotes, contracts and shipments, on a real PostgreSQL. */
class SalesPipelineTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private SalesViewFixture view;

    @BeforeEach
    void noSales() {
        view = new SalesViewFixture(database);
    }

    @Test
    void an_issued_quote_counts_as_quoted_per_product_in_the_month_it_was_issued() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE), issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100"), shades("50")));

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, APRIL).quoted()).isEqualByComparingTo("1000.00");
        assertThat(view.amounts(ALICE, HAMBURG, LAMP_SHADE, APRIL).quoted()).isEqualByComparingTo("160.00");
        assertThat(view.lines(ALICE)).hasSize(2);
    }

    @Test
    void a_quote_counts_at_its_latest_issued_revision_in_the_month_that_revision_was_issued() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100"), shades("50")),
                issued(LAMP_QUOTE, 2, MAY.atDay(3), lamps("200")));

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, APRIL).quoted()).isZero();
        assertThat(view.amounts(ALICE, HAMBURG, LAMP_SHADE, APRIL).quoted()).isZero();
        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, MAY).quoted()).isEqualByComparingTo("2000.00");
    }

    @Test
    void an_accepted_quote_is_won_in_the_month_it_was_accepted_at_its_latest_revision() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100"), shades("50")),
                accepted(LAMP_QUOTE, 1, MAY.atDay(2)));

        SalesPerformanceView lamps = view.line(ALICE, HAMBURG, DESK_LAMP, MAY).orElseThrow();
        assertThat(lamps.amounts().quotesWon()).isEqualByComparingTo("1000.00");
        assertThat(lamps.winRate()).isEqualByComparingTo("100");
        assertThat(view.amounts(ALICE, HAMBURG, LAMP_SHADE, MAY).quotesWon()).isEqualByComparingTo("160.00");
    }

    @Test
    void rejected_and_expired_quotes_are_lost_and_the_win_rate_is_by_value() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100")),
                drafted(SHADE_QUOTE, HAMBURG, ALICE),
                issued(SHADE_QUOTE, 1, APRIL.atDay(2), lamps("300")),
                rejected(LAMP_QUOTE, 1));

        SalesPerformanceView may = view.line(ALICE, HAMBURG, DESK_LAMP, MAY).orElseThrow();
        assertThat(may.amounts().quotesLost()).isEqualByComparingTo("1000.00");
        assertThat(may.winRate()).isZero();

        view.history.deliver(expired(SHADE_QUOTE, 1, JUNE.atDay(30)));
        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, JUNE).quotesLost()).isEqualByComparingTo("3000.00");
    }

    @Test
    void a_rejected_revision_superseded_by_a_new_one_is_no_longer_lost() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100")),
                rejected(LAMP_QUOTE, 1),
                issued(LAMP_QUOTE, 2, MAY.atDay(10), lamps("90")),
                accepted(LAMP_QUOTE, 2, MAY.atDay(12)));

        SalesPerformanceView may = view.line(ALICE, HAMBURG, DESK_LAMP, MAY).orElseThrow();
        assertThat(may.amounts().quotesLost()).isZero();
        assertThat(may.amounts().quotesWon()).isEqualByComparingTo("900.00");
        assertThat(may.amounts().quoted()).isEqualByComparingTo("900.00");
        assertThat(may.winRate()).isEqualByComparingTo("100");
    }

    @Test
    void a_decided_quote_is_not_decided_again() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100")),
                accepted(LAMP_QUOTE, 1, MAY.atDay(2)),
                expired(LAMP_QUOTE, 1, MAY.atDay(31)));

        SalesPerformanceView may = view.line(ALICE, HAMBURG, DESK_LAMP, MAY).orElseThrow();
        assertThat(may.amounts().quotesWon()).isEqualByComparingTo("1000.00");
        assertThat(may.amounts().quotesLost()).isZero();
    }

    @Test
    void a_quote_is_the_sale_of_the_salesperson_who_drafted_it() {
        view.history.deliver(drafted(LAMP_QUOTE, SHANGHAI, BOB), issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100")));

        assertThat(view.lines(ALICE)).isEmpty();
        assertThat(view.amounts(BOB, SHANGHAI, DESK_LAMP, APRIL).quoted()).isEqualByComparingTo("1000.00");
    }

    @Test
    void a_signed_contract_counts_as_contracted_per_product_until_it_is_cancelled() {
        view.history.deliver(signed(APRIL.atDay(14)));

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, APRIL).contracted()).isEqualByComparingTo("1000.00");
        assertThat(view.amounts(ALICE, HAMBURG, LAMP_SHADE, APRIL).contracted()).isEqualByComparingTo("160.00");

        view.history.deliver(cancelled(MAY.atDay(2)));

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, APRIL).contracted()).isZero();
        assertThat(view.amounts(ALICE, HAMBURG, LAMP_SHADE, APRIL).contracted()).isZero();
    }

    @Test
    void goods_shipped_count_for_the_contracts_salesperson_in_the_month_they_left() {
        view.history.deliver(signed(APRIL.atDay(14)), shippedLamps(MAY.atDay(20)));

        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, MAY).shipped()).isEqualByComparingTo("600.00");
        assertThat(view.amounts(ALICE, HAMBURG, DESK_LAMP, APRIL).shipped()).isZero();
    }
}
