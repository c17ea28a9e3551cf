-- The co-op's own bank account, which customers pay invoices into by bank transfer: public payee details printed
-- on every invoice, so kept in the clear (members' bank details are sealed elsewhere). All three set, or none.
ALTER TABLE cooperative ADD COLUMN bank_account_name VARCHAR(70);
ALTER TABLE cooperative ADD COLUMN bank_sort_code VARCHAR(6);
ALTER TABLE cooperative ADD COLUMN bank_account_number VARCHAR(8);
