-- Ratings by level (好差评: 1 非常不满意 … 5 非常满意), for the city reports: one counter per level in
-- both rollups, kept on ingest like every counter. Ratings the hub stored before this version count
-- in ratings and rating_sum only (their levels are not recomputed here); docs/city.md, "Reports".
ALTER TABLE rollup_hour ADD COLUMN rated_1 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN rated_2 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN rated_3 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN rated_4 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_hour ADD COLUMN rated_5 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN rated_1 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN rated_2 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN rated_3 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN rated_4 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_day ADD COLUMN rated_5 INTEGER NOT NULL DEFAULT 0;
