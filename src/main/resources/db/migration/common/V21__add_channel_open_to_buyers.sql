-- Whether buyers may start orders in a channel (staff may in any). Unless staff say otherwise, an internal
-- channel (orders written by staff, such as wholesale) is closed to buyers and any other channel is open.
ALTER TABLE channels ADD COLUMN open_to_buyers BOOLEAN DEFAULT TRUE NOT NULL;

UPDATE channels SET open_to_buyers = FALSE WHERE is_internal = TRUE;
