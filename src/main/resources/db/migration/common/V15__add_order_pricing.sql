-- What an order and its lines are priced with beyond unit prices (tax setting and rates, deposit, shipping,
-- parcel, promotions and coupons; a line's price source, tax class, pricing rule, promotions and who
-- overrode its price). Snapshots that are read and written with their order, never queried on their own:
-- stored as JSON text (see docs/adr/0003).
ALTER TABLE orders ADD COLUMN pricing VARCHAR(100000) DEFAULT '{"taxesEnabled":true,"pricesIncludeTax":false}' NOT NULL;
ALTER TABLE order_lines ADD COLUMN pricing VARCHAR(20000) DEFAULT '{}' NOT NULL;
