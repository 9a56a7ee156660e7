-- Idempotency-Key on POST: per caller (scope) and key, the hash of the first request and, once it succeeded,
-- its response. A row is claimed (IN_PROGRESS) in a short transaction of its own and completed in the same
-- transaction as the business change, so a committed change always has its response stored. Rows are kept
-- at least 24 hours; a scheduled cleanup deletes older ones.
CREATE TABLE idempotency_keys (
    scope            VARCHAR(200) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    state            VARCHAR(20)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status  INTEGER,
    response_headers VARCHAR(4000),
    response_body    TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
