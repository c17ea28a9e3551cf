-- The outbox: emails written in the same transaction as the change they report, sent afterwards
-- by a background worker. A worker takes an email by setting claimed_until with one conditional
-- UPDATE, so with several servers on one database each email is sent by one of them.
CREATE TABLE outgoing_email (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    topic             VARCHAR(60)    NOT NULL,
    reference         VARCHAR(36),
    recipient_address VARCHAR(320)   NOT NULL,
    recipient_name    VARCHAR(200),
    subject           VARCHAR(300)   NOT NULL,
    body              VARCHAR(20000) NOT NULL,
    attachment_name   VARCHAR(100),
    attachment_type   VARCHAR(100),
    attachment_text   VARCHAR(100000),
    status            VARCHAR(10)    NOT NULL,
    attempts          INTEGER        NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until     TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    version           BIGINT         NOT NULL,
    CONSTRAINT outgoing_email_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT outgoing_email_attempts CHECK (attempts >= 0)
);

-- The worker's question: which pending emails are due?
CREATE INDEX outgoing_email_due ON outgoing_email (status, next_attempt_at);
CREATE INDEX outgoing_email_reference ON outgoing_email (reference);
