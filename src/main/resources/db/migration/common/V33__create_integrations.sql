-- Channel integrations (Luminous): the OMS, 3PL and accounting systems orders and invoices are pushed to, every
-- push and each of its attempts, and the fulfilment updates that came back. The integrations module owns these
-- tables; the channel's push, mapping and invoicing settings are the channel's (channels table).

-- An integration: where to push (base_url) and how. settings: the JSON of its settings that are not secret
-- (storeId, realmId, extra headers' names); secrets: the JSON of its secret ones (API key and secret, access token,
-- header values), encrypted (AES-GCM, ORDINO_SECRETS_KEY) and never read back through the API. inbound_secret: the
-- secret in its inbound URL, encrypted too. throttled_until: the integration told us to wait (429) until then.
CREATE TABLE integrations (
    id              UUID          PRIMARY KEY,
    type            VARCHAR(20)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    base_url        VARCHAR(2000) NOT NULL,
    settings        TEXT          NOT NULL,
    secrets         TEXT,
    inbound_secret  TEXT          NOT NULL,
    throttled_until TIMESTAMP WITH TIME ZONE,
    polled_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A push: one order (kind ORDER) or one invoice (kind INVOICE) kept in step with one integration. external_key is
-- what the far side knows it by (ShipStation's orderKey, QuickBooks' requestid): the same on every attempt, so a
-- retry after a timeout updates instead of duplicating. revision moves on with every change that needs sending
-- (an edit, a cancellation); sent_revision is the last one the far side acknowledged; failures: attempts that
-- failed in a row (a push gives up after ordino.integrations.max-attempts). leased_until: an instance is
-- sending it until then (one at a time; after a crash another takes it over once the lease ran out).
CREATE TABLE integration_pushes (
    id                   UUID          PRIMARY KEY,
    integration_id       UUID          NOT NULL REFERENCES integrations (id),
    order_id             UUID          NOT NULL,
    order_number         VARCHAR(50)   NOT NULL,
    invoice_id           UUID,
    kind                 VARCHAR(10)   NOT NULL,
    external_key         VARCHAR(100)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    attempts             INTEGER       DEFAULT 0 NOT NULL,
    failures             INTEGER       DEFAULT 0 NOT NULL,
    last_response_status INTEGER,
    last_error           VARCHAR(2000),
    external_id          VARCHAR(200),
    due_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until         TIMESTAMP WITH TIME ZONE,
    revision             INTEGER       NOT NULL,
    sent_revision        INTEGER,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT integration_pushes_key UNIQUE (integration_id, external_key)
);

CREATE INDEX integration_pushes_order_idx ON integration_pushes (order_id);
CREATE INDEX integration_pushes_due_idx ON integration_pushes (status, due_at);

-- Every attempt of a push, as it went: the response status, the far side's id, the error, how long it took.
CREATE TABLE integration_push_attempts (
    id              UUID          PRIMARY KEY,
    push_id         UUID          NOT NULL REFERENCES integration_pushes (id),
    attempt         INTEGER       NOT NULL,
    revision        INTEGER       NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    response_status INTEGER,
    external_id     VARCHAR(200),
    error           VARCHAR(2000),
    duration_ms     BIGINT        NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX integration_push_attempts_push_idx ON integration_push_attempts (push_id, attempt);

-- A fulfilment update that came in (ShipStation's SHIP_NOTIFY, or found by polling): kept whatever became of it,
-- so an update for an order Ordino does not know is shown, not dropped.
CREATE TABLE integration_inbound_updates (
    id             UUID          PRIMARY KEY,
    integration_id UUID          NOT NULL REFERENCES integrations (id),
    source         VARCHAR(20)   NOT NULL,
    resource_type  VARCHAR(100),
    resource_url   VARCHAR(2000),
    external_key   VARCHAR(100),
    order_id       UUID,
    order_number   VARCHAR(50),
    tracking_number VARCHAR(100),
    carrier        VARCHAR(100),
    status         VARCHAR(20)   NOT NULL,
    detail         VARCHAR(2000),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX integration_inbound_updates_integration_idx ON integration_inbound_updates (integration_id, received_at);
CREATE INDEX integration_inbound_updates_order_idx ON integration_inbound_updates (order_id);

-- The channel's integration settings (Luminous, steps 2 to 4): where its orders are pushed and after how many
-- minutes, whether fulfilment updates come back, the outgoing custom field mapping (JSON: [{source, target}]),
-- and when invoices are made and where they are booked.
ALTER TABLE channels ADD COLUMN order_push_integration_id UUID;
ALTER TABLE channels ADD COLUMN order_push_delay_minutes INTEGER;
ALTER TABLE channels ADD COLUMN push_fulfillment_updates BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE channels ADD COLUMN field_mappings TEXT DEFAULT '[]' NOT NULL;
ALTER TABLE channels ADD COLUMN invoice_timing VARCHAR(20);
ALTER TABLE channels ADD COLUMN invoice_flow VARCHAR(20);
ALTER TABLE channels ADD COLUMN accounting_integration_id UUID;
