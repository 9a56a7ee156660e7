-- Quantity breaks of a product's list price.
CREATE TABLE product_volume_tiers (
    product_id   UUID           NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    min_quantity INTEGER        NOT NULL,
    unit_amount  NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (product_id, min_quantity)
);

-- Price lists (wholesale, key accounts) in one currency; an entry per SKU, keyed ignoring case, with its own
-- quantity breaks as JSON (see docs/adr/0003). Entries of a SKU that leaves the catalog stay harmless: the
-- SKU no longer sells.
CREATE TABLE price_lists (
    id          UUID          PRIMARY KEY,
    code        VARCHAR(50)   NOT NULL UNIQUE,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    currency    CHAR(3)       NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE price_list_entries (
    price_list_id UUID           NOT NULL REFERENCES price_lists (id) ON DELETE CASCADE,
    sku_key       VARCHAR(64)    NOT NULL,
    position      INTEGER        NOT NULL,
    sku           VARCHAR(64)    NOT NULL,
    price_amount  NUMERIC(19, 4) NOT NULL,
    tiers         VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (price_list_id, sku_key)
);
