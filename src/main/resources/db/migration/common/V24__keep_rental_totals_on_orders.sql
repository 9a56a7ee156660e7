-- What an order with rental lines costs a month (with that month's tax) and over its contracts, for the order
-- list. NULL on an order without rentals, and on orders stored before this until they are next stored.
ALTER TABLE orders ADD COLUMN monthly_total_amount NUMERIC(19, 4);
ALTER TABLE orders ADD COLUMN monthly_tax_amount NUMERIC(19, 4);
ALTER TABLE orders ADD COLUMN contract_value_amount NUMERIC(19, 4);
