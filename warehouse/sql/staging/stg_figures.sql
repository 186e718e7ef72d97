-- grain: one row per figure of a current report, typed and described by the data dictionary
CREATE OR REPLACE VIEW stg_figures AS
SELECT
    r.report_sha256,
    r.force_id,
    r.region,
    r.year,
    f.dataset,
    f.measure,
    f.subject,
    f.period,
    f.unit,
    m.polarity,
    m.description,
    f.value_num,
    f.value_text,
    g.grade_rank,
    f.page,
    f.bbox
FROM figures AS f
JOIN stg_reports AS r ON r.report_sha256 = f.report_sha256
-- LEFT: a figure whose measure later leaves the dictionary stays visible, without polarity.
LEFT JOIN measures AS m
    ON m.year = r.year
    AND m.dataset = f.dataset
    AND m.measure = f.measure
    AND m.subject = f.subject
    AND m.period = f.period
LEFT JOIN grades AS g ON g.grade = f.value_text;
