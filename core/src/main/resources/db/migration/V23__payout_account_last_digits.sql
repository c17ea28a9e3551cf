-- Members' remittance advices (issue 5): the last digits of the bank account each pay-out went to, kept in the
-- clear as payout_method keeps them, so the advice and its email show the account masked without opening the
-- sealed numbers.
ALTER TABLE payout ADD COLUMN sort_code_last VARCHAR(2);
ALTER TABLE payout ADD COLUMN account_number_last VARCHAR(4);

-- Pay-outs made before: from the member's pay-out method while it still holds the same sealed account (the pay-out
-- copied its sealed numbers from there). Any other is shown by the name on the account only.
UPDATE payout SET
    sort_code_last = (SELECT m.sort_code_last FROM payout_method m
        WHERE m.member_id = payout.member_id AND m.account_number_sealed = payout.account_number_sealed),
    account_number_last = (SELECT m.account_number_last FROM payout_method m
        WHERE m.member_id = payout.member_id AND m.account_number_sealed = payout.account_number_sealed)
WHERE account_number_sealed IS NOT NULL;
