-- Which side submitted an order for review, BUYER or STAFF: retracting belongs to that side. NULL while the
-- order is not submitted, and for orders submitted before this was recorded (either side may retract those).
ALTER TABLE orders ADD COLUMN submitted_by VARCHAR(10);
