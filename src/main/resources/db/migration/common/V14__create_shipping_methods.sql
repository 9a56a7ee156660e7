-- Shipping methods: countries they ship to and their rate table as JSON (see docs/adr/0003).
CREATE TABLE shipping_methods (
    id         UUID           PRIMARY KEY,
    code       VARCHAR(50)    NOT NULL UNIQUE,
    name       VARCHAR(200)   NOT NULL,
    carrier    VARCHAR(100),
    active     BOOLEAN        NOT NULL,
    countries  VARCHAR(2000)  NOT NULL,
    basis      VARCHAR(20)    NOT NULL,
    currency   CHAR(3)        NOT NULL,
    rates      VARCHAR(20000) NOT NULL,
    version    BIGINT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
