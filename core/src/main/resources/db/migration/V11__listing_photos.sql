-- Photos of a listing, shown in the shop. Stored as re-encoded JPEGs (at most 1600 pixels on the longer side,
-- without the camera's metadata), a few hundred kilobytes each, at most six a listing: the database keeps them
-- with everything else, so a backup holds them too.
CREATE TABLE listing_photo (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    listing_id   VARCHAR(36)  NOT NULL REFERENCES listing (id),
    ordinal      INTEGER      NOT NULL,
    alt_text     VARCHAR(200) NOT NULL,
    width        INTEGER      NOT NULL,
    height       INTEGER      NOT NULL,
    image        BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX listing_photo_by_listing ON listing_photo (listing_id, ordinal);
