-- The day an order's standard delivery schedule counts lead times from, when that is later than its order
-- date: the day a draft was last changed, kept once it leaves the draft (a back-dated order no longer gets
-- standard dates in the past). NULL for orders stored before: they count from their order date.
ALTER TABLE orders ADD COLUMN schedule_from DATE;
