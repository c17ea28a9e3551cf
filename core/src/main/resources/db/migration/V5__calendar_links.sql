-- Members' secret calendar feed addresses. The secret token (43 characters of URL-safe base64) is
-- kept as it is, because the member must be able to see their address again, for instance to add
-- it to another phone. It opens only a read-only list of the member's job times and places, and
-- replacing it revokes the old address at once.
CREATE TABLE calendar_link (
    member_id  VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES member (id),
    token      VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT calendar_link_token_unique UNIQUE (token)
);
