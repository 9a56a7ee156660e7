-- Products and their variants. A SKU is unique across products and variants, case-insensitively:
-- catalog_skus holds every SKU once so that two concurrent creates cannot both take it.
CREATE TABLE products (
    id              UUID            PRIMARY KEY,
    sku             VARCHAR(64)     NOT NULL,
    name            VARCHAR(200)    NOT NULL,
    description     VARCHAR(10000),
    purchasable     BOOLEAN         NOT NULL,
    currency        CHAR(3)         NOT NULL,
    price_amount    NUMERIC(19, 4)  NOT NULL,
    tooling_amount  NUMERIC(19, 4),
    lead_time_days  INTEGER,
    weight_grams    INTEGER,
    tax_class       VARCHAR(50),
    track_inventory BOOLEAN         NOT NULL,
    version         BIGINT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX products_name_idx ON products (name, id);

CREATE TABLE product_variants (
    id           UUID           PRIMARY KEY,
    product_id   UUID           NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position     INTEGER        NOT NULL,
    sku          VARCHAR(64)    NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    price_amount NUMERIC(19, 4)
);

CREATE INDEX product_variants_product_idx ON product_variants (product_id);

-- Monthly prices by contract length, for the product itself (variant_id null) or one variant.
CREATE TABLE product_contract_prices (
    product_id     UUID           NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    variant_id     UUID           REFERENCES product_variants (id) ON DELETE CASCADE,
    months         INTEGER        NOT NULL,
    monthly_amount NUMERIC(19, 4) NOT NULL
);

CREATE INDEX product_contract_prices_product_idx ON product_contract_prices (product_id);

CREATE TABLE catalog_skus (
    sku_key    VARCHAR(64) PRIMARY KEY,
    product_id UUID        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    variant_id UUID
);
