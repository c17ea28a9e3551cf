-- Benefit earnings limits. Figures change every April, so they are data: a dated table of named rates that
-- staff extend (the newest row in force on a day wins). Money rates are in minor units of their currency;
-- hour limits are in minutes (unit MINUTES).
CREATE TABLE benefit_rate (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(40)  NOT NULL,
    effective_from DATE         NOT NULL,
    amount         BIGINT       NOT NULL CHECK (amount >= 0),
    unit           VARCHAR(8)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    CONSTRAINT benefit_rate_once_a_day UNIQUE (name, effective_from)
);
-- ESA permitted work: 2024/25 and 2025/26 (higher limit 16 x National Living Wage rounded up to 50p; lower
-- limit GBP 20), and the higher limit's hours: under 16 a week (960 minutes is the first amount refused).
INSERT INTO benefit_rate (id, name, effective_from, amount, unit, created_at, created_by) VALUES
    ('seed-esa-higher-2024', 'ESA_HIGHER', DATE '2024-04-06', 18350, 'GBP', CURRENT_TIMESTAMP, 'system'),
    ('seed-esa-lower-2024', 'ESA_LOWER', DATE '2024-04-06', 2000, 'GBP', CURRENT_TIMESTAMP, 'system'),
    ('seed-esa-hours-2024', 'ESA_HOURS', DATE '2024-04-06', 960, 'MINUTES', CURRENT_TIMESTAMP, 'system'),
    ('seed-esa-higher-2025', 'ESA_HIGHER', DATE '2025-04-06', 19550, 'GBP', CURRENT_TIMESTAMP, 'system'),
    ('seed-esa-lower-2025', 'ESA_LOWER', DATE '2025-04-06', 2000, 'GBP', CURRENT_TIMESTAMP, 'system');

-- A member's earnings limits over time: each row is in force from effective_from until a later row starts.
-- Rows are added, never changed or deleted, so what applied on any past day can always be shown.
-- amount_minor is null for ESA permitted work that follows the rate table's higher limit.
CREATE TABLE earnings_limit (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id      VARCHAR(36)  NOT NULL REFERENCES member (id),
    kind           VARCHAR(30)  NOT NULL,
    amount_minor   BIGINT       CHECK (amount_minor >= 0),
    currency_code  VARCHAR(3)   NOT NULL,
    period_length  VARCHAR(10)  NOT NULL,
    period_start   DATE         NOT NULL,
    effective_from DATE         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(254) NOT NULL
);
CREATE INDEX earnings_limit_member ON earnings_limit (member_id, effective_from);

-- Allowable expenses staff record for a member (materials, travel, equipment): they reduce the member's
-- earnings in the period of their date. Financial records: never deleted.
CREATE TABLE member_expense (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id     VARCHAR(36)  NOT NULL REFERENCES member (id),
    spent_on      DATE         NOT NULL,
    category      VARCHAR(20)  NOT NULL,
    amount_minor  BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency_code VARCHAR(3)   NOT NULL,
    description   VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(254) NOT NULL
);
CREATE INDEX member_expense_member ON member_expense (member_id, spent_on);

-- Hours a member spent on their business besides booked work (admin, travel, buying stock): they count
-- towards permitted work's weekly hours.
CREATE TABLE admin_hours (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id   VARCHAR(36)  NOT NULL REFERENCES member (id),
    worked_on   DATE         NOT NULL,
    minutes     INTEGER      NOT NULL CHECK (minutes > 0),
    note        VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(254) NOT NULL
);
CREATE INDEX admin_hours_member ON admin_hours (member_id, worked_on);

-- Staff are warned once per member and benefit period when the forecast reaches 80% of the limit: the
-- primary key makes the warning (and its email) happen at most once, however many confirmations race.
CREATE TABLE earnings_warning (
    member_id    VARCHAR(36) NOT NULL REFERENCES member (id),
    period_start DATE        NOT NULL,
    warned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, period_start)
);
