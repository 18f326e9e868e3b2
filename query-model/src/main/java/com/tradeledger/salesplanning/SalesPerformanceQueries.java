package com.tradeledger.salesplanning;

import java.util.function.Consumer;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the questions about sales performance, targets (销售计划) and the forecast (销售预测) from their tables;
 * it only reads.
 */
@Component
public class SalesPerformanceQueries {

    private final SalesPerformanceReport report;
    private final SalesTargetBook targets;
    private final SalesForecastBook forecasts;

    public SalesPerformanceQueries(
            SalesPerformanceReport report, SalesTargetBook targets, SalesForecastBook forecasts) {
        this.report = report;
        this.targets = targets;
        this.forecasts = forecasts;
    }

    @QueryHandler
    public SalesPerformancePage handle(ListSalesPerformance query) {
        return report.list(query);
    }

    @QueryHandler
    public SalesTargetPage handle(ListSalesTargets query) {
        return targets.list(query);
    }

    @QueryHandler
    public SalesForecastView handle(ForecastSales query) {
        return forecasts.forecast(query);
    }

    /**
     * Every line of sales performance the query matches, ignoring its page, for a CSV export; the sort field is
     * checked before anything is read.
     */
    public long export(ListSalesPerformance query, Consumer<SalesPerformanceView> sink) {
        SalesPerformanceReport.sorting(query.sort());
        return report.forEach(query, sink);
    }
}
