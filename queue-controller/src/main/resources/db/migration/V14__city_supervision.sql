-- The city's supervision notices (督办) as the hall holds them: sent by the city hub, taken in once
-- (id is the hub's), acknowledged and answered by a manager. Times are epoch milliseconds (UTC).
CREATE TABLE city_supervision (
    id              INTEGER PRIMARY KEY,
    message         TEXT    NOT NULL,
    sent_by         TEXT,
    sent_at         INTEGER NOT NULL,
    answer_due      INTEGER,
    alert_kind      TEXT,
    service_id      TEXT,
    status          TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    acknowledged_by TEXT,
    acknowledged_at INTEGER,
    answer          TEXT,
    answered_by     TEXT,
    answered_at     INTEGER
);
CREATE INDEX city_supervision_open ON city_supervision (status) WHERE status != 'ANSWERED';
