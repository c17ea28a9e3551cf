-- The co-op's books: double entry, only ever added to (domain.ledger). One row per business event, unique per
-- event so that an event retried or raced is posted once; its postings, each a positive amount on one side.
CREATE TABLE ledger_transaction (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    posted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type    VARCHAR(60)  NOT NULL,
    event_id      VARCHAR(80)  NOT NULL,
    description   VARCHAR(300) NOT NULL,
    reverses_id   VARCHAR(36)  REFERENCES ledger_transaction (id),
    currency_code CHAR(3)      NOT NULL,
    CONSTRAINT ledger_one_transaction_per_event UNIQUE (event_type, event_id)
);

CREATE TABLE ledger_posting (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    transaction_id VARCHAR(36) NOT NULL REFERENCES ledger_transaction (id),
    account        VARCHAR(80) NOT NULL,
    side           VARCHAR(6)  NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
    amount_minor   BIGINT      NOT NULL CHECK (amount_minor > 0)
);
CREATE INDEX ledger_posting_by_account ON ledger_posting (account);
CREATE INDEX ledger_posting_by_transaction ON ledger_posting (transaction_id);
