-- Restores from a backup (docs/operations.md, docs/decisions.md D19): written by ./hall controller
-- restore into the copy it puts in place, before the controller starts on it. backup_at is the
-- latest instant stored in the backup (hall time, epoch milliseconds; NULL for an empty hall);
-- outbox_highest the backup's highest city_outbox hall_seq. resumed_at is set by the controller's
-- first start once it has stored the day's numbering floors; outbox_rebased_at by the city relay
-- once it has renumbered the outbox past the hub's watermark.
CREATE TABLE restores (
    id                INTEGER PRIMARY KEY,
    restored_at       INTEGER NOT NULL,
    archive           TEXT    NOT NULL,
    backup_at         INTEGER,
    outbox_highest    INTEGER NOT NULL,
    resumed_at        INTEGER,
    outbox_rebased_at INTEGER
);

-- After a restore, the day's numbering of each service resumes past last_seq (the backup's last
-- number plus a margin for the tickets printed since), so no number in a citizen's hand is handed
-- out again. One row per business day and service; kept for the record.
CREATE TABLE numbering_floors (
    business_date TEXT    NOT NULL,
    service_id    TEXT    NOT NULL,
    last_seq      INTEGER NOT NULL,
    PRIMARY KEY (business_date, service_id)
);
