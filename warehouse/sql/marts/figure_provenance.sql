-- grain: one row per figure of a current report, with where it was read: file, page and bbox
CREATE OR REPLACE VIEW figure_provenance AS
SELECT
    f.force_id,
    f.year,
    f.dataset,
    f.measure,
    f.subject,
    f.period,
    f.unit,
    f.value_num AS value,
    f.value_text,
    f.page,
    f.bbox,
    f.report_sha256,
    r.original_name,
    r.archived_path,
    r.extractor_version
FROM stg_figures AS f
JOIN stg_reports AS r USING (report_sha256);
