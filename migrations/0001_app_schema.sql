-- The dashboard's own schema. Everything the app owns (accounts, favourites, picks, flag
-- overrides, refresh history) will live here; the upstream `gold` schema is only ever read.
CREATE SCHEMA IF NOT EXISTS dashboard;
