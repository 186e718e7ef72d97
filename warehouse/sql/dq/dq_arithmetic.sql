-- grain: one row per arithmetic check that fails in a current report: the figure recomputed in SQL vs the figure printed
CREATE OR REPLACE VIEW dq_arithmetic AS
WITH workforce_quantities AS (
    UNPIVOT workforce ON baseline, planned, change INTO NAME quantity VALUE value
),

checks AS (
    -- Workforce table rows: figures are rounded to whole FTE, so allow 1.
    SELECT
        force_id,
        year,
        'workforce ' || role || ': planned - baseline = change' AS check_name,
        planned - baseline AS expected,
        change AS reported,
        1.0::DOUBLE AS tolerance
    FROM workforce

    UNION ALL
    -- Percentages are printed whole from unrounded counts: allow 1 point.
    SELECT
        force_id,
        year,
        'workforce ' || role || ': 100 * change / baseline = change_pct',
        round(100 * change / nullif(baseline, 0), 2),
        change_pct,
        1.0
    FROM workforce

    UNION ALL
    -- Three rounded parts can drift from their rounded total by up to 1.5.
    SELECT
        force_id,
        year,
        'workforce ' || quantity || ': police_officers + police_staff + pcsos = total_workforce',
        CASE
            WHEN count(*) FILTER (WHERE role IN ('police_officers', 'police_staff', 'pcsos')) = 3
                THEN sum(value) FILTER (WHERE role IN ('police_officers', 'police_staff', 'pcsos'))
        END,
        max(value) FILTER (WHERE role = 'total_workforce'),
        1.5
    FROM workforce_quantities
    GROUP BY force_id, year, quantity

    UNION ALL
    SELECT
        force_id,
        year,
        'finance: pay_savings_pct + non_pay_savings_pct = 100',
        100.0,
        sum(force_value),
        1.0
    FROM finance
    WHERE measure IN ('pay_savings_pct', 'non_pay_savings_pct')
    GROUP BY force_id, year
    HAVING count(force_value) = 2

    UNION ALL
    -- The summary page repeats figures from the report's tables: they must match exactly.
    SELECT
        h.force_id,
        h.year,
        'headline ' || h.measure || ' (' || h.subject || ') = ' || d.dataset || ' ' || d.measure,
        d.value_num,
        h.value_num,
        0.0
    FROM stg_figures AS h
    JOIN (
        VALUES
            ('savings_requirement', 'finance', 'savings_requirement'),
            ('police_officer_change_pct', 'workforce', 'police_officers_change_pct'),
            ('total_workforce_change_pct', 'workforce', 'total_workforce_change_pct'),
            ('recorded_crime_change_pct', 'crime', 'recorded_crime_change_pct'),
            ('victim_satisfaction_pct', 'victims', 'victim_satisfaction_pct')
    ) AS repeated (headline_measure, dataset, measure) ON h.measure = repeated.headline_measure
    JOIN stg_figures AS d
        ON d.report_sha256 = h.report_sha256
        AND d.dataset = repeated.dataset
        AND d.measure = repeated.measure
        AND d.subject = h.subject
    WHERE h.dataset = 'headline'
)

SELECT
    c.force_id,
    c.year,
    c.check_name,
    c.expected,
    c.reported,
    round(c.reported - c.expected, 6) AS difference,
    c.tolerance,
    r.report_sha256
FROM checks AS c
JOIN stg_reports AS r USING (force_id, year)
WHERE abs(c.reported - c.expected) > c.tolerance + 1e-9;
