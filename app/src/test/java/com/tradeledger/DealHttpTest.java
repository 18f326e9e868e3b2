package com.tradeledger;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One whole deal over HTTP, from quote to cash: quote, revise, accept, contract, approve, sign, ship in two
 * partial shipments, invoice, pay in two parts (one in a foreign currency), commission; then the events, in order.
 */
@LedgerTest
class DealHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    @Test
    void a_deal_from_quote_to_cash() {
        LocalDate today = LocalDate.now(clock);
        SalesFlow flow = new SalesFlow(port, today);
        Api sally = flow.sally;
        Api fiona = flow.fiona;
        String customer = flow.customer("500000");
        String product = flow.product();
        flow.count(product, "NGB-1", "20000");

        // The quote: 600 cartons offered, revised to 700 at the customer's request, accepted.
        String quote = created(sally.post(
                "/api/v1/quotes",
                Map.of(
                        "customerId",
                        customer,
                        "currency",
                        "USD",
                        "deliveryTerms",
                        Map.of("incoterm", "FOB", "namedPlace", "Ningbo"),
                        "validUntil",
                        today.plusDays(30).toString())));
        String quoteBase = "/api/v1/quotes/" + quote;
        ok(sally.post(quoteBase + "/add-line", Map.of("productId", product, "quantity", "600", "unit", "CTN")));
        ok(sally.post(quoteBase + "/issue", Map.of()));
        ok(sally.post(quoteBase + "/revise", Map.of("reason", "customer wants 700 cartons")));
        ok(sally.post(quoteBase + "/change-line", Map.of("lineNumber", 1, "quantity", "700", "unit", "CTN")));
        ok(sally.post(quoteBase + "/issue", Map.of()));
        ok(sally.post(quoteBase + "/accept", Map.of()));

        // The contract: 700 × 24 × 6.20 = 104 160.00 USD, above the 100 000 USD approval threshold.
        String contract = flow.contract(quote);
        String contractBase = "/api/v1/contracts/" + contract;
        ok(sally.post(contractBase + "/agree-commission", Map.of("agent", flow.agent("AGENT-7"), "rate", "5")));
        ok(sally.post(contractBase + "/submit", Map.of()));
        ok(flow.max.post(contractBase + "/approve", Map.of("note", "regular customer")));
        ok(sally.post(contractBase + "/sign", Map.of()));
        JsonNode deposit = awaitInvoices(flow, contract, 1).get(0);
        assertThat(deposit.get("kind").asText()).isEqualTo("DEPOSIT");
        assertThat(deposit.at("/total/amount").asText()).isEqualTo("31248.00");
        assertThat(deposit.get("number").asText()).matches("INV-" + today.getYear() + "-\\d{6}");
        assertThat(deposit.get("dueOn").asText()).isEqualTo(today.plusDays(7).toString());

        // First shipment: 300 cartons; its invoice deducts 30 % of its value from the deposit.
        String first = ship(flow, contract, "300");
        JsonNode firstInvoice = awaitInvoices(flow, contract, 2).stream()
                .filter(invoice -> invoice.get("kind").asText().equals("SHIPMENT"))
                .findFirst()
                .orElseThrow();
        JsonNode firstDetail =
                flow.await(fiona, "/api/v1/invoices/" + firstInvoice.get("id").asText(), view -> true);
        assertThat(firstDetail.at("/goodsTotal/amount").asText()).isEqualTo("44640.00");
        assertThat(firstDetail.at("/depositApplied/amount").asText()).isEqualTo("13392.00");
        assertThat(firstDetail.at("/total/amount").asText()).isEqualTo("31248.00");

        // First payment, in US dollars and unallocated: it settles the oldest due first, the deposit, then shipment 1.
        String dollars = created(fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        usd("62496.00"),
                        "bankReference",
                        "HSBC-TT-0001",
                        "receivedOn",
                        today.toString(),
                        "rateToFunctional",
                        "7.1")));
        JsonNode firstPayment = flow.await(
                fiona,
                "/api/v1/payments/" + dollars,
                view -> view.get("allocations").size() == 2);
        assertThat(firstPayment.at("/functionalAmount/amount").asText()).isEqualTo("443721.60");
        assertThat(firstPayment.at("/functionalAmount/currency").asText()).isEqualTo("CNY");
        assertThat(firstPayment.get("allocations")).hasSize(2);

        // Second shipment: the last 400 cartons; its invoice takes the rest of the deposit.
        String second = ship(flow, contract, "400");
        JsonNode lastInvoice = awaitInvoices(flow, contract, 3).stream()
                .filter(invoice -> invoice.get("status").asText().equals("OPEN"))
                .findFirst()
                .orElseThrow();
        assertThat(lastInvoice.at("/total/amount").asText()).isEqualTo("41664.00");

        // Second payment, in euros at 1.085 US dollars each, allocated to the last invoice.
        String euros = created(fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        Map.of("amount", "38400.00", "currency", "EUR"),
                        "bankReference",
                        "DB-SEPA-0002",
                        "receivedOn",
                        today.toString(),
                        "rateToFunctional",
                        "7.7",
                        "allocations",
                        List.of(Map.of(
                                "invoiceId", lastInvoice.get("id").asText(),
                                "amount", Map.of("amount", "38400.00", "currency", "EUR"),
                                "rate", "1.085")))));

        // Every invoice paid and every line shipped: the contract completes by itself.
        JsonNode completed = flow.await(
                sally, contractBase, view -> view.get("status").asText().equals("COMPLETED"));
        assertThat(completed.at("/lines/0/shipped").asText()).isEqualTo("700");
        assertThat(completed.at("/lines/0/remaining").asText()).isEqualTo("0");

        // Commission: 5 % of each collection, 5 208.00 USD in all; finance pays the last invoice's share.
        String lastInvoiceId = lastInvoice.get("id").asText();
        JsonNode commission = flow.await(fiona, "/api/v1/invoices/" + lastInvoiceId, view -> true)
                .get("commission");
        assertThat(commission.at("/accrued/amount").asText()).isEqualTo("2083.20");
        ok(fiona.post("/api/v1/invoices/" + lastInvoiceId + "/pay-commission", Map.of("reference", "AGENT-7 Q1")));
        JsonNode paid = flow.await(
                fiona,
                "/api/v1/invoices/" + lastInvoiceId,
                view -> view.at("/commission/paid/amount").asText().equals("2083.20"));
        assertThat(paid.get("status").asText()).isEqualTo("SETTLED");

        List<String> invoices = awaitInvoices(flow, contract, 3).stream()
                .map(invoice -> invoice.get("id").asText())
                .toList();
        List<String> deal =
                new ArrayList<>(List.of(quote, contract, "stock-" + product, first, second, dollars, euros));
        deal.addAll(invoices);
        assertThat(log.typesInOrder(deal))
                .containsExactly(
                        "StockCounted",
                        "QuoteDrafted",
                        "QuoteLineAdded",
                        "QuoteIssued",
                        "QuoteRevised",
                        "QuoteLineChanged",
                        "QuoteIssued",
                        "QuoteAccepted",
                        "ContractConcluded",
                        "PaymentTermsAgreed",
                        "DeliveryScheduled",
                        "CommissionAgreed",
                        "ContractSubmitted",
                        "ContractApproved",
                        "ContractSigned",
                        "StockReserved",
                        "ContractStockAllocated",
                        "InvoiceIssued", // the deposit
                        "ShipmentPlanned",
                        "ShipmentShipped",
                        "ContractShipmentRecorded",
                        "StockIssued",
                        "InvoiceIssued", // the first shipment
                        "PaymentReceived", // in US dollars: the deposit, then the first shipment
                        "PaymentAllocated",
                        "InvoicePaymentApplied",
                        "CommissionAccrued",
                        "InvoiceSettled",
                        "PaymentAllocated",
                        "InvoicePaymentApplied",
                        "CommissionAccrued",
                        "InvoiceSettled",
                        "ShipmentPlanned",
                        "ShipmentShipped",
                        "ContractShipmentRecorded",
                        "StockIssued",
                        "InvoiceIssued", // the second shipment
                        "PaymentReceived", // in euros
                        "PaymentAllocated",
                        "InvoicePaymentApplied",
                        "CommissionAccrued",
                        "InvoiceSettled",
                        "ContractCompleted",
                        "CommissionPaid");
        assertThat(log.typesOf(contract))
                .containsExactly(
                        "ContractConcluded",
                        "PaymentTermsAgreed",
                        "DeliveryScheduled",
                        "CommissionAgreed",
                        "ContractSubmitted",
                        "ContractApproved",
                        "ContractSigned",
                        "ContractStockAllocated",
                        "ContractShipmentRecorded",
                        "ContractShipmentRecorded",
                        "ContractCompleted");
    }

    private static String ship(SalesFlow flow, String contract, String cartons) {
        String shipment = flow.shipped(contract, "NGB-1", cartons);
        return shipment;
    }

    private static List<JsonNode> awaitInvoices(SalesFlow flow, String contract, int count) {
        JsonNode page = flow.await(
                flow.fiona,
                "/api/v1/invoices?contractId=" + contract,
                view -> view.get("items").size() == count);
        List<JsonNode> invoices = new ArrayList<>();
        page.get("items").forEach(invoices::add);
        return invoices;
    }
}
