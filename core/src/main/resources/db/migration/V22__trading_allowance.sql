-- HMRC's trading allowance, for members' tax-year statements: GBP 1,000 of gross trading income a year since
-- 2017-18. A figure like the benefit rates, so it goes in their dated table and staff change it the same way.
INSERT INTO benefit_rate (id, name, effective_from, amount, unit, created_at, created_by) VALUES
    ('seed-trading-allowance-2017', 'TRADING_ALLOWANCE', DATE '2017-04-06', 100000, 'GBP', CURRENT_TIMESTAMP,
     'system');
