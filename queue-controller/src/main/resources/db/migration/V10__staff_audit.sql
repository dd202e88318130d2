-- Every staff action through the API and every login, with who did it (the manager's audit trail).
CREATE TABLE staff_audit (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT,
    detail  TEXT,
    outcome INTEGER NOT NULL
);
CREATE INDEX staff_audit_by_time ON staff_audit (at);
