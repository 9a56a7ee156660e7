-- The store (ShipStation's storeId) or channel at the 3PL a channel's orders go to (Luminous, step 2: select the
-- appropriate store or channel within ShipStation or the WMS); none: the integration's own.
ALTER TABLE channels ADD COLUMN order_push_store VARCHAR(100);
