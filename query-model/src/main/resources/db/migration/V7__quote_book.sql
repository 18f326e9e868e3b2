-- The quote book read model, rebuilt from the quote events by the "quote-book" processing group.

-- One row per quote as it now stands. version is the sequence number of the last event applied, so a
-- redelivered event changes nothing. The total, the below-floor flag and the issued revisions are derived on
-- read (from lines and quote_revision), so no stored copy can disagree with them.
create table quote_book (
    quote_id       uuid        primary key,
    customer_id    uuid        not null,
    salesperson    text        not null,
    customer_grade text,
    currency       text        not null,
    incoterm       text        not null,
    named_place    text        not null,
    valid_until    date        not null,
    status         text        not null,
    revision       integer     not null,
    -- The current revision's lines in line-number order (a new line takes the next number, so it goes last);
    -- a revision starts from the lines of the last one issued.
    lines          jsonb       not null default '[]',
    approved       boolean     not null default false,
    feedback       jsonb       not null default '[]',
    closing_reason text,
    version        bigint      not null,
    drafted_at     timestamptz not null,
    changed_at     timestamptz not null
);

create index quote_book_drafted on quote_book (drafted_at desc, quote_id);
create index quote_book_customer on quote_book (customer_id);
create index quote_book_salesperson on quote_book (salesperson);
create index quote_book_status on quote_book (status);

-- Every revision issued, exactly as the customer was sent it; a row is written once and never changed, so a
-- later revision of the quote cannot alter what the customer saw.
create table quote_revision (
    quote_id       uuid        not null,
    revision       integer     not null,
    lines          jsonb       not null,
    total_amount   numeric     not null,
    currency       text        not null,
    incoterm       text        not null,
    named_place    text        not null,
    issued_on      date        not null,
    valid_until    date        not null,
    issued_at      timestamptz not null,
    primary key (quote_id, revision)
);
