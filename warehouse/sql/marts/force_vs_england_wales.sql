-- grain: one row per force, year and measure that has both a force and an England and Wales figure
CREATE OR REPLACE VIEW force_vs_england_wales AS
SELECT
    *,
    -- Figures are printed to a decimal or two; rounding drops float noise, not information.
    round(force_value - ew_value, 6) AS difference,
    round(force_value / nullif(ew_value, 0), 4) AS ratio,
    CASE
        WHEN polarity NOT IN ('higher_is_better', 'lower_is_better') THEN NULL
        WHEN force_value = ew_value THEN 'level'
        WHEN (force_value > ew_value) = (polarity = 'higher_is_better') THEN 'better'
        ELSE 'worse'
    END AS comparison
FROM stg_force_ew_pairs
WHERE force_value IS NOT NULL AND ew_value IS NOT NULL;
