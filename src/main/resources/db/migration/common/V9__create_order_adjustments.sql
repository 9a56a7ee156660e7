-- Manual credits and debits on an order's items, each with its reason.
CREATE TABLE order_adjustments (
    id       UUID           PRIMARY KEY,
    order_id UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position INTEGER        NOT NULL,
    kind     VARCHAR(10)    NOT NULL,
    amount   NUMERIC(19, 4) NOT NULL,
    reason   VARCHAR(500)   NOT NULL
);

CREATE INDEX order_adjustments_order_idx ON order_adjustments (order_id, position);
