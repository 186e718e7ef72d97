-- grain: one row per current report and numeric measure (dataset, measure, period): the force's figure beside England and Wales'
CREATE OR REPLACE VIEW stg_force_ew_pairs AS
SELECT
    force_id,
    year,
    dataset,
    measure,
    period,
    unit,
    polarity,
    max(value_num) FILTER (WHERE subject = 'force') AS force_value,
    max(value_num) FILTER (WHERE subject = 'england_wales') AS ew_value,
    report_sha256
FROM stg_figures
WHERE value_num IS NOT NULL
GROUP BY ALL;
