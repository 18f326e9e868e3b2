package com.tradeledger.purchasing;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.SalesFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the supply side over HTTP for tests: Paula's suppliers (供应商) and purchase orders (采购), Walt's goods
 * receipts (收货), the requisition (采购计划) a signed contract raises, and the stock (库存) figures they leave.
 */
public final class SupplyFlow {

    public final SalesFlow sales;
    public final Api paula;
    public final Api walt;
    public final Api audrey;
    private final LocalDate today;

    public SupplyFlow(int port, LocalDate today) {
        this.sales = new SalesFlow(port, today);
        this.paula = Api.as(port, "paula");
        this.walt = sales.walt;
        this.audrey = Api.as(port, "audrey");
        this.today = today;
    }

    /** A supplier in China that sells in {@code currency}, pays in 30 days and delivers in 20. */
    public String supplier(String currency) {
        return created(paula.post("/api/v1/suppliers", registration(SalesFlow.unique("SUP"), currency)));
    }

    public static Map<String, Object> registration(String code, String currency) {
        return Map.of(
                "code",
                code,
                "name",
                "Zhejiang Tea Co-operative",
                "country",
                "CN",
                "terms",
                Map.of("currency", currency, "paymentTermsDays", 30, "leadTimeDays", 20));
    }

    /** A line of so many cartons at 98.40 USD a carton, promised so many days from today, covering requisitions. */
    public Map<String, Object> line(String product, String cartons, int promisedInDays, String... requisitions) {
        Map<String, Object> line = new HashMap<>();
        line.put("productId", product);
        line.put("quantity", cartons);
        line.put("unit", "CTN");
        line.put("unitPrice", SalesFlow.usd("98.40"));
        line.put("promisedDate", today.plusDays(promisedInDays).toString());
        line.put("requisitions", List.of(requisitions));
        return line;
    }

    public static Map<String, Object> order(String supplier, String currency, List<Map<String, Object>> lines) {
        return Map.of("supplierId", supplier, "currency", currency, "lines", lines);
    }

    /** A purchase order in US dollars, placed. */
    public String placed(String supplier, List<Map<String, Object>> lines) {
        return created(paula.post("/api/v1/purchase-orders", order(supplier, "USD", lines)));
    }

    public static Map<String, Object> receipt(
            String order, String warehouse, int line, String received, String rejected) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("purchaseOrderLine", line);
        entry.put("received", received);
        if (rejected != null) {
            entry.put("rejected", rejected);
        }
        return Map.of("purchaseOrderId", order, "warehouse", warehouse, "lines", List.of(entry));
    }

    /** Goods in on one line of the order, recorded by Walt. */
    public String received(String order, String warehouse, int line, String received, String rejected) {
        return created(walt.post("/api/v1/goods-receipts", receipt(order, warehouse, line, received, rejected)));
    }

    public static Map<String, Object> giveBack(int line, String quantity, boolean fromStock) {
        return Map.of(
                "lines",
                List.of(Map.of("purchaseOrderLine", line, "quantity", quantity, "fromStock", fromStock)),
                "reason",
                "crushed cartons");
    }

    /** A contract for so many cartons of the product, signed without approval (small enough), for a new customer. */
    public String signedContract(String product, String cartons) {
        String contract = sales.contract(sales.acceptedQuote(sales.customer("500000"), product, cartons));
        ok(sales.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        return contract;
    }

    /** The one requisition the signed contract raised, once purchase planning has raised it. */
    public JsonNode requisitionOf(String contract) {
        return sales.await(
                        paula,
                        "/api/v1/requisitions?contractId=" + contract,
                        page -> page.get("items").size() == 1)
                .at("/items/0");
    }

    /** Waits until the product's stock shows these totals (in tins); returns the view. */
    public JsonNode stock(String product, String onHand, String reserved, String onOrder) {
        JsonNode view = sales.await(
                sales.sally,
                "/api/v1/stock/" + product,
                stock -> same(stock.path("onHand"), onHand)
                        && same(stock.path("reserved"), reserved)
                        && same(stock.path("onOrder"), onOrder));
        assertThat(decimal(view.get("available")))
                .isEqualByComparingTo(new BigDecimal(onHand).subtract(new BigDecimal(reserved)));
        return view;
    }

    /** What one warehouse holds in the stock view, zero when it is not listed. */
    public static BigDecimal onHandIn(JsonNode stock, String warehouse) {
        for (JsonNode each : stock.get("warehouses")) {
            if (each.get("warehouse").asText().equals(warehouse)) {
                return decimal(each.get("onHand"));
            }
        }
        return BigDecimal.ZERO;
    }

    public static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asText());
    }

    private static boolean same(JsonNode node, String expected) {
        return new BigDecimal(node.asText("0")).compareTo(new BigDecimal(expected)) == 0;
    }
}
