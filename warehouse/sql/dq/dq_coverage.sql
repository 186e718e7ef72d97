-- grain: one row per force, year and dataset with fewer figures in its current report than the data dictionary lists
CREATE OR REPLACE VIEW dq_coverage AS
WITH expected AS (
    SELECT
        f.force_id,
        m.year,
        m.dataset,
        m.measure,
        m.subject,
        m.period,
        count(*) OVER (PARTITION BY f.force_id, m.year, m.dataset) AS n_expected
    FROM forces AS f
    CROSS JOIN measures AS m
),

missing AS (
    SELECT e.*
    FROM expected AS e
    ANTI JOIN stg_figures AS s USING (force_id, year, dataset, measure, subject, period)
)

SELECT
    m.force_id,
    m.year,
    m.dataset,
    CASE
        WHEN any_value(r.report_sha256) IS NULL THEN 'no_report'
        WHEN count(*) = any_value(m.n_expected) THEN 'no_figures'
        ELSE 'some_figures'
    END AS missing,
    count(*) AS n_missing,
    any_value(m.n_expected) AS n_expected,
    list(m.measure || '/' || m.subject || '/' || m.period ORDER BY m.measure, m.subject, m.period)
        AS missing_figures,
    any_value(r.report_sha256) AS report_sha256
FROM missing AS m
LEFT JOIN stg_reports AS r USING (force_id, year)
GROUP BY m.force_id, m.year, m.dataset;
