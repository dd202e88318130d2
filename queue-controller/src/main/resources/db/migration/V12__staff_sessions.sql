-- Logged-in staff, so a restart logs nobody out. Never the session token itself: its SHA-256
-- (token_hash), and of the password hash at login only a fingerprint (a changed password ends the
-- session). Times are epoch milliseconds; last_seen is written at most once a minute per session.
-- Rows of ended sessions are deleted when the controller starts and when a user logs out.
CREATE TABLE staff_sessions (
    token_hash  TEXT    PRIMARY KEY,
    user_name   TEXT    NOT NULL,
    credential  TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
);
CREATE INDEX staff_sessions_by_user ON staff_sessions (user_name);
