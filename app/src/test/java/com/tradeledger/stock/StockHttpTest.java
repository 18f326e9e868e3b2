package com.tradeledger.stock;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
        refusals.refused(
                409, "product-counted-twice", () -> walt.post("/api/v1/stocktakes", sheet(List.of(tenOfIt, tenOfIt))));
        refusals.refused(
                409,
                "unknown-product",
                () -> walt.post(
                        "/api/v1/stocktakes",
                        sheet(List.of(
                                tenOfIt, Map.of("productId", UUID.randomUUID().toString(), "counted", "1")))));
        refusals.refused(400, "invalid-request", () -> walt.post("/api/v1/stocktakes", sheet(List.of())));
        refusals.refused(
                409,
                "negative-count",
                () -> walt.post("/api/v1/stocktakes", sheet(List.of(Map.of("productId", product, "counted", "-1")))));
        refusals.refused(403, "forbidden", () -> flow.sally.post("/api/v1/stocktakes", sheet(List.of(tenOfIt))));
        assertThat(log.typesOf("stock-" + product)).isEmpty();
        refusals.refused(404, "not-found", () -> walt.get("/api/v1/stocktakes/" + UUID.randomUUID()));
    }

    @Test
    void lists_each_products_stock_with_its_sku_and_name_filtered_by_warehouse_and_shortage_and_sorted() {
        String warehouse = warehouse();
        String tea = flow.product();
        flow.count(product, warehouse, "500");
        flow.count(tea, warehouse, "120");
        flow.count(tea, "NGB-1", "30");
        String list = "/api/v1/stock?warehouse=" + warehouse;

        JsonNode page = flow.await(
                flow.sally,
                list,
                it -> it.get("total").asLong() == 2
                        && it.at("/items/0/sku").isTextual()
                        && it.at("/items/1/sku").isTextual());
        JsonNode first = page.at("/items/0");
        assertThat(first.get("sku").asText()).startsWith("TEA");
        assertThat(first.get("name").asText()).isEqualTo("Green tea, 500 g tin");
        assertThat(first.get("baseUnit").asText()).isEqualTo("TIN");
        assertThat(first.get("warehouse").asText()).isEqualTo(warehouse);
        flow.await(
                flow.sally,
                list + "&productId=" + product,
                it -> it.get("total").asLong() == 1
                        && it.at("/items/0/onHand").asText().matches("500(\\.0*)?"));
        JsonNode teaLine = flow.await(
                        flow.sally,
                        list + "&productId=" + tea,
                        it -> it.get("total").asLong() == 1
                                && it.at("/items/0/onHand").asText().matches("150(\\.0*)?"))
                .at("/items/0");
        assertThat(decimal(teaLine.get("onHand"))).isEqualByComparingTo("150");
        assertThat(decimal(teaLine.get("onHandInWarehouse"))).isEqualByComparingTo("120");
        assertThat(decimal(teaLine.get("reserved"))).isEqualByComparingTo("0");
        assertThat(decimal(teaLine.get("available"))).isEqualByComparingTo("150");
        assertThat(decimal(teaLine.get("onOrder"))).isEqualByComparingTo("0");

        assertThat(products(list + "&sort=-onHand")).containsExactly(product, tea);
        assertThat(products(list + "&sort=onHand")).containsExactly(tea, product);
        assertThat(products(list + "&availableBelow=200")).containsExactly(tea);
        assertThat(products("/api/v1/stock?productId=" + product)).containsExactly(product);
        JsonNode second =
                ok(flow.sally.get(list + "&sort=-available&page=1&size=1")).body();
        assertThat(second.get("items").findValuesAsText("productId")).containsExactly(tea);
        assertThat(second.get("total").asLong()).isEqualTo(2);
        for (String user : List.of("walt", "paula", "fiona", "max", "audrey", "sam")) {
            assertThat(Api.as(port, user).get(list).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void exports_the_stock_list_as_csv_by_format_or_accept_header_with_the_same_filters_and_order() {
        String warehouse = warehouse();
        String tea = flow.product();
        flow.count(product, warehouse, "500");
        flow.count(tea, warehouse, "120.5");
        String list = "/api/v1/stock?warehouse=" + warehouse + "&sort=-onHand";
        flow.await(
                walt,
                list,
                it -> it.get("total").asLong() == 2
                        && it.at("/items/0/sku").isTextual()
                        && it.at("/items/1/sku").isTextual()
                        && it.at("/items/0/onHand").asText().matches("500(\\.0*)?")
                        && it.at("/items/1/onHand").asText().matches("120\\.50*"));

        String csv = Api.as(port, "audrey").text(list + "&format=csv", "*/*");
        String accepted = Api.as(port, "audrey").text(list, "text/csv");

        List<List<String>> rows = cells(csv);
        assertThat(rows.get(0))
                .containsExactly(
                        "productId",
                        "sku",
                        "name",
                        "baseUnit",
                        "onHand",
                        "reserved",
                        "available",
                        "onOrder",
                        "warehouse",
                        "onHandInWarehouse");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0)).isEqualTo(product);
        assertThat(rows.get(1).get(1)).startsWith("TEA");
        assertThat(rows.get(1).subList(2, 10))
                .containsExactly("Green tea, 500 g tin", "TIN", "500", "0", "500", "0", warehouse, "500");
        assertThat(rows.get(2).get(0)).isEqualTo(tea);
        assertThat(rows.get(2).subList(3, 10)).containsExactly("TIN", "120.5", "0", "120.5", "0", warehouse, "120.5");
        assertThat(accepted).isEqualTo(csv);
        assertThat(walt.text("/api/v1/stock?availableBelow=121&warehouse=" + warehouse + "&format=csv", "*/*")
                        .lines())
                .hasSize(2);
    }

    @Test
    void refuses_a_sort_the_stock_list_does_not_offer_as_json_and_as_csv() {
        refusals.refused(400, "invalid-sort", () -> walt.get("/api/v1/stock?sort=price"));
        refusals.refused(400, "invalid-sort", () -> walt.get("/api/v1/stock?sort=-price&format=csv"));
        refusals.refused(
                400, "invalid-sort", () -> walt.withHeader("Accept", "text/csv").get("/api/v1/stock?sort=name"));
    }

    @Test
    void exports_every_movement_of_a_product_as_csv_with_the_event_behind_each() {
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "500", "reason", "opening stocktake")));
        ok(walt.post(count(), Map.of("warehouse", "NGB-1", "counted", "480", "reason", "20 tins water-damaged")));
        String movements = "/api/v1/stock/" + product + "/movements";
        flow.await(flow.sally, movements, page -> page.get("total").asLong() == 2);

        String csv = flow.fiona.text(movements + "?format=csv", "*/*");

        List<List<String>> rows = cells(csv);
        assertThat(String.join(",", rows.get(0)))
                .isEqualTo("eventId,productId,sequence,kind,quantity,counted,warehouse,toWarehouse,contractId,"
                        + "contractLine,shipmentId,purchaseOrderId,receiptId,reason,recordedBy,at");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).subList(1, 7)).containsExactly(product, "0", "COUNTED", "500", "500", "NGB-1");
        assertThat(rows.get(1).subList(13, 15)).containsExactly("opening stocktake", "walt");
        assertThat(rows.get(2).subList(1, 7)).containsExactly(product, "1", "COUNTED", "-20", "480", "NGB-1");
        assertThat(rows.get(2).subList(7, 13)).containsOnly("");
        assertThat(rows.get(2).get(13)).isEqualTo("20 tins water-damaged");
        assertThat(Instant.parse(rows.get(2).get(15))).isNotNull();
        assertThat(rows.get(1).get(0)).isNotBlank().isNotEqualTo(rows.get(2).get(0));
        assertThat(flow.fiona.text(movements, "text/csv")).isEqualTo(csv);
        assertThat(walt.text("/api/v1/stock/" + UUID.randomUUID() + "/movements?format=csv", "*/*")
                        .lines())
                .hasSize(1);
    }

    /** The CSV's cells, line by line, as a spreadsheet reads them. */
    static List<List<String>> cells(String csv) {
        try (MappingIterator<List<String>> lines = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class)
                .readValues(csv)) {
            return lines.readAll();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private List<String> products(String path) {
        return ok(flow.sally.get(path)).body().get("items").findValuesAsText("productId");
    }

    /** A warehouse of this test alone, so that the lists hold only its products. */
    private static String warehouse() {
        return "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
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
