-- VAT, for a co-op that is VAT registered: each invoice line keeps its rate and VAT, and, of what it has received
-- and had credited, the part that is its price before VAT (members' money; the rest is VAT owed to HMRC).
ALTER TABLE invoice_line ADD COLUMN vat_rate_bp INTEGER;
ALTER TABLE invoice_line ADD COLUMN vat_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoice_line ADD COLUMN received_net_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoice_line ADD COLUMN credited_net_minor BIGINT DEFAULT 0 NOT NULL;
-- Lines paid before this migration had no VAT: all they received was their price.
UPDATE invoice_line SET received_net_minor = received_minor, credited_net_minor = credited_minor;
ALTER TABLE invoice_line DROP CONSTRAINT invoice_line_within_total;
ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_within_gross
    CHECK (received_minor >= 0 AND credited_minor >= 0 AND received_minor + credited_minor <= total_minor + vat_minor);

-- The co-op's invoicing terms, set on the settings page (empty: the installation's defaults, INVOICE_PREFIX and
-- PAYMENT_TERMS_DAYS); a VAT number means the co-op is VAT registered and charges VAT at vat_rate_bp (2000 = 20%).
ALTER TABLE cooperative ADD COLUMN invoice_prefix VARCHAR(10);
ALTER TABLE cooperative ADD COLUMN payment_terms_days INTEGER;
ALTER TABLE cooperative ADD COLUMN vat_number VARCHAR(20);
ALTER TABLE cooperative ADD COLUMN vat_rate_bp INTEGER;

-- The VAT number an invoice was issued under (printed on it for good, whatever the co-op's number later).
ALTER TABLE invoice ADD COLUMN vat_number VARCHAR(20);

-- Of each amount a credit note takes off a line, the part that is the line's price before VAT.
ALTER TABLE credit_note_line ADD COLUMN net_minor BIGINT;
UPDATE credit_note_line SET net_minor = amount_minor;
ALTER TABLE credit_note_line ALTER COLUMN net_minor SET NOT NULL;
