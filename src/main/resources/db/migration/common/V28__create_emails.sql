-- The e-mail outbox: every e-mail the system sent or means to send, stored in the transaction that queued it, so
-- it goes out only if that transaction commits. A QUEUED row is due at next_attempt_at; an instance that takes it
-- moves next_attempt_at forward first (a lease), so another instance does not send it too.
CREATE TABLE emails (
    id              UUID          PRIMARY KEY,
    to_address      VARCHAR(320)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT,
    kind            VARCHAR(50)   NOT NULL,
    order_id        UUID,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX emails_created_at_idx ON emails (created_at, id);
CREATE INDEX emails_order_id_idx ON emails (order_id, created_at);
CREATE INDEX emails_due_idx ON emails (status, next_attempt_at);

CREATE TABLE email_attachments (
    email_id     UUID          NOT NULL REFERENCES emails (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    filename     VARCHAR(255)  NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size         BIGINT        NOT NULL,
    content      BYTEA         NOT NULL,
    PRIMARY KEY (email_id, position)
);
