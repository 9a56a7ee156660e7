-- Tax zones: a country, optionally one region, and its rates per tax class (JSON, see docs/adr/0003).
-- region_key is the lower-cased region or '' so that a country has one zone per region and one for itself.
CREATE TABLE tax_zones (
    id         UUID          PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    country    CHAR(2)       NOT NULL,
    region     VARCHAR(100),
    region_key VARCHAR(100)  NOT NULL,
    zone_key   VARCHAR(110)  NOT NULL,
    rates      VARCHAR(20000) NOT NULL,
    version    BIGINT        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tax_zones_destination_key UNIQUE (country, region_key)
);

CREATE INDEX tax_zones_zone_key_idx ON tax_zones (zone_key, id);
