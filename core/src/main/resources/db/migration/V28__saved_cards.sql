-- A customer's card saved with Stripe (domain.cardpayment.SavedCard): the Stripe Customer made once for them, and
-- the card (payment method) Stripe's setup_intent.succeeded event says they saved, with its brand and last four
-- digits to show. Forgetting the card clears the card; the Stripe Customer is kept for the next one.
CREATE TABLE saved_card (
    customer_id           VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES customer (id),
    processor_customer_id VARCHAR(255) NOT NULL UNIQUE,
    payment_method_id     VARCHAR(255),
    brand                 VARCHAR(40),
    last4                 VARCHAR(4),
    saved_at              TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL
);

-- A card payment taken from a saved card when its invoice was issued (no customer at the keyboard): the card it
-- charges. Null for a payment the customer makes on the pay page.
ALTER TABLE card_payment ADD COLUMN payment_method_id VARCHAR(255);
CREATE INDEX card_payment_saved_card_waiting ON card_payment (status, intent_id, payment_method_id);
