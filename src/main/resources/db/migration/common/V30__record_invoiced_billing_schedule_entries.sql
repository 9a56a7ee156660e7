-- The entries of an order's billing schedule that became invoices: each one once, whoever triggers it first.
CREATE TABLE scheduled_invoices (
    order_id   UUID         NOT NULL,
    entry_key  VARCHAR(300) NOT NULL,
    invoice_id UUID         NOT NULL,
    PRIMARY KEY (order_id, entry_key)
);
