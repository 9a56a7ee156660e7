-- Billing groups gather business customers whose subscriptions are invoiced together.
CREATE TABLE billing_groups (
    id         UUID         PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX billing_groups_name_idx ON billing_groups (name, id);

-- email_key is the lower-cased e-mail: one customer per e-mail address, whatever its case.
CREATE TABLE customers (
    id               UUID         PRIMARY KEY,
    type             VARCHAR(20)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    email_key        VARCHAR(254) NOT NULL UNIQUE,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    phone            VARCHAR(40),
    company_name     VARCHAR(200),
    payment_terms    VARCHAR(20)  NOT NULL,
    billing_group_id UUID         REFERENCES billing_groups (id),
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customers_created_idx ON customers (created_at, id);
CREATE INDEX customers_last_name_idx ON customers (last_name, id);
CREATE INDEX customers_billing_group_idx ON customers (billing_group_id);

-- The address book; every address doubles as a delivery location (a named ship-to site). An address
-- keeps its id for life: orders remember which entry a delivery split was copied from.
CREATE TABLE customer_addresses (
    id          UUID         PRIMARY KEY,
    customer_id UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    label       VARCHAR(100),
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200),
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100),
    postal_code VARCHAR(20)  NOT NULL,
    country     CHAR(2)      NOT NULL
);

CREATE INDEX customer_addresses_customer_idx ON customer_addresses (customer_id, position);
