-- Command-side table of commission agents (渠道/佣金客户), written in the same transaction as the events it guards:
-- an agent code names one agent, and a contract's commission is agreed only with an active agent.
CREATE TABLE agent_registry (
    code     VARCHAR(32) NOT NULL PRIMARY KEY,
    agent_id UUID        NOT NULL UNIQUE,
    active   BOOLEAN     NOT NULL DEFAULT TRUE
);
