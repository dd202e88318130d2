-- The city outbox (docs/city.md): every stored change of the hall as city events, written in the
-- same transaction as the change itself, for the relay to send to the city hub.
-- hall_seq is AUTOINCREMENT: SQLite never hands a number out again, even once the rows below it
-- are pruned, and a rolled-back transaction takes its numbers back, so the sequence never repeats
-- and never skips. at is epoch milliseconds; day the business day (ISO) the event counts for; body
-- the CityFact as JSON (no personal data).
CREATE TABLE city_outbox (
    hall_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at       INTEGER NOT NULL,
    day      TEXT    NOT NULL,
    body     TEXT    NOT NULL
);

-- What the hub last acknowledged (its watermark: it holds every event up to it), and when.
CREATE TABLE city_link (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    acknowledged INTEGER NOT NULL,
    heard_at     INTEGER NOT NULL
);
