-- Efficiency-supervision findings (效能监督), one per episode (key), counted in the reports.
CREATE TABLE notices (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,
    key           TEXT    NOT NULL,
    business_date TEXT    NOT NULL,
    at            INTEGER NOT NULL,
    service_id    TEXT,
    window_no     INTEGER,
    ticket_id     INTEGER REFERENCES tickets (id),
    message       TEXT    NOT NULL,
    UNIQUE (business_date, key)
);
CREATE INDEX notices_by_day ON notices (business_date, kind);
