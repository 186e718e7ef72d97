-- grain: one row per current report (the file ingested last for its force and year), with its force
CREATE OR REPLACE VIEW stg_reports AS
SELECT
    r.sha256 AS report_sha256,
    r.force_id,
    f.name AS force_name,
    f.short_name,
    f.region,
    f.country,
    r.year,
    r.edition,
    r.title,
    r.pages,
    r.original_name,
    r.archived_path,
    r.extractor_version,
    r.ingested_at
FROM reports AS r
JOIN forces AS f USING (force_id)
WHERE r.superseded_by IS NULL;
