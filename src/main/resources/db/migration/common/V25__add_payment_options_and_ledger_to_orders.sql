-- How an order is paid and what the customer agreed to: its payment terms (copied from the customer), purchase
-- order number, a note to the customer, the terms text and the consents given (JSON: [{kind, grantedAt}]).
ALTER TABLE orders ADD COLUMN payment_terms VARCHAR(20);
ALTER TABLE orders ADD COLUMN purchase_order_number VARCHAR(100);
ALTER TABLE orders ADD COLUMN customer_note VARCHAR(10000);
ALTER TABLE orders ADD COLUMN terms VARCHAR(20000);
ALTER TABLE orders ADD COLUMN consents VARCHAR(10000) DEFAULT '[]' NOT NULL;

-- The payment ledger: money received (gross) and paid back, what is still due of the known total (kept on every
-- write, for the list) and the date the open invoice is due (overdue = something due after that date).
ALTER TABLE orders ADD COLUMN amount_paid NUMERIC(19, 4) DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN amount_refunded NUMERIC(19, 4) DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN amount_due NUMERIC(19, 4);
ALTER TABLE orders ADD COLUMN payment_due_date DATE;
UPDATE orders SET amount_due = total_amount;
CREATE INDEX orders_payment_status_idx ON orders (payment_status, created_at);
CREATE INDEX orders_payment_due_date_idx ON orders (payment_due_date);

-- Texts staff pick for an order's note to the customer (NOTE) or its terms (TERMS); names unique per kind.
CREATE TABLE text_templates (
    id          UUID            PRIMARY KEY,
    kind        VARCHAR(10)     NOT NULL,
    name        VARCHAR(100)    NOT NULL,
    name_key    VARCHAR(100)    NOT NULL,
    text        VARCHAR(20000)  NOT NULL,
    version     BIGINT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT text_templates_kind_name_key UNIQUE (kind, name_key)
);
