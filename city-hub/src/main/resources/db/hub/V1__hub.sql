-- HallQ City hub (docs/city.md). Plain PostgreSQL (no extensions; JSON kept as text), so that
-- PostgreSQL-compatible servers can host it too.

-- The registry: every hall of the city, its place in the four levels, and its login.
CREATE TABLE halls (
    id            TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,40}$'),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    level         TEXT NOT NULL CHECK (level IN ('CITY', 'DISTRICT', 'TOWNSHIP', 'VILLAGE')),
    parent        TEXT REFERENCES halls (id),
    lat           DOUBLE PRECISION CHECK (lat BETWEEN -90 AND 90),
    lon           DOUBLE PRECISION CHECK (lon BETWEEN -180 AND 180),
    timezone      TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    password_hash TEXT NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX halls_by_parent ON halls (parent);

-- Per hall: the watermark (the hub holds every event with first_seq <= seq <= watermark, and no
-- other: events are taken in order), where the hall's events began (a hall that ran alone before it
-- joined sends from its oldest kept event), and when the hall was last heard.
CREATE TABLE hall_links (
    hall_id    TEXT PRIMARY KEY REFERENCES halls (id) ON DELETE CASCADE,
    watermark  BIGINT NOT NULL DEFAULT 0,
    first_seq  BIGINT,
    last_heard TIMESTAMPTZ,
    last_event TIMESTAMPTZ
);

-- Raw events, partitioned by month of their business day; the store adds a month's partition
-- before its first event. The body is the CityFact as the hall sent it.
CREATE TABLE events (
    hall_id TEXT        NOT NULL,
    seq     BIGINT      NOT NULL,
    day     DATE        NOT NULL,
    at      TIMESTAMPTZ NOT NULL,
    kind    TEXT        NOT NULL,
    body    TEXT        NOT NULL,
    PRIMARY KEY (hall_id, seq, day)
) PARTITION BY RANGE (day);

-- Rollups, kept on ingest in the same transaction as the events they count: per hall, business
-- day, hour (of the hall's local time), service ('' when none) and window (0 when none).
CREATE TABLE rollup_hour (
    hall_id           TEXT     NOT NULL,
    day               DATE     NOT NULL,
    hour              SMALLINT NOT NULL,
    service_id        TEXT     NOT NULL,
    window_no         INTEGER  NOT NULL,
    issued            INTEGER  NOT NULL DEFAULT 0,
    first_calls       INTEGER  NOT NULL DEFAULT 0,
    waited_ms         BIGINT   NOT NULL DEFAULT 0,
    served            INTEGER  NOT NULL DEFAULT 0,
    service_ms        BIGINT   NOT NULL DEFAULT 0,
    no_shows          INTEGER  NOT NULL DEFAULT 0,
    voided            INTEGER  NOT NULL DEFAULT 0,
    transferred       INTEGER  NOT NULL DEFAULT 0,
    ratings           INTEGER  NOT NULL DEFAULT 0,
    rating_sum        INTEGER  NOT NULL DEFAULT 0,
    bad_ratings       INTEGER  NOT NULL DEFAULT 0,
    work_orders       INTEGER  NOT NULL DEFAULT 0,
    work_orders_done  INTEGER  NOT NULL DEFAULT 0,
    work_orders_late  INTEGER  NOT NULL DEFAULT 0,
    notices           INTEGER  NOT NULL DEFAULT 0,
    booked            INTEGER  NOT NULL DEFAULT 0,
    checked_in        INTEGER  NOT NULL DEFAULT 0,
    appointment_no_shows INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hall_id, day, hour, service_id, window_no)
);
CREATE INDEX rollup_hour_by_day ON rollup_hour (day);

-- First-call waits in whole minutes, for percentiles (p90) without the raw events.
CREATE TABLE rollup_wait (
    hall_id    TEXT    NOT NULL,
    day        DATE    NOT NULL,
    service_id TEXT    NOT NULL,
    minute     INTEGER NOT NULL,
    tickets    INTEGER NOT NULL,
    PRIMARY KEY (hall_id, day, service_id, minute)
);
