package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.web.CsvExport;
import com.tradeledger.web.InvalidField;
import com.tradeledger.web.ReadsProjection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Sales performance and the forecast (销售预测) over HTTP: figures per salesperson, customer, product and month (or
 * grouped by one of them) with totals per currency and in the functional currency, as JSON pages or a CSV export with
 * the same filters. Salespeople read their own figures.
 */
@RestController
@ReadsProjection("sales-performance")
class SalesPerformanceController {

    private static final String PATH = "/api/v1/sales-performance";

    private final QueryGateway queries;
    private final SalesPerformanceQueries book;
    private final SalesReaders readers;
    private final SalesPlanningProperties properties;

    SalesPerformanceController(
            QueryGateway queries,
            SalesPerformanceQueries book,
            SalesReaders readers,
            SalesPlanningProperties properties) {
        this.queries = queries;
        this.book = book;
        this.readers = readers;
        this.properties = properties;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    SalesPerformancePage performance(
            @RequestParam(required = false) String salesperson,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) UUID productId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return queries.query(
                        query(salesperson, customerId, productId, from, to, groupBy, sort, page, size),
                        ResponseTypes.instanceOf(SalesPerformancePage.class))
                .join();
    }

    @GetMapping(path = PATH, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String salesperson,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) UUID productId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String sort) {
        ListSalesPerformance query = query(salesperson, customerId, productId, from, to, groupBy, sort, 0, 1);
        SalesPerformanceReport.sorting(sort);
        String functional = properties.functionalCurrency().getCurrencyCode();
        return CsvExport.of(
                "sales-performance",
                SalesPerformanceCsvRow.class,
                sink -> book.export(query, line -> sink.accept(SalesPerformanceCsv.row(line, functional))));
    }

    @GetMapping("/api/v1/sales-forecast")
    SalesForecastView forecast(
            @RequestParam(required = false) String salesperson,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        return queries.query(
                        new ForecastSales(
                                readers.salesperson(salesperson),
                                from,
                                to,
                                properties.quoteWinProbability(),
                                properties.functionalCurrency()),
                        ResponseTypes.instanceOf(SalesForecastView.class))
                .join();
    }

    private ListSalesPerformance query(
            String salesperson,
            UUID customerId,
            UUID productId,
            YearMonth from,
            YearMonth to,
            String groupBy,
            String sort,
            int page,
            int size) {
        return new ListSalesPerformance(
                readers.salesperson(salesperson),
                customerId == null ? null : new CustomerId(customerId),
                productId == null ? null : new ProductId(productId),
                from,
                to,
                grouping(groupBy),
                sort,
                properties.functionalCurrency(),
                page,
                size);
    }

    private static SalesGrouping grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return null;
        }
        try {
            return SalesGrouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField(
                    "groupBy",
                    "group by one of " + Arrays.toString(SalesGrouping.values()).toLowerCase(Locale.ROOT));
        }
    }
}
