-- grain: one row per force, year and measure of the force's own figures, ranked among the forces that have it
CREATE OR REPLACE VIEW force_rankings AS
SELECT
    * EXCLUDE (region, score),
    -- 1 = best by polarity; tied forces share a rank and the next rank is skipped (1, 2, 2, 4).
    rank() OVER by_score AS rank,
    count(*) OVER by_measure AS n_ranked,
    -- 100 = best, 0 = worst: the share of the other ranked forces this one does at least as well as.
    round(100 * (1 - percent_rank() OVER by_score), 1) AS percentile
FROM stg_force_scores
WINDOW
    by_measure AS (PARTITION BY year, dataset, measure, period),
    by_score AS (by_measure ORDER BY score DESC);
