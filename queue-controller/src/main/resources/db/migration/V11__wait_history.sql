-- The day's waits as predicted and as they turned out (the manager's "today at a glance").
-- Once a hall minute, per service taking tickets or with citizens waiting: how many waited, how many
-- open windows served it (and their effective share), and the wait a new arrival would have been
-- told (mean and 90th percentile, minutes; NULL when no open window served it).
-- minute is the minute of the hall's local day (0..1439). Kept 62 days (docs/web.md).
CREATE TABLE wait_samples (
    business_date   TEXT    NOT NULL,
    minute          INTEGER NOT NULL,
    service_id      TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    waiting         INTEGER NOT NULL,
    open_windows    INTEGER NOT NULL,
    serving_windows REAL    NOT NULL,
    predicted_mean  REAL,
    predicted_p90   REAL,
    PRIMARY KEY (business_date, service_id, minute)
) WITHOUT ROWID;

-- The wait each ticket was told when it was issued (its own prediction, with the priority it had),
-- to set against what it then waited. Kept as long as the samples.
CREATE TABLE ticket_promises (
    ticket_id      INTEGER PRIMARY KEY,
    business_date  TEXT NOT NULL,
    predicted_mean REAL,
    predicted_p90  REAL
);
CREATE INDEX ticket_promises_by_day ON ticket_promises (business_date);
