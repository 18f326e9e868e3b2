package com.tradeledger.audit;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.SalesFlow;
import com.tradeledger.purchasing.SupplyFlow;
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
        SupplyFlow supply = new SupplyFlow(port, today);
        SalesFlow flow = supply.sales;
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
            String requisition = supply.requisitionOf(contract).get("id").asText();
            order = supply.placed(supply.supplier("USD"), List.of(supply.line(product, "500", 30, requisition)));
            receipt = supply.received(order, "NGB-1", 1, "100", null);
        }
        String shipment = flow.shipped(contract, "NGB-1", "100");
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
