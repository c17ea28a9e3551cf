-- Staff change customers' details (name, e-mail, address, organisation, invoicing on terms).
--
-- An issued invoice keeps the name and address it was made out to: a change afterwards never rewrites it. Invoices
-- issued before this script take the customer's details as they are now (nothing had changed them before).
ALTER TABLE invoice ADD COLUMN billed_name VARCHAR(200);
ALTER TABLE invoice ADD COLUMN billed_organisation VARCHAR(200);
ALTER TABLE invoice ADD COLUMN billed_email VARCHAR(254);
ALTER TABLE invoice ADD COLUMN billed_address_line1 VARCHAR(200);
ALTER TABLE invoice ADD COLUMN billed_address_line2 VARCHAR(200);
ALTER TABLE invoice ADD COLUMN billed_address_town VARCHAR(100);
ALTER TABLE invoice ADD COLUMN billed_address_postcode VARCHAR(10);
UPDATE invoice SET
    billed_name = (SELECT c.name FROM customer c WHERE c.id = invoice.customer_id),
    billed_organisation = (SELECT c.organisation FROM customer c WHERE c.id = invoice.customer_id),
    billed_email = (SELECT c.email FROM customer c WHERE c.id = invoice.customer_id),
    billed_address_line1 = (SELECT c.address_line1 FROM customer c WHERE c.id = invoice.customer_id),
    billed_address_line2 = (SELECT c.address_line2 FROM customer c WHERE c.id = invoice.customer_id),
    billed_address_town = (SELECT c.address_town FROM customer c WHERE c.id = invoice.customer_id),
    billed_address_postcode = (SELECT c.address_postcode FROM customer c WHERE c.id = invoice.customer_id);
ALTER TABLE invoice ALTER COLUMN billed_name SET NOT NULL;
ALTER TABLE invoice ALTER COLUMN billed_email SET NOT NULL;
ALTER TABLE invoice ALTER COLUMN billed_address_line1 SET NOT NULL;
ALTER TABLE invoice ALTER COLUMN billed_address_town SET NOT NULL;
ALTER TABLE invoice ALTER COLUMN billed_address_postcode SET NOT NULL;

-- What staff change of a customer's details is audited like what they do for a member: each entry is for a member
-- or for a customer.
ALTER TABLE audit_entry ADD COLUMN customer_id VARCHAR(36) REFERENCES customer (id);
ALTER TABLE audit_entry ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_for_someone CHECK (member_id IS NOT NULL OR customer_id IS NOT NULL);
CREATE INDEX audit_entry_by_customer ON audit_entry (customer_id, occurred_at);
