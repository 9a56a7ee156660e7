-- The orders search (`q`) looks for a fragment anywhere in an order's number, reference id, customer name,
-- contact and e-mail, or in a line's title and SKU: LIKE '%fragment%', which a B-tree cannot serve. Trigram
-- indexes can. One index over all the fields of an order (and one over a line's), joined with a line feed
-- that no search box sends, so a write updates one search index instead of five. The expressions must stay
-- exactly as Orders.search writes them, or the planner will not use the indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX orders_search_idx ON orders USING gin (lower(
    number_key || E'\n' || coalesce(reference_id, '') || E'\n' || coalesce(customer_name, '') || E'\n'
    || coalesce(customer_contact, '') || E'\n' || coalesce(customer_email, '')) gin_trgm_ops);

CREATE INDEX order_lines_search_idx ON order_lines USING gin (lower(
    title || E'\n' || coalesce(sku, '')) gin_trgm_ops);
