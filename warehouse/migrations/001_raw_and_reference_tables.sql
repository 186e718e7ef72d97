-- Version 1: raw tables that loads fill, and reference tables refilled from the reference package.
CREATE TABLE reports (
    sha256 VARCHAR PRIMARY KEY,
    original_name VARCHAR NOT NULL,
    archived_path VARCHAR,
    force_id VARCHAR NOT NULL,
    year INTEGER NOT NULL,
    edition VARCHAR NOT NULL,
    title VARCHAR,
    pages INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE figures (
    report_sha256 VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    value_num DOUBLE,
    value_text VARCHAR,
    page INTEGER NOT NULL,
    bbox DOUBLE[4] NOT NULL, -- x0, top, x1, bottom in PDF points, top-left origin
    PRIMARY KEY (report_sha256, dataset, measure, subject, period),
    CHECK ((value_num IS NULL) <> (value_text IS NULL))
);

CREATE TABLE extraction_warnings (
    report_sha256 VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    code VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    keys VARCHAR[] NOT NULL,
    page INTEGER,
    PRIMARY KEY (report_sha256, seq)
);

CREATE TABLE forces (
    force_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    short_name VARCHAR NOT NULL,
    region VARCHAR NOT NULL,
    country VARCHAR NOT NULL,
    aliases VARCHAR[] NOT NULL
);

CREATE TABLE measures (
    year INTEGER NOT NULL, -- the report edition's year: each edition has its own dictionary
    dataset VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    period VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    polarity VARCHAR NOT NULL CHECK (polarity IN ('higher_is_better', 'lower_is_better', 'neither')),
    description VARCHAR NOT NULL,
    PRIMARY KEY (year, dataset, measure, subject, period)
);

CREATE TABLE grades (
    grade VARCHAR PRIMARY KEY,
    grade_rank INTEGER NOT NULL UNIQUE -- 1 = Outstanding (best) .. 4 = Inadequate
);
