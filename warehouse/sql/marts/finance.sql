-- grain: one row per force, year and finance measure and period
CREATE OR REPLACE VIEW finance AS
SELECT * EXCLUDE (dataset)
FROM stg_force_ew_pairs
WHERE dataset = 'finance';
