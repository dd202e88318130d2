-- Every decision of the window-opening policy, with its reason (the audit trail).
CREATE TABLE policy_decisions (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    window_no    INTEGER NOT NULL,
    service_id   TEXT,
    decided_at   INTEGER NOT NULL,
    effective_at INTEGER,
    reason       TEXT,
    actor        TEXT
);
CREATE INDEX policy_decisions_open ON policy_decisions (status) WHERE status IN ('PROPOSED', 'SCHEDULED');

-- Policy settings changed live by a manager (one row; absent = the configuration file's).
CREATE TABLE policy_settings (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    json       TEXT    NOT NULL,
    changed_at INTEGER NOT NULL
);
