-- grain: one row per force, year and role (police_officers, police_staff, pcsos, total_workforce, specials)
CREATE OR REPLACE VIEW workforce AS
WITH parts AS (
    SELECT
        force_id,
        year,
        subject,
        period,
        value_num,
        regexp_replace(measure, '_change(_pct)?$', '') AS role,
        CASE
            WHEN ends_with(measure, '_change_pct') THEN 'change_pct'
            WHEN ends_with(measure, '_change') THEN 'change'
            ELSE 'level'
        END AS kind
    FROM stg_figures
    WHERE dataset = 'workforce'
),

-- The dictionary's change period ('2010-03-31..2015-03-31') names the baseline and the plan,
-- so a missing figure leaves its own column empty rather than shifting another into it.
spans AS (
    SELECT
        year,
        regexp_replace(measure, '_change$', '') AS role,
        split_part(period, '..', 1) AS baseline_period,
        split_part(period, '..', 2) AS planned_period
    FROM measures
    WHERE dataset = 'workforce' AND subject = 'force' AND ends_with(measure, '_change')
)

SELECT
    p.force_id,
    p.year,
    p.role,
    s.baseline_period,
    s.planned_period,
    max(p.value_num) FILTER (WHERE p.kind = 'level' AND p.period = s.baseline_period) AS baseline,
    max(p.value_num) FILTER (WHERE p.kind = 'level' AND p.period = s.planned_period) AS planned,
    max(p.value_num) FILTER (WHERE p.kind = 'change' AND p.subject = 'force') AS change,
    max(p.value_num) FILTER (WHERE p.kind = 'change_pct' AND p.subject = 'force') AS change_pct,
    max(p.value_num) FILTER (
        WHERE p.kind = 'change_pct' AND p.subject = 'england_wales'
    ) AS ew_change_pct
FROM parts AS p
JOIN spans AS s USING (year, role)
GROUP BY ALL;
