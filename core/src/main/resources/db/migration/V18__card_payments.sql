-- Card payments through Stripe (domain.cardpayment). A card payment is our record of one attempt to pay an invoice
-- by card: made before Stripe is asked (its id is the Idempotency-Key), it then holds the PaymentIntent's id.
-- Stripe's webhook events are kept by id, so an event delivered twice is handled once.
CREATE TABLE card_payment (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    invoice_id     VARCHAR(36)  NOT NULL REFERENCES invoice (id),
    amount_minor   BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency_code  CHAR(3)      NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    intent_id      VARCHAR(255) UNIQUE,
    client_secret  VARCHAR(255),
    charge_id      VARCHAR(255),
    failure        VARCHAR(500),
    received_minor BIGINT       NOT NULL CHECK (received_minor >= 0),
    refunded_minor BIGINT       NOT NULL CHECK (refunded_minor >= 0 AND refunded_minor <= received_minor),
    payment_id     VARCHAR(36)  REFERENCES payment (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX card_payment_by_invoice ON card_payment (invoice_id, created_at);

-- A refund staff asked for, with their reason: the credit note is made when Stripe's charge.refunded event says
-- the money went back.
CREATE TABLE card_refund (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    card_payment_id VARCHAR(36)  NOT NULL REFERENCES card_payment (id),
    amount_minor    BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency_code   CHAR(3)      NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by    VARCHAR(254) NOT NULL,
    credit_note_id  VARCHAR(36)  REFERENCES credit_note (id)
);
CREATE INDEX card_refund_by_payment ON card_refund (card_payment_id, requested_at);

CREATE TABLE stripe_event (
    id          VARCHAR(255) NOT NULL PRIMARY KEY,
    type        VARCHAR(100) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
