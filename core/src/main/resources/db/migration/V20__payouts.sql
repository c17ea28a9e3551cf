-- Paying members out (domain.payout).

-- The co-op's contribution policy, dated: a policy applies to pay periods ending on or after its date. Its bands
-- are written as "from:basis-points" pairs per week, e.g. "0:0,2000:1000" (nothing on the first GBP 20, 10% above).
CREATE TABLE contribution_policy (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    effective_from   DATE         NOT NULL UNIQUE,
    bands            VARCHAR(500) NOT NULL,
    weekly_cap_minor BIGINT       CHECK (weekly_cap_minor >= 0),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(254) NOT NULL
);

-- A member's own flat rate for a while (0 waives the contribution), in place of the policy.
CREATE TABLE contribution_override (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id         VARCHAR(36)  NOT NULL REFERENCES member (id),
    from_day          DATE         NOT NULL,
    until_day         DATE,
    rate_basis_points INTEGER      NOT NULL CHECK (rate_basis_points BETWEEN 0 AND 10000),
    reason            VARCHAR(500) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(254) NOT NULL
);
CREATE INDEX contribution_override_by_member ON contribution_override (member_id, from_day);

-- How and how often a member is paid. Sort code and account number are kept encrypted (AES-GCM, key from the
-- environment); only their last digits are kept in the clear, to show them masked.
CREATE TABLE payout_method (
    member_id              VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES member (id),
    method                 VARCHAR(14)  NOT NULL CHECK (method IN ('STRIPE', 'BANK_TRANSFER')),
    frequency              VARCHAR(8)   NOT NULL CHECK (frequency IN ('WEEKLY', 'MONTHLY', 'HOLD')),
    stripe_account         VARCHAR(255),
    account_name           VARCHAR(18),
    sort_code_sealed       VARCHAR(200),
    account_number_sealed  VARCHAR(200),
    sort_code_last         VARCHAR(2),
    account_number_last    VARCHAR(4),
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             VARCHAR(254) NOT NULL,
    version                BIGINT       NOT NULL
);

-- A pay-out run: for a period end, each member's share of money received and not yet paid out. At most one run
-- is open (not yet executed) at a time, so two runs can never pay the same money.
CREATE TABLE payout_run (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    period_end    DATE         NOT NULL,
    received_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'EXECUTED', 'CANCELLED')),
    open_marker   CHAR(1)      CHECK (open_marker = 'Y'),
    currency_code CHAR(3)      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    approved_at   TIMESTAMP WITH TIME ZONE,
    approved_by   VARCHAR(254),
    executed_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    CONSTRAINT payout_run_one_open UNIQUE (open_marker)
);

-- One member's pay-out in a run, with the account it is paid to as it was when the run was made. Its id is the
-- idempotency key of the Stripe transfer, so asking again after a crash or time-out never pays twice. A pay-out
-- Stripe refused stays FAILED (no transfer was made) and its money is held for the next run.
CREATE TABLE payout (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    run_id             VARCHAR(36)  NOT NULL REFERENCES payout_run (id),
    member_id          VARCHAR(36)  NOT NULL REFERENCES member (id),
    gross_minor        BIGINT       NOT NULL CHECK (gross_minor > 0),
    contribution_minor BIGINT       NOT NULL CHECK (contribution_minor >= 0 AND contribution_minor <= gross_minor),
    net_minor          BIGINT       NOT NULL CHECK (net_minor = gross_minor - contribution_minor),
    currency_code      CHAR(3)      NOT NULL,
    period_days        INTEGER      NOT NULL CHECK (period_days > 0),
    method             VARCHAR(14)  NOT NULL CHECK (method IN ('STRIPE', 'BANK_TRANSFER')),
    status             VARCHAR(14)  NOT NULL,
    reference          VARCHAR(18)  NOT NULL,
    stripe_account     VARCHAR(255),
    account_name       VARCHAR(18),
    sort_code_sealed   VARCHAR(200),
    account_number_sealed VARCHAR(200),
    source_charge      VARCHAR(255),
    transfer_id        VARCHAR(255),
    failure            VARCHAR(500),
    paid_at            TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    CONSTRAINT payout_once_per_run UNIQUE (run_id, member_id)
);
CREATE INDEX payout_by_member ON payout (member_id, run_id);
