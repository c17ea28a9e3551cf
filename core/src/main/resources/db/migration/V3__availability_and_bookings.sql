-- When members work, and the bookings that fill that time.

CREATE TABLE member_availability (
    member_id            VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES member (id),
    travel_buffer_minutes INTEGER    NOT NULL CHECK (travel_buffer_minutes >= 0),
    max_minutes_per_day  INTEGER CHECK (max_minutes_per_day > 0),
    max_minutes_per_week INTEGER CHECK (max_minutes_per_week > 0),
    horizon_weeks        INTEGER     NOT NULL CHECK (horizon_weeks > 0),
    version              BIGINT      NOT NULL
);

CREATE TABLE availability_window (
    member_id   VARCHAR(36) NOT NULL REFERENCES member_availability (member_id),
    day_of_week VARCHAR(9)  NOT NULL,
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    CHECK (start_time < end_time)
);
CREATE INDEX availability_window_by_member ON availability_window (member_id);

CREATE TABLE availability_absence (
    member_id VARCHAR(36) NOT NULL REFERENCES member_availability (member_id),
    from_date DATE        NOT NULL,
    to_date   DATE        NOT NULL,
    reason    VARCHAR(200),
    CHECK (from_date <= to_date)
);
CREATE INDEX availability_absence_by_member ON availability_absence (member_id);

CREATE TABLE booking (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    listing_id       VARCHAR(36)   NOT NULL REFERENCES listing (id),
    member_id        VARCHAR(36)   NOT NULL REFERENCES member (id),
    customer_id      VARCHAR(36)   NOT NULL REFERENCES customer (id),
    series_id        VARCHAR(36),
    status           VARCHAR(20)   NOT NULL,
    start_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes INTEGER       NOT NULL CHECK (duration_minutes > 0),
    price_minor      BIGINT        NOT NULL CHECK (price_minor >= 0),
    currency_code    CHAR(3)       NOT NULL,
    quote_json       VARCHAR(4000) NOT NULL,
    options_json     VARCHAR(4000) NOT NULL,
    address_line1    VARCHAR(200)  NOT NULL,
    address_line2    VARCHAR(200),
    address_town     VARCHAR(100)  NOT NULL,
    address_postcode VARCHAR(10)   NOT NULL,
    notes            VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CHECK (start_at < end_at)
);
CREATE INDEX booking_by_member_time ON booking (member_id, start_at);
CREATE INDEX booking_by_customer_time ON booking (customer_id, start_at);

-- Every change of a booking, so its history survives rescheduling and cancellation.
CREATE TABLE booking_event (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    booking_id  VARCHAR(36)  NOT NULL REFERENCES booking (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_email VARCHAR(254) NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500)
);
CREATE INDEX booking_event_by_booking ON booking_event (booking_id, occurred_at);

-- Money owed that is not work done, e.g. a late cancellation fee: picked up by the next invoice run.
CREATE TABLE chargeable_item (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(36)  NOT NULL REFERENCES customer (id),
    member_id     VARCHAR(36)  NOT NULL REFERENCES member (id),
    booking_id    VARCHAR(36)  REFERENCES booking (id),
    description   VARCHAR(200) NOT NULL,
    amount_minor  BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency_code CHAR(3)      NOT NULL,
    supply_date   DATE         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX chargeable_item_by_customer ON chargeable_item (customer_id, supply_date);
