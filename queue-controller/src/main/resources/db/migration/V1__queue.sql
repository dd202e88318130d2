-- Tickets of every business day. Times are epoch milliseconds (UTC); business_date is the hall's local date.
CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    business_date     TEXT    NOT NULL,
    service_id        TEXT    NOT NULL,
    seq               INTEGER NOT NULL,
    number            TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    priority          TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    issued_at         INTEGER NOT NULL,
    place_at          INTEGER NOT NULL,
    called_at         INTEGER,
    started_at        INTEGER,
    finished_at       INTEGER,
    window_no         INTEGER,
    target_window     INTEGER,
    call_count        INTEGER NOT NULL DEFAULT 0,
    token             TEXT    NOT NULL UNIQUE,
    client_request_id TEXT    UNIQUE,
    person_key        TEXT,
    UNIQUE (business_date, number)
);
CREATE INDEX tickets_by_day ON tickets (business_date);
CREATE INDEX tickets_unfinished ON tickets (status) WHERE status IN ('WAITING', 'CALLED', 'SERVING', 'POSTPONED');

-- Every step of every ticket (全程留痕).
CREATE TABLE ticket_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    type      TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    window_no INTEGER,
    actor     TEXT,
    detail    TEXT
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id);

-- Live window state (names and departments come from the configuration).
CREATE TABLE windows (
    number         INTEGER PRIMARY KEY,
    skills         TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    clerk          TEXT,
    current_ticket INTEGER REFERENCES tickets (id),
    since          INTEGER NOT NULL
);

-- Every change of a window, with who made it.
CREATE TABLE window_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    window_no INTEGER NOT NULL,
    type      TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    actor     TEXT,
    detail    TEXT
);
CREATE INDEX window_events_by_window ON window_events (window_no, at);
