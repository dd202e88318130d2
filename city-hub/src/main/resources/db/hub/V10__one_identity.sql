-- One identity (docs/city.md "One identity"): the city's per-person limits, what the hub knows of
-- each person by the city's keyed hash of the ID number (never the number), and the marks it hands
-- to every hall for persons who reached the day's ticket limit.
CREATE TABLE city_limits (
    id                  INTEGER     PRIMARY KEY CHECK (id = 1),
    tickets_per_day     INTEGER     NOT NULL CHECK (tickets_per_day >= 0),
    active_appointments INTEGER     NOT NULL CHECK (active_appointments >= 0),
    changed_at          TIMESTAMPTZ NOT NULL,
    changed_by          TEXT        NOT NULL
);
INSERT INTO city_limits VALUES (1, 0, 0, now(), 'default');

-- Tickets a person took on a business day at every hall together (appointment check-ins not counted).
CREATE TABLE person_days (
    day        DATE    NOT NULL,
    person_key TEXT    NOT NULL,
    tickets    INTEGER NOT NULL,
    PRIMARY KEY (person_key, day)
);
CREATE INDEX person_days_day ON person_days (day);

-- A person at the day's ticket limit: each mark once, numbered, so a hall asks only for the new ones.
CREATE TABLE person_marks (
    seq        BIGSERIAL PRIMARY KEY,
    day        DATE      NOT NULL,
    person_key TEXT      NOT NULL,
    UNIQUE (day, person_key)
);

-- Every hall's appointments by holder, as their last version said.
CREATE TABLE person_appointments (
    hall_id        TEXT   NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    appointment_id BIGINT NOT NULL,
    person_key     TEXT   NOT NULL,
    service_id     TEXT   NOT NULL,
    day            DATE   NOT NULL,
    slot_start     TIME   NOT NULL,
    status         TEXT   NOT NULL,
    PRIMARY KEY (hall_id, appointment_id)
);
CREATE INDEX person_appointments_person ON person_appointments (person_key, day);

ALTER TABLE handovers ADD COLUMN person_key TEXT;
CREATE INDEX handovers_person ON handovers (person_key) WHERE person_key IS NOT NULL;
