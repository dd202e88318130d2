-- How each hall stands now, as its relay last said (every batch carries it, at least every 10 s):
-- for the city overview. services is the JSON list of the hall's queues (ServiceView).
CREATE TABLE hall_live (
    hall_id       TEXT PRIMARY KEY REFERENCES halls (id) ON DELETE CASCADE,
    at            TIMESTAMPTZ NOT NULL,
    business_date DATE        NOT NULL,
    open_windows  INTEGER     NOT NULL,
    windows       INTEGER     NOT NULL,
    services      TEXT        NOT NULL
);

-- The city service-management office's staff, who log in to the city's views (bcrypt).
CREATE TABLE city_staff (
    name          TEXT PRIMARY KEY CHECK (name ~ '^[a-z0-9._-]{1,40}$'),
    password_hash TEXT NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
