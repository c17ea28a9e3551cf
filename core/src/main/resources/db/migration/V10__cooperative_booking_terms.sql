-- The co-op's booking terms, set on the back office's settings page. Empty until staff set them: until then the
-- installation's defaults (environment variables BOOKING_REQUEST_EXPIRY_HOURS, CANCELLATION_NOTICE_HOURS and
-- CANCELLATION_FEE_PERCENT) apply.
ALTER TABLE cooperative ADD COLUMN request_expiry_hours INTEGER;
ALTER TABLE cooperative ADD COLUMN cancellation_notice_hours INTEGER;
ALTER TABLE cooperative ADD COLUMN cancellation_fee_percent INTEGER;
