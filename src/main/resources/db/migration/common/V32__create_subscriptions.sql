-- Subscriptions (FlexPortal): a rental order's units fulfilled by serial number, their contract terms, and the
-- monthly charges the billing runs invoice. The subscriptions module owns these tables.

-- How many units of a rental line have a subscription: such a line no longer changes, and its order is fulfilled
-- as they are subscribed. shipped_status: how far the order's shipments (its goods) have gone, as fulfilment
-- reports it; the order's fulfillment_status combines both.
ALTER TABLE order_lines ADD COLUMN subscribed_quantity INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN shipped_status VARCHAR(30) DEFAULT 'UNFULFILLED' NOT NULL;

-- A subscription: one unit of a rental line with the asset (serial number) that fulfils it. Customer, product,
-- monthly price and contract length are copied from the order when it is made and never follow later edits.
-- active_serial is the serial while the subscription is ACTIVE and NULL after: its unique constraint keeps a serial
-- on at most one active subscription (both databases allow many NULLs).
CREATE TABLE subscriptions (
    id               UUID          PRIMARY KEY,
    number           VARCHAR(60)   NOT NULL UNIQUE,
    order_id         UUID          NOT NULL,
    order_number     VARCHAR(50)   NOT NULL,
    line_id          UUID          NOT NULL,
    customer_id      UUID          NOT NULL,
    customer_name    VARCHAR(300),
    customer_email   VARCHAR(320),
    customer_type    VARCHAR(20)   NOT NULL,
    billing_group_id UUID,
    product_id       UUID,
    variant_id       UUID,
    sku              VARCHAR(100),
    title            VARCHAR(500)  NOT NULL,
    serial_number    VARCHAR(100)  NOT NULL,
    active_serial    VARCHAR(100)  UNIQUE,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    contract_months  INTEGER       NOT NULL,
    extended_months  INTEGER       DEFAULT 0 NOT NULL,
    monthly_amount   NUMERIC(19,4) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    cancel_reason    VARCHAR(500),
    cancelled_on     DATE,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX subscriptions_order_idx ON subscriptions (order_id, line_id);
CREATE INDEX subscriptions_customer_idx ON subscriptions (customer_id, status);
CREATE INDEX subscriptions_status_end_idx ON subscriptions (status, end_date);
CREATE INDEX subscriptions_serial_idx ON subscriptions (serial_number);

-- A billing run: the recurring charges of one date, invoiced.
CREATE TABLE billing_runs (
    id         UUID         PRIMARY KEY,
    run_date   DATE         NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One month (or part of one) of a subscription, charged once: the primary key makes a second run of the same
-- period, on this instance or another, insert nothing.
CREATE TABLE subscription_charges (
    subscription_id UUID          NOT NULL REFERENCES subscriptions (id),
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    billing_run_id  UUID          REFERENCES billing_runs (id),
    invoice_id      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscription_id, period_start)
);

CREATE INDEX subscription_charges_run_idx ON subscription_charges (billing_run_id);

-- Registered assets (optional): a serial known to belong to a product, in stock, rented or retired.
CREATE TABLE assets (
    id            UUID         PRIMARY KEY,
    serial_number VARCHAR(100) NOT NULL UNIQUE,
    product_id    UUID         NOT NULL,
    variant_id    UUID,
    status        VARCHAR(20)  NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX assets_product_idx ON assets (product_id, status);

-- A billing group's consolidated invoices are listed by the group (GET /invoices?billingGroupId=).
CREATE INDEX invoices_billing_group_idx ON invoices (billing_group_id, issue_date);
