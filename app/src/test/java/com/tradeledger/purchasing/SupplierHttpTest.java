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
 * Suppliers (供应商) over HTTP: registered, changed, given offers per product, deactivated, and read back by purchasing,
 * finance, the warehouse and auditors but not by sales; every broken rule refused with its code and nothing appended.
 */
@LedgerTest
class SupplierHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SupplyFlow supply;
    Api paula;
    String product;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        supply = new SupplyFlow(port, LocalDate.now(clock));
        paula = supply.paula;
        product = supply.sales.product();
    }

    @Test
    void registers_changes_sets_an_offer_and_deactivates_a_supplier_and_reads_it_back() {
        String code = SalesFlow.unique("ZJ");
        String supplier = created(paula.post("/api/v1/suppliers", SupplyFlow.registration(code, "USD")));
        String base = "/api/v1/suppliers/" + supplier;
        ok(paula.post(base + "/set-offer", offer(product, "CTN", breaks("0", "98.40", "100", "95.00"))));
        ok(paula.post(
                base + "/change",
                Map.of(
                        "name",
                        "Zhejiang Tea Co-operative Ltd",
                        "country",
                        "CN",
                        "terms",
                        Map.of("currency", "USD", "paymentTermsDays", 45, "leadTimeDays", 25))));

        JsonNode view = supply.sales.await(paula, base, it -> it.get("version").asLong() == 2);
        assertThat(view.get("code").asText()).isEqualTo(code);
        assertThat(view.get("name").asText()).isEqualTo("Zhejiang Tea Co-operative Ltd");
        assertThat(view.at("/terms/currency").asText()).isEqualTo("USD");
        assertThat(view.at("/terms/paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(view.at("/terms/leadTimeDays").asInt()).isEqualTo(25);
        assertThat(view.get("active").asBoolean()).isTrue();
        assertThat(view.get("offers")).hasSize(1);
        assertThat(view.at("/offers/0/productId").asText()).isEqualTo(product);
        assertThat(view.at("/offers/0/supplierSku").asText()).isEqualTo("ZJ-GT-500");
        assertThat(view.at("/offers/0/unit").asText()).isEqualTo("CTN");
        assertThat(view.at("/offers/0/prices")).hasSize(2);
        assertThat(view.at("/offers/0/prices/1/unitPrice/amount").asText()).isEqualTo("95.00");
        assertThat(view.at("/offers/0/leadTimeDays").asInt()).isEqualTo(20);

        JsonNode found =
                ok(paula.get("/api/v1/suppliers?q=" + code.toLowerCase())).body();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.at("/items/0/id").asText()).isEqualTo(supplier);
        assertThat(ok(paula.get("/api/v1/suppliers?q=" + code + "&active=false"))
                        .body()
                        .get("total")
                        .asLong())
                .isZero();

        ok(paula.post(base + "/deactivate", Map.of("reason", "failed the factory audit")));
        JsonNode deactivated =
                supply.sales.await(paula, base, it -> it.get("version").asLong() == 3);
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(deactivated.get("deactivationReason").asText()).isEqualTo("failed the factory audit");
        assertThat(ok(paula.get("/api/v1/suppliers?q=" + code + "&active=false"))
                        .body()
                        .at("/items/0/id")
                        .asText())
                .isEqualTo(supplier);
        assertThat(log.typesOf(supplier))
                .containsExactly("SupplierRegistered", "SupplierOfferSet", "SupplierChanged", "SupplierDeactivated");
    }

    @Test
    void purchasing_finance_and_auditors_read_suppliers_and_their_prices_but_sales_and_the_warehouse_may_not() {
        String supplier = supply.supplier("USD");
        String path = "/api/v1/suppliers/" + supplier;
        supply.sales.await(paula, path, view -> view.get("id").asText().equals(supplier));

        for (String reader : List.of("fiona", "audrey", "max")) {
            assertThat(ok(Api.as(port, reader).get(path)).body().get("id").asText())
                    .isEqualTo(supplier);
            ok(Api.as(port, reader).get("/api/v1/suppliers?q=SUP"));
        }
        refusals.refused(403, "forbidden", () -> supply.sales.sally.get(path));
        refusals.refused(403, "forbidden", () -> supply.sales.walt.get(path));
        refusals.refused(403, "forbidden", () -> supply.sales.sally.get("/api/v1/suppliers"));
        refusals.refused(404, "not-found", () -> paula.get("/api/v1/suppliers/" + UUID.randomUUID()));
    }

    @Test
    void refuses_malformed_and_duplicate_registrations_and_appends_nothing() {
        String code = SalesFlow.unique("DUP");
        created(paula.post("/api/v1/suppliers", SupplyFlow.registration(code, "USD")));

        refusals.refused(
                409,
                "supplier-code-already-registered",
                () -> paula.post("/api/v1/suppliers", SupplyFlow.registration(code, "EUR")));
        refusals.refused(
                409,
                "supplier-code-already-registered",
                () -> paula.post("/api/v1/suppliers", SupplyFlow.registration(code.toLowerCase(), "USD")));
        refusals.refused(
                400,
                "invalid-request",
                () -> paula.post(
                        "/api/v1/suppliers",
                        Map.of("code", SalesFlow.unique("NN"), "country", "CN", "terms", terms("USD"))));
        refusals.refused(
                400,
                "invalid-request",
                () -> paula.post(
                        "/api/v1/suppliers",
                        Map.of("code", SalesFlow.unique("NN"), "name", " ", "country", "CN", "terms", terms("USD"))));
        refusals.refused(
                400,
                "invalid-request",
                () -> paula.post(
                        "/api/v1/suppliers",
                        Map.of("code", SalesFlow.unique("NT"), "name", "No terms", "country", "CN")));
        Api.Response badCurrency = refusals.refused(
                400,
                "invalid-value",
                () -> paula.post("/api/v1/suppliers", SupplyFlow.registration(SalesFlow.unique("BC"), "XYZ")));
        assertThat(badCurrency.body().at("/errors/0/field").asText()).isEqualTo("terms.currency");
        refusals.refused(
                400,
                "invalid-value",
                () -> paula.post("/api/v1/suppliers", SupplyFlow.registration("not a code!", "USD")));
        refusals.refused(
                403,
                "forbidden",
                () -> supply.sales.sally.post(
                        "/api/v1/suppliers", SupplyFlow.registration(SalesFlow.unique("SAL"), "USD")));
    }

    @Test
    void refuses_offers_that_cannot_be_bought_on_and_appends_nothing() {
        String supplier = supply.supplier("USD");
        String setOffer = "/api/v1/suppliers/" + supplier + "/set-offer";

        refusals.refused(
                409, "currency-mismatch", () -> paula.post(setOffer, offer(product, "CTN", eur("0", "90.00"))));
        refusals.refused(
                409,
                "price-breaks-not-ascending",
                () -> paula.post(setOffer, offer(product, "CTN", breaks("100", "95.00", "50", "98.40"))));
        refusals.refused(
                409,
                "price-breaks-not-ascending",
                () -> paula.post(setOffer, offer(product, "CTN", breaks("10", "98.40", "10", "95.00"))));
        refusals.refused(
                409,
                "unknown-product",
                () -> paula.post(setOffer, offer(UUID.randomUUID().toString(), "CTN", breaks("0", "98.40"))));
        refusals.refused(
                409, "unit-not-convertible", () -> paula.post(setOffer, offer(product, "KG", breaks("0", "98.40"))));
        refusals.refused(
                409, "price-not-positive", () -> paula.post(setOffer, offer(product, "CTN", breaks("0", "0.00"))));
        refusals.refused(400, "invalid-request", () -> paula.post(setOffer, offer(product, "CTN", List.of())));
        refusals.refused(
                403, "forbidden", () -> supply.sales.sally.post(setOffer, offer(product, "CTN", breaks("0", "98.40"))));
        assertThat(log.typesOf(supplier)).containsExactly("SupplierRegistered");

        ok(paula.post(setOffer, offer(product, "TIN", breaks("0", "4.10"))));
        ok(paula.post("/api/v1/suppliers/" + supplier + "/deactivate", Map.of("reason", "stopped trading")));
        refusals.refused(
                409, "supplier-not-active", () -> paula.post(setOffer, offer(product, "CTN", breaks("0", "98.40"))));
        refusals.refused(
                409,
                "supplier-not-active",
                () -> paula.post(
                        "/api/v1/suppliers/" + supplier + "/change",
                        Map.of("name", "Renamed", "country", "CN", "terms", terms("USD"))));
        refusals.refused(
                409,
                "supplier-not-active",
                () -> paula.post("/api/v1/suppliers/" + supplier + "/deactivate", Map.of("reason", "again")));
        assertThat(log.typesOf(supplier))
                .containsExactly("SupplierRegistered", "SupplierOfferSet", "SupplierDeactivated");
    }

    private static Map<String, Object> offer(String product, String unit, List<Map<String, Object>> prices) {
        return Map.of(
                "productId", product,
                "supplierSku", "ZJ-GT-500",
                "unit", unit,
                "prices", prices,
                "leadTimeDays", 20);
    }

    private static List<Map<String, Object>> breaks(String... quantityThenPrice) {
        List<Map<String, Object>> prices = new java.util.ArrayList<>();
        for (int i = 0; i < quantityThenPrice.length; i += 2) {
            prices.add(Map.of("minQuantity", quantityThenPrice[i], "unitPrice", usd(quantityThenPrice[i + 1])));
        }
        return prices;
    }

    private static List<Map<String, Object>> eur(String minQuantity, String amount) {
        return List.of(Map.of("minQuantity", minQuantity, "unitPrice", Map.of("amount", amount, "currency", "EUR")));
    }

    private static Map<String, Object> terms(String currency) {
        return Map.of("currency", currency, "paymentTermsDays", 30, "leadTimeDays", 20);
    }
}
