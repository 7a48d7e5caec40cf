-- clean: typed, normalised data, built from raw by the SQL of this folder.
CREATE SCHEMA IF NOT EXISTS clean;
