-- Sales channels. code is stored lower-cased: one channel per code, whatever its case.
CREATE TABLE channels (
    id                       UUID            PRIMARY KEY,
    code                     VARCHAR(50)     NOT NULL UNIQUE,
    name                     VARCHAR(200)    NOT NULL,
    description              VARCHAR(2000),
    is_internal              BOOLEAN         NOT NULL,
    workflow                 VARCHAR(20)     NOT NULL,
    requires_terms           BOOLEAN         NOT NULL,
    terms_version            VARCHAR(50),
    terms_text               VARCHAR(100000),
    requires_billing_address BOOLEAN         NOT NULL,
    -- A warehouse group of the fulfillment module (which arrives later): no foreign key yet.
    warehouse_group_id       UUID,
    version                  BIGINT          NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX channels_name_idx ON channels (name, id);
CREATE INDEX channels_created_idx ON channels (created_at, id);

-- A channel's tags, trimmed and unique ignoring case, in the order given.
CREATE TABLE channel_tags (
    channel_id UUID        NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    tag        VARCHAR(50) NOT NULL,
    PRIMARY KEY (channel_id, position)
);

-- The default channel: orders that name no channel go here and are placed directly. Its id is fixed
-- (ChannelManagement.DEFAULT_CHANNEL_ID) and its code cannot be changed.
INSERT INTO channels (id, code, name, description, is_internal, workflow, requires_terms, terms_version,
    terms_text, requires_billing_address, warehouse_group_id, version, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'default', 'Default', 'Orders that name no channel', FALSE,
    'DIRECT', FALSE, NULL, NULL, FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
