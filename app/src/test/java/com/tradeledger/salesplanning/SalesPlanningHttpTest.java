package com.tradeledger.salesplanning;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sales performance, targets (销售计划) and the forecast (销售预测) over HTTP: a signed contract of Sally's read back
 * with filters, groups, totals and as CSV; who reads whose figures; targets set by managers only.
 */
@LedgerTest
class SalesPlanningHttpTest {

    private static final String TEN_CARTONS = "1488.00";

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SalesFlow flow;
    Api max;
    YearMonth thisMonth;
    String customer;
    String product;

    @BeforeEach
    void aSignedContractOfSallys() {
        refusals = new Refusals(log);
        LocalDate today = LocalDate.now(clock);
        thisMonth = YearMonth.from(today);
        flow = new SalesFlow(port, today);
        max = flow.max;
        customer = flow.customer("500000");
        product = flow.product();
        String contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
    }

    @Test
    void reads_a_salespersons_figures_by_customer_with_totals_that_add_up() {
        JsonNode page = flow.await(max, byCustomer(), SalesPlanningHttpTest::signedAndInvoiced);

        // The deposit invoice of signing (30 %) is not per product: it has a line of its own.
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode deposit = page.at("/items/0");
        assertThat(deposit.has("productId")).isFalse();
        assertThat(deposit.at("/amounts/invoiced").asText()).isEqualTo("446.40");
        JsonNode line = page.at("/items/1");
        assertThat(line.get("salesperson").asText()).isEqualTo("sally");
        assertThat(line.get("productId").asText()).isEqualTo(product);
        assertThat(line.get("month").asText()).isEqualTo(thisMonth.toString());
        assertThat(line.get("currency").asText()).isEqualTo("USD");
        assertThat(line.at("/amounts/quoted").asText()).isEqualTo(TEN_CARTONS);
        assertThat(line.at("/amounts/quotesWon").asText()).isEqualTo(TEN_CARTONS);
        assertThat(line.get("winRate").asText()).isEqualTo("100.00");
        assertThat(page.at("/totals/0/currency").asText()).isEqualTo("USD");
        assertThat(page.at("/totals/0/amounts/contracted").asText()).isEqualTo(TEN_CARTONS);
        assertThat(page.at("/totals/0/amounts/invoiced").asText()).isEqualTo("446.40");
        assertThat(page.at("/functionalTotal/currency").asText()).isEqualTo("CNY");
    }

