-- Costs beside the items (freight, certification); a null amount means "to be determined".
CREATE TABLE order_other_costs (
    id          UUID           PRIMARY KEY,
    order_id    UUID           NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position    INTEGER        NOT NULL,
    description VARCHAR(500)   NOT NULL,
    amount      NUMERIC(19, 4)
);

CREATE INDEX order_other_costs_order_idx ON order_other_costs (order_id, position);
