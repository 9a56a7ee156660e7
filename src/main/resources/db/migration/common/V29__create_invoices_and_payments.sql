-- Billing: invoices and credit notes, their gapless numbers, checkout links and payment transactions.

-- The last number issued per series (INV, CN) and year. The transaction that issues a number locks its row
-- (SELECT ... FOR UPDATE) and bumps it, so numbers have no gaps and no repeats, even across instances.
CREATE TABLE number_series (
    series      VARCHAR(10) NOT NULL,
    series_year INTEGER     NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (series, series_year)
);

-- An issued invoice or credit note. `document` is the snapshot the customer received (InvoiceDocument as JSON);
-- it never changes. The columns beside it are what lists filter on and what changes: status and amount due.
CREATE TABLE invoices (
    id                  UUID          PRIMARY KEY,
    number              VARCHAR(30)   NOT NULL UNIQUE,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    order_id            UUID,
    customer_id         UUID,
    billing_group_id    UUID,
    credited_invoice_id UUID,
    issue_date          DATE          NOT NULL,
    due_date            DATE          NOT NULL,
    currency            CHAR(3)       NOT NULL,
    total               NUMERIC(19,4) NOT NULL,
    amount_due          NUMERIC(19,4) NOT NULL,
    document            VARCHAR(1000000) NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX invoices_order_idx ON invoices (order_id);
CREATE INDEX invoices_customer_idx ON invoices (customer_id, issue_date);
CREATE INDEX invoices_status_due_idx ON invoices (status, due_date);

-- A checkout link: a capability URL. Only the SHA-256 of its token is stored; the token is derived from `nonce`
-- with the server's secret, so staff can copy the link again but the table alone opens nothing.
CREATE TABLE checkout_links (
    id          UUID         PRIMARY KEY,
    order_id    UUID         NOT NULL,
    invoice_id  UUID,
    nonce       VARCHAR(64)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    voided_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX checkout_links_order_idx ON checkout_links (order_id);

-- Money in and out: every sale, authorisation, capture and refund, with the provider's reference and outcome.
-- A refund points at the payment it returns money of (parent_id).
CREATE TABLE payment_transactions (
    id              UUID          PRIMARY KEY,
    order_id        UUID          NOT NULL,
    invoice_id      UUID,
    parent_id       UUID,
    kind            VARCHAR(20)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    method          VARCHAR(20)   NOT NULL,
    provider        VARCHAR(30),
    reference       VARCHAR(200),
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    reason          VARCHAR(500),
    error_code      VARCHAR(100),
    error_message   VARCHAR(500),
    created_by      VARCHAR(200),
    -- the order's id while this payment is in flight, else null: one payment at a time per order (a unique key
    -- both databases keep; two NULLs never clash), so two tabs cannot charge the customer twice
    pending_order_id UUID         UNIQUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX payment_transactions_order_idx ON payment_transactions (order_id, created_at);
CREATE INDEX payment_transactions_parent_idx ON payment_transactions (parent_id);
CREATE INDEX payment_transactions_reference_idx ON payment_transactions (provider, reference);

-- Billing's own secrets when none is configured (ORDINO_CHECKOUT_SECRET), made on first use so every instance
-- derives the same checkout tokens. Configure one in production: then this table holds nothing that opens a link.
CREATE TABLE billing_secrets (
    name   VARCHAR(50)  PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
