-- grain: one row per force, year and judged question (overall, secure_financial_position, affordable_policing, efficiency)
CREATE OR REPLACE VIEW judgments AS
SELECT
    force_id,
    year,
    measure AS question,
    value_text AS grade,
    grade_rank
FROM stg_figures
WHERE dataset = 'judgment' AND subject = 'force';
