package com.tradeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit export: a period's or a contract's events as JSON Lines in global order, each with its chain link, which
 * an auditor's tool recomputes from the line alone.
 */
@LedgerTest
class AuditExportHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    EventLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebMvcProperties mvc;

    @Test
    void a_streamed_export_has_no_time_limit_that_would_cut_it_short() {
        // Under Tomcat's default of 30 s, an export of a million events answered 200 with 62 355 of them.
        assertThat(mvc.getAsync().getRequestTimeout()).isNegative();
    }

    @Test
    void a_periods_events_come_in_global_order_each_with_a_link_that_recomputes() {
        Instant from = Instant.now();
        SalesFlow flow = new SalesFlow(port, LocalDate.now(clock));
        String customer = flow.customer("50000");
        String product = flow.product();
        Instant to = Instant.now();
        awaitChainCaughtUp();

        String body = Api.as(port, "audrey").text("/api/v1/audit/export?from=" + from + "&to=" + to, "*/*");
        List<JsonNode> lines = lines(body);

        long expected = jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE timestamp::timestamptz >= ?::timestamptz AND timestamp::timestamptz < ?::timestamptz""")
                .params(from.toString(), to.toString())
                .query(Long.class)
                .single();
        assertThat(lines).hasSize((int) expected);
        assertThat(ids(lines)).contains(customer, product);
        assertInGlobalOrderAndChained(lines);
        JsonNode registered = lines.stream()
                .filter(line -> line.get("aggregateId").asText().equals(customer))
                .findFirst()
                .orElseThrow();
        assertThat(registered.get("type").asText()).isEqualTo("com.tradeledger.customers.CustomerRegistered");
        assertThat(registered.get("aggregateType").asText()).isEqualTo("Customer");
        assertThat(registered.get("sequence").asLong()).isZero();
        assertThat(registered.get("revision").asText()).isEqualTo("1");
        assertThat(registered.get("username").asText()).isEqualTo("sally");
        assertThat(registered.get("correlationId").asText()).isNotBlank();
        assertThat(registered.at("/payload/name").asText()).isEqualTo("Acme Handels GmbH");
        assertThat(registered.at("/metadata/username").asText()).isEqualTo("sally");
        assertThat(new String(Base64.getDecoder()
                        .decode(registered.get("storedPayload").asText())))
                .isEqualTo(storedPayload(registered.get("position").asLong()));
    }

    @Test
    void a_contracts_export_tells_its_whole_story_and_no_other_deals() {
        LocalDate today = LocalDate.now(clock);
        AuditedDeal deal = AuditedDeal.make(port, today, false);
        AuditedDeal other = AuditedDeal.make(port, today, false);
        Api audrey = Api.as(port, "audrey");
        new SalesFlow(port, today).await(audrey, "/api/v1/contracts/" + deal.contract() + "/history?size=200", page -> {
            String text = page.toString();
            return text.contains("InvoicePaymentApplied") && text.contains("PaymentReceived");
        });
        awaitChainCaughtUp();

        List<JsonNode> lines = lines(audrey.text("/api/v1/audit/export/contracts/" + deal.contract(), "*/*"));

        assertThat(ids(lines)).contains(deal.quote(), deal.contract(), deal.shipment(), deal.payment());
        assertThat(ids(lines)).containsAnyElementsOf(deal.invoices());
        assertThat(ids(lines)).doesNotContainAnyElementsOf(other.aggregates());
        assertThat(ids(lines)).doesNotContain(deal.customer(), deal.product());
        assertThat(types(lines))
                .contains(
                        "QuoteDrafted",
                        "QuoteAccepted",
                        "ContractConcluded",
                        "ContractSigned",
                        "ShipmentShipped",
                        "InvoiceIssued",
                        "PaymentReceived",
                        "InvoicePaymentApplied");
        assertThat(lines.stream()
                        .filter(line -> line.get("aggregateId").asText().equals(deal.quote()))
                        .count())
                .isEqualTo(log.typesOf(deal.quote()).size());
        assertInGlobalOrderAndChained(lines);
    }

    @Test
    void refusals_are_problems_and_change_nothing() {
        long events = log.size();
        Instant now = Instant.now();
        Api audrey = Api.as(port, "audrey");

        Api.Response backwards = audrey.get("/api/v1/audit/export?from=" + now + "&to=" + now.minusSeconds(60));
        Api.Response missing = audrey.get("/api/v1/audit/export?from=" + now);
        Api.Response unknown = audrey.get("/api/v1/audit/export/contracts/" + UUID.randomUUID());
        Api.Response sally =
                Api.as(port, "sally").get("/api/v1/audit/export?from=" + now.minusSeconds(60) + "&to=" + now);
        Api.Response max = Api.as(port, "max").get("/api/v1/audit/export/contracts/" + UUID.randomUUID());
        Api.Response walt =
                Api.as(port, "walt").get("/api/v1/audit/export?from=" + now.minusSeconds(60) + "&to=" + now);

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().at("/errors/0/field").asText()).isEqualTo("to");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("to");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(sally.status()).isEqualTo(403);
        assertThat(max.status()).isEqualTo(403);
        assertThat(walt.status()).isEqualTo(403);
        for (Api.Response refused : List.of(backwards, missing, unknown, sally, max, walt)) {
            assertThat(refused.contentType()).as("%s", refused).startsWith("application/problem+json");
        }
        assertThat(Api.as(port, "admin")
                        .get("/api/v1/audit/export?from=" + now.minusSeconds(1) + "&to=" + now)
                        .status())
                .isEqualTo(200);
        assertThat(log.size()).isEqualTo(events);
    }

    /** Positions rise; every line is chained and its hash recomputes from its previous hash and its own fields. */
    private static void assertInGlobalOrderAndChained(List<JsonNode> lines) {
        assertThat(lines).isNotEmpty();
        JsonNode before = null;
        for (JsonNode line : lines) {
            assertThat(line.get("chained").asBoolean()).as("%s", line).isTrue();
            assertThat(line.get("hash").asText())
                    .as("link %s", line.get("link"))
                    .isEqualTo(EventHash.next(line.get("previousHash").asText(), storedEventOf(line)));
            if (before != null) {
                assertThat(line.get("position").asLong())
                        .isGreaterThan(before.get("position").asLong());
                if (line.get("link").asLong() == before.get("link").asLong() + 1) {
                    assertThat(line.get("previousHash").asText())
                            .isEqualTo(before.get("hash").asText());
                }
            }
            before = line;
        }
    }

    /** The row as the line gives it, for recomputing its link with nothing from the database. */
    private static StoredEvent storedEventOf(JsonNode line) {
        return new StoredEvent(
                line.get("position").asLong(),
                line.get("eventId").asText(),
                line.get("aggregateType").asText(null),
                line.get("aggregateId").asText(),
                line.get("sequence").asLong(),
                line.get("type").asText(),
                line.get("revision").asText(null),
                line.get("time").asText(),
                Base64.getDecoder().decode(line.get("storedPayload").asText()),
                Base64.getDecoder().decode(line.get("storedMetadata").asText()));
    }

    private static List<JsonNode> lines(String body) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException unparsable) {
                throw new UncheckedIOException(unparsable);
            }
        }
        return lines;
    }

    private static Set<String> ids(List<JsonNode> lines) {
        Set<String> ids = new HashSet<>();
        lines.forEach(line -> ids.add(line.get("aggregateId").asText()));
        return ids;
    }

    private static List<String> types(List<JsonNode> lines) {
        return lines.stream()
                .map(line -> line.get("type").asText())
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    private String storedPayload(long position) {
        return jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE globalindex = ?")
                .param(position)
                .query(String.class)
                .single();
    }

    private void awaitChainCaughtUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                                SELECT (SELECT count(*) FROM domainevententry)
                                     = (SELECT count(*) FROM event_chain)""").query(Boolean.class).single());
    }
}
