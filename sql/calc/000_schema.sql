-- calc: the steps the mart is computed through (indicators per register,
-- reconciliation checks, review parts, the windows refused). Read by the
-- mart's SQL only: a writer or an analyst reads mart.
CREATE SCHEMA IF NOT EXISTS calc;
