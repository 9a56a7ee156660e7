-- Users (staff, and buyers of one customer) and API tokens. A token is stored as the SHA-256 of its secret.
CREATE TABLE users (
    id            UUID          PRIMARY KEY,
    email         VARCHAR(254)  NOT NULL,
    email_key     VARCHAR(254)  NOT NULL UNIQUE,
    name          VARCHAR(200)  NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    customer_id   UUID,
    password_hash VARCHAR(200),
    active        BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_tokens (
    id         UUID          PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    token_hash CHAR(64)      NOT NULL UNIQUE,
    scopes     VARCHAR(1000) NOT NULL,
    user_id    UUID          REFERENCES users (id),
    expires_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_tokens_created_idx ON api_tokens (created_at, id);
