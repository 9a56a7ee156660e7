-- Every foreign key gets an index on its referencing column(s). Without one, deleting or re-keying a
-- referenced row makes the database scan the whole referencing table: rewriting an order's lines checked
-- order_line_splits.line_id by reading all 1.5 million splits of the load-test data, once per line
-- (SchemaIntegrationTests keeps this true for new keys on PostgreSQL).
CREATE INDEX order_line_splits_line_idx ON order_line_splits (line_id);
CREATE INDEX catalog_skus_product_idx ON catalog_skus (product_id);
CREATE INDEX product_contract_prices_variant_idx ON product_contract_prices (variant_id);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);
