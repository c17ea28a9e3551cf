-- A member's circle of support: accounts that may see the member's work and, if allowed, answer
-- requests for them. Rows are ended, never deleted, so the audit log's history keeps its meaning.
CREATE TABLE supporter (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    member_id    VARCHAR(36)  NOT NULL REFERENCES member (id),
    account_id   VARCHAR(36)  NOT NULL REFERENCES user_account (id),
    relationship VARCHAR(60)  NOT NULL,
    can_answer   BOOLEAN      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);
CREATE INDEX supporter_member ON supporter (member_id);
CREATE INDEX supporter_account ON supporter (account_id);
