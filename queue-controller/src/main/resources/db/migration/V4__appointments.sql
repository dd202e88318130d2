-- Appointments (预约). person_key is the keyed hash of the ID number, never the number.
-- Times are epoch milliseconds (UTC); day and slot_start are the hall's local date and time.
CREATE TABLE appointments (
    id           INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    token        TEXT    NOT NULL UNIQUE,
    service_id   TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    slot_start   TEXT    NOT NULL,
    slot_minutes INTEGER NOT NULL,
    person_key   TEXT    NOT NULL,
    phone        TEXT,
    status       TEXT    NOT NULL,
    booked_at    INTEGER NOT NULL,
    changed_at   INTEGER NOT NULL,
    ticket_id    INTEGER REFERENCES tickets (id),
    slot_quota   INTEGER NOT NULL
);
CREATE INDEX appointments_by_day ON appointments (day, service_id);
CREATE INDEX appointments_booked ON appointments (status) WHERE status = 'BOOKED';

-- A manager's quota for one slot, overriding the proposed one.
CREATE TABLE slot_quotas (
    service_id TEXT    NOT NULL,
    day        TEXT    NOT NULL,
    slot_start TEXT    NOT NULL,
    quota      INTEGER NOT NULL,
    actor      TEXT,
    set_at     INTEGER NOT NULL,
    PRIMARY KEY (service_id, day, slot_start)
);
