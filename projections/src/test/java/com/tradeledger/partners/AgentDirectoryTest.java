package com.tradeledger.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentDirectoryTest {

    private static final AgentId HAMBURG_TRADE = AgentId.of("a9000000-0000-4000-8000-000000000001");
    private static final AgentId OSAKA_LINK = AgentId.of("a9000000-0000-4000-8000-000000000002");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final EmailAddress EMAIL = EmailAddress.of("orders@hh-trade.example");
    private static final Instant REGISTERED_AT = Instant.parse("2025-04-01T08:00:00Z");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private AgentDirectoryProjection projection;
    private AgentDirectoryQueries queries;

    @BeforeEach
    void emptyDirectory() {
        database.clear("agent_directory");
        var directory = new AgentDirectory(database.jdbc());
        projection = new AgentDirectoryProjection(directory);
        queries = new AgentDirectoryQueries(directory);
    }

    @Test
    void a_registered_agent_is_active_with_its_contact_and_usual_rate() {
        projection.on(registered(HAMBURG_TRADE, "HH-TRADE", "Hamburg Trade Partners"), 0, REGISTERED_AT);

        assertThat(find(HAMBURG_TRADE))
                .isEqualTo(new AgentView(
                        HAMBURG_TRADE,
                        AgentCode.of("HH-TRADE"),
                        "Hamburg Trade Partners",
                        DE,
                        EMAIL,
                        Percentage.of("3"),
                        true,
                        null,
                        0,
                        REGISTERED_AT,
                        REGISTERED_AT));
    }

    @Test
    void an_agent_registered_without_email_or_rate_reads_back_without_them() {
        projection.on(
                new AgentRegistered(
                        OSAKA_LINK, AgentCode.of("OSK-LINK"), "Osaka Link", CountryCode.of("JP"), null, null),
                0,
                REGISTERED_AT);

        AgentView agent = find(OSAKA_LINK);
        assertThat(agent.email()).isNull();
        assertThat(agent.defaultCommission()).isNull();
    }

    @Test
    void a_change_replaces_name_country_email_and_rate_and_a_deactivation_says_why() {
        projection.on(registered(HAMBURG_TRADE, "HH-TRADE", "Hamburg Trade Partners"), 0, REGISTERED_AT);
        projection.on(
                new AgentChanged(HAMBURG_TRADE, "HH Trade B.V.", CountryCode.of("NL"), null, Percentage.of("2.5")),
                1,
                hoursLater(1));
        projection.on(
                new AgentDeactivated(HAMBURG_TRADE, AgentCode.of("HH-TRADE"), "no longer represents us"),
                2,
                hoursLater(2));

        AgentView agent = find(HAMBURG_TRADE);
        assertThat(agent.name()).isEqualTo("HH Trade B.V.");
        assertThat(agent.country()).isEqualTo(CountryCode.of("NL"));
        assertThat(agent.email()).isNull();
        assertThat(agent.defaultCommission()).isEqualTo(Percentage.of("2.5"));
        assertThat(agent.active()).isFalse();
        assertThat(agent.deactivationReason()).isEqualTo("no longer represents us");
        assertThat(agent.version()).isEqualTo(2);
        assertThat(agent.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(agent.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void lists_agents_by_code_matching_text_in_code_or_name_and_whether_active() {
        projection.on(registered(HAMBURG_TRADE, "HH-TRADE", "Hamburg Trade Partners"), 0, REGISTERED_AT);
        projection.on(registered(OSAKA_LINK, "OSK-LINK", "Osaka Link 100%"), 0, hoursLater(1));
        projection.on(new AgentDeactivated(OSAKA_LINK, AgentCode.of("OSK-LINK"), "closed"), 1, hoursLater(2));

        assertThat(codes(new ListAgents(null, null, 0, 20))).containsExactly("HH-TRADE", "OSK-LINK");
        assertThat(codes(new ListAgents("hamburg", null, 0, 20))).containsExactly("HH-TRADE");
        assertThat(codes(new ListAgents("osk-", null, 0, 20))).containsExactly("OSK-LINK");
        assertThat(codes(new ListAgents("100%", null, 0, 20))).containsExactly("OSK-LINK");
        assertThat(codes(new ListAgents("0%", null, 0, 20))).containsExactly("OSK-LINK");
        assertThat(codes(new ListAgents("H%T", null, 0, 20))).isEmpty();
        assertThat(codes(new ListAgents(null, true, 0, 20))).containsExactly("HH-TRADE");
        assertThat(codes(new ListAgents(null, false, 0, 20))).containsExactly("OSK-LINK");
        assertThat(codes(new ListAgents("link", true, 0, 20))).isEmpty();
        assertThat(queries.handle(new ListAgents(null, null, 1, 1)).total()).isEqualTo(2);
        assertThat(codes(new ListAgents(null, null, 1, 1))).containsExactly("OSK-LINK");
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_the_agent_already_holds_change_nothing() {
        projection.on(registered(HAMBURG_TRADE, "HH-TRADE", "Hamburg Trade Partners"), 0, REGISTERED_AT);
        projection.on(new AgentChanged(HAMBURG_TRADE, "HH Trade", DE, EMAIL, Percentage.of("4")), 1, hoursLater(1));
        AgentView once = find(HAMBURG_TRADE);

        projection.on(registered(HAMBURG_TRADE, "OTHER", "Other"), 0, REGISTERED_AT);
        projection.on(new AgentChanged(HAMBURG_TRADE, "Renamed", DE, null, null), 1, hoursLater(1));
        projection.on(new AgentDeactivated(HAMBURG_TRADE, AgentCode.of("HH-TRADE"), "late"), 0, hoursLater(2));

        assertThat(find(HAMBURG_TRADE)).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(registered(HAMBURG_TRADE, "HH-TRADE", "Hamburg Trade Partners"), 0, REGISTERED_AT);
            projection.on(new AgentChanged(HAMBURG_TRADE, "HH Trade", DE, EMAIL, Percentage.of("4")), 1, hoursLater(1));
            projection.on(registered(OSAKA_LINK, "OSK-LINK", "Osaka Link"), 0, hoursLater(3));
            projection.on(new AgentDeactivated(OSAKA_LINK, AgentCode.of("OSK-LINK"), "closed"), 1, hoursLater(4));
        };
        history.run();
        var live = rows();

        projection.reset();
        assertThat(queries.handle(new FindAgent(HAMBURG_TRADE))).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live);
        assertThat(live.get("agent_directory")).hasSize(2);
    }

    private static AgentRegistered registered(AgentId agent, String code, String name) {
        return new AgentRegistered(agent, AgentCode.of(code), name, DE, EMAIL, Percentage.of("3"));
    }

    private static Instant hoursLater(int hours) {
        return REGISTERED_AT.plusSeconds(hours * 3600L);
    }

    private AgentView find(AgentId agent) {
        return queries.handle(new FindAgent(agent)).orElseThrow();
    }

    private List<String> codes(ListAgents query) {
        return queries.handle(query).items().stream()
                .map(agent -> agent.code().value())
                .toList();
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(
                "agent_directory",
                database.jdbc()
                        .sql("select * from agent_directory order by agent_id")
                        .query()
                        .listOfRows());
    }
}
