-- Unanswered requests past their expiry are looked for before every booking (for that member) and by the
-- periodic sweep (for everyone). There are few of them at any time, so this index finds them without reading
-- each member's whole booking history.
CREATE INDEX booking_requests_by_expiry ON booking (status, expires_at);
