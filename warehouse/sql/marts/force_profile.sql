-- grain: one row per force and year with a current report: the key figures and ranks an analyst reads first
CREATE OR REPLACE VIEW force_profile AS
WITH key_ranks AS (
    PIVOT (
        SELECT force_id, year, measure, value, rank
        FROM force_rankings
        -- Some measure names recur in two datasets: pick each key figure's dataset here;
        -- the ON list below names the pivot's columns.
        WHERE (dataset, measure) IN (
            ('headline', 'savings_gap'),
            ('headline', 'police_officer_change_pct'),
            ('headline', 'total_workforce_change_pct'),
            ('headline', 'workforce_cost_per_head'),
            ('headline', 'recorded_crime_change_pct'),
            ('headline', 'victim_satisfaction_pct'),
            ('crime', 'crimes_excluding_fraud_rate'),
            ('crime', 'detection_rate_pct')
        )
    )
    ON measure IN (
        'savings_gap',
        'police_officer_change_pct',
        'total_workforce_change_pct',
        'workforce_cost_per_head',
        'recorded_crime_change_pct',
        'victim_satisfaction_pct',
        'crimes_excluding_fraud_rate',
        'detection_rate_pct'
    )
    USING first(value) AS value, first(rank) AS rank
    GROUP BY force_id, year
)

SELECT
    r.force_id,
    r.force_name,
    r.short_name,
    r.region,
    r.year,
    count(*) OVER (PARTITION BY r.year) AS n_forces_reporting,
    j.grade AS overall_grade,
    COLUMNS(k.* EXCLUDE (force_id, year)),
    r.report_sha256
FROM stg_reports AS r
LEFT JOIN judgments AS j ON j.force_id = r.force_id AND j.year = r.year AND j.question = 'overall'
LEFT JOIN key_ranks AS k ON k.force_id = r.force_id AND k.year = r.year;
