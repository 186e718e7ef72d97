-- grain: one row per England and Wales figure (year, dataset, measure, period) and value, where a year's reports disagree
CREATE OR REPLACE VIEW dq_england_wales_consistency AS
WITH by_value AS (
    SELECT
        year,
        dataset,
        measure,
        period,
        unit,
        value_num AS value,
        count(*) AS n_reports,
        list(force_id ORDER BY force_id) AS force_ids,
        list(report_sha256 ORDER BY force_id) AS report_sha256s
    FROM stg_figures
    WHERE subject = 'england_wales'
    GROUP BY ALL
)

SELECT
    *,
    count(*) OVER (PARTITION BY year, dataset, measure, period) AS n_distinct_values
FROM by_value
QUALIFY n_distinct_values > 1;
