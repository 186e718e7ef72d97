-- grain: one row per force, year and measure of the force's own figures, against the forces of its region
CREATE OR REPLACE VIEW regional_comparison AS
SELECT
    * EXCLUDE (value_text, score),
    round(avg(value) OVER in_region, 4) AS region_mean,
    round(value - avg(value) OVER in_region, 4) AS difference_from_region_mean,
    rank() OVER (in_region ORDER BY score DESC) AS region_rank,
    count(*) OVER in_region AS n_in_region
FROM stg_force_scores
WINDOW in_region AS (PARTITION BY region, year, dataset, measure, period);
