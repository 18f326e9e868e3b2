package com.tradeledger.shipping;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Shipments (出货) over HTTP: the warehouse plans them against a signed contract, records the carrier's details and
 * ships them, which issues the stock and records the shipped quantities on the contract; or drops them unshipped.
 */
@LedgerTest
class ShipmentHttpTest {

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

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        today = LocalDate.now(clock);
        flow = new SalesFlow(port, today);
        walt = flow.walt;
        customer = flow.customer("500000");
        product = flow.product();
        flow.count(product, "NGB-1", "20000");
    }

    @Test
    void two_partial_shipments_issue_the_stock_and_ship_the_whole_contract() {
        // 10 cartons at the carton price: 24 × 6.20 = 148.80 USD a carton; signing reserves 240 tins.
        String contract = signedContract("10");
        String first = plan(contract, "NGB-1", "4");
        ok(walt.post("/api/v1/shipments/" + first + "/record-details", details(today, today.plusDays(30), "850.00")));
        ok(walt.post("/api/v1/shipments/" + first + "/ship", Map.of()));

        assertThat(log.typesOf(first)).containsExactly("ShipmentPlanned", "ShippingDetailsRecorded", "ShipmentShipped");
        assertThat(log.typesOf("stock-" + product)).containsExactly("StockCounted", "StockReserved", "StockIssued");
        assertThat(log.typesOf(contract)).last().isEqualTo("ContractShipmentRecorded");
        JsonNode shipped = flow.await(
                walt,
                "/api/v1/shipments/" + first,
                view -> view.get("status").asText().equals("SHIPPED"));
        assertThat(shipped.at("/goodsValue/amount").asText()).isEqualTo("595.20");
        assertThat(decimal(shipped.at("/lines/0/baseQuantity"))).isEqualByComparingTo("96");
        assertThat(shipped.at("/lines/0/netUnitPrice/amount").asText()).isEqualTo("148.80");
        assertThat(shipped.at("/details/billOfLading").asText()).isEqualTo("COSU6345678901");
        assertThat(shipped.get("shippedBy").asText()).isEqualTo("walt");
        assertThat(shipped.get("shippedOn").asText()).isEqualTo(today.toString());
        assertStock("19904", "144", "19760");
        assertShippedOnContract(contract, "4", "6");
        JsonNode movements = flow.await(
                walt,
                "/api/v1/stock/" + product + "/movements",
                page -> page.get("total").asLong() == 3);
        assertThat(movements.get("items").findValuesAsText("kind")).containsExactly("COUNTED", "RESERVED", "ISSUED");
        assertThat(movements.at("/items/2/shipmentId").asText()).isEqualTo(first);
        assertThat(decimal(movements.at("/items/2/quantity"))).isEqualByComparingTo("96");

        refusals.refused(409, "shipment-exceeds-contract", () -> planning(contract, "NGB-1", "7"));
        String second = plan(contract, "NGB-1", "6");
        ok(walt.post("/api/v1/shipments/" + second + "/ship", Map.of()));

        assertStock("19760", "0", "19760");
        assertShippedOnContract(contract, "10", "0");
        refusals.refused(409, "shipment-exceeds-contract", () -> planning(contract, "NGB-1", "1"));
        JsonNode list = flow.await(
                walt,
                "/api/v1/shipments?contractId=" + contract + "&status=SHIPPED",
                page -> page.get("total").asLong() == 2);
        assertThat(list.findValuesAsText("id")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void a_warehouse_without_enough_stock_cannot_ship_and_the_contract_records_nothing() {
        String contract = signedContract("10");
        flow.count(product, "SHA-2", "100");
        String fromShanghai = plan(contract, "SHA-2", "10");
        List<String> contractEvents = log.typesOf(contract);

        refusals.refused(
                409, "not-enough-stock", () -> walt.post("/api/v1/shipments/" + fromShanghai + "/ship", Map.of()));

        assertThat(log.typesOf(fromShanghai)).containsExactly("ShipmentPlanned");
        assertThat(log.typesOf(contract)).isEqualTo(contractEvents);
        ok(walt.post("/api/v1/shipments/" + fromShanghai + "/cancel", Map.of("reason", "goods are in Ningbo")));
        String fromNingbo = plan(contract, "NGB-1", "10");
        ok(walt.post("/api/v1/shipments/" + fromNingbo + "/ship", Map.of()));
        assertShippedOnContract(contract, "10", "0");
        assertThat(log.typesOf(fromShanghai)).containsExactly("ShipmentPlanned", "ShipmentCancelled");
    }

    @Test
    void the_contract_is_checked_again_when_the_goods_leave() {
        String contract = signedContract("10");
        String first = plan(contract, "NGB-1", "6");
        String second = plan(contract, "NGB-1", "6");
        ok(walt.post("/api/v1/shipments/" + first + "/ship", Map.of()));

        refusals.refused(
                409, "shipment-exceeds-contract", () -> walt.post("/api/v1/shipments/" + second + "/ship", Map.of()));
        assertThat(log.typesOf(second)).containsExactly("ShipmentPlanned");
        assertStock("19856", "96", "19760");
        refusals.refused(
                409,
                "contract-already-shipped",
                () -> flow.sally.post("/api/v1/contracts/" + contract + "/cancel", Map.of("reason", "changed mind")));

        String cancelled = signedContract("5");
        String stranded = plan(cancelled, "NGB-1", "5");
        ok(flow.sally.post("/api/v1/contracts/" + cancelled + "/cancel", Map.of("reason", "customer withdrew")));
        refusals.refused(
                409, "contract-not-signed", () -> walt.post("/api/v1/shipments/" + stranded + "/ship", Map.of()));
        assertThat(log.typesOf(stranded)).containsExactly("ShipmentPlanned");
    }

    @Test
    void refuses_plans_that_break_the_contract_or_are_malformed_and_appends_nothing() {
        String quote = flow.acceptedQuote(customer, product, "10");
        String unsigned = flow.contract(quote);
        refusals.refused(409, "contract-not-signed", () -> planning(unsigned, "NGB-1", "1"));
        ok(flow.sally.post("/api/v1/contracts/" + unsigned + "/sign", Map.of()));

        refusals.refused(
                409, "unknown-contract", () -> planning(UUID.randomUUID().toString(), "NGB-1", "1"));
        refusals.refused(
                400,
                "invalid-request",
                () -> walt.post(
                        "/api/v1/shipments", Map.of("contractId", unsigned, "warehouse", "NGB-1", "lines", List.of())));
        refusals.refused(400, "invalid-request", () -> walt.post("/api/v1/shipments", Map.of("contractId", unsigned)));
        refusals.refused(409, "quantity-not-positive", () -> planning(unsigned, "NGB-1", "0"));
        refusals.refused(409, "quantity-not-positive", () -> planning(unsigned, "NGB-1", "-2"));
        refusals.refused(409, "shipment-exceeds-contract", () -> planning(unsigned, "NGB-1", "11"));
        refusals.refused(
                409,
                "unknown-contract-line",
                () -> walt.post("/api/v1/shipments", planOf(unsigned, "NGB-1", List.of(line(2, "1")))));
        refusals.refused(
                409,
                "contract-line-listed-twice",
                () -> walt.post("/api/v1/shipments", planOf(unsigned, "NGB-1", List.of(line(1, "1"), line(1, "2")))));
        refusals.refused(
                400,
                "invalid-value",
                () -> walt.post("/api/v1/shipments", planOf(unsigned, "no such warehouse!", List.of(line(1, "1")))));
        refusals.refused(
                403,
                "forbidden",
                () -> flow.sally.post("/api/v1/shipments", planOf(unsigned, "NGB-1", List.of(line(1, "1")))));
        assertThat(log.typesOf(unsigned)).doesNotContain("ContractShipmentRecorded");
    }

    @Test
    void refuses_wrong_details_and_steps_out_of_turn_and_appends_nothing() {
        String contract = signedContract("10");
        String shipment = plan(contract, "NGB-1", "4");
        String base = "/api/v1/shipments/" + shipment;

        refusals.refused(
                409,
                "eta-before-etd",
                () -> walt.post(base + "/record-details", details(today.plusDays(5), today.plusDays(4), "850.00")));
        refusals.refused(
                409,
                "negative-amount",
                () -> walt.post(base + "/record-details", details(today, today.plusDays(30), "-1.00")));
        refusals.refused(403, "forbidden", () -> flow.sally.post(base + "/ship", Map.of()));
        refusals.refused(400, "invalid-request", () -> walt.post(base + "/cancel", Map.of()));
        refusals.refused(
                404, "not-found", () -> walt.post("/api/v1/shipments/" + UUID.randomUUID() + "/ship", Map.of()));
        assertThat(log.typesOf(shipment)).containsExactly("ShipmentPlanned");

        ok(walt.post(base + "/ship", Map.of()));
        refusals.refused(409, "shipment-not-planned", () -> walt.post(base + "/ship", Map.of()));
        refusals.refused(409, "shipment-not-planned", () -> walt.post(base + "/cancel", Map.of("reason", "too late")));
        assertThat(log.typesOf(shipment)).containsExactly("ShipmentPlanned", "ShipmentShipped");

        String dropped = plan(contract, "NGB-1", "2");
        ok(walt.post("/api/v1/shipments/" + dropped + "/cancel", Map.of("reason", "customer asked to wait")));
        refusals.refused(
                409, "shipment-not-planned", () -> walt.post("/api/v1/shipments/" + dropped + "/ship", Map.of()));
        refusals.refused(
                409,
                "shipment-cancelled",
                () -> walt.post(
                        "/api/v1/shipments/" + dropped + "/record-details",
                        details(today, today.plusDays(30), "850.00")));
        JsonNode cancelled = flow.await(
                walt,
                "/api/v1/shipments/" + dropped,
                view -> view.get("status").asText().equals("CANCELLED"));
        assertThat(cancelled.get("cancellationReason").asText()).isEqualTo("customer asked to wait");
        assertShippedOnContract(contract, "4", "6");
    }

    private String signedContract(String cartons) {
        String contract = flow.contract(flow.acceptedQuote(customer, product, cartons));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        return contract;
    }

    private String plan(String contract, String warehouse, String cartons) {
        return created(planning(contract, warehouse, cartons));
    }

    private Api.Response planning(String contract, String warehouse, String cartons) {
        return walt.post("/api/v1/shipments", planOf(contract, warehouse, List.of(line(1, cartons))));
    }

    private static Map<String, Object> planOf(String contract, String warehouse, List<Map<String, Object>> lines) {
        return Map.of("contractId", contract, "warehouse", warehouse, "lines", lines);
    }

    private static Map<String, Object> line(int contractLine, String quantity) {
        return Map.of("contractLine", contractLine, "quantity", quantity);
    }

    /** Sea freight from Ningbo to Hamburg, insured for 110 % of the goods. */
    static Map<String, Object> details(LocalDate etd, LocalDate eta, String freight) {
        Map<String, Object> details = new HashMap<>();
        details.put("billOfLading", "COSU6345678901");
        details.put("vesselVoyage", "COSCO SHIPPING ARIES 021E");
        details.put("portOfLoading", "CNNGB");
        details.put("portOfDischarge", "DEHAM");
        details.put("etd", etd.toString());
        details.put("eta", eta.toString());
        details.put("freightCost", usd(freight));
        details.put("customsDeclaration", "310420260001234567");
        details.put("insurancePolicy", "PICC-2026-0042");
        details.put("insuredAmount", usd("654.72"));
        return details;
    }

    private void assertStock(String onHand, String reserved, String available) {
        JsonNode stock = flow.await(
                walt,
                "/api/v1/stock/" + product,
                view -> decimal(view.get("onHand")).compareTo(new BigDecimal(onHand)) == 0
                        && decimal(view.get("reserved")).compareTo(new BigDecimal(reserved)) == 0);
        assertThat(decimal(stock.get("available"))).isEqualByComparingTo(available);
    }

    private void assertShippedOnContract(String contract, String shipped, String remaining) {
        JsonNode view = flow.await(
                flow.sally,
                "/api/v1/contracts/" + contract,
                it -> decimal(it.at("/lines/0/shipped")).compareTo(new BigDecimal(shipped)) == 0);
        assertThat(decimal(view.at("/lines/0/remaining"))).isEqualByComparingTo(remaining);
        assertThat(decimal(view.at("/lines/0/ordered"))).isEqualByComparingTo("10");
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? BigDecimal.valueOf(-1) : new BigDecimal(node.asText());
    }
}
