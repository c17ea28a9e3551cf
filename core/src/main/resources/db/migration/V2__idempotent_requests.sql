-- Answers to API requests sent with an Idempotency-Key, kept so a retry gets the first answer
-- instead of doing the work twice.
CREATE TABLE idempotent_request (
    caller        VARCHAR(254)     NOT NULL,
    request_key   VARCHAR(255)     NOT NULL,
    request_line  VARCHAR(1000)    NOT NULL,
    request_hash  CHAR(64)         NOT NULL,
    status        INTEGER          NOT NULL,
    content_type  VARCHAR(100),
    location      VARCHAR(1000),
    response_body VARCHAR(1000000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT           NOT NULL,
    PRIMARY KEY (caller, request_key)
);
