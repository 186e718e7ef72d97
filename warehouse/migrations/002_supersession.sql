-- Version 2: a newer file for the same force and year supersedes the older one; both are kept.
-- Version 1 kept every file as current: connect() marks the older ones superseded after this.
ALTER TABLE reports ADD COLUMN superseded_by VARCHAR;
