-- mart: what the reports read. Writers read nothing else.
CREATE SCHEMA IF NOT EXISTS mart;
