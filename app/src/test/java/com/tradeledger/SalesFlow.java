package com.tradeledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Walks the sales flow over HTTP for tests: a customer of Sally's, a tea product with carton prices, a stocktake,
 * an accepted quote, a contract ready to sign. Every step asserts it was accepted.
 */
public final class SalesFlow {

    public final Api sally;
    public final Api max;
    public final Api walt;
    public final Api fiona;
    private final LocalDate today;

    public SalesFlow(int port, LocalDate today) {
        this.sally = Api.as(port, "sally");
        this.max = Api.as(port, "max");
        this.walt = Api.as(port, "walt");
        this.fiona = Api.as(port, "fiona");
        this.today = today;
    }

    public static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A customer of Sally's in Germany with a credit limit in US dollars. */
    public String customer(String creditLimitUsd) {
        return created(sally.post(
                "/api/v1/customers",
                Map.of(
                        "code",
                        unique("DEAL"),
                        "name",
                        "Acme Handels GmbH",
                        "country",
                        "DE",
                        "address",
                        Map.of("street", "Hafenstrasse 1", "city", "Hamburg", "postalCode", "20457"),
                        "grade",
                        "B",
                        "creditLimit",
                        usd(creditLimitUsd))));
    }

    /** Green tea in tins, 24 to a carton: 6.80 USD a tin, 6.20 from 240 tins, floor 5.50. */
    public String product() {
        String product = created(max.post(
                "/api/v1/products",
                Map.of(
                        "sku", unique("TEA"),
                        "name", "Green tea, 500 g tin",
                        "category", "Tea",
                        "source", "SUPPLIER",
                        "baseUnit", "TIN",
                        "conversions", List.of(Map.of("unit", "CTN", "factor", "24")),
                        "hsCode", "0902.10")));
        Map<String, Object> prices = new HashMap<>();
        prices.put("currency", "USD");
        prices.put("listPrice", usd("6.80"));
        prices.put("tiers", List.of(Map.of("label", "carton price", "minQuantity", "240", "unitPrice", usd("6.20"))));
        prices.put("floorPrice", usd("5.50"));
        ok(max.post("/api/v1/products/" + product + "/set-price-list", prices));
        return product;
    }

    public void count(String product, String warehouse, String tins) {
        ok(walt.post(
                "/api/v1/stock/" + product + "/count",
                Map.of("warehouse", warehouse, "counted", tins, "reason", "opening stocktake")));
    }

    /** A quote for so many cartons, issued and accepted. */
    public String acceptedQuote(String customer, String product, String cartons) {
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
        String base = "/api/v1/quotes/" + quote;
        ok(sally.post(base + "/add-line", Map.of("productId", product, "quantity", cartons, "unit", "CTN")));
        ok(sally.post(base + "/issue", Map.of()));
        ok(sally.post(base + "/accept", Map.of()));
        return quote;
    }

    /** A contract concluded from the quote, with 30 % deposit, balance 30 days after shipment, and delivery dates. */
    public String contract(String quote) {
        String contract = created(sally.post("/api/v1/contracts", Map.of("quoteId", quote)));
        String base = "/api/v1/contracts/" + contract;
        ok(sally.post(
                base + "/agree-payment-terms",
                Map.of("deposit", "30", "depositDueDays", 7, "balance", "AFTER_SHIPMENT", "balanceDueDays", 30)));
        ok(sally.post(
                base + "/schedule-delivery",
                Map.of("lineNumber", 1, "deliveryDate", today.plusDays(45).toString())));
        return contract;
    }

    /**
     * A commission agent (渠道/佣金客户) in Hong Kong registered by Max under the code, unless an earlier test registered
     * it already; the code, for a contract's commission to name.
     */
    public String agent(String code) {
        Api.Response response =
                max.post("/api/v1/agents", Map.of("code", code, "name", "Agent " + code, "country", "HK"));
        if (response.status() != 201) {
            assertThat(response.status()).as("%s", response).isEqualTo(409);
            assertThat(response.code()).as("%s", response).isEqualTo("agent-code-already-registered");
        }
        return code;
    }

    /** Waits until a GET answers 200 with a body that passes the test (a projection caught up). */
    /** Plans and ships a shipment of this quantity of the contract's first line from the warehouse; its id. */
    public String shipped(String contract, String warehouse, String quantity) {
        String shipment = created(walt.post(
                "/api/v1/shipments",
                Map.of(
                        "contractId",
                        contract,
                        "warehouse",
                        warehouse,
                        "lines",
                        List.of(Map.of("contractLine", 1, "quantity", quantity)))));
        ok(walt.post("/api/v1/shipments/" + shipment + "/ship", Map.of()));
        return shipment;
    }

    public JsonNode await(Api api, String path, Predicate<JsonNode> until) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> api.get(path), response -> response.status() == 200 && until.test(response.body()))
                .body();
    }

    public static String created(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.body().get("id").asText();
    }

    public static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response;
    }
}
