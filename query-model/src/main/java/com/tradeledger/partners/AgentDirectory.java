package com.tradeledger.partners;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.Percentage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agent directory's table: one row per commission agent or business partner (渠道/佣金客户). The projection
 * writes it, the query handlers read it. Every change carries the stamp of its event and is skipped when the agent
 * already holds that event or a later one.
 */
@Component
public class AgentDirectory {

    private final JdbcClient jdbc;

    public AgentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly registered agent, active; one already listed is left as it is. */
    public void register(AgentRegistered registered, EventStamp stamp) {
        var columns =
                details(registered.name(), registered.country(), registered.email(), registered.defaultCommission());
        columns.put("id", registered.agentId().value());
        columns.put("code", registered.code().value());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into agent_directory (agent_id, code, name, country, email, default_commission,
                            version, registered_at, changed_at)
                        values (:id, :code, :name, :country, :email, :rate, :version, :at, :at)
                        on conflict (agent_id) do nothing
                        """).params(columns).update();
    }

    public void change(AgentChanged changed, EventStamp stamp) {
        update(
                changed.agentId(),
                stamp,
                "name = :name, country = :country, email = :email, default_commission = :rate",
                details(changed.name(), changed.country(), changed.email(), changed.defaultCommission()));
    }

    public void deactivate(AgentId id, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("reason", reason);
        update(id, stamp, "active = false, deactivation_reason = :reason", columns);
    }

    /** Empties the directory, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from agent_directory").update();
    }

    Optional<AgentView> find(AgentId id) {
        return jdbc.sql("select * from agent_directory where agent_id = :id")
                .param("id", id.value())
                .query(this::agentOf)
                .optional();
    }

    /** The agents whose code or name contains the text (any when null), active or not as asked (both when null). */
    AgentPage list(String text, Boolean active, PageWindow window) {
        Filters filters = new Filters().containing(text, "code", "name");
        String where = filters.where();
        Map<String, Object> parameters = new HashMap<>(filters.parameters());
        if (active != null) {
            where += (where.isEmpty() ? " where " : " and ") + "active = :active";
            parameters.put("active", active);
        }
        long total = jdbc.sql("select count(*) from agent_directory" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        List<AgentView> items = jdbc.sql("select * from agent_directory" + where
                        + " order by code, agent_id limit :limit offset :offset")
                .params(parameters)
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::agentOf)
                .list();
        return new AgentPage(items, window.page(), window.size(), total);
    }

    private static HashMap<String, Object> details(
            String name, CountryCode country, EmailAddress email, Percentage defaultCommission) {
        var columns = new HashMap<String, Object>();
        columns.put("name", name);
        columns.put("country", country.value());
        columns.put("email", nullable(email, EmailAddress::value));
        columns.put("rate", nullable(defaultCommission, Percentage::value));
        return columns;
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(AgentId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update agent_directory set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where agent_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private AgentView agentOf(ResultSet row, int rowNumber) throws SQLException {
        return new AgentView(
                new AgentId(row.getObject("agent_id", UUID.class)),
                AgentCode.of(row.getString("code")),
                row.getString("name"),
                CountryCode.of(row.getString("country")),
                nullable(row.getString("email"), EmailAddress::of),
                nullable(row.getBigDecimal("default_commission"), Percentage::new),
                row.getBoolean("active"),
                row.getString("deactivation_reason"),
                row.getLong("version"),
                instant(row, "registered_at"),
                instant(row, "changed_at"));
    }
}
