package com.tradeledger.contract;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import com.tradeledger.purchasing.SupplyFlow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schemas describe what the ledger really writes: after a whole deal — sale, purchase and receipt, shipment,
 * invoices, payment — every event in the store validates against the schema of its type and stored revision, and
 * every entry the feed serves against its CloudEvent message in the AsyncAPI document.
 */
@LedgerTest
class StoredPayloadsMatchSchemasHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    EventContract contract;

    @Autowired
    AsyncApiDocument asyncApi;

    /** Other tests of this server write probe rows straight into the event table; they are no ledger event. */
    private static final String PROBE = "Probe";

    private final Map<String, Schema> schemas = new HashMap<>();

    @Test
    void every_stored_event_of_a_whole_deal_matches_the_schema_of_its_type_and_revision() {
        long start = lastPosition();
        wholeDeal();

        List<StoredPayload> stored = jdbc.sql("""
                        SELECT globalindex, payloadtype, payloadrevision, convert_from(payload, 'UTF8') AS payload
                          FROM domainevententry WHERE type <> 'Probe' ORDER BY globalindex""")
                .query((row, n) ->
                        new StoredPayload(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)))
                .list();
        List<String> problems = new ArrayList<>();
        Set<String> dealTypes = new LinkedHashSet<>();
        for (StoredPayload event : stored) {
            problems.addAll(faultsOf(event));
            if (event.position() > start) {
                dealTypes.add(event.type().substring(event.type().lastIndexOf('.') + 1));
            }
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(dealTypes)
                .contains(
                        "CustomerRegistered",
                        "PriceListSet",
                        "StockCounted",
                        "QuoteIssued",
                        "ContractConcluded",
                        "PaymentTermsAgreed",
                        "ContractSigned",
                        "StockReserved",
                        "PurchaseOrderPlaced",
                        "GoodsReceived",
                        "StockReceived",
                        "ShipmentShipped",
                        "InvoiceIssued",
                        "PaymentReceived",
                        "PaymentAllocated",
                        "InvoiceSettled",
                        "ContractCompleted");
    }

    @Test
    void a_payload_that_differs_from_its_schema_is_caught() throws IOException {
        new SalesFlow(port, LocalDate.now(clock)).customer("25000");
        StoredPayload registered = jdbc.sql("""
                        SELECT globalindex, payloadtype, payloadrevision, convert_from(payload, 'UTF8') AS payload
                          FROM domainevententry WHERE payloadtype = 'com.tradeledger.customers.CustomerRegistered'
                         ORDER BY globalindex DESC LIMIT 1""")
                .query((row, n) ->
                        new StoredPayload(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)))
                .single();
        ObjectNode amountAsNumber = (ObjectNode) JSON.readTree(registered.payload());
        amountAsNumber.withObject("/creditLimit").put("amount", new BigDecimal("25000.00"));
        ObjectNode extraField = (ObjectNode) JSON.readTree(registered.payload());
        extraField.put("nickname", "Acme");
        ObjectNode missingField = (ObjectNode) JSON.readTree(registered.payload());
        missingField.remove("name");

        assertThat(faultsOf(registered)).isEmpty();
        assertThat(faultsOf(registered.with(amountAsNumber))).isNotEmpty();
        assertThat(faultsOf(registered.with(extraField))).isNotEmpty();
        assertThat(faultsOf(registered.with(missingField))).isNotEmpty();
        assertThat(faultsOf(new StoredPayload(0, registered.type(), "7", registered.payload())))
                .singleElement()
                .asString()
                .contains("has no schema");
    }

    @Test
    void every_feed_entry_matches_its_cloudevent_message_in_the_asyncapi_document() {
        SalesFlow flow = new SalesFlow(port, LocalDate.now(clock));
        flow.customer("1000");
        flow.product();
        JsonNode components = asyncApi.tree().get("components");
        Api audrey = Api.as(port, "audrey");

        List<String> problems = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        long after = 0;
        for (JsonNode page = audrey.get("/api/v1/feed?limit=1000&after=0").body();
                page.path("events").size() > 0;
                page = audrey.get("/api/v1/feed?limit=1000&after=" + after).body()) {
            for (JsonNode entry : page.path("events")) {
                if (PROBE.equals(entry.path("aggregatetype").asText())) {
                    continue;
                }
                String type = entry.path("type").asText();
                types.add(type);
                Schema message = schemas.computeIfAbsent(
                        "cloudevent " + type,
                        key -> SchemaValidation.schema(JSON.createObjectNode()
                                .put("$ref", "#/components/schemas/" + type + ".cloudevent")
                                .set("components", components)));
                SchemaValidation.errors(message, entry)
                        .forEach(error -> problems.add(
                                type + " at " + entry.path("position").asText() + ": " + error));
            }
            after = page.path("next").asLong();
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(types)
                .contains(
                        "com.tradeledger.customers.CustomerRegistered.v1", "com.tradeledger.products.PriceListSet.v1");
    }

    private List<String> faultsOf(StoredPayload event) {
        int revision = event.revision() == null ? 0 : Integer.parseInt(event.revision());
        String key = EventSchema.key(event.type(), revision);
        if (contract.find(event.type(), revision).isEmpty()) {
            return List.of(key + " at position " + event.position() + " has no schema in the contract");
        }
        Schema schema = schemas.computeIfAbsent(
                key,
                ignored -> SchemaValidation.schema(
                        contract.find(event.type(), revision).orElseThrow().schema()));
        try {
            return SchemaValidation.errors(schema, JSON.readTree(event.payload())).stream()
                    .map(error -> key + " at position " + event.position() + ": " + error)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A customer's order from quote to cash, with the goods bought in and received on the way. */
    private void wholeDeal() {
        SupplyFlow supply = new SupplyFlow(port, LocalDate.now(clock));
        SalesFlow sales = supply.sales;
        String product = sales.product();
        sales.count(product, "NGB-1", "2400");
        String customer = sales.customer("500000");
        String contract = sales.contract(sales.acceptedQuote(customer, product, "50"));
        ok(sales.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        String order = supply.placed(supply.supplier("USD"), List.of(supply.line(product, "10", 20)));
        supply.received(order, "NGB-1", 1, "10", null);
        String shipment = sales.shipped(contract, "NGB-1", "50");
        JsonNode invoices = sales.await(
                sales.fiona,
                "/api/v1/invoices?contractId=" + contract,
                page -> page.get("items").size() == 2);
        BigDecimal due = BigDecimal.ZERO;
        for (JsonNode invoice : invoices.get("items")) {
            due = due.add(new BigDecimal(invoice.at("/total/amount").asText()));
        }
        created(sales.fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        SalesFlow.usd(due.toPlainString()),
                        "bankReference",
                        "HSBC-TT-0042",
                        "receivedOn",
                        LocalDate.now(clock).toString(),
                        "rateToFunctional",
                        "7.1")));
        sales.await(
                sales.sally,
                "/api/v1/contracts/" + contract,
                view -> view.get("status").asText().equals("COMPLETED"));
    }

    private long lastPosition() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    /** One row of the event store: its position, payload type and revision, and the payload as stored. */
    record StoredPayload(long position, String type, String revision, String payload) {

        StoredPayload with(JsonNode changed) {
            return new StoredPayload(position, type, revision, changed.toString());
        }
    }
}
