package com.tradeledger.quoting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A quote from draft to acceptance over HTTP, with its refusals. */
@LedgerTest
class QuoteHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    Api sally;
    Api max;
    String customer;
    String product;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        sally = Api.as(port, "sally");
        max = Api.as(port, "max");
        customer = sally.post(
                        "/api/v1/customers",
                        Map.of(
                                "code", "Q-" + UUID.randomUUID().toString().substring(0, 8),
                                "name", "Quote Customer Ltd",
                                "country", "GB",
                                "grade", "B",
                                "creditLimit", Map.of("amount", "100000", "currency", "USD")))
                .body()
                .get("id")
                .asText();
        product = max.post(
                        "/api/v1/products",
                        Map.of(
                                "sku", "Q-TEA-" + UUID.randomUUID().toString().substring(0, 8),
                                "name", "Green tea, 500 g tin",
                                "category", "Tea",
                                "source", "SUPPLIER",
                                "baseUnit", "TIN",
                                "conversions", List.of(Map.of("unit", "CTN", "factor", "24"))))
                .body()
                .get("id")
                .asText();
        Map<String, Object> prices = new HashMap<>();
        prices.put("currency", "USD");
        prices.put("listPrice", usd("6.80"));
        prices.put("tiers", List.of(Map.of("label", "carton price", "minQuantity", "240", "unitPrice", usd("6.20"))));
        prices.put("floorPrice", usd("5.50"));
        assertThat(max.post("/api/v1/products/" + product + "/set-price-list", prices)
                        .status())
                .isEqualTo(200);
    }

    static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    Map<String, Object> draft() {
        return Map.of(
                "customerId",
                customer,
                "currency",
                "USD",
                "deliveryTerms",
                Map.of("incoterm", "FOB", "namedPlace", "Ningbo"),
                "validUntil",
                LocalDate.now(clock).plusDays(30).toString());
    }

    String draftQuote() {
        Api.Response drafted = sally.post("/api/v1/quotes", draft());
        assertThat(drafted.status()).as("%s", drafted).isEqualTo(201);
        return drafted.body().get("id").asText();
    }

    JsonNode awaitQuote(String id, long version) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> sally.get("/api/v1/quotes/" + id),
                        response -> response.status() == 200
                                && response.body().get("version").asLong() >= version)
                .body();
    }

    @Test
    void quotes_revises_approves_and_is_accepted_keeping_each_issued_revision_as_sent() {
        String quote = draftQuote();
        String base = "/api/v1/quotes/" + quote;

        Api.Response cartons =
                sally.post(base + "/add-line", Map.of("productId", product, "quantity", "20", "unit", "CTN"));
        assertThat(cartons.status()).as("%s", cartons).isEqualTo(200);
        assertThat(sally.post(base + "/add-line", Map.of("productId", product, "quantity", "10"))
                        .status())
                .isEqualTo(200);
        assertThat(sally.post(base + "/issue", Map.of()).status()).isEqualTo(200);
        assertThat(sally.post(base + "/record-feedback", Map.of("feedback", "too dear for tins"))
                        .status())
                .isEqualTo(200);

        JsonNode first = awaitQuote(quote, 3);
        assertThat(first.get("status").asText()).isEqualTo("ISSUED");
        assertThat(first.get("lines").get(0).get("unitPrice").get("amount").asText())
                .isEqualTo("148.80");
        assertThat(first.get("lines").get(0).at("/priceOrigin/basis").asText()).isEqualTo("PRICE_TIER");
        assertThat(first.get("lines").get(1).get("unitPrice").get("amount").asText())
                .isEqualTo("6.80");
        assertThat(first.get("total").get("amount").asText()).isEqualTo("3044.00");
        assertThat(first.get("lines").get(0).get("discount").isTextual())
                .as("discount as a JSON string")
                .isTrue();
        assertThat(first.at("/lines/0/floorPrice").isMissingNode())
                .as("a restricted price in a quote")
                .isTrue();
        assertThat(first.at("/lines/0/belowFloor").asBoolean()).isFalse();

        assertThat(sally.post(base + "/revise", Map.of("reason", "customer asked for a better tin price"))
                        .status())
                .isEqualTo(200);
        Api.Response manual =
                sally.post(base + "/change-line", Map.of("lineNumber", 2, "quantity", "10", "unitPrice", usd("5.00")));
        assertThat(manual.status()).as("%s", manual).isEqualTo(200);
        refusals.refused(409, "quote-needs-approval", () -> sally.post(base + "/issue", Map.of()));
        refusals.refused(403, "forbidden", () -> sally.post(base + "/approve", Map.of("note", "self-approval")));
        assertThat(max.post(base + "/approve", Map.of("note", "strategic account"))
                        .status())
                .isEqualTo(200);
        assertThat(sally.post(base + "/issue", Map.of()).status()).isEqualTo(200);
        Api.Response accepted = sally.post(base + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(200);

        JsonNode second = awaitQuote(quote, accepted.body().get("version").asLong());
        assertThat(second.at("/lines/1/belowFloor").asBoolean()).isTrue();
        assertThat(second.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(second.get("revision").asInt()).isEqualTo(2);
        assertThat(second.get("total").get("amount").asText()).isEqualTo("3026.00");
        JsonNode sent = sally.get(base + "/revisions/1").body();
        assertThat(sent.get("total").get("amount").asText()).isEqualTo("3044.00");
        assertThat(sent.get("lines").get(1).get("unitPrice").get("amount").asText())
                .isEqualTo("6.80");
        assertThat(log.typesOf(quote))
                .containsExactly(
                        "QuoteDrafted",
                        "QuoteLineAdded",
                        "QuoteLineAdded",
                        "QuoteIssued",
                        "QuoteFeedbackRecorded",
                        "QuoteRevised",
                        "QuoteLineChanged",
                        "QuoteApproved",
                        "QuoteIssued",
                        "QuoteAccepted");

        refusals.refused(409, "quote-frozen", () -> sally.post(base + "/reject", Map.of("reason", "changed mind")));
    }

    @Test
    void rejects_an_issued_quote_with_a_reason() {
        String quote = draftQuote();
        String base = "/api/v1/quotes/" + quote;
        sally.post(base + "/add-line", Map.of("productId", product, "quantity", "5"));
        sally.post(base + "/issue", Map.of());
        refusals.refused(400, "invalid-request", () -> sally.post(base + "/reject", Map.of()));
        assertThat(sally.post(base + "/reject", Map.of("reason", "bought elsewhere"))
                        .status())
                .isEqualTo(200);
        assertThat(awaitQuote(quote, 3).get("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void refuses_quote_rules_that_are_broken_and_appends_nothing() {
        String quote = draftQuote();
        String base = "/api/v1/quotes/" + quote;

        refusals.refused(409, "quote-has-no-lines", () -> sally.post(base + "/issue", Map.of()));
        refusals.refused(
                409,
                "currency-mismatch",
                () -> sally.post(
                        base + "/add-line",
                        Map.of(
                                "productId",
                                product,
                                "quantity",
                                "1",
                                "unitPrice",
                                Map.of("amount", "6", "currency", "EUR"))));
        refusals.refused(
                409,
                "unknown-product",
                () -> sally.post(
                        base + "/add-line",
                        Map.of("productId", UUID.randomUUID().toString(), "quantity", "1")));
        refusals.refused(
                409,
                "unit-not-convertible",
                () -> sally.post(base + "/add-line", Map.of("productId", product, "quantity", "1", "unit", "KG")));
        refusals.refused(409, "unknown-quote-line", () -> sally.post(base + "/remove-line", Map.of("lineNumber", 9)));
        refusals.refused(409, "quote-not-issued", () -> sally.post(base + "/accept", Map.of()));

        String deactivated = sally.post(
                        "/api/v1/customers",
                        Map.of(
                                "code", "Q-GONE-" + UUID.randomUUID().toString().substring(0, 6),
                                "name", "Gone Ltd",
                                "country", "GB",
                                "grade", "C",
                                "creditLimit", Map.of("amount", "1", "currency", "USD")))
                .body()
                .get("id")
                .asText();
        max.post("/api/v1/customers/" + deactivated + "/deactivate", Map.of("reason", "closed down"));
        Map<String, Object> forGone = new HashMap<>(draft());
        forGone.put("customerId", deactivated);
        refusals.refused(409, "customer-takes-no-business", () -> sally.post("/api/v1/quotes", forGone));
    }

    @Test
    void refuses_malformed_quote_requests_naming_the_field() {
        Map<String, Object> badCurrency = new HashMap<>(draft());
        badCurrency.put("currency", "XYZ");
        assertThat(refusals.refused(400, "invalid-value", () -> sally.post("/api/v1/quotes", badCurrency))
                        .body()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("currency");
        Map<String, Object> badIncoterm = new HashMap<>(draft());
        badIncoterm.put("deliveryTerms", Map.of("incoterm", "FOBX", "namedPlace", "Ningbo"));
        assertThat(refusals.refused(400, "invalid-value", () -> sally.post("/api/v1/quotes", badIncoterm))
                        .body()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("deliveryTerms.incoterm");
        Map<String, Object> noPlace = new HashMap<>(draft());
        noPlace.put("deliveryTerms", Map.of("incoterm", "FOB"));
        refusals.refused(400, "invalid-value", () -> sally.post("/api/v1/quotes", noPlace));

        String base = "/api/v1/quotes/" + draftQuote();
        refusals.refused(
                400,
                "invalid-request",
                () -> sally.post(base + "/add-line", Map.of("productId", product, "quantity", "0")));
        refusals.refused(
                400,
                "invalid-value",
                () -> sally.post(base + "/add-line", Map.of("productId", product, "quantity", "1", "discount", "120")));
        refusals.refused(404, "not-found", () -> sally.get("/api/v1/quotes/" + UUID.randomUUID()));
        refusals.refused(
                404, "not-found", () -> sally.post("/api/v1/quotes/" + UUID.randomUUID() + "/issue", Map.of()));
    }

    @Test
    void lets_only_the_customers_owner_or_a_manager_quote_and_only_sales_staff_at_all() {
        refusals.refused(403, "forbidden", () -> Api.as(port, "sam").post("/api/v1/quotes", draft()));
        refusals.refused(403, "forbidden", () -> Api.as(port, "audrey").post("/api/v1/quotes", draft()));
        refusals.refused(403, "forbidden", () -> Api.as(port, "paula").post("/api/v1/quotes", draft()));
        assertThat(max.post("/api/v1/quotes", draft()).status()).isEqualTo(201);
    }

    @Test
    void lets_no_other_salesperson_work_on_a_drafted_quote() {
        // Straight after drafting, before any read model has caught up: ownership is decided from the event log.
        String quote = draftQuote();
        Api sam = Api.as(port, "sam");
        refusals.refused(
                403,
                "forbidden",
                () -> sam.post("/api/v1/quotes/" + quote + "/add-line", Map.of("productId", product, "quantity", "1")));
        refusals.refused(403, "forbidden", () -> sam.post("/api/v1/quotes/" + quote + "/issue", Map.of()));
        assertThat(max.post("/api/v1/quotes/" + quote + "/add-line", Map.of("productId", product, "quantity", "1"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void prices_lines_with_awkward_decimals_to_the_cent() {
        String quote = draftQuote();
        String base = "/api/v1/quotes/" + quote;
        Api.Response line =
                sally.post(base + "/add-line", Map.of("productId", product, "quantity", "2.125", "discount", "2.25"));
        assertThat(line.status()).as("%s", line).isEqualTo(200);
        JsonNode read = awaitQuote(quote, 1);
        // 6.80 less 2.25 % is 6.647; 2.125 of them are 14.124875, half-even to the cent 14.12.
        assertThat(read.get("total").get("amount").asText()).isEqualTo("14.12");
    }

    @Test
    void shows_salespeople_only_the_quotes_of_their_own_customers() {
        String quote = draftQuote();
        awaitQuote(quote, 0);
        Api sam = Api.as(port, "sam");
        refusals.refused(403, "forbidden", () -> sam.get("/api/v1/quotes/" + quote));
        refusals.refused(403, "forbidden", () -> sam.get("/api/v1/quotes?salesperson=sally"));
        assertThat(sam.get("/api/v1/quotes?customerId=" + customer)
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(Api.as(port, "audrey").get("/api/v1/quotes/" + quote).status())
                .isEqualTo(200);
        assertThat(Api.as(port, "fiona")
                        .get("/api/v1/quotes?customerId=" + customer)
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void lists_quotes_by_customer_and_status() {
        String quote = draftQuote();
        awaitQuote(quote, 0);
        JsonNode page = sally.get("/api/v1/quotes?customerId=" + customer + "&status=DRAFT")
                .body();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.at("/items/0/id").asText()).isEqualTo(quote);
        assertThat(sally.get("/api/v1/quotes?customerId=" + customer + "&status=ISSUED")
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }
}
