-- Pooled invoices (domain.invoicing): one invoice per customer per run, each line supplied on behalf of one member.
-- A line names what it bills (a completed booking, a cancellation fee, later a product order); the unique key on
-- that source means nothing can be invoiced twice, whatever runs race or are repeated.
CREATE TABLE invoice_run (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    period_end  DATE         NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by  VARCHAR(254) NOT NULL
);

CREATE TABLE invoice (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    number         VARCHAR(40) NOT NULL UNIQUE,
    customer_id    VARCHAR(36) NOT NULL REFERENCES customer (id),
    run_id         VARCHAR(36) REFERENCES invoice_run (id),
    issue_date     DATE        NOT NULL,
    due_date       DATE        NOT NULL,
    status         VARCHAR(12) NOT NULL,
    total_minor    BIGINT      NOT NULL CHECK (total_minor > 0),
    paid_minor     BIGINT      NOT NULL,
    credited_minor BIGINT      NOT NULL,
    currency_code  CHAR(3)     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT      NOT NULL
);
CREATE INDEX invoice_by_customer ON invoice (customer_id, issue_date);
CREATE INDEX invoice_by_status ON invoice (status, due_date);

CREATE TABLE invoice_line (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    invoice_id       VARCHAR(36)   NOT NULL REFERENCES invoice (id),
    line_no          INTEGER       NOT NULL,
    source_type      VARCHAR(12)   NOT NULL,
    source_id        VARCHAR(36)   NOT NULL,
    description      VARCHAR(300)  NOT NULL,
    member_id        VARCHAR(36)   NOT NULL REFERENCES member (id),
    member_name      VARCHAR(200)  NOT NULL,
    supply_date      DATE          NOT NULL,
    quantity         DECIMAL(12,2) NOT NULL,
    unit_price_minor BIGINT        NOT NULL,
    total_minor      BIGINT        NOT NULL CHECK (total_minor > 0),
    CONSTRAINT invoice_line_bills_once UNIQUE (source_type, source_id)
);
CREATE INDEX invoice_line_by_invoice ON invoice_line (invoice_id, line_no);
