-- City supervision (docs/city.md): alerts the hub raises once per episode from the halls' live
-- figures, and the supervision notices (督办) the city office sends to halls.

ALTER TABLE hall_live ADD COLUMN idle_windows INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hall_live ADD COLUMN waiting_past_target INTEGER NOT NULL DEFAULT 0;

-- Since when each watched condition has held at a hall (by the hall's own clock), and the alert
-- its episode raised once it held long enough. A row exists while the condition holds.
CREATE TABLE hall_watch (
    hall_id  TEXT        NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    kind     TEXT        NOT NULL,
    since    TIMESTAMPTZ NOT NULL,
    alert_id BIGINT,
    PRIMARY KEY (hall_id, kind)
);

-- One alert per episode: opened when a condition has held long enough, closed when it ends.
CREATE TABLE city_alerts (
    id         BIGSERIAL PRIMARY KEY,
    hall_id    TEXT        NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    kind       TEXT        NOT NULL,
    day        DATE        NOT NULL,
    since      TIMESTAMPTZ NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    closed_at  TIMESTAMPTZ,
    service_id TEXT,
    message    TEXT        NOT NULL,
    peak       DOUBLE PRECISION NOT NULL
);
CREATE INDEX city_alerts_open ON city_alerts (hall_id) WHERE closed_at IS NULL;
CREATE INDEX city_alerts_by_day ON city_alerts (day);

-- The city office's supervision notices (督办) to halls, and how each hall dealt with them: the
-- hub hands a notice to the hall's relay until the hall's RECEIVED event arrives, then records
-- its ACKNOWLEDGED and ANSWERED events (by the hall manager's staff id, with the answer).
CREATE TABLE city_notices (
    id              BIGSERIAL PRIMARY KEY,
    hall_id         TEXT        NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    alert_id        BIGINT REFERENCES city_alerts (id) ON DELETE SET NULL,
    message         TEXT        NOT NULL,
    sent_by         TEXT        NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    answer_due      TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ,
    acknowledged_by TEXT,
    acknowledged_at TIMESTAMPTZ,
    answered_by     TEXT,
    answered_at     TIMESTAMPTZ,
    answer          TEXT
);
CREATE INDEX city_notices_undelivered ON city_notices (hall_id) WHERE received_at IS NULL;
CREATE INDEX city_notices_by_hall ON city_notices (hall_id, sent_at);
