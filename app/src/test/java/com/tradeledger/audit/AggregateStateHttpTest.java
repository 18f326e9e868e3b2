package com.tradeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An auditor asks any aggregate's state as it stood at a sequence number or a moment, rebuilt from its events by
 * the aggregate's own event-sourcing handlers.
 */
@LedgerTest
class AggregateStateHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    EventLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditedAggregates aggregates;

    @Test
    void a_contracts_state_at_each_sequence_is_the_state_of_that_moment() {
        AuditedDeal deal = AuditedDeal.make(port, LocalDate.now(clock), false);
        Api audrey = Api.as(port, "audrey");
        List<String> types = log.typesOf(deal.contract());
        assertThat(types)
                .startsWith(
                        "ContractConcluded",
                        "PaymentTermsAgreed",
                        "DeliveryScheduled",
                        "CommissionAgreed",
                        "ContractSubmitted",
                        "ContractApproved",
                        "ContractSigned")
                .contains("ContractShipmentRecorded");

        String status = "DRAFT";
        for (int sequence = 0; sequence < types.size(); sequence++) {
            status = switch (types.get(sequence)) {
                case "ContractSubmitted" -> "AWAITING_APPROVAL";
                case "ContractApproved" -> "APPROVED";
                case "ContractSigned" -> "SIGNED";
                default -> status;
            };
            JsonNode answer = state(audrey, deal.contract(), "?sequence=" + sequence);
            assertThat(answer.at("/state/status").asText())
                    .as("status at %d", sequence)
                    .isEqualTo(status);
            assertThat(answer.at("/asOf/sequence").asLong()).isEqualTo(sequence);
            assertThat(answer.get("eventsApplied").asLong()).isEqualTo(sequence + 1);
            assertThat(answer.at("/asOf/eventType").asText()).endsWith("." + types.get(sequence));
            assertThat(answer.get("latest").asBoolean()).isEqualTo(sequence == types.size() - 1);
            assertThat(answer.at("/state/paymentTerms").isNull()).isEqualTo(sequence == 0);
            boolean shipped = types.subList(0, sequence + 1).contains("ContractShipmentRecorded");
            assertThat(answer.at("/state/lines/shipped").isEmpty())
                    .as("shipped at %d", sequence)
                    .isEqualTo(!shipped);
        }
        JsonNode signed = state(audrey, deal.contract(), "?sequence=" + types.indexOf("ContractSigned"));
        assertThat(signed.get("aggregateType").asText()).isEqualTo("Contract");
        assertThat(signed.at("/state/contractId").asText()).isEqualTo(deal.contract());
        assertThat(signed.at("/state/customerId").asText()).isEqualTo(deal.customer());
        assertThat(signed.at("/state/salesperson").asText()).isEqualTo("sally");
        assertThat(signed.at("/state/total/amount").asText()).isEqualTo("104160.00");
        assertThat(signed.at("/state/total/currency").asText()).isEqualTo("USD");
        JsonNode stock = state(audrey, "stock-" + deal.product(), "");
        assertThat(stock.at("/state/onHand/NGB-1").asText()).isEqualTo("17600");
        assertThat(stock.at("/state/reservations")).anySatisfy(held -> {
            assertThat(held.get("contractId").asText()).isEqualTo(deal.contract());
            assertThat(held.get("contractLine").asInt()).isEqualTo(1);
            assertThat(held.get("quantity").asText()).isEqualTo("14400");
        });
        assertThat(signed.at("/asOf/position").asLong())
                .isEqualTo(positionOf(deal.contract(), types.indexOf("ContractSigned")));
    }

    @Test
    void a_moment_between_two_events_gives_the_state_after_the_earlier_one() {
        AuditedDeal deal = AuditedDeal.make(port, LocalDate.now(clock), false);
        Api audrey = Api.as(port, "audrey");
        List<String> types = log.typesOf(deal.contract());
        int submitted = types.indexOf("ContractSubmitted");
        Instant submittedAt = timeOf(deal.contract(), submitted);
        Instant approvedAt = timeOf(deal.contract(), submitted + 1);
        Instant between =
                submittedAt.plus(Duration.between(submittedAt, approvedAt).dividedBy(2));

        JsonNode atSubmission = state(audrey, deal.contract(), "?at=" + submittedAt);
        JsonNode inBetween = state(audrey, deal.contract(), "?at=" + between);
        JsonNode atApproval = state(audrey, deal.contract(), "?at=" + approvedAt);

        assertThat(approvedAt).isAfter(submittedAt);
        assertThat(atSubmission.at("/asOf/sequence").asLong()).isEqualTo(submitted);
        assertThat(inBetween.at("/asOf/sequence").asLong()).isEqualTo(submitted);
        assertThat(inBetween.at("/state/status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(inBetween.at("/asked/at").asText()).isEqualTo(between.toString());
        assertThat(atApproval.at("/state/status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void a_customer_handed_over_shows_its_earlier_salesperson_at_an_earlier_time() {
        SalesFlow flow = new SalesFlow(port, LocalDate.now(clock));
        String customer = flow.customer("50000");
        SalesFlow.ok(flow.max.post(
                "/api/v1/customers/" + customer + "/hand-over", Map.of("toSalesperson", "sam", "reason", "rota")));
        Api audrey = Api.as(port, "audrey");

        JsonNode before = state(audrey, customer, "?at=" + timeOf(customer, 0));
        JsonNode now = state(audrey, customer, "");

        assertThat(before.at("/state/salesperson").asText()).isEqualTo("sally");
        assertThat(before.at("/state/creditLimit/amount").asText()).isEqualTo("50000.00");
        assertThat(before.get("latest").asBoolean()).isFalse();
        assertThat(now.at("/state/salesperson").asText()).isEqualTo("sam");
        assertThat(now.get("latest").asBoolean()).isTrue();
        assertThat(now.at("/asOf/sequence").asLong())
                .isEqualTo(now.get("lastSequence").asLong());
    }

    @Test
    void every_aggregate_type_in_the_log_after_a_full_deal_is_rebuilt_to_its_latest_state() {
        AuditedDeal deal = AuditedDeal.make(port, LocalDate.now(clock), true);
        Api audrey = Api.as(port, "audrey");
        // Other tests of this server write probe rows straight into the table; they belong to no aggregate class.
        List<String> types = jdbc.sql("SELECT DISTINCT type FROM domainevententry WHERE type <> 'Probe' ORDER BY type")
                .query(String.class)
                .list();
        assertThat(types)
                .contains(
                        "Customer",
                        "Product",
                        "Stock",
                        "Quote",
                        "Contract",
                        "Agent",
                        "Requisition",
                        "Supplier",
                        "PurchaseOrder",
                        "GoodsReceipt",
                        "Shipment",
                        "Invoice",
                        "Payment");
        assertThat(aggregates.kinds().keySet()).containsAll(types);

        List<String> failures = new ArrayList<>();
        for (String type : types) {
            String id = jdbc.sql("""
                            SELECT aggregateidentifier FROM domainevententry WHERE type = ?
                            ORDER BY sequencenumber DESC, globalindex DESC LIMIT 1""").param(type).query(String.class).single();
            Api.Response answer = audrey.get("/api/v1/audit/aggregates/" + id + "/state");
            if (answer.status() != 200
                    || !answer.body().get("aggregateType").asText().equals(type)
                    || !answer.body().get("latest").asBoolean()
                    || answer.body().get("state").isEmpty()) {
                failures.add(type + ": " + answer);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(state(audrey, deal.order(), "").at("/state/purchaseOrderId").asText())
                .isEqualTo(deal.order());
    }

    @Test
    void a_sequence_past_the_last_event_gives_the_latest_state_and_says_so() {
        String customer = new SalesFlow(port, LocalDate.now(clock)).customer("50000");

        JsonNode answer = state(Api.as(port, "admin"), customer, "?sequence=99");

        assertThat(answer.at("/asked/sequence").asLong()).isEqualTo(99);
        assertThat(answer.at("/asOf/sequence").asLong()).isZero();
        assertThat(answer.get("latest").asBoolean()).isTrue();
        assertThat(answer.get("lastSequence").asLong()).isZero();
    }

    @Test
    void refusals_name_what_is_wrong_and_change_nothing() {
        String customer = new SalesFlow(port, LocalDate.now(clock)).customer("50000");
        Api audrey = Api.as(port, "audrey");
        String path = "/api/v1/audit/aggregates/" + customer + "/state";
        Instant first = timeOf(customer, 0);
        long events = log.size();

        Api.Response both = audrey.get(path + "?sequence=0&at=" + first);
        Api.Response negative = audrey.get(path + "?sequence=-1");
        Api.Response unreadable = audrey.get(path + "?at=yesterday");
        Api.Response beforeFirst = audrey.get(path + "?at=" + first.minusSeconds(1));
        Api.Response unknown = audrey.get("/api/v1/audit/aggregates/" + UUID.randomUUID() + "/state");
        Api.Response sally = Api.as(port, "sally").get(path);
        Api.Response max = Api.as(port, "max").get(path);

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().at("/errors/0/field").asText()).isEqualTo("sequence");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(beforeFirst.status()).isEqualTo(404);
        assertThat(beforeFirst.code()).isEqualTo("no-state-before-first-event");
        assertThat(beforeFirst.body().get("firstEventAt").asText()).isEqualTo(first.toString());
        assertThat(beforeFirst.body().get("detail").asText()).contains(customer, first.toString());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not-found");
        assertThat(sally.status()).isEqualTo(403);
        assertThat(max.status()).isEqualTo(403);
        for (Api.Response refused : List.of(both, negative, unreadable, beforeFirst, unknown, sally, max)) {
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(log.size()).isEqualTo(events);
    }

    private static JsonNode state(Api api, String aggregate, String query) {
        Api.Response answer = api.get("/api/v1/audit/aggregates/" + aggregate + "/state" + query);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    private Instant timeOf(String aggregate, int sequence) {
        return Instant.parse(
                jdbc.sql("SELECT timestamp FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                        .params(aggregate, sequence)
                        .query(String.class)
                        .single());
    }

    private long positionOf(String aggregate, int sequence) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(aggregate, sequence)
                .query(Long.class)
                .single();
    }
}
