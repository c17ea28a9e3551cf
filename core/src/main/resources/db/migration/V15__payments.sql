-- Money received against invoices (bank transfer, cash, cheque; card payments later). Each is posted to the
-- ledger with the members' shares of it, in the same transaction.
CREATE TABLE payment (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    invoice_id    VARCHAR(36)  NOT NULL REFERENCES invoice (id),
    method        VARCHAR(20)  NOT NULL,
    amount_minor  BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency_code CHAR(3)      NOT NULL,
    received_on   DATE         NOT NULL,
    reference     VARCHAR(100),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(254) NOT NULL
);
CREATE INDEX payment_by_invoice ON payment (invoice_id, received_on);
