-- The product catalogue read model: one row per product, rebuilt from the product events by the
-- "product-catalogue" processing group. version is the sequence number of the last event applied, so a
-- redelivered event changes nothing.

create table product_catalogue (
    product_id        uuid        primary key,
    sku               text        not null,
    name              text        not null,
    category          text,
    source            text,
    base_unit         text        not null,
    conversions       jsonb       not null default '[]',
    hs_code           text,
    default_supplier  uuid,
    bill_of_materials jsonb       not null default '[]',
    -- One price list per currency, keyed by its ISO 4217 code: setting a list replaces that currency's only.
    price_lists       jsonb       not null default '{}',
    status            text        not null,
    version           bigint      not null,
    registered_at     timestamptz not null,
    changed_at        timestamptz not null
);

create index product_catalogue_sku on product_catalogue (sku, product_id);
create index product_catalogue_category on product_catalogue (category);
-- Trigram indexes for the "SKU or name contains" search; V4 created the pg_trgm extension.
create index product_catalogue_sku_text on product_catalogue using gin (sku gin_trgm_ops);
create index product_catalogue_name_text on product_catalogue using gin (name gin_trgm_ops);
