-- Reminders sent for overdue invoices: one row per invoice and stage (7 and 21 days overdue), so each is sent once
-- whatever servers and sweeps run.
CREATE TABLE invoice_reminder (
    id           VARCHAR(50) NOT NULL PRIMARY KEY,
    invoice_id   VARCHAR(36) NOT NULL REFERENCES invoice (id),
    days_overdue INTEGER     NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invoice_reminder_once UNIQUE (invoice_id, days_overdue)
);
