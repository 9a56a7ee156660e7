-- Promotions and pricing rules: the keys looked up as columns, the rest as JSON (see docs/adr/0003).
CREATE TABLE promotions (
    id          UUID           PRIMARY KEY,
    name        VARCHAR(200)   NOT NULL,
    scope       VARCHAR(10)    NOT NULL,
    coupon_code VARCHAR(40)    UNIQUE,
    body        VARCHAR(100000) NOT NULL,
    version     BIGINT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX promotions_name_idx ON promotions (name, id);

CREATE TABLE promotion_products (
    promotion_id UUID NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
    product_id   UUID NOT NULL,
    PRIMARY KEY (promotion_id, product_id)
);

CREATE INDEX promotion_products_product_idx ON promotion_products (product_id);

-- One row per order that used a promotion: counted when the order leaves the draft, removed when it comes
-- back or ends unfulfilled. Usage limits count these rows under a lock on the promotion's row.
CREATE TABLE promotion_redemptions (
    promotion_id UUID NOT NULL REFERENCES promotions (id),
    order_id     UUID NOT NULL,
    customer_id  UUID,
    redeemed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (promotion_id, order_id)
);

CREATE INDEX promotion_redemptions_order_idx ON promotion_redemptions (order_id);

CREATE TABLE pricing_rules (
    id         UUID           PRIMARY KEY,
    name       VARCHAR(200)   NOT NULL,
    body       VARCHAR(100000) NOT NULL,
    version    BIGINT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX pricing_rules_name_idx ON pricing_rules (name, id);
