-- Recurring bookings: a series (weekly, fortnightly, monthly) whose occurrences are bookings.
CREATE TABLE booking_series (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    frequency   VARCHAR(20) NOT NULL,
    occurrences INTEGER     NOT NULL CHECK (occurrences > 0),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE booking ADD CONSTRAINT booking_series_fk FOREIGN KEY (series_id) REFERENCES booking_series (id);
CREATE INDEX booking_by_series ON booking (series_id, start_at);
