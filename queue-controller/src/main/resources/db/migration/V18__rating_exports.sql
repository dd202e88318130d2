-- How far each 好差评 sink has taken the hall's ratings (docs/ratings-export.md): every rating with an
-- id up to last_rating_id is kept there. The export reads ratings after it, in id order.
CREATE TABLE rating_exports (
    sink           TEXT    PRIMARY KEY,
    last_rating_id INTEGER NOT NULL,
    exported_at    INTEGER NOT NULL
);
