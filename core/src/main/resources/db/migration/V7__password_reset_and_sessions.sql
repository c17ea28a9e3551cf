-- Password reset links and "sign out everywhere".
-- A reset link's secret is never stored: only its SHA-256, so a copy of the database opens nothing.
CREATE TABLE password_reset (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id VARCHAR(36)  NOT NULL REFERENCES user_account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    version    BIGINT       NOT NULL
);
CREATE INDEX password_reset_account ON password_reset (account_id);

-- Sessions signed in before this moment are no longer accepted (set by "sign out everywhere" and by
-- a password change).
ALTER TABLE user_account ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;
