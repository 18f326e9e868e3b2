package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.contracting.CommissionAgents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command side's commission agent codes (渠道/佣金客户) in PostgreSQL: a claim or a deactivation joins the agent's
 * command's transaction, and a contract's commission reads whether its agent is still active.
 */
@Component
class AgentRegistryTable implements AgentRegistry, CommissionAgents {

    private final JdbcClient jdbc;

    AgentRegistryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(AgentCode code, AgentId agentId) {
        return jdbc.sql("INSERT INTO agent_registry (code, agent_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(code.value(), agentId.value())
                        .update()
                == 1;
    }

    @Override
    public void deactivate(AgentCode code) {
        jdbc.sql("UPDATE agent_registry SET active = FALSE WHERE code = ?")
                .params(code.value())
                .update();
    }

    @Override
    public boolean isRegistered(AgentCode code) {
        return jdbc.sql("SELECT count(*) FROM agent_registry WHERE code = ?")
                        .params(code.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean isActive(AgentCode code) {
        return jdbc.sql("SELECT count(*) FROM agent_registry WHERE code = ? AND active")
                        .params(code.value())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
