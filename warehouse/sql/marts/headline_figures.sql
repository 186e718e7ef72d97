-- grain: one row per force, year and headline measure (the report's summary page)
CREATE OR REPLACE VIEW headline_figures AS
SELECT * EXCLUDE (dataset)
FROM stg_force_ew_pairs
WHERE dataset = 'headline';
