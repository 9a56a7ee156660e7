-- Payment methods on file: the provider's token of a card (pm_...), with what people tell cards apart by (brand,
-- last four digits, expiry). Never a card number.
CREATE TABLE customer_payment_methods (
    id                   UUID         PRIMARY KEY,
    customer_id          UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    provider             VARCHAR(40)  NOT NULL,
    token                VARCHAR(255) NOT NULL,
    provider_customer_id VARCHAR(255),
    brand                VARCHAR(40)  NOT NULL,
    last4                VARCHAR(4)   NOT NULL,
    exp_month            INTEGER      NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year             INTEGER      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX customer_payment_methods_customer_idx ON customer_payment_methods (customer_id, created_at);
