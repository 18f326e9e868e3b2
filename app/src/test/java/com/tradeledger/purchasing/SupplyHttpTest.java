package com.tradeledger.purchasing;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Buying for a contract over HTTP: a signed contract raises a requisition, a purchase order with a late promise
 * raises a delivery risk and a new promise clears it, a partial receipt with rejects is reserved for the contract at
 * once, the rejects go back, a second receipt completes it, and the contract ships — stock figures at every step; the
 * supplier's bill is held on a price mismatch, approved by someone other than who recorded it, and paid.
 */
@LedgerTest
class SupplyHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    @Test
    void buys_receives_and_ships_for_a_contract_with_its_delivery_risk_raised_and_cleared() {
        LocalDate today = LocalDate.now(clock);
        SalesFlow flow = new SalesFlow(port, today);
        Api paula = Api.as(port, "paula");
        Refusals refusals = new Refusals(log);
        String customer = flow.customer("500000");
        String product = flow.product();
        String stock = "/api/v1/stock/" + product;
        flow.count(product, "NGB-1", "4800");

        // 700 cartons are 16 800 tins; 4 800 are in stock, 12 000 must be bought by 45 − 7 days from now.
        String contract = flow.contract(flow.acceptedQuote(customer, product, "700"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/submit", Map.of()));
        ok(flow.max.post("/api/v1/contracts/" + contract + "/approve", Map.of()));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        assertStock(flow, stock, "4800", "4800", "0", "0");

        JsonNode requisition = flow.await(
                        paula,
                        "/api/v1/requisitions?contractId=" + contract,
                        page -> page.get("items").size() == 1)
                .at("/items/0");
        assertThat(requisition.get("kind").asText()).isEqualTo("FINISHED_GOODS");
        assertThat(new BigDecimal(requisition.get("quantity").asText())).isEqualByComparingTo("12000");
        assertThat(requisition.get("dateNeeded").asText())
                .isEqualTo(today.plusDays(38).toString());

        String supplier = created(paula.post(
                "/api/v1/suppliers",
                Map.of(
                        "code",
                        SalesFlow.unique("SUP"),
                        "name",
                        "Zhejiang Tea Co-operative",
                        "country",
                        "CN",
                        "terms",
                        Map.of("currency", "USD", "paymentTermsDays", 30, "leadTimeDays", 20))));
        ok(paula.post(
                "/api/v1/suppliers/" + supplier + "/set-offer",
                Map.of(
                        "productId",
                        product,
                        "supplierSku",
                        "ZJ-GT-500",
                        "unit",
                        "CTN",
                        "prices",
                        List.of(Map.of("minQuantity", "0", "unitPrice", usd("98.40"))),
                        "leadTimeDays",
                        20)));

        // The supplier can only promise 50 days out: 12 days after the contract needs the tea.
        String order = created(paula.post(
                "/api/v1/purchase-orders",
                Map.of(
                        "supplierId",
                        supplier,
                        "currency",
                        "USD",
                        "lines",
                        List.of(Map.of(
                                "productId",
                                product,
                                "quantity",
                                "500",
                                "unit",
                                "CTN",
                                "unitPrice",
                                usd("98.40"),
                                "promisedDate",
                                today.plusDays(50).toString(),
                                "requisitions",
                                List.of(requisition.get("id").asText()))))));
        JsonNode risk = flow.await(
                        flow.sally,
                        "/api/v1/delivery-risks?contractId=" + contract,
                        page -> page.get("items").size() == 1)
                .at("/items/0");
        assertThat(risk.get("status").asText()).isEqualTo("OPEN");
        assertThat(risk.get("daysLate").asInt()).isEqualTo(12);
        assertStock(flow, stock, "4800", "4800", "0", "12000");

        // The warehouse receives against the order, but purchase prices are for purchasing, finance and managers.
        JsonNode priced = flow.await(paula, "/api/v1/purchase-orders/" + order, view -> true);
        assertThat(priced.at("/lines/0/unitPrice/amount").asText()).isEqualTo("98.40");
        JsonNode unpriced =
                ok(flow.walt.get("/api/v1/purchase-orders/" + order)).body();
        assertThat(unpriced.at("/lines/0/ordered").asText()).isEqualTo("500");
        assertThat(absent(unpriced.at("/lines/0/unitPrice"))).isTrue();
        assertThat(absent(unpriced.at("/lines/0/total"))).isTrue();
        assertThat(absent(unpriced.at("/total"))).isTrue();
        assertThat(absent(ok(flow.walt.get("/api/v1/purchase-orders?supplierId=" + supplier))
                        .body()
                        .at("/items/0/total")))
                .isTrue();

        ok(paula.post("/api/v1/purchase-orders/" + order + "/confirm", Map.of()));
        ok(paula.post(
                "/api/v1/purchase-orders/" + order + "/change-promised-date",
                Map.of("lineNumber", 1, "promisedDate", today.plusDays(30).toString(), "reason", "air freight")));
        JsonNode cleared = flow.await(
                        flow.sally,
                        "/api/v1/delivery-risks?contractId=" + contract,
                        page -> page.at("/items/0/status").asText().equals("CLEARED"))
                .at("/items/0");
        assertThat(cleared.get("history")).hasSize(2);

        // 300 cartons arrive, 20 of them damaged: 280 cartons (6 720 tins) go into stock, reserved for the contract.
        String receipt = created(flow.walt.post(
                "/api/v1/goods-receipts",
                Map.of(
                        "purchaseOrderId",
                        order,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("purchaseOrderLine", 1, "received", "300", "rejected", "20")))));
        assertStock(flow, stock, "11520", "11520", "0", "5280");
        refusals.refused(
                409,
                "over-receipt",
                () -> flow.walt.post(
                        "/api/v1/goods-receipts",
                        Map.of(
                                "purchaseOrderId",
                                order,
                                "warehouse",
                                "NGB-1",
                                "lines",
                                List.of(Map.of("purchaseOrderLine", 1, "received", "300")))));

        ok(flow.walt.post(
                "/api/v1/goods-receipts/" + receipt + "/return",
                Map.of(
                        "lines",
                        List.of(Map.of("purchaseOrderLine", 1, "quantity", "20", "fromStock", false)),
                        "reason",
                        "crushed cartons")));
        created(flow.walt.post(
                "/api/v1/goods-receipts",
                Map.of(
                        "purchaseOrderId",
                        order,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("purchaseOrderLine", 1, "received", "220")))));
        assertStock(flow, stock, "16800", "16800", "0", "0");
        JsonNode filled = flow.await(
                        paula,
                        "/api/v1/requisitions?contractId=" + contract,
                        page -> page.at("/items/0/status").asText().equals("FILLED"))
                .at("/items/0");
        assertThat(new BigDecimal(filled.get("filled").asText())).isEqualByComparingTo("12000");
        assertThat(new BigDecimal(filled.get("stillNeeded").asText())).isEqualByComparingTo("0");

        String shipment = flow.shipped(contract, "NGB-1", "700");
        assertStock(flow, stock, "0", "0", "0", "0");

        // The supplier bills the air freight into the price: 101.00 a carton against 98.40 ordered, 2.6 % off.
        String bill = created(flow.fiona.post(
                "/api/v1/supplier-bills",
                Map.of(
                        "purchaseOrderId",
                        order,
                        "supplierInvoiceNumber",
                        "ZJ-2026-118",
                        "lines",
                        List.of(Map.of("purchaseOrderLine", 1, "quantity", "500", "unitPrice", usd("101.00"))),
                        "billedOn",
                        today.toString(),
                        "dueOn",
                        today.plusDays(30).toString())));
        JsonNode held = flow.await(
                flow.fiona,
                "/api/v1/supplier-bills/" + bill,
                view -> view.get("status").asText().equals("HELD"));
        assertThat(held.at("/mismatches/0/kind").asText()).isEqualTo("PRICE");
        Map<String, Object> payment = Map.of(
                "supplierId",
                supplier,
                "amount",
                usd("50500.00"),
                "bankReference",
                "BOC-TT-7781",
                "paidOn",
                today.toString(),
                "rateToFunctional",
                "7.1",
                "allocations",
                List.of(Map.of("billId", bill, "amount", usd("50500.00"))));
        refusals.refused(409, "bill-not-payable", () -> flow.fiona.post("/api/v1/supplier-payments", payment));
        refusals.refused(
                403,
                "forbidden",
                () -> paula.post("/api/v1/supplier-bills/" + bill + "/approve", Map.of("reason", "fine")));
        refusals.refused(
                409,
                "self-approval",
                () -> flow.fiona.post("/api/v1/supplier-bills/" + bill + "/approve", Map.of("reason", "mine")));
        ok(flow.max.post(
                "/api/v1/supplier-bills/" + bill + "/approve", Map.of("reason", "air freight surcharge agreed")));
        created(flow.fiona.post("/api/v1/supplier-payments", payment));
        JsonNode paid = flow.await(
                flow.fiona,
                "/api/v1/supplier-bills/" + bill,
                view -> view.get("status").asText().equals("PAID"));
        assertThat(paid.at("/outstanding/amount").asText()).isEqualTo("0.00");
        assertThat(log.typesOf(bill))
                .containsExactly(
                        "SupplierBillRecorded", "SupplierBillHeld", "SupplierBillApproved", "SupplierBillPaid");

        assertThat(log.typesOf(order))
                .containsExactly(
                        "PurchaseOrderPlaced",
                        "DeliveryRiskRaised",
                        "PurchaseOrderConfirmed",
                        "PromisedDateChanged",
                        "DeliveryRiskCleared",
                        "PurchaseOrderLineReceived",
                        "PurchaseOrderLineReceived");
    }

    private static void assertStock(
            SalesFlow flow, String path, String onHand, String reserved, String available, String onOrder) {
        JsonNode view = flow.await(
                flow.sally,
                path,
                stock -> same(stock, "onHand", onHand)
                        && same(stock, "reserved", reserved)
                        && same(stock, "onOrder", onOrder));
        assertThat(new BigDecimal(view.get("available").asText())).isEqualByComparingTo(available);
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static boolean same(JsonNode view, String field, String expected) {
        return new BigDecimal(view.path(field).asText("0")).compareTo(new BigDecimal(expected)) == 0;
    }
}
