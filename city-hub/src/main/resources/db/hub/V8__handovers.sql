-- Handovers (代办转报, docs/city.md "Handovers"): a matter a station accepted and handed to the
-- competent hall. The hub keeps the city-wide record (`record`: the handover as JSON, its steps
-- included), bumps `version` with every step either hall adds, and hands the record to each hall
-- with its acknowledgements until that hall says it holds the version (from_seen, to_seen). to_hall
-- may name a hall that is not registered: the hub then returns the handover to the station itself.
CREATE TABLE handovers (
    receipt     TEXT        PRIMARY KEY,
    from_hall   TEXT        NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    to_hall     TEXT        NOT NULL,
    service_id  TEXT        NOT NULL,
    matter_name TEXT        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    accept_due  TIMESTAMPTZ,
    result_due  TIMESTAMPTZ,
    status      TEXT        NOT NULL,
    closed      BOOLEAN     NOT NULL,
    record      TEXT        NOT NULL,
    version     BIGINT      NOT NULL,
    from_seen   BIGINT      NOT NULL,
    to_seen     BIGINT      NOT NULL
);
CREATE INDEX handovers_for_station ON handovers (from_hall) WHERE version > from_seen;
CREATE INDEX handovers_for_receiver ON handovers (to_hall) WHERE version > to_seen;
CREATE INDEX handovers_open ON handovers (sent_at) WHERE NOT closed;
CREATE INDEX handovers_sent ON handovers (sent_at);
