package com.tradeledger.eventstore;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.purchasing.SupplyFlow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilding every projection from the log after a long scripted history gives back exactly the tables the live
 * projections had, row for row: nothing skipped, nothing counted twice.
 */
@LedgerTest
class ReplayEqualsLiveTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (\\w+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void every_rebuilt_read_model_equals_the_live_one_row_for_row() throws IOException {
        script();
        Api admin = Api.as(port, "admin");
        List<String> projections = new ArrayList<>();
        for (JsonNode processor : admin.get("/api/v1/admin/projections").body()) {
            if (processor.get("rebuildable").asBoolean()) {
                projections.add(processor.get("name").asText());
            }
        }
        awaitAllCaughtUp(admin);
        Map<String, List<String>> live = readModel();
        assertThat(live.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);

        for (String projection : projections) {
            assertThat(admin.post("/api/v1/admin/projections/" + projection + "/rebuild", Map.of())
                            .status())
                    .as("rebuild of %s", projection)
                    .isEqualTo(202);
        }
        awaitAllCaughtUp(admin);

        Map<String, List<String>> rebuilt = readModel();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        live.forEach((table, rows) ->
                assertThat(rebuilt.get(table)).as("table %s", table).isEqualTo(rows));
    }

    /** Deals bought, received, shipped, invoiced and paid in two currencies; a handover, a merge and a stocktake. */
    private void script() {
        LocalDate today = LocalDate.now(clock);
        SupplyFlow supply = new SupplyFlow(port, today);
        String supplier = supply.supplier("USD");
        List<String> customers = new ArrayList<>();
        for (int deal = 0; deal < 3; deal++) {
            String product = supply.sales.product();
            String contract = supply.signedContract(product, "100");
            String customer = supply.sales
                    .await(supply.sales.sally, "/api/v1/contracts/" + contract, view -> view.has("customerId"))
                    .get("customerId")
                    .asText();
            customers.add(customer);
            String needs = supply.requisitionOf(contract).get("id").asText();
            String order = supply.placed(supplier, List.of(supply.line(product, "100", 50, needs)));
            ok(supply.paula.post(
                    "/api/v1/purchase-orders/" + order + "/change-promised-date",
                    Map.of("lineNumber", 1, "promisedDate", today.plusDays(30).toString(), "reason", "air freight")));
            supply.received(order, "NGB-1", 1, "100", "4");
            supply.received(order, "NGB-1", 1, "4", null);
            String shipment = supply.sales.shipped(contract, "NGB-1", "100");
            supply.sales.await(
                    supply.sales.fiona,
                    "/api/v1/invoices?contractId=" + contract,
                    page -> page.get("items").size() >= 1);
            created(supply.sales.fiona.post(
                    "/api/v1/payments",
                    Map.of(
                            "customerId",
                            customer,
                            "amount",
                            deal % 2 == 0
                                    ? Map.of("amount", "1000.00", "currency", "USD")
                                    : Map.of("amount", "500.00", "currency", "EUR"),
                            "bankReference",
                            "REPLAY-" + deal,
                            "receivedOn",
                            today.toString(),
                            "rateToFunctional",
                            deal % 2 == 0 ? "7.1" : "7.7")));
        }
        ok(supply.sales.max.post(
                "/api/v1/customers/" + customers.get(0) + "/hand-over",
                Map.of("toSalesperson", "sam", "reason", "rota")));
        ok(supply.sales.max.post(
                "/api/v1/customers/" + customers.get(2) + "/merge",
                Map.of("survivorId", customers.get(1), "reason", "registered twice")));
    }

    private void awaitAllCaughtUp(Api admin) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode processor :
                            admin.get("/api/v1/admin/projections").body()) {
                        if (processor.get("rebuilding").asBoolean()
                                || processor.get("behind").asLong() > 0) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** Every row of every table the query model's migrations create, as JSON text, sorted. */
    private Map<String, List<String>> readModel() throws IOException {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : readModelTables()) {
            tables.put(
                    table,
                    jdbc.sql("select to_jsonb(row)::text from " + table + " row order by 1")
                            .query(String.class)
                            .list());
        }
        return tables;
    }

    private static TreeSet<String> readModelTables() throws IOException {
        TreeSet<String> tables = new TreeSet<>();
        for (Resource migration :
                new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            if (!migration.getURL().toString().contains("query-model")) {
                continue;
            }
            Matcher created = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase());
            }
        }
        assertThat(tables).contains("customer_directory", "receivable_invoice", "order_history_entry");
        return tables;
    }
}
