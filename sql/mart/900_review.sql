-- placeholder while building
CREATE TABLE mart.review AS SELECT severity, rule FROM raw.findings;
