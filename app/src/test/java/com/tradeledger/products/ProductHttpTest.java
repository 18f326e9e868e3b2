package com.tradeledger.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@LedgerTest
class ProductHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    Refusals refusals;
    Api paula;
    Api max;
    Api sally;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        paula = Api.as(port, "paula");
        max = Api.as(port, "max");
        sally = Api.as(port, "sally");
    }

    static String uniqueSku() {
        return "TEA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> registration(String sku) {
        Map<String, Object> product = new HashMap<>();
        product.put("sku", sku);
        product.put("name", "Green tea, 500 g tin");
        product.put("category", "Tea");
        product.put("source", "SUPPLIER");
        product.put("baseUnit", "TIN");
        product.put("conversions", List.of(Map.of("unit", "CTN", "factor", "24")));
        product.put("hsCode", "0902.10");
        return product;
    }

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    static Map<String, Object> priceList() {
        Map<String, Object> list = new HashMap<>();
        list.put("currency", "USD");
        list.put("listPrice", money("6.80"));
        list.put(
                "tiers",
                List.of(
                        Map.of("label", "carton price", "minQuantity", "240", "unitPrice", money("6.20")),
                        Map.of("label", "A customers", "grade", "A", "unitPrice", money("6.10")),
                        Map.of(
                                "label", "spring promotion",
                                "validFrom", "2027-03-01",
                                "validTo", "2027-04-30",
                                "unitPrice", money("5.90"))));
        list.put("floorPrice", money("5.50"));
        list.put("costPrice", money("4.10"));
        return list;
    }

    String register(String sku) {
        Api.Response response = paula.post("/api/v1/products", registration(sku));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.body().get("id").asText();
    }

    JsonNode awaitProduct(Api as, String id, long version) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> as.get("/api/v1/products/" + id),
                        response -> response.status() == 200
                                && response.body().get("version").asLong() >= version)
                .body();
    }

    @Test
    void registers_a_product_sets_its_prices_and_reads_them_back() {
        String sku = uniqueSku();
        String id = register(sku);
        Api.Response priced = max.post("/api/v1/products/" + id + "/set-price-list", priceList());
        assertThat(priced.status()).as("%s", priced).isEqualTo(200);
        assertThat(priced.header("ETag")).isEqualTo("\"1\"");

        JsonNode product = awaitProduct(max, id, 1);
        assertThat(product.get("sku").asText()).isEqualTo(sku);
        assertThat(product.get("baseUnit").asText()).isEqualTo("TIN");
        assertThat(product.get("hsCode").asText()).isEqualTo("090210");
        assertThat(product.get("conversions").get(0).get("factor").asText()).isEqualTo("24");
        JsonNode usd = product.get("priceLists").get(0);
        assertThat(usd.get("listPrice").get("amount").asText()).isEqualTo("6.80");
        assertThat(usd.get("tiers")).hasSize(3);
        assertThat(usd.get("floorPrice").get("amount").asText()).isEqualTo("5.50");
        assertThat(usd.get("costPrice").get("amount").asText()).isEqualTo("4.10");
        assertThat(log.typesOf(id)).containsExactly("ProductRegistered", "PriceListSet");
    }

    @Test
    void hides_floor_and_cost_prices_from_staff_without_price_access() {
        String id = register(uniqueSku());
        max.post("/api/v1/products/" + id + "/set-price-list", priceList());

        JsonNode seenBySales = awaitProduct(sally, id, 1).get("priceLists").get(0);
        assertThat(seenBySales.get("listPrice").get("amount").asText()).isEqualTo("6.80");
        assertThat(seenBySales.has("floorPrice")).isFalse();
        assertThat(seenBySales.has("costPrice")).isFalse();
        JsonNode seenByWarehouse =
                awaitProduct(Api.as(port, "walt"), id, 1).get("priceLists").get(0);
        assertThat(seenByWarehouse.has("costPrice")).isFalse();
        JsonNode seenByAuditor =
                awaitProduct(Api.as(port, "audrey"), id, 1).get("priceLists").get(0);
        assertThat(seenByAuditor.get("costPrice").get("amount").asText()).isEqualTo("4.10");
    }

    @Test
    void finds_the_unit_price_for_a_grade_quantity_unit_and_date_and_says_which_tier_it_used() {
        String id = register(uniqueSku());
        max.post("/api/v1/products/" + id + "/set-price-list", priceList());
        awaitProduct(sally, id, 1);
        String price = "/api/v1/products/" + id + "/price?currency=USD";

        JsonNode cartons = sally.get(price + "&grade=B&quantity=20&unit=CTN&date=2027-01-15")
                .body();
        assertThat(cartons.get("unitPrice").get("amount").asText()).isEqualTo("148.80");
        assertThat(cartons.get("baseQuantity").asText()).isEqualTo("480");
        assertThat(cartons.get("baseUnitPrice").get("amount").asText()).isEqualTo("6.20");
        assertThat(cartons.get("tier").get("label").asText()).isEqualTo("carton price");

        JsonNode gradeA =
                sally.get(price + "&grade=A&quantity=10&date=2027-01-15").body();
        assertThat(gradeA.get("unitPrice").get("amount").asText()).isEqualTo("6.10");
        assertThat(gradeA.get("tier").get("label").asText()).isEqualTo("A customers");

        JsonNode promotion =
                sally.get(price + "&grade=B&quantity=10&date=2027-03-15").body();
        assertThat(promotion.get("tier").get("label").asText()).isEqualTo("spring promotion");

        JsonNode list =
                sally.get(price + "&grade=B&quantity=10&date=2027-01-15").body();
        assertThat(list.get("unitPrice").get("amount").asText()).isEqualTo("6.80");
        assertThat(list.has("tier")).isFalse();

        Api.Response kilos =
                refusals.refused(400, "invalid-value", () -> sally.get(price + "&grade=B&quantity=1&unit=KG"));
        assertThat(kilos.body().get("errors").get(0).get("field").asText()).isEqualTo("unit");
        refusals.refused(400, "invalid-value", () -> sally.get(price + "&grade=B&quantity=0"));
        Api.Response withoutGrade = refusals.refused(400, "missing-parameter", () -> sally.get(price + "&quantity=1"));
        assertThat(withoutGrade.body().get("errors").get(0).get("field").asText())
                .isEqualTo("grade");
        refusals.refused(
                404, "not-found", () -> sally.get("/api/v1/products/" + id + "/price?currency=EUR&grade=B&quantity=1"));
    }

    @Test
    void changes_a_product_through_each_command() {
        String id = register(uniqueSku());
        String component = register(uniqueSku());
        String supplier = UUID.randomUUID().toString();
        String base = "/api/v1/products/" + id;

        assertThat(paula.post(base + "/rename", Map.of("name", "Sencha, 500 g tin"))
                        .status())
                .isEqualTo(200);
        assertThat(paula.post(base + "/reclassify", Map.of("category", "Green tea", "hsCode", "090220"))
                        .status())
                .isEqualTo(200);
        assertThat(paula.post(
                                base + "/define-unit-conversions",
                                Map.of("conversions", List.of(Map.of("unit", "PLT", "factor", "960"))))
                        .status())
                .isEqualTo(200);
        assertThat(paula.post(
                                base + "/define-bill-of-materials",
                                Map.of(
                                        "lines",
                                        List.of(Map.of(
                                                "component",
                                                component,
                                                "quantityPerUnit",
                                                "1",
                                                "unit",
                                                "TIN",
                                                "kind",
                                                "PACKING"))))
                        .status())
                .isEqualTo(200);
        assertThat(paula.post(base + "/change-default-supplier", Map.of("supplierId", supplier))
                        .status())
                .isEqualTo(200);
        Api.Response discontinued = paula.post(base + "/discontinue", Map.of("reason", "replaced by the 250 g tin"));
        assertThat(discontinued.body().get("version").asLong()).isEqualTo(6);

        assertThat(log.typesOf(id))
                .containsExactly(
                        "ProductRegistered",
                        "ProductRenamed",
                        "ProductReclassified",
                        "UnitConversionsDefined",
                        "BillOfMaterialsDefined",
                        "DefaultSupplierChanged",
                        "ProductDiscontinued");
        JsonNode product = awaitProduct(paula, id, 6);
        assertThat(product.get("name").asText()).isEqualTo("Sencha, 500 g tin");
        assertThat(product.get("category").asText()).isEqualTo("Green tea");
        assertThat(product.get("conversions").get(0).get("unit").asText()).isEqualTo("PLT");
        assertThat(product.get("billOfMaterials").get(0).get("component").asText())
                .isEqualTo(component);
        assertThat(product.get("defaultSupplier").asText()).isEqualTo(supplier);
        assertThat(product.get("status").asText()).isEqualTo("DISCONTINUED");

        refusals.refused(409, "product-discontinued", () -> paula.post(base + "/rename", Map.of("name", "again")));
    }

    @Test
    void lists_products_by_category_and_text() {
        String sku = uniqueSku();
        String id = register(sku);
        awaitProduct(sally, id, 0);
        JsonNode page = sally.get("/api/v1/products?category=Tea&q=" + sku.toLowerCase())
                .body();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(sally.get("/api/v1/products?category=Coffee&q=" + sku)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void refuses_product_rules_that_are_broken_and_appends_nothing() {
        String sku = uniqueSku();
        String id = register(sku);
        String base = "/api/v1/products/" + id;

        refusals.refused(409, "sku-already-registered", () -> paula.post("/api/v1/products", registration(sku)));
        Map<String, Object> redefinesBase = registration(uniqueSku());
        redefinesBase.put("conversions", List.of(Map.of("unit", "TIN", "factor", "1")));
        refusals.refused(409, "conversion-redefines-base-unit", () -> paula.post("/api/v1/products", redefinesBase));
        refusals.refused(
                409,
                "unit-converted-twice",
                () -> paula.post(
                        base + "/define-unit-conversions",
                        Map.of(
                                "conversions",
                                List.of(
                                        Map.of("unit", "CTN", "factor", "12"),
                                        Map.of("unit", "CTN", "factor", "24")))));
        refusals.refused(
                409,
                "unknown-component",
                () -> paula.post(
                        base + "/define-bill-of-materials",
                        Map.of(
                                "lines",
                                List.of(Map.of(
                                        "component",
                                        UUID.randomUUID().toString(),
                                        "quantityPerUnit",
                                        "1",
                                        "unit",
                                        "PCS")))));
        refusals.refused(
                409,
                "product-contains-itself",
                () -> paula.post(
                        base + "/define-bill-of-materials",
                        Map.of("lines", List.of(Map.of("component", id, "quantityPerUnit", "1", "unit", "TIN")))));

        Map<String, Object> overlapping = priceList();
        overlapping.put(
                "tiers",
                List.of(
                        Map.of(
                                "label",
                                "summer",
                                "validFrom",
                                "2027-06-01",
                                "validTo",
                                "2027-08-31",
                                "unitPrice",
                                money("6.00")),
                        Map.of(
                                "label",
                                "august",
                                "validFrom",
                                "2027-08-01",
                                "validTo",
                                "2027-08-31",
                                "unitPrice",
                                money("5.95"))));
        refusals.refused(409, "overlapping-price-tiers", () -> max.post(base + "/set-price-list", overlapping));
        Map<String, Object> belowFloor = priceList();
        belowFloor.put("floorPrice", money("6.50"));
        refusals.refused(409, "price-below-floor", () -> max.post(base + "/set-price-list", belowFloor));
    }

    @Test
    void refuses_malformed_product_requests_naming_the_field() {
        String id = register(uniqueSku());
        String base = "/api/v1/products/" + id;

        Map<String, Object> noSku = registration(uniqueSku());
        noSku.remove("sku");
        Api.Response missing = refusals.refused(400, "invalid-request", () -> paula.post("/api/v1/products", noSku));
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("sku");

        Map<String, Object> badHs = registration(uniqueSku());
        badHs.put("hsCode", "12");
        assertThat(refusals.refused(400, "invalid-value", () -> paula.post("/api/v1/products", badHs))
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("hsCode");

        Map<String, Object> zeroFactor = registration(uniqueSku());
        zeroFactor.put("conversions", List.of(Map.of("unit", "CTN", "factor", "0")));
        assertThat(refusals.refused(400, "invalid-value", () -> paula.post("/api/v1/products", zeroFactor))
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("conversions[0]");

        Map<String, Object> mixedCurrency = priceList();
        mixedCurrency.put("floorPrice", Map.of("amount", "5.00", "currency", "EUR"));
        refusals.refused(400, "invalid-value", () -> max.post(base + "/set-price-list", mixedCurrency));
        Map<String, Object> negativeTier = priceList();
        negativeTier.put("tiers", List.of(Map.of("minQuantity", "-1", "unitPrice", money("6.00"))));
        refusals.refused(400, "invalid-value", () -> max.post(base + "/set-price-list", negativeTier));
        refusals.refused(400, "invalid-request", () -> paula.post(base + "/discontinue", Map.of("reason", " ")));
        refusals.refused(
                404,
                "not-found",
                () -> paula.post("/api/v1/products/" + UUID.randomUUID() + "/rename", Map.of("name", "x")));
    }

    @Test
    void refuses_staff_without_the_role() {
        String id = register(uniqueSku());
        refusals.refused(403, "forbidden", () -> sally.post("/api/v1/products", registration(uniqueSku())));
        refusals.refused(403, "forbidden", () -> paula.post("/api/v1/products/" + id + "/set-price-list", priceList()));
        refusals.refused(
                403,
                "forbidden",
                () -> Api.as(port, "audrey").post("/api/v1/products/" + id + "/rename", Map.of("name", "x")));
    }
}
