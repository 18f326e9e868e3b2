package com.tradeledger.replaycheck;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static com.tradeledger.SalesFlow.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.Integrators;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import com.tradeledger.web.ProjectionRebuilds;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * An auditor rebuilds a projection from the log into shadow tables and sees every difference from the live view: none
 * after ordinary deals, the table, key and column of a live row someone changed, and a live row someone deleted as
 * found only in the shadow. The check leaves the live view as it was.
 */
@LedgerTest
class ReplayCheckHttpTest {

    private static final String CHECKS = "/api/v1/audit/replay-checks";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventLog log;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionRebuilds rebuilds;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    Api audrey;
    Api admin;

    @BeforeEach
    void auditors() {
        audrey = Api.as(port, "audrey");
        admin = Api.as(port, "admin");
    }

    @Test
    void every_projection_rebuilt_in_the_shadow_equals_its_live_view_after_a_couple_of_deals() {
        deal();
        deal();
        for (String projection : ProjectionTables.projections()) {
            Api.Response response = audrey.post(CHECKS, Map.of("projection", projection));
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            JsonNode report = response.body();
            assertThat(report.get("identical").asBoolean())
                    .as("replay check of %s: %s", projection, report)
                    .isTrue();
            assertThat(report.get("projection").asText()).isEqualTo(projection);
            assertThat(report.get("tables").findValuesAsText("table"))
                    .containsExactlyElementsOf(ProjectionTables.of(projection).orElseThrow());
        }
        JsonNode receivables = check("receivables");
        assertThat(receivables.get("position").asLong()).isPositive();
        assertThat(receivables.get("eventsReplayed").asLong()).isPositive();
        assertThat(receivables.get("segments")).isNotEmpty();
        JsonNode invoices = table(receivables, "receivable_invoice");
        assertThat(invoices.get("liveRows").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(invoices.get("shadowRows").asLong())
                .isEqualTo(invoices.get("liveRows").asLong());
        assertThat(invoices.get("key")).extracting(JsonNode::asText).containsExactly("invoice_id");
    }

    @Test
    void every_rebuildable_processor_is_a_projection_the_check_knows() {
        Set<String> rebuildable = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                rebuildable.add(name);
            }
        });
        assertThat(rebuildable).containsExactlyInAnyOrderElementsOf(ProjectionTables.projections());
    }

    @Test
    void a_projection_split_into_segments_is_compared_segment_by_segment() {
        StreamingEventProcessor receivables = processing
                .eventProcessor("receivables", StreamingEventProcessor.class)
                .orElseThrow();
        int segment = receivables.processingStatus().keySet().iterator().next();
        assertThat(receivables.splitSegment(segment).join()).isTrue();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receivables.processingStatus().size() == 2);
            deal();
            JsonNode report = check("receivables");
            assertThat(report.get("segments")).hasSize(2);
            assertThat(report.get("identical").asBoolean()).as("%s", report).isTrue();
        } finally {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receivables.mergeSegment(segment).join());
        }
    }

    @Test
    void a_live_row_someone_changed_is_named_by_its_table_key_and_column() {
        String invoice = deal().invoice();
        String number = jdbc.sql("select number from receivable_invoice where invoice_id = :id::uuid")
                .param("id", invoice)
                .query(String.class)
                .single();
        jdbc.sql("update receivable_invoice set number = 'TAMPERED' where invoice_id = :id::uuid")
                .param("id", invoice)
                .update();
        try {
            JsonNode report = check("receivables");

            assertThat(report.get("identical").asBoolean()).isFalse();
            JsonNode invoices = table(report, "receivable_invoice");
            assertThat(invoices.get("differing").asLong()).isEqualTo(1);
            assertThat(invoices.get("onlyLive").asLong()).isZero();
            assertThat(invoices.get("onlyShadow").asLong()).isZero();
            JsonNode example = invoices.get("examples").get(0);
            assertThat(example.get("kind").asText()).isEqualTo("differing");
            assertThat(example.at("/key/invoice_id").asText()).isEqualTo(invoice);
            assertThat(example.get("columns")).extracting(JsonNode::asText).containsExactly("number");
            assertThat(example.at("/live/number").asText()).isEqualTo("TAMPERED");
            assertThat(example.at("/shadow/number").asText()).isEqualTo(number);
            assertThat(table(report, "receivable_movement").get("differing").asLong())
                    .isZero();
        } finally {
            jdbc.sql("update receivable_invoice set number = :number where invoice_id = :id::uuid")
                    .param("number", number)
                    .param("id", invoice)
                    .update();
        }
        assertThat(check("receivables").get("identical").asBoolean()).isTrue();
    }

    @Test
    void a_live_row_someone_deleted_is_found_only_in_the_shadow() {
        String customer = deal().customer();
        String row = jdbc.sql("select to_jsonb(c)::text from customer_directory c where customer_id = :id::uuid")
                .param("id", customer)
                .query(String.class)
                .single();
        jdbc.sql("delete from customer_directory where customer_id = :id::uuid")
                .param("id", customer)
                .update();
        try {
            JsonNode report = check("customer-directory");

            assertThat(report.get("identical").asBoolean()).isFalse();
            JsonNode customers = table(report, "customer_directory");
            assertThat(customers.get("onlyShadow").asLong()).isEqualTo(1);
            assertThat(customers.get("onlyLive").asLong()).isZero();
            assertThat(customers.get("differing").asLong()).isZero();
            assertThat(customers.get("shadowRows").asLong())
                    .isEqualTo(customers.get("liveRows").asLong() + 1);
            JsonNode example = customers.get("examples").get(0);
            assertThat(example.get("kind").asText()).isEqualTo("onlyShadow");
            assertThat(example.at("/key/customer_id").asText()).isEqualTo(customer);
            assertThat(example.has("live")).isFalse();
            assertThat(example.at("/shadow/name").asText()).isEqualTo("Acme Handels GmbH");
        } finally {
            jdbc.sql("insert into customer_directory"
                            + " select * from jsonb_populate_record(null::customer_directory, :row::jsonb)")
                    .param("row", row)
                    .update();
        }
        assertThat(check("customer-directory").get("identical").asBoolean()).isTrue();
    }

    @Test
    void a_check_leaves_the_live_view_its_tokens_and_the_log_as_they_were() {
        deal();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            LiveState before = liveState("receivables");
            JsonNode report = check("receivables");
            assertThat(report.get("identical").asBoolean()).isTrue();
            assertThat(liveState("receivables")).isEqualTo(before);
        });
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname like 'replay_check_%'")
                        .query(Long.class)
                        .single())
                .as("shadow schemas left behind")
                .isZero();
    }

    @Test
    void only_auditors_and_administrators_run_a_check_and_a_refusal_changes_nothing() {
        Refusals refusals = new Refusals(log);
        for (Api caller : List.of(Api.as(port, "sally"), Api.as(port, "max"), Api.as(port, "walt"), ian())) {
            refusals.refused(403, "forbidden", () -> caller.post(CHECKS, Map.of("projection", "receivables")));
        }
        assertThat(admin.post(CHECKS, Map.of("projection", "receivables")).status())
                .isEqualTo(200);
        assertThat(audrey.post(CHECKS, Map.of("projection", "receivables")).status())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_projection_or_a_process_is_not_found_and_the_known_ones_are_listed() {
        Refusals refusals = new Refusals(log);
        for (String name : List.of("no-such-view", "event-chain")) {
            JsonNode problem = refusals.refused(404, "not-found", () -> audrey.post(CHECKS, Map.of("projection", name)))
                    .body();
            assertThat(problem.get("knownProjections"))
                    .extracting(JsonNode::asText)
                    .contains("receivables", "customer-directory", "order-history")
                    .doesNotContain("event-chain");
        }
        refusals.refused(400, "invalid-request", () -> audrey.post(CHECKS, Map.of()));
    }

    @Test
    void a_projection_being_rebuilt_is_not_checked_until_it_has_caught_up() {
        String projection = "agent-directory";
        StreamingEventProcessor processor = processing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        rebuilds.starting(projection);
        try {
            Api.Response refused = new Refusals(log)
                    .refused(503, "projection-rebuilding", () -> audrey.post(CHECKS, Map.of("projection", projection)));
            assertThat(refused.header("Retry-After")).isEqualTo("5");
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !rebuilds.inProgress(projection));
        assertThat(check(projection).get("identical").asBoolean()).isTrue();
    }

    private JsonNode check(String projection) {
        Api.Response response = audrey.post(CHECKS, Map.of("projection", projection));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.body();
    }

    private static JsonNode table(JsonNode report, String name) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("table").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name + " in " + report);
    }

    /** The projection's rows (every column, as text), its tokens and the size of the log. */
    private LiveState liveState(String projection) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : ProjectionTables.of(projection).orElseThrow()) {
            rows.put(
                    table,
                    jdbc.sql("select to_jsonb(t)::text from " + table + " t order by 1")
                            .query(String.class)
                            .list());
        }
        List<String> tokens = jdbc.sql("select segment || ':' || encode(token, 'hex') from tokenentry"
                        + " where processorname = :name order by segment")
                .param("name", projection)
                .query(String.class)
                .list();
        return new LiveState(rows, tokens, log.size());
    }

    private record LiveState(Map<String, List<String>> rows, List<String> tokens, long events) {}

    private Api ian() {
        return Integrators.ian(port, users, passwords);
    }

    /**
     * A small deal: ten cartons quoted, contracted with a 30 % deposit, signed, shipped and paid in part; returns once
     * the receivables ledger holds both its invoices.
     */
    private Deal deal() {
        LocalDate today = LocalDate.now(clock);
        SalesFlow flow = new SalesFlow(port, today);
        String customer = flow.customer("500000");
        String product = flow.product();
        flow.count(product, "NGB-1", "2400");
        String contract = flow.contract(flow.acceptedQuote(customer, product, "10"));
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
        String shipment = flow.shipped(contract, "NGB-1", "10");
        flow.await(
                flow.fiona,
                "/api/v1/invoices?contractId=" + contract,
                page -> page.get("items").size() == 2);
        created(flow.fiona.post(
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        usd("100.00"),
                        "bankReference",
                        "REPLAY-CHECK-" + UUID.randomUUID(),
                        "receivedOn",
                        today.toString(),
                        "rateToFunctional",
                        "7.1")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from receivable_invoice where contract_id = :c::uuid"
                                        + " and paid > 0")
                                .param("c", contract)
                                .query(Long.class)
                                .single()
                        == 1);
        String invoice = jdbc.sql("select invoice_id::text from receivable_invoice where contract_id = :c::uuid"
                        + " order by issued_on, number limit 1")
                .param("c", contract)
                .query(String.class)
                .single();
        return new Deal(customer, contract, invoice);
    }

    private record Deal(String customer, String contract, String invoice) {}
}
