-- The read model of commission agents and business partners (渠道/佣金客户), projected by "agent-directory"; version
-- is the sequence number of the last event of the agent applied, so a redelivered event changes nothing.

-- One row per agent as it now stands.
create table agent_directory (
    agent_id            uuid        primary key,
    code                text        not null,
    name                text        not null,
    country             text        not null,
    email               text,
    default_commission  numeric,
    active              boolean     not null default true,
    deactivation_reason text,
    version             bigint      not null,
    registered_at       timestamptz not null,
    changed_at          timestamptz not null
);

create index agent_directory_code on agent_directory (code);
