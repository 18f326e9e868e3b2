package com.tradeledger.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@LedgerTest
class CustomerHttpTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    Refusals refusals;
    Api sally;
    Api max;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        sally = Api.as(port, "sally");
        max = Api.as(port, "max");
    }

    static String uniqueCode() {
        return "CUST-" + SERIAL.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    static Map<String, Object> registration(String code) {
        return Map.of(
                "code",
                code,
                "name",
                "Acme Handels GmbH",
                "country",
                "DE",
                "address",
                Map.of("street", "Hafenstrasse 1", "city", "Hamburg", "postalCode", "20457"),
                "contacts",
                List.of(Map.of("name", "Jonas Weber", "role", "Buyer", "email", "j.weber@acme.example")),
                "grade",
                "B",
                "creditLimit",
                Map.of("amount", "50000", "currency", "EUR"));
    }

    String register(String code) {
        Api.Response response = sally.post("/api/v1/customers", registration(code));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.body().get("id").asText();
    }

    JsonNode awaitCustomer(String id, long version) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> sally.get("/api/v1/customers/" + id),
                        response -> response.status() == 200
                                && response.body().get("version").asLong() >= version)
                .body();
    }

    @Test
    void registers_a_customer_and_reads_it_back_from_the_directory() {
        String code = uniqueCode();
        Api.Response response =
                sally.withHeader("X-Correlation-Id", "req-42").post("/api/v1/customers", registration(code));

        assertThat(response.status()).isEqualTo(201);
        String id = response.body().get("id").asText();
        assertThat(response.header("Location")).isEqualTo("/api/v1/customers/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.body().get("version").asLong()).isZero();
        assertThat(log.typesOf(id)).containsExactly("CustomerRegistered");
        assertThat(log.lastMetadataOf(id)).contains("\"username\":\"sally\"").contains("\"correlationId\":\"req-42\"");

        JsonNode customer = awaitCustomer(id, 0);
        assertThat(customer.get("code").asText()).isEqualTo(code);
        assertThat(customer.get("name").asText()).isEqualTo("Acme Handels GmbH");
        assertThat(customer.get("country").asText()).isEqualTo("DE");
        assertThat(customer.get("grade").asText()).isEqualTo("B");
        assertThat(customer.get("salesperson").asText()).isEqualTo("sally");
        assertThat(customer.get("creditLimit").get("amount").asText()).isEqualTo("50000.00");
        assertThat(customer.get("creditLimit").get("currency").asText()).isEqualTo("EUR");
        assertThat(customer.get("preferredCurrency").asText()).isEqualTo("EUR");
        assertThat(customer.get("contacts").get(0).get("name").asText()).isEqualTo("Jonas Weber");
        assertThat(customer.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void walks_a_customer_through_grade_credit_limit_handover_and_deactivation() {
        String id = register(uniqueCode());

        assertThat(sally.post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "A", "reason", "big orders"))
                        .status())
                .isEqualTo(200);
        Api.Response limit = Api.as(port, "fiona")
                .post(
                        "/api/v1/customers/" + id + "/set-credit-limit",
                        Map.of("creditLimit", Map.of("amount", "80000", "currency", "EUR")));
        assertThat(limit.header("ETag")).isEqualTo("\"2\"");
        assertThat(max.post(
                                "/api/v1/customers/" + id + "/hand-over",
                                Map.of("toSalesperson", "sam", "reason", "Sally moves to Asia"))
                        .status())
                .isEqualTo(200);
        Api.Response deactivated =
                max.post("/api/v1/customers/" + id + "/deactivate", Map.of("reason", "ceased trading"));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().get("version").asLong()).isEqualTo(4);

        assertThat(log.typesOf(id))
                .containsExactly(
                        "CustomerRegistered",
                        "CustomerGradeChanged",
                        "CreditLimitSet",
                        "CustomerHandedOver",
                        "CustomerDeactivated");
        JsonNode customer = awaitCustomer(id, 4);
        assertThat(customer.get("grade").asText()).isEqualTo("A");
        assertThat(customer.get("creditLimit").get("amount").asText()).isEqualTo("80000.00");
        assertThat(customer.get("salesperson").asText()).isEqualTo("sam");
        assertThat(customer.get("status").asText()).isEqualTo("DEACTIVATED");
    }

    @Test
    void merges_a_duplicate_into_its_survivor_which_then_takes_no_new_business() {
        String survivor = register(uniqueCode());
        String duplicate = register(uniqueCode());

        Api.Response merged = max.post(
                "/api/v1/customers/" + duplicate + "/merge", Map.of("survivorId", survivor, "reason", "same company"));
        assertThat(merged.status()).as("%s", merged).isEqualTo(200);
        JsonNode customer = awaitCustomer(duplicate, 1);
        assertThat(customer.get("status").asText()).isEqualTo("MERGED");
        assertThat(customer.get("mergedInto").asText()).isEqualTo(survivor);

        refusals.refused(
                409,
                "customer-closed",
                () -> sally.post(
                        "/api/v1/customers/" + duplicate + "/change-grade",
                        Map.of("grade", "A", "reason", "too late")));
        String another = register(uniqueCode());
        refusals.refused(
                409,
                "survivor-not-active",
                () -> max.post(
                        "/api/v1/customers/" + another + "/merge", Map.of("survivorId", duplicate, "reason", "chain")));
        refusals.refused(
                409,
                "customer-merged-into-itself",
                () -> max.post(
                        "/api/v1/customers/" + another + "/merge", Map.of("survivorId", another, "reason", "oops")));
    }

    @Test
    void lists_customers_by_salesperson_grade_country_and_text() {
        String code = uniqueCode();
        String id = register(code);
        awaitCustomer(id, 0);

        JsonNode bySalesperson = sally.get(
                        "/api/v1/customers?salesperson=sally&grade=B&country=DE&q=" + code.toLowerCase())
                .body();
        assertThat(bySalesperson.get("total").asLong()).isEqualTo(1);
        assertThat(bySalesperson.get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(sally.get("/api/v1/customers?salesperson=sam&q=" + code)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(sally.get("/api/v1/customers?grade=D&q=" + code)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
        refusals.refused(400, "invalid-value", () -> sally.get("/api/v1/customers?country=XX"));
        refusals.refused(400, "invalid-request", () -> sally.get("/api/v1/customers?size=1000"));
    }

    @Test
    void refuses_a_customer_code_that_is_already_registered() {
        String code = uniqueCode();
        register(code);
        Api.Response response = refusals.refused(
                409, "customer-code-already-registered", () -> sally.post("/api/v1/customers", registration(code)));
        assertThat(response.body().get("detail").asText()).contains(code);
    }

    @Test
    void refuses_malformed_registrations_naming_the_field() {
        Map<String, Object> valid = registration(uniqueCode());

        Api.Response missing =
                refusals.refused(400, "invalid-request", () -> sally.post("/api/v1/customers", without(valid, "name")));
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("name");

        Api.Response currency = refusals.refused(
                400,
                "invalid-value",
                () -> sally.post(
                        "/api/v1/customers", with(valid, "creditLimit", Map.of("amount", "1000", "currency", "XYZ"))));
        assertThat(currency.body().get("errors").get(0).get("field").asText()).isEqualTo("creditLimit.currency");

        Api.Response country = refusals.refused(
                400, "invalid-value", () -> sally.post("/api/v1/customers", with(valid, "country", "ZZ")));
        assertThat(country.body().get("errors").get(0).get("field").asText()).isEqualTo("country");

        Api.Response grade = refusals.refused(
                400, "invalid-value", () -> sally.post("/api/v1/customers", with(valid, "grade", "E")));
        assertThat(grade.body().get("errors").get(0).get("field").asText()).isEqualTo("grade");

        Api.Response email = refusals.refused(
                400,
                "invalid-value",
                () -> sally.post(
                        "/api/v1/customers",
                        with(valid, "contacts", List.of(Map.of("name", "X", "email", "not-an-address")))));
        assertThat(email.body().get("errors").get(0).get("field").asText()).isEqualTo("contacts[0]");

        refusals.refused(400, "malformed-json", () -> sally.post("/api/v1/customers", "{\"code\": "));
        Api.Response owner = refusals.refused(
                400, "invalid-value", () -> sally.post("/api/v1/customers", with(valid, "salesperson", "paula")));
        assertThat(owner.body().get("errors").get(0).get("field").asText()).isEqualTo("salesperson");
    }

    @Test
    void refuses_a_negative_credit_limit() {
        refusals.refused(
                409,
                "negative-credit-limit",
                () -> sally.post(
                        "/api/v1/customers",
                        with(registration(uniqueCode()), "creditLimit", Map.of("amount", "-1", "currency", "EUR"))));
        String id = register(uniqueCode());
        refusals.refused(
                409,
                "negative-credit-limit",
                () -> Api.as(port, "fiona")
                        .post(
                                "/api/v1/customers/" + id + "/set-credit-limit",
                                Map.of("creditLimit", Map.of("amount", "-5", "currency", "EUR"))));
    }

    @Test
    void refuses_a_handover_to_the_current_owner_or_to_someone_who_cannot_own_customers() {
        String id = register(uniqueCode());
        refusals.refused(
                409,
                "salesperson-already-owns-customer",
                () -> max.post(
                        "/api/v1/customers/" + id + "/hand-over", Map.of("toSalesperson", "sally", "reason", "none")));
        refusals.refused(
                400,
                "invalid-value",
                () -> max.post(
                        "/api/v1/customers/" + id + "/hand-over",
                        Map.of("toSalesperson", "audrey", "reason", "auditing")));
        refusals.refused(
                400,
                "invalid-request",
                () -> max.post("/api/v1/customers/" + id + "/hand-over", Map.of("toSalesperson", "sam")));
    }

    @Test
    void answers_404_for_an_unknown_customer() {
        String unknown = UUID.randomUUID().toString();
        refusals.refused(404, "not-found", () -> sally.get("/api/v1/customers/" + unknown));
        refusals.refused(
                404,
                "not-found",
                () -> max.post("/api/v1/customers/" + unknown + "/deactivate", Map.of("reason", "x")));
        refusals.refused(400, "invalid-value", () -> sally.get("/api/v1/customers/not-a-uuid"));
    }

    @Test
    void answers_404_when_the_id_belongs_to_a_product() {
        Api.Response product = Api.as(port, "paula")
                .post(
                        "/api/v1/products",
                        Map.of(
                                "sku", "NOT-A-CUSTOMER-" + SERIAL.incrementAndGet(),
                                "name", "Crate",
                                "category", "Packing",
                                "source", "OWN",
                                "baseUnit", "PCS"));
        String productId = product.body().get("id").asText();
        refusals.refused(
                404,
                "not-found",
                () -> sally.post(
                        "/api/v1/customers/" + productId + "/change-grade", Map.of("grade", "A", "reason", "mix-up")));
    }

    @Test
    void refuses_null_list_entries_and_amounts_no_ledger_could_hold() {
        refusals.refused(
                400,
                "invalid-request",
                () -> sally.post(
                        "/api/v1/customers",
                        with(registration(uniqueCode()), "contacts", java.util.Arrays.asList((Object) null))));
        Api.Response huge = refusals.refused(
                400,
                "invalid-value",
                () -> sally.post(
                        "/api/v1/customers",
                        with(
                                registration(uniqueCode()),
                                "creditLimit",
                                Map.of("amount", "1E+140000", "currency", "EUR"))));
        assertThat(huge.body().get("errors").get(0).get("field").asText()).isEqualTo("creditLimit");
    }

    @Test
    void refuses_a_command_whose_if_match_version_is_stale() {
        String id = register(uniqueCode());
        Api.Response first = sally.withHeader("If-Match", "\"0\"")
                .post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "A", "reason", "first"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        Api.Response stale = refusals.refused(
                412,
                "stale-version",
                () -> sally.withHeader("If-Match", "\"0\"")
                        .post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "C", "reason", "second")));
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
        refusals.refused(
                412,
                "stale-version",
                () -> sally.withHeader("If-Match", "\"7\"")
                        .post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "C", "reason", "ahead")));
        refusals.refused(
                400,
                "malformed-header",
                () -> sally.withHeader("If-Match", "yesterday")
                        .post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "C", "reason", "third")));
    }

    @Test
    void refuses_staff_without_the_role_and_callers_without_a_login() {
        String id = register(uniqueCode());
        refusals.refused(401, "unauthenticated", () -> Api.anonymous(port).get("/api/v1/customers/" + id));
        refusals.refused(
                401, "unauthenticated", () -> sally.withPassword("wrong").get("/api/v1/customers/" + id));
        refusals.refused(
                403, "forbidden", () -> Api.as(port, "audrey").post("/api/v1/customers", registration(uniqueCode())));
        refusals.refused(
                403, "forbidden", () -> Api.as(port, "paula").post("/api/v1/customers", registration(uniqueCode())));
        refusals.refused(
                403,
                "forbidden",
                () -> sally.post(
                        "/api/v1/customers/" + id + "/set-credit-limit",
                        Map.of("creditLimit", Map.of("amount", "1", "currency", "EUR"))));
        refusals.refused(
                403,
                "forbidden",
                () -> sally.post("/api/v1/customers/" + id + "/deactivate", Map.of("reason", "mine")));
        assertThat(Api.as(port, "audrey").get("/api/v1/customers/" + id).status())
                .isIn(200, 404);
    }

    @Test
    void lets_only_the_owner_or_a_manager_change_a_customer_or_register_one_for_someone_else() {
        String id = register(uniqueCode());
        Api sam = Api.as(port, "sam");

        refusals.refused(
                403,
                "forbidden",
                () -> sam.post(
                        "/api/v1/customers/" + id + "/change-grade", Map.of("grade", "A", "reason", "poaching")));
        refusals.refused(
                403,
                "forbidden",
                () -> sally.post("/api/v1/customers", with(registration(uniqueCode()), "salesperson", "sam")));
        assertThat(max.post("/api/v1/customers", with(registration(uniqueCode()), "salesperson", "sam"))
                        .status())
                .isEqualTo(201);

        max.post("/api/v1/customers/" + id + "/hand-over", Map.of("toSalesperson", "sam", "reason", "new territory"));
        refusals.refused(
                403,
                "forbidden",
                () -> sally.post(
                        "/api/v1/customers/" + id + "/change-grade", Map.of("grade", "A", "reason", "old habits")));
        assertThat(sam.post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "A", "reason", "mine now"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void repeats_an_idempotent_registration_without_appending_again() {
        Map<String, Object> request = registration(uniqueCode());
        Api keyed = sally.withHeader("Idempotency-Key", UUID.randomUUID().toString());

        Api.Response first = keyed.post("/api/v1/customers", request);
        long afterFirst = log.size();
        Api.Response repeat = keyed.post("/api/v1/customers", request);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body().get("id").asText())
                .isEqualTo(first.body().get("id").asText());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(log.size()).isEqualTo(afterFirst);

        refusals.refused(
                422, "idempotency-key-reused", () -> keyed.post("/api/v1/customers", registration(uniqueCode())));
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> base, String key) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.remove(key);
        return copy;
    }
}
