-- grain: one row per force, year and crime type (recorded rates per 1,000 population)
CREATE OR REPLACE VIEW crime_rates AS
SELECT
    force_id,
    year,
    regexp_replace(measure, '_rate$', '') AS crime_type,
    period,
    polarity,
    force_value AS force_rate,
    ew_value AS ew_rate,
    round(force_value - ew_value, 6) AS difference
FROM stg_force_ew_pairs
WHERE dataset = 'crime' AND unit = 'per_1000';
