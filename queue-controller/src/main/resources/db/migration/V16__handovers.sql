-- Handovers (代办转报) to and from this hall (docs/city.md "Handovers"): one row each, as the hall
-- holds it now. outgoing = 1 at the station that sent it, 0 at the receiving hall. The handover's
-- city-wide record (matter, materials, deadlines, steps) is JSON in `record`, exactly as the hub hands
-- it over; token (station only) is what the citizen's receipt QR code opens. Times: epoch ms (UTC).
CREATE TABLE handovers (
    receipt          TEXT    PRIMARY KEY,
    outgoing         INTEGER NOT NULL,
    token            TEXT    UNIQUE,
    ticket_id        INTEGER,
    ticket_number    TEXT,
    pickup_ticket_id INTEGER,
    status           TEXT    NOT NULL,
    closed           INTEGER NOT NULL,
    version          INTEGER NOT NULL,
    record           TEXT    NOT NULL,
    changed_at       INTEGER NOT NULL
);
CREATE INDEX handovers_open ON handovers (closed, changed_at);
