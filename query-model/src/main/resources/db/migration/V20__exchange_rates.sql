-- Every rate to the functional currency the ledger recorded with a customer or supplier payment, by the
-- "exchange-rates" processing group. Views that show amounts in the functional currency convert at these rates: the
-- latest recorded on or before the day in question. event_id makes a redelivered event change nothing.
create table exchange_rate_seen (
    event_id            text        primary key,
    currency            text        not null,
    functional_currency text        not null,
    rate_date           date        not null,
    rate                numeric     not null,
    recorded_at         timestamptz not null
);

create index exchange_rate_seen_lookup on exchange_rate_seen (currency, rate_date desc, recorded_at desc);
