-- grain: one row per force's own figure (subject 'force') of a current report, with a score where higher is always better
CREATE OR REPLACE VIEW stg_force_scores AS
SELECT
    force_id,
    region,
    year,
    dataset,
    measure,
    period,
    unit,
    polarity,
    -- Grades compare by rank: 1 = Outstanding .. 4 = Inadequate.
    coalesce(value_num, grade_rank) AS value,
    value_text,
    CASE
        WHEN grade_rank IS NOT NULL THEN -grade_rank
        WHEN polarity = 'lower_is_better' THEN -value_num
        -- 'neither' ranks the highest value first.
        ELSE value_num
    END AS score
FROM stg_figures
WHERE subject = 'force' AND coalesce(value_num, grade_rank) IS NOT NULL;
