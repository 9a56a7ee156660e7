CREATE SEQUENCE order_number_seq START WITH 100001;

-- ORDER is a reserved word. Customer fields are a snapshot taken when the customer is set, so that lists
-- and search never read another module's tables; addresses are copies, not references.
CREATE TABLE orders (
    id                      UUID            PRIMARY KEY,
    number                  VARCHAR(40)     NOT NULL,
    number_key              VARCHAR(40)     NOT NULL UNIQUE,
    status                  VARCHAR(30)     NOT NULL,
    payment_status          VARCHAR(30)     NOT NULL,
    fulfillment_status      VARCHAR(30)     NOT NULL,
    channel_id              UUID,
    customer_id             UUID,
    customer_type           VARCHAR(20),
    customer_email          VARCHAR(254),
    customer_name           VARCHAR(300),
    customer_contact        VARCHAR(300),
    currency                CHAR(3)         NOT NULL,
    order_date              DATE            NOT NULL,
    reference_id            VARCHAR(100),
    notes                   VARCHAR(10000),
    details_format          VARCHAR(10),
    details_content         VARCHAR(100000),
    billing_label           VARCHAR(100),
    billing_line1           VARCHAR(200),
    billing_line2           VARCHAR(200),
    billing_city            VARCHAR(100),
    billing_region          VARCHAR(100),
    billing_postal_code     VARCHAR(20),
    billing_country         CHAR(2),
    shipping_label          VARCHAR(100),
    shipping_line1          VARCHAR(200),
    shipping_line2          VARCHAR(200),
    shipping_city           VARCHAR(100),
    shipping_region         VARCHAR(100),
    shipping_postal_code    VARCHAR(20),
    shipping_country        CHAR(2),
    subtotal_amount         NUMERIC(19, 4)  NOT NULL,
    total_amount            NUMERIC(19, 4)  NOT NULL,
    version                 BIGINT          NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX orders_created_idx ON orders (created_at, id);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_status_idx ON orders (status, created_at);

CREATE TABLE order_lines (
    id                  UUID            PRIMARY KEY,
    order_id            UUID            NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position            INTEGER         NOT NULL,
    product_id          UUID,
    variant_id          UUID,
    sku                 VARCHAR(64),
    title               VARCHAR(200)    NOT NULL,
    quantity            INTEGER         NOT NULL,
    unit_price_amount   NUMERIC(19, 4)  NOT NULL,
    placed_price_amount NUMERIC(19, 4),
    contract_months     INTEGER,
    delivery_mode       VARCHAR(10)     NOT NULL,
    custom              BOOLEAN         NOT NULL,
    taxable             BOOLEAN         NOT NULL,
    weight_grams        INTEGER,
    lead_time_days      INTEGER,
    tooling_amount      NUMERIC(19, 4)
);

CREATE INDEX order_lines_order_idx ON order_lines (order_id);

-- A delivery split: part of a line's quantity to one location on one date. location_id names the
-- customer's address it was taken from (if any); the address itself is copied.
CREATE TABLE order_line_splits (
    id            UUID         PRIMARY KEY,
    line_id       UUID         NOT NULL REFERENCES order_lines (id) ON DELETE CASCADE,
    order_id      UUID         NOT NULL,
    position      INTEGER      NOT NULL,
    location_id   UUID,
    label         VARCHAR(100),
    line1         VARCHAR(200) NOT NULL,
    line2         VARCHAR(200),
    city          VARCHAR(100) NOT NULL,
    region        VARCHAR(100),
    postal_code   VARCHAR(20)  NOT NULL,
    country       CHAR(2)      NOT NULL,
    quantity      INTEGER      NOT NULL,
    delivery_date DATE
);

CREATE INDEX order_line_splits_order_idx ON order_line_splits (order_id);

CREATE TABLE order_notes (
    id         UUID           PRIMARY KEY,
    order_id   UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    text       VARCHAR(10000) NOT NULL,
    author     VARCHAR(200)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX order_notes_order_idx ON order_notes (order_id, created_at);
