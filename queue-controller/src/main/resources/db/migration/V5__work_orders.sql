-- Rectification work orders (差评工单): the current state of each, and every step (全程留痕).
-- Times are epoch milliseconds (UTC); dates are the hall's local dates.
CREATE TABLE work_orders (
    id             INTEGER PRIMARY KEY,
    rating_id      INTEGER NOT NULL UNIQUE REFERENCES ratings (id),
    ticket_id      INTEGER NOT NULL REFERENCES tickets (id),
    ticket_number  TEXT    NOT NULL,
    service_id     TEXT    NOT NULL,
    window_no      INTEGER NOT NULL,
    clerk          TEXT,
    score          INTEGER NOT NULL,
    comment        TEXT,
    status         TEXT    NOT NULL,
    opened_at      INTEGER NOT NULL,
    dispatched_on  TEXT    NOT NULL,
    accept_due     TEXT,
    finish_due     TEXT,
    extended_days  INTEGER NOT NULL,
    handler        TEXT,
    resolution     TEXT,
    accept_overdue INTEGER NOT NULL,
    finish_overdue INTEGER NOT NULL,
    event          TEXT    NOT NULL,
    actor          TEXT,
    note           TEXT,
    changed_at     INTEGER NOT NULL
);
CREATE INDEX work_orders_open ON work_orders (status) WHERE status != 'FINISHED';

CREATE TABLE work_order_events (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    work_order_id INTEGER NOT NULL REFERENCES work_orders (id),
    event         TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    actor         TEXT,
    note          TEXT,
    at            INTEGER NOT NULL
);
CREATE INDEX work_order_events_by_order ON work_order_events (work_order_id);
