-- grain: one row per force, year and call type (emergency, priority)
CREATE OR REPLACE VIEW calls_for_service AS
SELECT
    force_id,
    year,
    regexp_extract(measure, '^(emergency|priority)_', 1) AS call_type,
    max(value_num) FILTER (WHERE ends_with(measure, '_target_minutes')) AS target_minutes,
    max(value_num) FILTER (
        WHERE ends_with(measure, '_on_target_pct') AND period = '2010-11'
    ) AS on_target_pct_2010_11,
    max(value_num) FILTER (
        WHERE ends_with(measure, '_on_target_pct') AND period = '2013-14'
    ) AS on_target_pct_2013_14,
    round(on_target_pct_2013_14 - on_target_pct_2010_11, 6) AS change_pp
FROM stg_figures
WHERE dataset = 'calls' AND subject = 'force'
GROUP BY ALL;
