-- The customer directory read model: one row per customer, rebuilt from the customer events by the
-- "customer-directory" processing group. version is the sequence number of the last event applied, so a
-- redelivered event changes nothing.

-- Trigram indexes let the directory's "name or code contains" search (ILIKE '%text%') use an index;
-- pg_trgm ships with PostgreSQL's core contrib and is a trusted extension since PostgreSQL 13.
create extension if not exists pg_trgm;

create table customer_directory (
    customer_id           uuid        primary key,
    code                  text        not null,
    name                  text        not null,
    country               text,
    address               jsonb,
    contacts              jsonb       not null default '[]',
    grade                 text,
    salesperson           text,
    credit_limit_amount   numeric,
    credit_limit_currency text,
    preferred_currency    text,
    status                text        not null,
    merged_into           uuid,
    version               bigint      not null,
    registered_at         timestamptz not null,
    changed_at            timestamptz not null
);

create index customer_directory_code on customer_directory (code, customer_id);
create index customer_directory_salesperson on customer_directory (salesperson);
create index customer_directory_grade on customer_directory (grade);
create index customer_directory_country on customer_directory (country);
create index customer_directory_name_text on customer_directory using gin (name gin_trgm_ops);
create index customer_directory_code_text on customer_directory using gin (code gin_trgm_ops);
