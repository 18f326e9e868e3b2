package com.tradeledger.shipping;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shipment's trade documents (单证) over HTTP: the commercial invoice and the packing list, in JSON and as
 * printable HTML, printed from the facts as they stood when the goods left, byte for byte the same on every read.
 */
@LedgerTest
class TradeDocumentHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = "text/html";
    private static final String APPLICATION_JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SalesFlow flow;
    Api walt;
    LocalDate today;
    String customer;
    String product;
    String contract;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        today = LocalDate.now(clock);
        flow = new SalesFlow(port, today);
        walt = flow.walt;
        customer = flow.customer("500000");
        product = flow.product();
        flow.count(product, "NGB-1", "20000");
        contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
    }

    @Test
    void the_commercial_invoice_prints_what_left_at_the_contract_price_for_buyer_and_seller() throws Exception {
        String shipment = shipped("4");

        JsonNode invoice = JSON.readTree(walt.text(document(shipment, "commercial-invoice"), APPLICATION_JSON));

        assertThat(invoice.get("document").asText()).isEqualTo("commercial-invoice");
        assertThat(invoice.get("shipmentId").asText()).isEqualTo(shipment);
        assertThat(invoice.get("contractId").asText()).isEqualTo(contract);
        assertThat(invoice.get("shippedOn").asText()).isEqualTo(today.toString());
        assertThat(invoice.at("/seller/name").asText()).isEqualTo("Trade Ledger Trading Co., Ltd.");
        assertThat(invoice.at("/seller/country").asText()).isEqualTo("CN");
        assertThat(invoice.at("/buyer/name").asText()).isEqualTo("Acme Handels GmbH");
        assertThat(invoice.at("/buyer/code").asText()).startsWith("DEAL-");
        assertThat(invoice.at("/buyer/address/city").asText()).isEqualTo("Hamburg");
        assertThat(invoice.at("/buyer/country").asText()).isEqualTo("DE");
        assertThat(invoice.at("/deliveryTerms/incoterm").asText()).isEqualTo("FOB");
        assertThat(invoice.at("/deliveryTerms/namedPlace").asText()).isEqualTo("Ningbo");
        assertThat(invoice.at("/paymentTerms/balance").asText()).isEqualTo("AFTER_SHIPMENT");
        assertThat(invoice.at("/shipping/billOfLading").asText()).isEqualTo("COSU6345678901");
        assertThat(invoice.at("/shipping/portOfDischarge").asText()).isEqualTo("DEHAM");
        assertThat(invoice.get("lines")).hasSize(1);
        JsonNode line = invoice.at("/lines/0");
        assertThat(line.get("contractLine").asInt()).isEqualTo(1);
        assertThat(line.get("description").asText()).isEqualTo("Green tea, 500 g tin");
        assertThat(line.get("hsCode").asText()).isEqualTo("090210");
        assertThat(line.get("quantity").asText()).isEqualTo("4");
        assertThat(line.get("unit").asText()).isEqualTo("CTN");
        assertThat(line.at("/unitPrice/amount").asText()).isEqualTo("148.80");
        assertThat(line.at("/total/amount").asText()).isEqualTo("595.20");
        assertThat(invoice.at("/total/amount").asText()).isEqualTo("595.20");
        assertThat(invoice.at("/total/currency").asText()).isEqualTo("USD");

        String html = walt.text(document(shipment, "commercial-invoice"), HTML);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<h1>Commercial invoice</h1>")
                .contains("Acme Handels GmbH", "Trade Ledger Trading Co., Ltd.", "Hamburg")
                .contains("B/L COSU6345678901", "090210", "Green tea, 500 g tin")
                .contains("148.80 USD", "595.20 USD", "FOB Ningbo")
                .doesNotContain("<script");
    }

    @Test
    void the_packing_list_prints_what_is_packed_without_prices() throws Exception {
        String shipment = shipped("4");

        JsonNode list = JSON.readTree(walt.text(document(shipment, "packing-list"), APPLICATION_JSON));

        assertThat(list.get("document").asText()).isEqualTo("packing-list");
        assertThat(list.get("status").asText()).isEqualTo("SHIPPED");
        assertThat(list.get("warehouse").asText()).isEqualTo("NGB-1");
        assertThat(list.get("shippedOn").asText()).isEqualTo(today.toString());
        assertThat(list.at("/buyer/name").asText()).isEqualTo("Acme Handels GmbH");
        assertThat(list.at("/shipping/vesselVoyage").asText()).isEqualTo("COSCO SHIPPING ARIES 021E");
        JsonNode line = list.at("/lines/0");
        assertThat(line.get("quantity").asText()).isEqualTo("4");
        assertThat(line.get("unit").asText()).isEqualTo("CTN");
        assertThat(line.get("baseQuantity").asText()).isEqualTo("96");
        assertThat(line.get("baseUnit").asText()).isEqualTo("TIN");
        assertThat(line.has("unitPrice")).isFalse();
        assertThat(list.has("total")).isFalse();

        String html = walt.text(document(shipment, "packing-list"), HTML);
        assertThat(html)
                .contains("<h1>Packing list</h1>", "NGB-1", "Green tea, 500 g tin", "96", "TIN")
                .doesNotContain("148.80");
    }

    @Test
    void documents_print_the_same_bytes_on_every_read_even_after_the_product_is_renamed() {
        String shipment = shipped("4");
        List<String> paths = List.of(document(shipment, "commercial-invoice"), document(shipment, "packing-list"));
        Map<String, String> first = Map.of(
                "invoice json", walt.text(paths.get(0), APPLICATION_JSON),
                "invoice html", walt.text(paths.get(0), HTML),
                "list json", walt.text(paths.get(1), APPLICATION_JSON),
                "list html", walt.text(paths.get(1), HTML));
        assertThat(reread(paths)).isEqualTo(first);

        ok(flow.max.post("/api/v1/products/" + product + "/rename", Map.of("name", "Sencha, 500 g tin")));
        ok(flow.max.post(
                "/api/v1/products/" + product + "/reclassify", Map.of("category", "Tea", "hsCode", "0902.20")));

        assertThat(reread(paths)).isEqualTo(first);
        assertThat(first.get("invoice html")).contains("Green tea, 500 g tin", "090210");
        // A shipment planned after the renaming prints the product's new name and code.
        String later = created(walt.post(
                "/api/v1/shipments",
                Map.of(
                        "contractId",
                        contract,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("contractLine", 1, "quantity", "2")))));
        assertThat(walt.text(document(later, "packing-list"), HTML))
                .contains("Sencha, 500 g tin")
                .contains("PLANNED");
    }

    @Test
    void an_unshipped_shipment_has_no_commercial_invoice_and_an_unknown_one_no_documents() {
        String planned = created(walt.post(
                "/api/v1/shipments",
                Map.of(
                        "contractId",
                        contract,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("contractLine", 1, "quantity", "3")))));
        Api json = walt.withHeader("Accept", APPLICATION_JSON);

        refusals.refused(409, "shipment-not-shipped", () -> json.get(document(planned, "commercial-invoice")));
        refusals.refused(
                409,
                "shipment-not-shipped",
                () -> walt.withHeader("Accept", HTML).get(document(planned, "commercial-invoice")));
        assertThat(walt.text(document(planned, "packing-list"), HTML)).contains("PLANNED");
        String unknown = UUID.randomUUID().toString();
        refusals.refused(404, "not-found", () -> json.get(document(unknown, "commercial-invoice")));
        refusals.refused(404, "not-found", () -> json.get(document(unknown, "packing-list")));
    }

    private String shipped(String cartons) {
        String shipment = created(walt.post(
                "/api/v1/shipments",
                Map.of(
                        "contractId",
                        contract,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("contractLine", 1, "quantity", cartons)))));
        String base = "/api/v1/shipments/" + shipment;
        ok(walt.post(base + "/record-details", ShipmentHttpTest.details(today, today.plusDays(30), "850.00")));
        ok(walt.post(base + "/ship", Map.of()));
        return shipment;
    }

    private Map<String, String> reread(List<String> paths) {
        return Map.of(
                "invoice json", walt.text(paths.get(0), APPLICATION_JSON),
                "invoice html", walt.text(paths.get(0), HTML),
                "list json", walt.text(paths.get(1), APPLICATION_JSON),
                "list html", walt.text(paths.get(1), HTML));
    }

    private static String document(String shipment, String kind) {
        return "/api/v1/shipments/" + shipment + "/" + kind;
    }
}
