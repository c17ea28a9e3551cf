-- Credit notes (domain.invoicing): corrections of issued invoices, never edits. Each line of a credit note takes
-- an amount off one invoice line. Invoice lines now keep what has been received and credited against them, so a
-- payment is shared among what each line still has outstanding, and a refund among what each has received.
ALTER TABLE invoice_line ADD COLUMN received_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoice_line ADD COLUMN credited_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_within_total
    CHECK (received_minor >= 0 AND credited_minor >= 0 AND received_minor + credited_minor <= total_minor);

CREATE TABLE credit_note (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    number             VARCHAR(40)  NOT NULL UNIQUE,
    invoice_id         VARCHAR(36)  NOT NULL REFERENCES invoice (id),
    issue_date         DATE         NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    total_minor        BIGINT       NOT NULL CHECK (total_minor > 0),
    refunded_minor     BIGINT       NOT NULL CHECK (refunded_minor >= 0 AND refunded_minor <= total_minor),
    currency_code      CHAR(3)      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(254) NOT NULL
);
CREATE INDEX credit_note_by_invoice ON credit_note (invoice_id, issue_date);

CREATE TABLE credit_note_line (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    credit_note_id  VARCHAR(36)  NOT NULL REFERENCES credit_note (id),
    line_no         INTEGER      NOT NULL,
    invoice_line_id VARCHAR(36)  NOT NULL REFERENCES invoice_line (id),
    amount_minor    BIGINT       NOT NULL CHECK (amount_minor > 0)
);
CREATE INDEX credit_note_line_by_note ON credit_note_line (credit_note_id, line_no);

-- An email's attachment may be a document printed when the email is sent (an invoice's PDF), named here.
ALTER TABLE outgoing_email ADD COLUMN attachment_printed_from VARCHAR(80);
