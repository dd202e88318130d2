-- How long each window was open (open or resumed until paused or closed) and busy (a citizen called
-- to it until done, gone or passed on), per hour and day, for a window's attendance in the city
-- reports; and since when each window is open now, so that the interval a batch began is finished by
-- a later batch.
ALTER TABLE rollup_hour ADD COLUMN open_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN open_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN busy_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN busy_ms BIGINT NOT NULL DEFAULT 0;
CREATE TABLE window_open (
    hall_id   TEXT        NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    window_no INTEGER     NOT NULL,
    since     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (hall_id, window_no)
);
