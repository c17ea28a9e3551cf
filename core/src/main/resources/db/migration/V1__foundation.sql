-- Foundation: the co-op, its members, customers, listings, sign-ins and the audit log.
-- Written once for both H2 and PostgreSQL: only portable types and constraints.

CREATE TABLE cooperative (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    address_line1    VARCHAR(200) NOT NULL,
    address_line2    VARCHAR(200),
    address_town     VARCHAR(100) NOT NULL,
    address_postcode VARCHAR(10)  NOT NULL,
    legal_form       VARCHAR(100) NOT NULL,
    company_number   VARCHAR(20),
    contact_email    VARCHAR(254) NOT NULL,
    contact_phone    VARCHAR(40),
    zone_id          VARCHAR(40)  NOT NULL,
    currency_code    CHAR(3)      NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE TABLE member (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(100) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    story        VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT member_email_unique UNIQUE (email)
);

CREATE TABLE member_trade (
    member_id  VARCHAR(36) NOT NULL REFERENCES member (id),
    trade_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (member_id, trade_code)
);

CREATE TABLE member_service_area (
    member_id    VARCHAR(36) NOT NULL REFERENCES member (id),
    outward_code VARCHAR(4)  NOT NULL,
    PRIMARY KEY (member_id, outward_code)
);
CREATE INDEX member_service_area_by_code ON member_service_area (outward_code);

CREATE TABLE customer (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    address_line1    VARCHAR(200) NOT NULL,
    address_line2    VARCHAR(200),
    address_town     VARCHAR(100) NOT NULL,
    address_postcode VARCHAR(10)  NOT NULL,
    organisation     VARCHAR(200),
    kind             VARCHAR(20)  NOT NULL,
    invoice_approved BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE TABLE listing (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    member_id       VARCHAR(36)   NOT NULL REFERENCES member (id),
    trade_code      VARCHAR(40)   NOT NULL,
    title           VARCHAR(120)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    price_minor     BIGINT        NOT NULL CHECK (price_minor >= 0),
    currency_code   CHAR(3)       NOT NULL,
    price_unit      VARCHAR(10)   NOT NULL,
    attributes_json VARCHAR(4000) NOT NULL,
    stock           INTEGER CHECK (stock >= 0),
    lead_time_days  INTEGER CHECK (lead_time_days >= 0),
    active          BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX listing_by_trade ON listing (trade_code);
CREATE INDEX listing_by_member ON listing (member_id);

CREATE TABLE user_account (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    member_id     VARCHAR(36) REFERENCES member (id),
    customer_id   VARCHAR(36) REFERENCES customer (id),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT user_account_email_unique UNIQUE (email)
);

CREATE TABLE user_account_role (
    account_id VARCHAR(36) NOT NULL REFERENCES user_account (id),
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name)
);

-- Append-only: the application never updates or deletes these rows.
CREATE TABLE audit_entry (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_account_id VARCHAR(36),
    actor_email      VARCHAR(254)  NOT NULL,
    member_id        VARCHAR(36)   NOT NULL REFERENCES member (id),
    action           VARCHAR(100)  NOT NULL,
    detail           VARCHAR(2000)
);
CREATE INDEX audit_entry_by_member ON audit_entry (member_id, occurred_at);
