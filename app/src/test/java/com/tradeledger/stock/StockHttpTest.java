package com.tradeledger.stock;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stock (库存) over HTTP: the warehouse's stocktake counts (盘点) per warehouse, and every movement they made. */
@LedgerTest
class StockHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SalesFlow flow;
    Api walt;
    String product;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        flow = new SalesFlow(port, LocalDate.now(clock));
        walt = flow.walt;
        product = flow.product();
    }

    @Test
    void counts_set_each_warehouse_on_hand_and_each_is_listed_as_a_movement() {
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "500", "reason", "opening stocktake")));
        ok(walt.post(count(), Map.of("warehouse", "sha-2", "counted", "120", "reason", "opening stocktake")));
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "480", "reason", "20 tins water-damaged")));

        assertThat(log.typesOf("stock-" + product)).containsExactly("StockCounted", "StockCounted", "StockCounted");
        JsonNode stock = flow.await(
                flow.sally,
                "/api/v1/stock/" + product,
                view -> decimal(view.get("onHand")).compareTo(new BigDecimal("600")) == 0);
        assertThat(stock.get("baseUnit").asText()).isEqualTo("TIN");
        assertThat(decimal(stock.get("reserved"))).isEqualByComparingTo("0");
        assertThat(decimal(stock.get("available"))).isEqualByComparingTo("600");
        assertThat(stock.get("warehouses")).hasSize(2);
        assertThat(onHandIn(stock, "NGB-1")).isEqualByComparingTo("480");
        assertThat(onHandIn(stock, "SHA-2")).isEqualByComparingTo("120");

        JsonNode movements = flow.await(
                flow.sally,
                "/api/v1/stock/" + product + "/movements",
                page -> page.get("total").asLong() == 3);
        JsonNode items = movements.get("items");
        assertThat(items.findValuesAsText("kind")).containsExactly("COUNTED", "COUNTED", "COUNTED");
        assertThat(items.findValuesAsText("warehouse")).containsExactly("NGB-1", "SHA-2", "NGB-1");
        assertThat(decimal(items.at("/2/quantity"))).isEqualByComparingTo("-20");
        assertThat(decimal(items.at("/2/counted"))).isEqualByComparingTo("480");
        assertThat(items.at("/2/reason").asText()).isEqualTo("20 tins water-damaged");
        assertThat(items.at("/0/sequence").asLong())
                .isLessThan(items.at("/2/sequence").asLong());

        JsonNode secondPage = ok(flow.sally.get("/api/v1/stock/" + product + "/movements?page=1&size=2"))
                .body();
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void a_count_of_nothing_empties_the_warehouse() {
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "50", "reason", "opening stocktake")));
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "0", "reason", "all sold off")));

        JsonNode stock = flow.await(
                walt, "/api/v1/stock/" + product, view -> view.get("version").asLong() == 1);
        assertThat(decimal(stock.get("onHand"))).isEqualByComparingTo("0");
        assertThat(decimal(stock.get("available"))).isEqualByComparingTo("0");
    }

    @Test
    void refuses_wrong_counts_and_appends_nothing() {
        refusals.refused(
                400,
                "invalid-request",
                () -> walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "-1", "reason", "miscount")));
        refusals.refused(
                400, "invalid-request", () -> walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "10")));
        refusals.refused(
                400,
                "invalid-request",
                () -> walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "10", "reason", " ")));
        refusals.refused(
                400,
                "invalid-value",
                () -> walt.post(count(), Map.of("warehouse", "no such place", "counted", "10", "reason", "x")));
        refusals.refused(
                409,
                "unknown-product",
                () -> walt.post(
                        "/api/v1/stock/" + UUID.randomUUID() + "/count",
                        Map.of("warehouse", "NGB-1", "counted", "10", "reason", "found in a corner")));
        refusals.refused(
                403,
                "forbidden",
                () -> flow.sally.post(count(), Map.of("warehouse", "NGB-1", "counted", "10", "reason", "guess")));
        refusals.refused(
                403,
                "forbidden",
                () -> Api.as(port, "fiona")
                        .post(count(), Map.of("warehouse", "NGB-1", "counted", "10", "reason", "guess")));
        assertThat(log.typesOf("stock-" + product)).isEmpty();
        refusals.refused(404, "not-found", () -> walt.get("/api/v1/stock/" + product));
    }

    @Test
    void a_stocktake_sheet_counts_several_products_of_a_warehouse_together_and_reads_back_as_recorded() {
        String tea = flow.product();
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "500", "reason", "opening stocktake")));

        var recorded = walt.post(
                "/api/v1/stocktakes",
                Map.of(
                        "warehouse",
                        "NGB-1",
                        "reason",
                        "year-end count",
                        "lines",
                        List.of(
                                Map.of("productId", product, "counted", "488"),
                                Map.of("productId", tea, "counted", "36"))));
        assertThat(recorded.status()).isEqualTo(201);
        String sheet = recorded.body().get("id").asText();

        JsonNode read = ok(flow.sally.get("/api/v1/stocktakes/" + sheet)).body();
        assertThat(read.get("warehouse").asText()).isEqualTo("NGB-1");
        assertThat(read.get("countedBy").asText()).isEqualTo("walt");
        assertThat(decimal(read.at("/lines/0/onBooks"))).isEqualByComparingTo("500");
        assertThat(decimal(read.at("/lines/0/difference"))).isEqualByComparingTo("-12");
        assertThat(decimal(read.at("/lines/1/onBooks"))).isEqualByComparingTo("0");
        assertThat(decimal(read.at("/lines/1/difference"))).isEqualByComparingTo("36");
        assertThat(log.typesOf(sheet)).containsExactly("StocktakeRecorded");
        assertThat(log.typesOf("stock-" + product)).containsExactly("StockCounted", "StockCounted");
        assertThat(log.typesOf("stock-" + tea)).containsExactly("StockCounted");

        JsonNode movements = flow.await(
                flow.sally,
                "/api/v1/stock/" + product + "/movements",
                page -> page.get("total").asLong() == 2);
        assertThat(decimal(movements.at("/items/1/quantity"))).isEqualByComparingTo("-12");
        assertThat(movements.at("/items/1/recordedBy").asText()).isEqualTo("walt");
        assertThat(movements.at("/items/1/reason").asText()).isEqualTo("stocktake " + sheet + ": year-end count");
        JsonNode teaStock = flow.await(flow.sally, "/api/v1/stock/" + tea, view -> view.get("onHand") != null);
        assertThat(decimal(teaStock.get("onHand"))).isEqualByComparingTo("36");
    }

    @Test
    void refuses_a_wrong_stocktake_sheet_and_counts_nothing() {
        Map<String, Object> tenOfIt = Map.of("productId", product, "counted", "10");
        refusals.refusedWhileBusy(
                409, "product-counted-twice", () -> walt.post("/api/v1/stocktakes", sheet(List.of(tenOfIt, tenOfIt))));
        refusals.refusedWhileBusy(
                409,
                "unknown-product",
                () -> walt.post(
                        "/api/v1/stocktakes",
                        sheet(List.of(
                                tenOfIt, Map.of("productId", UUID.randomUUID().toString(), "counted", "1")))));
        refusals.refusedWhileBusy(400, "invalid-request", () -> walt.post("/api/v1/stocktakes", sheet(List.of())));
        refusals.refusedWhileBusy(
                409,
                "negative-count",
                () -> walt.post("/api/v1/stocktakes", sheet(List.of(Map.of("productId", product, "counted", "-1")))));
        refusals.refusedWhileBusy(
                403, "forbidden", () -> flow.sally.post("/api/v1/stocktakes", sheet(List.of(tenOfIt))));
        assertThat(log.typesOf("stock-" + product)).isEmpty();
        refusals.refusedWhileBusy(404, "not-found", () -> walt.get("/api/v1/stocktakes/" + UUID.randomUUID()));
    }

    private static Map<String, Object> sheet(List<Map<String, Object>> lines) {
        return Map.of("warehouse", "NGB-1", "reason", "spot check", "lines", lines);
    }

    private String count() {
        return "/api/v1/stock/" + product + "/count";
    }

    private static BigDecimal onHandIn(JsonNode stock, String warehouse) {
        for (JsonNode each : stock.get("warehouses")) {
            if (each.get("warehouse").asText().equals(warehouse)) {
                return decimal(each.get("onHand"));
            }
        }
        throw new AssertionError("no warehouse " + warehouse + " in " + stock);
    }

    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asText());
    }
}
