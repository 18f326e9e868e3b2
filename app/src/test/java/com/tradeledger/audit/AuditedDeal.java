package com.tradeledger.audit;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.SalesFlow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A whole deal for audit tests, over HTTP: a customer and a product, a quote revised once and accepted, a contract
 * over the approval threshold submitted, approved and signed, a commission agent, the stock it lacks bought on a
 * purchase order and received, one shipment, its invoices, and a payment that settles the oldest of them.
 */
record AuditedDeal(
        String customer,
        String product,
        String quote,
        String contract,
        String order,
        String receipt,
        String shipment,
        List<String> invoices,
        String payment) {

    /** Every aggregate of the deal. */
    List<String> aggregates() {
        List<String> all = new ArrayList<>(List.of(customer, product, "stock-" + product, quote, contract));
        all.addAll(Stream.of(order, receipt).filter(Objects::nonNull).toList());
        all.add(shipment);
        all.addAll(invoices);
        all.add(payment);
        return all;
    }

    static AuditedDeal make(int port, LocalDate today, boolean buying) {
        SalesFlow flow = new SalesFlow(port, today);
        Api paula = Api.as(port, "paula");
        String customer = flow.customer("500000");
        String product = flow.product();
        flow.count(product, "NGB-1", buying ? "4800" : "20000");
        String quote = flow.acceptedQuote(customer, product, "700");
        String contract = flow.contract(quote);
        String base = "/api/v1/contracts/" + contract;
        ok(flow.sally.post(base + "/agree-commission", Map.of("agent", flow.agent("AGENT-AUDIT"), "rate", "5")));
        ok(flow.sally.post(base + "/submit", Map.of()));
        ok(flow.max.post(base + "/approve", Map.of("note", "audited")));
        ok(flow.sally.post(base + "/sign", Map.of()));
        String order = null;
        String receipt = null;
        if (buying) {
            String requisition = flow.await(
                            paula,
                            "/api/v1/requisitions?contractId=" + contract,
                            page -> page.get("items").size() == 1)
                    .at("/items/0/id")
                    .asText();
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
            order = created(paula.post(
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
                                    today.plusDays(30).toString(),
                                    "requisitions",
                                    List.of(requisition))))));
            receipt = created(flow.walt.post(
                    "/api/v1/goods-receipts",
                    Map.of(
                            "purchaseOrderId",
                            order,
                            "warehouse",
                            "NGB-1",
                            "lines",
                            List.of(Map.of("purchaseOrderLine", 1, "received", "100")))));
        }
        String shipment = created(flow.walt.post(
                "/api/v1/shipments",
                Map.of(
                        "contractId",
                        contract,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("contractLine", 1, "quantity", "100")))));
        ok(flow.walt.post("/api/v1/shipments/" + shipment + "/ship", Map.of()));
        JsonNode page = flow.await(
                flow.fiona,
                "/api/v1/invoices?contractId=" + contract,
                view -> view.get("items").size() == 2);
        List<String> invoices = new ArrayList<>();
        page.get("items").forEach(invoice -> invoices.add(invoice.get("id").asText()));
        String payment = created(flow.fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        usd("1000.00"),
                        "bankReference",
                        SalesFlow.unique("TT"),
                        "receivedOn",
                        today.toString(),
                        "rateToFunctional",
                        "7.1")));
        return new AuditedDeal(customer, product, quote, contract, order, receipt, shipment, invoices, payment);
    }
}
