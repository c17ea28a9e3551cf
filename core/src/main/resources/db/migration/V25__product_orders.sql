-- Product orders (domain.order): a customer's order of members' crafts, several members' items in one order. Placing
-- it takes in-stock items off listing.stock (in the same transaction, under the listings' row locks); cancelling it
-- puts them back. Orders are never deleted: a cancelled one stays, with its lines, as the record of what happened.
CREATE TABLE product_order (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id           VARCHAR(36)  NOT NULL REFERENCES customer (id),
    status                VARCHAR(12)  NOT NULL,
    fulfilment            VARCHAR(10)  NOT NULL,
    address_line1         VARCHAR(200),
    address_line2         VARCHAR(200),
    address_town          VARCHAR(100),
    address_postcode      VARCHAR(10),
    delivery_charge_minor BIGINT       NOT NULL CHECK (delivery_charge_minor >= 0),
    currency_code         CHAR(3)      NOT NULL,
    placed_on             DATE         NOT NULL,
    placed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_by             VARCHAR(254) NOT NULL,
    ready_at              TIMESTAMP WITH TIME ZONE,
    fulfilled_at          TIMESTAMP WITH TIME ZONE,
    cancelled_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL,
    CONSTRAINT product_order_delivered_somewhere CHECK (fulfilment <> 'DELIVER' OR address_line1 IS NOT NULL)
);
CREATE INDEX product_order_by_customer ON product_order (customer_id, placed_at);
-- The invoice run looks for fulfilled orders up to the end of its period.
CREATE INDEX product_order_by_status ON product_order (status, fulfilled_at);

-- One line per listing: the item's title and price frozen when ordered, and the member it is sold for.
CREATE TABLE product_order_line (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id         VARCHAR(36)  NOT NULL REFERENCES product_order (id),
    line_no          INTEGER      NOT NULL,
    listing_id       VARCHAR(36)  NOT NULL REFERENCES listing (id),
    member_id        VARCHAR(36)  NOT NULL REFERENCES member (id),
    description      VARCHAR(120) NOT NULL,
    quantity         INTEGER      NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    unit_price_minor BIGINT       NOT NULL CHECK (unit_price_minor >= 0),
    from_stock       BOOLEAN      NOT NULL,
    ready_on         DATE         NOT NULL,
    ready_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_order_line_once UNIQUE (order_id, listing_id)
);
CREATE INDEX product_order_line_by_order ON product_order_line (order_id, line_no);
CREATE INDEX product_order_line_by_member ON product_order_line (member_id, order_id);

-- An invoice line of the co-op's own (an order's delivery charge) is supplied by no member.
ALTER TABLE invoice_line ALTER COLUMN member_id DROP NOT NULL;
