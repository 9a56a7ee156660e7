-- Fulfilment: warehouses and their groups, stock levels per SKU and warehouse, the inventory history, shipments
-- with their lines and packages, and picklists. The fulfillment module owns these tables; nothing else reads them.

CREATE TABLE warehouses (
    id          UUID         PRIMARY KEY,
    code        VARCHAR(50)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    label       VARCHAR(100),
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200),
    city        VARCHAR(100) NOT NULL,
    region      VARCHAR(100),
    postal_code VARCHAR(20)  NOT NULL,
    country     CHAR(2)      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A warehouse group: the warehouses a channel's orders ship from, in the order they are tried.
CREATE TABLE warehouse_groups (
    id         UUID         PRIMARY KEY,
    code       VARCHAR(50)  NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE warehouse_group_members (
    group_id     UUID    NOT NULL REFERENCES warehouse_groups (id) ON DELETE CASCADE,
    warehouse_id UUID    NOT NULL REFERENCES warehouses (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (group_id, warehouse_id)
);

CREATE INDEX warehouse_group_members_warehouse_idx ON warehouse_group_members (warehouse_id);

-- What a warehouse holds of a SKU. available = on_hand - reserved; the check keeps it from going below zero
-- whatever the interleaving of transactions: a reservation is written only after the rows it takes from were
-- locked (SELECT ... FOR UPDATE, in SKU and warehouse order), and the database refuses any row that breaks it.
CREATE TABLE stock_levels (
    sku          VARCHAR(100) NOT NULL,
    warehouse_id UUID         NOT NULL REFERENCES warehouses (id),
    on_hand      INTEGER      NOT NULL,
    reserved     INTEGER      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sku, warehouse_id),
    CONSTRAINT stock_levels_never_oversold CHECK (reserved >= 0 AND reserved <= on_hand)
);

CREATE INDEX stock_levels_warehouse_idx ON stock_levels (warehouse_id, sku);

-- Every movement of stock: adjusted by hand, reserved for or released from a shipment, shipped, returned.
CREATE TABLE inventory_movements (
    id           UUID         PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    sku          VARCHAR(100) NOT NULL,
    warehouse_id UUID         NOT NULL,
    delta        INTEGER      NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500),
    order_id     UUID,
    shipment_id  UUID,
    actor        VARCHAR(200) NOT NULL
);

CREATE INDEX inventory_movements_sku_idx ON inventory_movements (sku, at, id);
CREATE INDEX inventory_movements_order_idx ON inventory_movements (order_id, at, id);

CREATE TABLE picklists (
    id         UUID         PRIMARY KEY,
    number     VARCHAR(30)  NOT NULL UNIQUE,
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A shipment: part of an order going to one address by one method, from one warehouse once it is assigned.
-- The address is a copy (the customer's address book never changes it). warehouse_group_id is the group it
-- reserves in, kept from the channel at placement.
CREATE TABLE shipments (
    id                   UUID         PRIMARY KEY,
    number               VARCHAR(60)  NOT NULL UNIQUE,
    order_id             UUID         NOT NULL,
    order_number         VARCHAR(50)  NOT NULL,
    position             INTEGER      NOT NULL,
    status               VARCHAR(30)  NOT NULL,
    label                VARCHAR(100),
    line1                VARCHAR(200) NOT NULL,
    line2                VARCHAR(200),
    city                 VARCHAR(100) NOT NULL,
    region               VARCHAR(100),
    postal_code          VARCHAR(20)  NOT NULL,
    country              CHAR(2)      NOT NULL,
    shipping_method_id   UUID,
    shipping_method_name VARCHAR(200),
    delivery_date        DATE,
    warehouse_group_id   UUID,
    warehouse_id         UUID,
    picklist_id          UUID REFERENCES picklists (id),
    carrier              VARCHAR(100),
    tracking_number      VARCHAR(100),
    tracking_url         VARCHAR(500),
    status_reason        VARCHAR(500),
    released_at          TIMESTAMP WITH TIME ZONE,
    shipped_at           TIMESTAMP WITH TIME ZONE,
    delivered_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX shipments_order_idx ON shipments (order_id, position);
CREATE INDEX shipments_status_idx ON shipments (status, created_at, id);
CREATE INDEX shipments_picklist_idx ON shipments (picklist_id);

-- What a shipment carries of the order's lines. tracks_inventory: the line reserves and takes stock (its
-- product tracks inventory); backorder / expected_date: it was sold before the stock existed.
CREATE TABLE shipment_lines (
    shipment_id      UUID         NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    line_id          UUID         NOT NULL,
    position         INTEGER      NOT NULL,
    sku              VARCHAR(100),
    title            VARCHAR(500) NOT NULL,
    quantity         INTEGER      NOT NULL,
    tracks_inventory BOOLEAN      NOT NULL,
    backorder        BOOLEAN      NOT NULL,
    expected_date    DATE,
    PRIMARY KEY (shipment_id, line_id)
);

CREATE INDEX shipment_lines_sku_idx ON shipment_lines (sku);

CREATE TABLE shipment_packages (
    shipment_id     UUID    NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    weight_grams    INTEGER,
    length_cm       INTEGER,
    width_cm        INTEGER,
    height_cm       INTEGER,
    tracking_number VARCHAR(100),
    PRIMARY KEY (shipment_id, position)
);

-- A product may be sold before its stock exists (a pre-order or backorder), with the date it is expected.
ALTER TABLE products ADD COLUMN allow_backorder BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE products ADD COLUMN expected_date DATE;

-- A channel may switch off the e-mails its customers get: the order confirmation and the shipping notice.
ALTER TABLE channels ADD COLUMN notify_order_confirmation BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE channels ADD COLUMN notify_shipped BOOLEAN DEFAULT TRUE NOT NULL;
