package com.tradeledger.salesplanning;

import static com.tradeledger.salesplanning.SalesEvents.ALICE;
import static com.tradeledger.salesplanning.SalesEvents.APRIL;
import static com.tradeledger.salesplanning.SalesEvents.BOB;
import static com.tradeledger.salesplanning.SalesEvents.CNY;
import static com.tradeledger.salesplanning.SalesEvents.DESK_LAMP;
import static com.tradeledger.salesplanning.SalesEvents.HAMBURG;
import static com.tradeledger.salesplanning.SalesEvents.JUNE;
import static com.tradeledger.salesplanning.SalesEvents.LAMP_CONTRACT;
import static com.tradeledger.salesplanning.SalesEvents.LAMP_QUOTE;
import static com.tradeledger.salesplanning.SalesEvents.LAMP_SHADE;
import static com.tradeledger.salesplanning.SalesEvents.MAY;
import static com.tradeledger.salesplanning.SalesEvents.SHADE_QUOTE;
import static com.tradeledger.salesplanning.SalesEvents.SHANGHAI;
import static com.tradeledger.salesplanning.SalesEvents.accepted;
import static com.tradeledger.salesplanning.SalesEvents.commissionAccrued;
import static com.tradeledger.salesplanning.SalesEvents.credited;
import static com.tradeledger.salesplanning.SalesEvents.dollarsAllocated;
import static com.tradeledger.salesplanning.SalesEvents.dollarsReceived;
import static com.tradeledger.salesplanning.SalesEvents.drafted;
import static com.tradeledger.salesplanning.SalesEvents.invoiced;
import static com.tradeledger.salesplanning.SalesEvents.issued;
import static com.tradeledger.salesplanning.SalesEvents.lamps;
import static com.tradeledger.salesplanning.SalesEvents.rejected;
import static com.tradeledger.salesplanning.SalesEvents.shades;
import static com.tradeledger.salesplanning.SalesEvents.shippedLamps;
import static com.tradeledger.salesplanning.SalesEvents.signed;
import static com.tradeledger.salesplanning.SalesEvents.targetSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.contracting.DeliveryScheduled;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.UnknownSortField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sales performance in the functional currency, grouped and filtered with totals, targets (销售计划) against actuals,
 * the forecast (销售预测), redelivery and rebuilding, on a real PostgreSQL.
 */
class SalesPlanningTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private SalesViewFixture view;

    @BeforeEach
    void noSales() {
        view = new SalesViewFixture(database);
    }

    @Test
    void a_month_converts_at_the_rate_recorded_on_or_before_its_last_day() {
        view.rate("EUR", APRIL.atDay(10), "7.8");
        view.rate("EUR", APRIL.atEndOfMonth().plusDays(1), "9.9");
        view.history.deliver(signed(APRIL.atDay(14)));

        SalesPerformanceView lamps = view.line(ALICE, HAMBURG, DESK_LAMP, APRIL).orElseThrow();
        assertThat(lamps.functional().contracted()).isEqualByComparingTo("7800.00");
        assertThat(lamps.functionalComplete()).isTrue();
        SalesPerformancePage page = view.list(query(null, null));
        assertThat(page.functionalTotal().currency()).isEqualTo(CNY);
        assertThat(page.functionalTotal().amounts().contracted()).isEqualByComparingTo("9048.00");
        assertThat(page.functionalTotal().functionalComplete()).isTrue();
    }

    @Test
    void without_a_recorded_rate_a_line_has_no_functional_figures_and_the_total_says_it_is_incomplete() {
        view.history.deliver(signed(APRIL.atDay(14)));

        SalesPerformanceView lamps = view.line(ALICE, HAMBURG, DESK_LAMP, APRIL).orElseThrow();
        assertThat(lamps.functional().contracted()).isNull();
        assertThat(lamps.functionalComplete()).isFalse();
        assertThat(view.list(query(null, null)).functionalTotal().functionalComplete())
                .isFalse();
    }

    @Test
    void groups_by_salesperson_customer_product_or_month_and_the_totals_add_up_to_the_lines() {
        busyMonths();

        SalesPerformancePage bySalesperson = view.list(query(SalesGrouping.SALESPERSON, null));
        assertThat(bySalesperson.items())
                .extracting(SalesPerformanceView::salesperson)
                .containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(bySalesperson.items())
                .allSatisfy(line -> assertThat(line.customerId()).isNull());
        BigDecimal quoted = bySalesperson.items().stream()
                .map(line -> line.amounts().quoted())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(bySalesperson.totals()).hasSize(1);
        assertThat(bySalesperson.totals().get(0).amounts().quoted()).isEqualByComparingTo(quoted);
        assertThat(quoted).isEqualByComparingTo("1640.00");

        SalesPerformancePage byProduct = view.list(query(SalesGrouping.PRODUCT, "product"));
        assertThat(byProduct.items())
                .extracting(SalesPerformanceView::productId)
                .containsExactly(null, DESK_LAMP, LAMP_SHADE);
        assertThat(view.list(query(SalesGrouping.MONTH, "month")).items())
                .extracting(SalesPerformanceView::month)
                .containsExactly(APRIL, MAY);
        assertThat(view.list(query(SalesGrouping.CUSTOMER, null)).total()).isEqualTo(2);
    }

    @Test
    void filters_by_salesperson_customer_product_and_months_and_sorts_by_a_figure() {
        busyMonths();

        assertThat(view.list(new ListSalesPerformance(BOB, null, null, null, null, null, null, CNY, 0, 50))
                        .items())
                .extracting(SalesPerformanceView::customerId)
                .containsOnly(SHANGHAI);
        assertThat(view.list(new ListSalesPerformance(null, HAMBURG, LAMP_SHADE, null, null, null, null, CNY, 0, 50))
                        .items())
                .extracting(SalesPerformanceView::month)
                .containsExactly(APRIL);
        assertThat(view.list(new ListSalesPerformance(null, null, null, MAY, MAY, null, null, CNY, 0, 50))
                        .items())
                .extracting(SalesPerformanceView::month)
                .containsOnly(MAY);
        List<SalesPerformanceView> byQuoted = view.list(query(null, "-quoted")).items();
        assertThat(byQuoted.get(0).amounts().quoted()).isEqualByComparingTo("1000.00");
        SalesPerformancePage firstPage =
                view.list(new ListSalesPerformance(null, null, null, null, null, null, "-quoted", CNY, 0, 2));
        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.total()).isEqualTo(byQuoted.size());
        assertThatThrownBy(() -> view.list(query(null, "margin"))).isInstanceOf(UnknownSortField.class);
    }

    @Test
    void a_target_shows_the_months_contracted_value_in_cny_against_it_and_setting_it_again_replaces_it() {
        view.rate("EUR", APRIL.atDay(1), "7.8");
        view.history.deliver(signed(APRIL.atDay(14)), targetSet(ALICE, APRIL, "10000.00", null));

        SalesTargetView target = targets().get(0);
        assertThat(target.target()).isEqualTo(Money.of("10000.00", "CNY"));
        assertThat(target.actual()).isEqualTo(Money.of("9048.00", "CNY"));
        assertThat(target.attainment()).isEqualByComparingTo("90.48");
        assertThat(target.actualComplete()).isTrue();

        view.history.deliver(targetSet(ALICE, APRIL, "9048.00", "10000.00"), targetSet(BOB, MAY, "5000.00", null));

        assertThat(targets())
                .extracting(SalesTargetView::salesperson, SalesTargetView::attainment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BOB, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple(ALICE, new BigDecimal("100.00")));
        assertThat(view.queries
                        .handle(new ListSalesTargets(BOB, null, null, CNY, 0, 50))
                        .items())
                .hasSize(1);
    }

    @Test
    void the_forecast_weighs_open_quotes_and_adds_what_signed_contracts_have_not_shipped_by_delivery_month() {
        view.rate("EUR", APRIL.atDay(1), "7.8");
        view.history.deliver(
                drafted(SHADE_QUOTE, SHANGHAI, BOB),
                issued(SHADE_QUOTE, 1, MAY.atDay(3), shades("50")),
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, MAY.atDay(3), lamps("100")),
                rejected(LAMP_QUOTE, 1),
                signed(APRIL.atDay(14)),
                shippedLamps(MAY.atDay(20)));

        SalesForecastView forecast = view.queries.handle(new ForecastSales(null, null, null, Percentage.of("30"), CNY));

        assertThat(forecast.months())
                .extracting(SalesForecastMonth::month, SalesForecastMonth::weightedQuotes, SalesForecastMonth::forecast)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(APRIL, new BigDecimal("0.00"), new BigDecimal("160.00")),
                        org.assertj.core.groups.Tuple.tuple(MAY, new BigDecimal("0.00"), new BigDecimal("400.00")),
                        org.assertj.core.groups.Tuple.tuple(JUNE, new BigDecimal("48.00"), new BigDecimal("48.00")));
        assertThat(forecast.functionalForecast()).isEqualByComparingTo("4742.40");
        assertThat(forecast.functionalComplete()).isTrue();

        view.history.deliver(new DeliveryScheduled(LAMP_CONTRACT, 2, JUNE.atDay(15)));
        assertThat(view.queries
                        .handle(new ForecastSales(BOB, JUNE, JUNE, Percentage.of("50"), CNY))
                        .months())
                .extracting(SalesForecastMonth::forecast)
                .containsExactly(new BigDecimal("80.00"));
        assertThat(view.queries
                        .handle(new ForecastSales(ALICE, JUNE, JUNE, Percentage.of("50"), CNY))
                        .months())
                .extracting(SalesForecastMonth::unshippedContracts)
                .containsExactly(new BigDecimal("160.00"));
    }

    @Test
    void events_delivered_again_change_nothing() {
        busyMonths();
        var once = view.tables();

        view.history.redeliverAll();

        assertThat(view.tables()).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_tables() {
        busyMonths();
        var live = view.tables();

        view.pipeline.reset();
        assertThat(view.tables()).isEmpty();
        view.history.redeliverAll();

        assertThat(view.tables()).isEqualTo(live);
    }

    /** Alice quotes, wins, signs, ships, invoices and collects from Hamburg; Bob quotes Shanghai. */
    private void busyMonths() {
        view.history.deliver(
                drafted(LAMP_QUOTE, HAMBURG, ALICE),
                issued(LAMP_QUOTE, 1, APRIL.atDay(2), lamps("100"), shades("50")),
                accepted(LAMP_QUOTE, 1, APRIL.atDay(9)),
                signed(APRIL.atDay(14)),
                drafted(SHADE_QUOTE, SHANGHAI, BOB),
                issued(SHADE_QUOTE, 1, MAY.atDay(3), shades("150")),
                shippedLamps(MAY.atDay(20)),
                invoiced(MAY.atDay(21)),
                dollarsReceived(MAY.atDay(28)),
                dollarsAllocated(),
                commissionAccrued("7.56"),
                credited("20.00", MAY.atDay(30)),
                targetSet(ALICE, APRIL, "10000.00", null));
    }

    private List<SalesTargetView> targets() {
        return view.queries
                .handle(new ListSalesTargets(null, null, null, CNY, 0, 50))
                .items();
    }

    private static ListSalesPerformance query(SalesGrouping groupBy, String sort) {
        return new ListSalesPerformance(null, null, null, null, null, groupBy, sort, CNY, 0, 50);
    }
}
