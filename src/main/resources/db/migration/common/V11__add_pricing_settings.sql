-- A channel's pricing policy: its price list, whether its prices include tax, a deposit on acceptance.
ALTER TABLE channels ADD COLUMN price_list_id UUID;
ALTER TABLE channels ADD COLUMN prices_include_tax BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE channels ADD COLUMN deposit_percent INTEGER;

-- A customer's price list and tax exemption.
ALTER TABLE customers ADD COLUMN price_list_id UUID;
ALTER TABLE customers ADD COLUMN tax_exempt BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE customers ADD COLUMN tax_exemption_number VARCHAR(50);