    @Test
    void groups_filters_and_sorts_and_refuses_unknown_groups_and_sort_fields() {
        flow.await(max, byCustomer(), SalesPlanningHttpTest::signedAndInvoiced);

        JsonNode byProduct =
                ok(max.get(byCustomer() + "&groupBy=product&sort=-contracted")).body();
        assertThat(byProduct.at("/items/0/productId").asText()).isEqualTo(product);
        assertThat(byProduct.at("/items/0/customerId").isMissingNode()).isTrue();
        assertThat(byProduct.at("/items/1/productId").isMissingNode()).isTrue();
        JsonNode bySalesperson = ok(max.get(byCustomer() + "&groupBy=salesperson&sort=-contracted"))
                .body();
        assertThat(bySalesperson.at("/items/0/salesperson").asText()).isEqualTo("sally");
        assertThat(ok(max.get(byCustomer() + "&from=" + thisMonth.plusMonths(1)))
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(ok(max.get(byCustomer() + "&to=" + thisMonth))
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(ok(max.get(byCustomer() + "&productId=" + product))
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(max.get(byCustomer() + "&productId=" + customer))
                        .body()
                        .get("total")
                        .asLong())
                .isZero();

        assertThat(max.get(byCustomer() + "&groupBy=warehouse").status()).isEqualTo(400);
        Api.Response badSort = max.get(byCustomer() + "&sort=margin");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.code()).isEqualTo("invalid-sort");
    }

    @Test
    void exports_the_same_lines_as_csv() {
        flow.await(max, byCustomer(), SalesPlanningHttpTest::signedAndInvoiced);

        String csv = max.text(byCustomer(), "text/csv");

        // Jackson quotes longer values (the ids) whether they need it or not; a spreadsheet reads both alike.
        List<String> rows = csv.replace("\"", "").lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0))
                .startsWith("salesperson,customerId,productId,month,currency,quoted,contracted,shipped,invoiced,")
                .contains("functionalCurrency,functionalQuoted");
        assertThat(rows.get(1)).startsWith("sally," + customer + ",," + thisMonth + ",USD,0,0,0,446.40,");
        assertThat(rows.get(2))
                .startsWith("sally," + customer + "," + product + "," + thisMonth + ",USD," + TEN_CARTONS + ","
                        + TEN_CARTONS + ",0,")
                .contains(",CNY,");
    }

    @Test
    void salespeople_read_their_own_figures_managers_finance_and_auditors_everyones_and_nobody_else_any() {
        flow.await(max, byCustomer(), SalesPlanningHttpTest::signedAndInvoiced);

        assertThat(ok(flow.sally.get(byCustomer())).body().get("total").asLong())
                .isEqualTo(2);
        assertThat(ok(Api.as(port, "sam").get(byCustomer())).body().get("total").asLong())
                .isZero();
        assertThat(flow.sally.get("/api/v1/sales-performance?salesperson=sam").status())
                .isEqualTo(403);
        for (Api reader : List.of(flow.fiona, Api.as(port, "audrey"))) {
            assertThat(ok(reader.get(byCustomer())).body().get("total").asLong())
                    .isEqualTo(2);
        }
        for (String path : List.of(byCustomer(), "/api/v1/sales-targets", "/api/v1/sales-forecast")) {
            assertThat(Api.as(port, "paula").get(path).status()).as(path).isEqualTo(403);
            assertThat(flow.walt.get(path).status()).as(path).isEqualTo(403);
            assertThat(flow.sally.get(path).status()).as(path).isEqualTo(200);
            assertThat(Api.as(port, "audrey").get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void forecasts_signed_but_unshipped_contracts_by_delivery_month() {
        String deliveryMonth = YearMonth.from(LocalDate.now(clock).plusDays(45)).toString();
        JsonNode forecast = flow.await(
                max,
                "/api/v1/sales-forecast?salesperson=sally&from=" + deliveryMonth + "&to=" + deliveryMonth,
                body -> unshipped(body).compareTo(new BigDecimal(TEN_CARTONS)) >= 0);

        assertThat(forecast.get("quoteWinProbability").asText()).isEqualTo("30");
        assertThat(forecast.get("functionalCurrency").asText()).isEqualTo("CNY");
        assertThat(forecast.at("/months/0/month").asText()).isEqualTo(deliveryMonth);
        assertThat(unshipped(forecast)).isGreaterThanOrEqualTo(new BigDecimal(TEN_CARTONS));
    }

    @Test
    void only_managers_set_sales_targets() {
        Map<String, Object> target = Map.of(
                "salesperson",
                "sally",
                "month",
                thisMonth.toString(),
                "target",
                Map.of("amount", "50000.00", "currency", "CNY"));

        refusals.refused(403, "forbidden", () -> flow.sally.post("/api/v1/sales-targets", target));
        assertThat(ok(max.get("/api/v1/sales-targets")).body().has("items")).isTrue();
    }

    // Needs `POST /api/v1/sales-targets` for MANAGER in the security rules and SalesTarget among the aggregates.
    @Test
    void a_manager_sets_and_replaces_a_target_and_reads_it_with_its_attainment() {
        YearMonth month = thisMonth.plusYears(5);
        ok(max.post("/api/v1/sales-targets", target("sam", month, "50000.00", "CNY")));
        ok(max.post("/api/v1/sales-targets", target("sam", month, "60000.00", "CNY")));

        JsonNode targets = flow.await(
                max,
                "/api/v1/sales-targets?salesperson=sam&from=" + month + "&to=" + month,
                body -> body.at("/items/0/target/amount").asText().equals("60000.00"));
        assertThat(targets.get("total").asLong()).isEqualTo(1);
        assertThat(targets.at("/items/0/actual/amount").asText()).isEqualTo("0.00");
        assertThat(targets.at("/items/0/attainment").asText()).isEqualTo("0.00");
        assertThat(targets.at("/items/0/setBy").asText()).isEqualTo("max");

        refusals.refused(
                400, "invalid-value", () -> max.post("/api/v1/sales-targets", target("nobody", month, "1.00", "CNY")));
        refusals.refused(
                409,
                "target-not-in-functional-currency",
                () -> max.post("/api/v1/sales-targets", target("sam", month, "1.00", "USD")));
        refusals.refused(
                409,
                "target-not-positive",
                () -> max.post("/api/v1/sales-targets", target("sam", month, "0.00", "CNY")));
    }

    private static Map<String, Object> target(String salesperson, YearMonth month, String amount, String currency) {
        return Map.of(
                "salesperson",
                salesperson,
                "month",
                month.toString(),
                "target",
                Map.of("amount", amount, "currency", currency));
    }

    private String byCustomer() {
        return "/api/v1/sales-performance?customerId=" + customer;
    }

    private static BigDecimal unshipped(JsonNode forecast) {
        JsonNode unshipped = forecast.at("/months/0/unshippedContracts");
        return unshipped.isMissingNode() ? BigDecimal.ZERO : new BigDecimal(unshipped.asText());
    }

    /** Whether the contract and the deposit invoice signing issued are both in the view. */
    private static boolean signedAndInvoiced(JsonNode page) {
        return page.at("/totals/0/amounts/contracted").asText().equals(TEN_CARTONS)
                && page.at("/totals/0/amounts/invoiced").asText().equals("446.40");
    }
}
