-- 好差评: one rating per served ticket. Times are epoch milliseconds (UTC).
CREATE TABLE ratings (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL UNIQUE REFERENCES tickets (id),
    ticket_number TEXT    NOT NULL,
    business_date TEXT    NOT NULL,
    service_id    TEXT    NOT NULL,
    window_no     INTEGER NOT NULL,
    clerk         TEXT,
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment       TEXT,
    source        TEXT    NOT NULL,
    rated_at      INTEGER NOT NULL
);
CREATE INDEX ratings_by_day ON ratings (business_date);
