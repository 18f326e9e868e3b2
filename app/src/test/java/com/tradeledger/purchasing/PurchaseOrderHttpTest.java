package com.tradeledger.purchasing;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.purchasing.SupplyFlow.decimal;
import static com.tradeledger.purchasing.SupplyFlow.order;
import static com.tradeledger.purchasing.SupplyFlow.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Purchase orders (采购) over HTTP: placed with an active supplier in its currency, confirmed once, promises moved,
 * lines cancelled, goods received up to the 5 % tolerance; requisitions of a signed contract covered in full and
 * once; the delivery risks (交期匹配) that late promises raise, read by sales and auditors with their filters.
 */
@LedgerTest
class PurchaseOrderHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SupplyFlow supply;
    Api paula;
    LocalDate today;
    String product;
    String supplier;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        today = LocalDate.now(clock);
        supply = new SupplyFlow(port, today);
        paula = supply.paula;
        product = supply.sales.product();
        supplier = supply.supplier("USD");
    }

    @Test
    void places_confirms_moves_a_promise_and_cancels_a_line() {
        String order =
                supply.placed(supplier, List.of(supply.line(product, "100", 20), supply.line(product, "50", 30)));
        String base = "/api/v1/purchase-orders/" + order;
        JsonNode placed =
                supply.sales.await(paula, base, view -> view.get("version").asLong() == 0);
        assertThat(placed.get("status").asText()).isEqualTo("PLACED");
        assertThat(placed.get("confirmed").asBoolean()).isFalse();
        assertThat(placed.at("/total/amount").asText()).isEqualTo("14760.00");
        assertThat(placed.at("/lines/0/baseQuantity").asText()).isEqualTo("2400");
        assertThat(placed.get("placedBy").asText()).isEqualTo("paula");
        supply.stock(product, "0", "0", "3600");

        ok(paula.post(
                base + "/confirm",
                Map.of(
                        "promisedDates",
                        List.of(Map.of(
                                "lineNumber", 2, "date", today.plusDays(25).toString())))));
        refusals.refused(409, "purchase-order-not-placed", () -> paula.post(base + "/confirm", Map.of()));
        ok(paula.post(base + "/change-promised-date", promise(1, today.plusDays(22))));
        refusals.refused(
                409,
                "promised-before-placed",
                () -> paula.post(base + "/change-promised-date", promise(1, today.minusDays(1))));
        refusals.refused(
                409,
                "unknown-purchase-order-line",
                () -> paula.post(base + "/change-promised-date", promise(3, today.plusDays(22))));
        refusals.refused(400, "invalid-request", () -> paula.post(base + "/cancel-line", Map.of("lineNumber", 2)));
        ok(paula.post(base + "/cancel-line", Map.of("lineNumber", 2, "reason", "supplier out of season")));
        refusals.refused(
                409,
                "line-cancelled",
                () -> paula.post(base + "/cancel-line", Map.of("lineNumber", 2, "reason", "again")));
        refusals.refused(
                404,
                "not-found",
                () -> paula.post("/api/v1/purchase-orders/" + UUID.randomUUID() + "/confirm", Map.of()));

        JsonNode view = supply.sales.await(paula, base, it -> it.get("version").asLong() == 3);
        assertThat(view.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(view.get("confirmed").asBoolean()).isTrue();
        assertThat(view.at("/lines/0/promisedDate").asText())
                .isEqualTo(today.plusDays(22).toString());
        assertThat(view.at("/lines/1/promisedDate").asText())
                .isEqualTo(today.plusDays(25).toString());
        assertThat(decimal(view.at("/lines/1/cancelled"))).isEqualByComparingTo("50");
        assertThat(decimal(view.at("/lines/1/open"))).isEqualByComparingTo("0");
        supply.stock(product, "0", "0", "2400");
        assertThat(log.typesOf(order))
                .containsExactly(
                        "PurchaseOrderPlaced",
                        "PurchaseOrderConfirmed",
                        "PromisedDateChanged",
                        "PurchaseOrderLineCancelled");
    }

    @Test
    void refuses_orders_that_break_the_rules_and_appends_nothing() {
        String orders = "/api/v1/purchase-orders";
        List<Map<String, Object>> good = List.of(supply.line(product, "100", 20));
        String inactive = supply.supplier("USD");
        ok(paula.post("/api/v1/suppliers/" + inactive + "/deactivate", Map.of("reason", "stopped trading")));

        refusals.refused(
                409,
                "unknown-supplier",
                () -> paula.post(orders, order(UUID.randomUUID().toString(), "USD", good)));
        refusals.refused(409, "supplier-not-active", () -> paula.post(orders, order(inactive, "USD", good)));
        refusals.refused(409, "currency-mismatch", () -> paula.post(orders, order(supplier, "EUR", good)));
        Map<String, Object> euroPrice = new HashMap<>(supply.line(product, "100", 20));
        euroPrice.put("unitPrice", Map.of("amount", "90.00", "currency", "EUR"));
        refusals.refused(
                409, "currency-mismatch", () -> paula.post(orders, order(supplier, "USD", List.of(euroPrice))));
        refusals.refused(400, "invalid-request", () -> paula.post(orders, order(supplier, "USD", List.of())));
        refusals.refused(
                409,
                "quantity-not-positive",
                () -> paula.post(orders, order(supplier, "USD", List.of(supply.line(product, "0", 20)))));
        refusals.refused(
                409,
                "promised-before-placed",
                () -> paula.post(orders, order(supplier, "USD", List.of(supply.line(product, "100", -1)))));
        refusals.refused(
                409,
                "unknown-product",
                () -> paula.post(
                        orders,
                        order(
                                supplier,
                                "USD",
                                List.of(supply.line(UUID.randomUUID().toString(), "100", 20)))));
        refusals.refused(
                409,
                "unknown-requisition",
                () -> paula.post(
                        orders,
                        order(
                                supplier,
                                "USD",
                                List.of(supply.line(
                                        product, "100", 20, UUID.randomUUID().toString())))));
        refusals.refused(403, "forbidden", () -> supply.sales.sally.post(orders, order(supplier, "USD", good)));
        refusals.refused(403, "forbidden", () -> supply.walt.post(orders, order(supplier, "USD", good)));

        created(paula.post(orders, order(supplier, "USD", List.of(supply.line(product, "100", 0)))));
    }

    @Test
    void receives_up_to_five_percent_above_the_order_and_nothing_on_a_cancelled_line() {
        String order =
                supply.placed(supplier, List.of(supply.line(product, "100", 20), supply.line(product, "40", 20)));
        String base = "/api/v1/purchase-orders/" + order;
        Api walt = supply.walt;

        refusals.refused(
                409,
                "over-receipt",
                () -> walt.post("/api/v1/goods-receipts", receipt(order, "NGB-1", 1, "105.01", null)));
        supply.received(order, "NGB-1", 1, "105", null);
        refusals.refused(
                409, "over-receipt", () -> walt.post("/api/v1/goods-receipts", receipt(order, "NGB-1", 1, "1", null)));
        refusals.refused(
                409,
                "line-fully-received",
                () -> paula.post(base + "/cancel-line", Map.of("lineNumber", 1, "reason", "enough")));
        refusals.refused(
                409,
                "line-fully-received",
                () -> paula.post(base + "/change-promised-date", promise(1, today.plusDays(30))));

        ok(paula.post(base + "/cancel-line", Map.of("lineNumber", 2, "reason", "supplier out of season")));
        refusals.refused(
                409,
                "line-cancelled",
                () -> walt.post("/api/v1/goods-receipts", receipt(order, "NGB-1", 2, "10", null)));

        JsonNode view =
                supply.sales.await(paula, base, it -> it.get("status").asText().equals("RECEIVED"));
        assertThat(decimal(view.at("/lines/0/accepted"))).isEqualByComparingTo("105");
        assertThat(decimal(view.at("/lines/0/open"))).isEqualByComparingTo("0");
        assertThat(decimal(view.at("/lines/1/accepted"))).isEqualByComparingTo("0");
        supply.stock(product, "2520", "0", "0");
        assertThat(log.typesOf(order))
                .containsExactly("PurchaseOrderPlaced", "PurchaseOrderLineReceived", "PurchaseOrderLineCancelled");
    }

    @Test
    void covers_a_contracts_requisition_in_full_and_once_and_its_delivery_risk_is_read_by_sales_and_auditors() {
        String contract = supply.signedContract(product, "100");
        JsonNode requisition = supply.requisitionOf(contract);
        String needs = requisition.get("id").asText();
        assertThat(decimal(requisition.get("quantity"))).isEqualByComparingTo("2400");
        String tea = supply.sales.product();
        String orders = "/api/v1/purchase-orders";

        refusals.refused(
                409,
                "requisition-product-mismatch",
                () -> paula.post(orders, order(supplier, "USD", List.of(supply.line(tea, "100", 50, needs)))));
        refusals.refused(
                409,
                "line-short-of-requisitions",
                () -> paula.post(orders, order(supplier, "USD", List.of(supply.line(product, "99", 50, needs)))));
        refusals.refused(
                409,
                "requisition-covered-twice",
                () -> paula.post(
                        orders,
                        order(
                                supplier,
                                "USD",
                                List.of(
                                        supply.line(product, "100", 50, needs),
                                        supply.line(product, "100", 50, needs)))));

        // The supplier promises 50 days out; the contract needs the tea 45 − 7 = 38 days from now: 12 days late.
        String order = supply.placed(supplier, List.of(supply.line(product, "100", 50, needs)));
        refusals.refused(
                409,
                "requisition-not-open",
                () -> paula.post(orders, order(supplier, "USD", List.of(supply.line(product, "100", 30, needs)))));
        JsonNode ordered = supply.sales.await(
                paula,
                "/api/v1/requisitions?contractId=" + contract,
                page -> page.at("/items/0/status").asText().equals("ORDERED"));
        assertThat(ordered.at("/items/0/purchaseOrderId").asText()).isEqualTo(order);
        assertThat(ordered.at("/items/0/purchaseOrderLine").asInt()).isEqualTo(1);

        String risks = "/api/v1/delivery-risks?supplierId=" + supplier;
        JsonNode risk = supply.sales
                .await(
                        supply.sales.sally,
                        "/api/v1/delivery-risks?contractId=" + contract,
                        page -> page.get("items").size() == 1)
                .at("/items/0");
        assertThat(risk.get("status").asText()).isEqualTo("OPEN");
        assertThat(risk.get("daysLate").asInt()).isEqualTo(12);
        assertThat(risk.get("purchaseOrderId").asText()).isEqualTo(order);
        assertThat(risk.get("requisitionId").asText()).isEqualTo(needs);
        assertThat(count(supply.audrey, risks + "&status=OPEN")).isEqualTo(1);
        assertThat(count(supply.audrey, risks + "&minDaysLate=12")).isEqualTo(1);
        assertThat(count(supply.audrey, risks + "&minDaysLate=13")).isZero();
        assertThat(count(supply.sales.sally, risks + "&status=CLEARED")).isZero();

        ok(paula.post("/api/v1/purchase-orders/" + order + "/change-promised-date", promise(1, today.plusDays(38))));
        supply.sales.await(
                supply.audrey,
                risks + "&status=CLEARED",
                page -> page.get("total").asLong() == 1);
        assertThat(count(supply.sales.sally, risks + "&status=OPEN")).isZero();
        assertThat(count(supply.sales.sally, risks + "&minDaysLate=1")).isZero();
        assertThat(count(supply.sales.sally, "/api/v1/delivery-risks?contractId=" + contract + "&status=CLEARED"))
                .isEqualTo(1);
        refusals.refused(403, "forbidden", () -> supply.sales.sally.get("/api/v1/purchase-orders/" + order));
    }

    @Test
    void a_cancelled_line_closes_its_risk_and_opens_its_requisition_again_and_a_cancelled_contract_closes_the_rest() {
        String contract = supply.signedContract(product, "100");
        String needs = supply.requisitionOf(contract).get("id").asText();
        String requisitions = "/api/v1/requisitions?contractId=" + contract;
        String risks = "/api/v1/delivery-risks?contractId=" + contract;
        String first = supply.placed(supplier, List.of(supply.line(product, "100", 50, needs)));
        supply.sales.await(
                supply.audrey, risks + "&status=OPEN", page -> page.get("total").asLong() == 1);

        ok(paula.post(
                "/api/v1/purchase-orders/" + first + "/cancel-line",
                Map.of("lineNumber", 1, "reason", "supplier cannot make it")));
        JsonNode closed = supply.sales
                .await(
                        supply.audrey,
                        risks + "&status=CLOSED",
                        page -> page.get("total").asLong() == 1)
                .at("/items/0");
        assertThat(closed.get("closure").asText()).isEqualTo("LINE_CANCELLED");
        assertThat(closed.get("daysLate").asInt()).isEqualTo(12);
        JsonNode reopened = supply.sales
                .await(
                        paula,
                        requisitions,
                        page -> page.at("/items/0/status").asText().equals("OPEN"))
                .at("/items/0");
        assertThat(reopened.path("purchaseOrderId").asText(null)).isNull();
        assertThat(decimal(reopened.get("stillNeeded"))).isEqualByComparingTo("2400");

        String second = supply.placed(supplier, List.of(supply.line(product, "100", 50, needs)));
        supply.sales.await(
                paula,
                requisitions,
                page -> page.at("/items/0/purchaseOrderId").asText().equals(second));
        supply.sales.await(
                supply.audrey, risks + "&status=OPEN", page -> page.get("total").asLong() == 1);

        ok(supply.sales.sally.post("/api/v1/contracts/" + contract + "/cancel", Map.of("reason", "customer withdrew")));
        supply.sales.await(
                paula, requisitions, page -> page.at("/items/0/status").asText().equals("CANCELLED"));
        JsonNode after = supply.sales.await(
                supply.audrey,
                risks + "&status=CLOSED",
                page -> page.get("total").asLong() == 2);
        assertThat(List.of(
                        after.at("/items/0/closure").asText(),
                        after.at("/items/1/closure").asText()))
                .containsExactlyInAnyOrder("LINE_CANCELLED", "REQUISITION_CANCELLED");
        assertThat(count(supply.audrey, risks + "&status=OPEN")).isZero();
        assertThat(log.typesOf(second))
                .containsExactly("PurchaseOrderPlaced", "DeliveryRiskRaised", "DeliveryRiskClosed");
        assertThat(log.typesOf(needs))
                .containsExactly(
                        "RequisitionRaised",
                        "RequisitionOrdered",
                        "RequisitionReopened",
                        "RequisitionOrdered",
                        "RequisitionCancelled");
    }

    private static long count(Api api, String path) {
        return ok(api.get(path)).body().get("total").asLong();
    }

    private static Map<String, Object> promise(int line, LocalDate date) {
        return Map.of("lineNumber", line, "promisedDate", date.toString(), "reason", "sea freight rebooked");
    }
}
