package com.tradeledger.partners;

import static com.tradeledger.SalesFlow.created;
import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.LedgerTest;
import com.tradeledger.Refusals;
import com.tradeledger.SalesFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Commission agents and business partners (渠道/佣金客户) over HTTP: registered, changed and deactivated by managers,
 * read by anyone logged in, and named by contracts' commissions only while registered and active; every broken rule
 * refused with its code and nothing appended.
 */
@LedgerTest
class AgentHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    Clock clock;

    Refusals refusals;
    SalesFlow flow;
    Api max;
    Api sally;

    @BeforeEach
    void setUp() {
        refusals = new Refusals(log);
        flow = new SalesFlow(port, LocalDate.now(clock));
        max = flow.max;
        sally = flow.sally;
    }

    @Test
    void registers_changes_and_deactivates_an_agent_and_reads_it_back() {
        String code = SalesFlow.unique("AG");
        String agent = created(max.post("/api/v1/agents", registration(code, "orders@hh-trade.example", "3")));
        String base = "/api/v1/agents/" + agent;
        ok(max.post(
                base + "/change",
                Map.of(
                        "name",
                        "HH Trade B.V.",
                        "country",
                        "NL",
                        "email",
                        "sales@hh-trade.example",
                        "defaultCommission",
                        "2.5")));

        JsonNode view = flow.await(sally, base, it -> it.get("version").asLong() == 1);
        assertThat(view.get("code").asText()).isEqualTo(code);
        assertThat(view.get("name").asText()).isEqualTo("HH Trade B.V.");
        assertThat(view.get("country").asText()).isEqualTo("NL");
        assertThat(view.get("email").asText()).isEqualTo("sales@hh-trade.example");
        assertThat(view.get("defaultCommission").asText()).isEqualTo("2.5");
        assertThat(view.get("active").asBoolean()).isTrue();

        JsonNode found = ok(sally.get("/api/v1/agents?q=" + code.toLowerCase())).body();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.at("/items/0/id").asText()).isEqualTo(agent);
        assertThat(ok(sally.get("/api/v1/agents?q=" + code + "&active=false"))
                        .body()
                        .get("total")
                        .asLong())
                .isZero();

        ok(max.post(base + "/deactivate", Map.of("reason", "no longer represents us")));
        JsonNode deactivated =
                flow.await(flow.walt, base, it -> it.get("version").asLong() == 2);
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(deactivated.get("deactivationReason").asText()).isEqualTo("no longer represents us");
        assertThat(ok(sally.get("/api/v1/agents?q=" + code + "&active=false"))
                        .body()
                        .at("/items/0/id")
                        .asText())
                .isEqualTo(agent);
        assertThat(log.typesOf(agent)).containsExactly("AgentRegistered", "AgentChanged", "AgentDeactivated");
    }

    @Test
    void refuses_malformed_duplicate_and_unauthorised_registrations_and_appends_nothing() {
        String code = SalesFlow.unique("DUP");
        created(max.post("/api/v1/agents", registration(code, null, null)));

        refusals.refused(
                409,
                "agent-code-already-registered",
                () -> max.post("/api/v1/agents", registration(code, "other@example.com", "4")));
        refusals.refused(
                409,
                "agent-code-already-registered",
                () -> max.post("/api/v1/agents", registration(code.toLowerCase(), null, null)));
        refusals.refused(
                403,
                "forbidden",
                () -> sally.post("/api/v1/agents", registration(SalesFlow.unique("SAL"), null, null)));
        refusals.refused(
                400,
                "invalid-request",
                () -> max.post("/api/v1/agents", Map.of("code", SalesFlow.unique("NN"), "country", "HK")));
        refusals.refused(
                400,
                "invalid-request",
                () -> max.post("/api/v1/agents", Map.of("code", SalesFlow.unique("NC"), "name", "No country")));
        refusals.refused(
                400,
                "invalid-value",
                () -> max.post("/api/v1/agents", registration(SalesFlow.unique("EM"), "not an address", null)));
        refusals.refused(
                400,
                "invalid-value",
                () -> max.post("/api/v1/agents", registration(SalesFlow.unique("RT"), null, "101")));
        refusals.refused(
                400, "invalid-value", () -> max.post("/api/v1/agents", registration("not a code!", null, null)));
        refusals.refused(404, "not-found", () -> sally.get("/api/v1/agents/" + UUID.randomUUID()));
    }

    @Test
    void a_deactivated_agent_takes_no_changes_and_sales_may_not_change_an_agent() {
        String agent = created(max.post("/api/v1/agents", registration(SalesFlow.unique("OFF"), null, null)));
        String base = "/api/v1/agents/" + agent;
        Map<String, Object> change = Map.of("name", "Renamed", "country", "HK");

        refusals.refused(403, "forbidden", () -> sally.post(base + "/change", change));
        refusals.refused(403, "forbidden", () -> sally.post(base + "/deactivate", Map.of("reason", "sales says so")));
        refusals.refused(400, "invalid-request", () -> max.post(base + "/deactivate", Map.of("reason", " ")));
        ok(max.post(base + "/deactivate", Map.of("reason", "stopped trading")));

        refusals.refused(409, "agent-not-active", () -> max.post(base + "/change", change));
        refusals.refused(409, "agent-not-active", () -> max.post(base + "/deactivate", Map.of("reason", "again")));
        assertThat(log.typesOf(agent)).containsExactly("AgentRegistered", "AgentDeactivated");
    }

    @Test
    void a_commission_names_a_registered_active_agent_or_is_refused() {
        String contract = flow.contract(flow.acceptedQuote(flow.customer("500000"), flow.product(), "10"));
        String agreeCommission = "/api/v1/contracts/" + contract + "/agree-commission";
        String code = SalesFlow.unique("CA");
        String agent = created(max.post("/api/v1/agents", registration(code, null, "5")));
        String unknown = SalesFlow.unique("NOBODY");

        refusals.refused(
                409, "unknown-agent", () -> sally.post(agreeCommission, Map.of("agent", unknown, "rate", "5")));
        ok(sally.post(agreeCommission, Map.of("agent", code, "rate", "5")));

        ok(max.post("/api/v1/agents/" + agent + "/deactivate", Map.of("reason", "no longer represents us")));
        refusals.refused(
                409, "agent-not-active", () -> sally.post(agreeCommission, Map.of("agent", code, "rate", "4")));
        ok(sally.post(agreeCommission, Map.of("agent", code, "rate", "0")));
        assertThat(log.typesOf(contract))
                .containsExactly(
                        "ContractConcluded",
                        "PaymentTermsAgreed",
                        "DeliveryScheduled",
                        "CommissionAgreed",
                        "CommissionAgreed");
    }

    private static Map<String, Object> registration(String code, String email, String defaultCommission) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Hamburg Trade Partners GmbH");
        body.put("country", "DE");
        if (email != null) {
            body.put("email", email);
        }
        if (defaultCommission != null) {
            body.put("defaultCommission", defaultCommission);
        }
        return body;
    }
}
