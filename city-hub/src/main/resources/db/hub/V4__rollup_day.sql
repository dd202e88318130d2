-- The same counters per business day (no hour): what monthly reports and the overview read, 24
-- times fewer rows than rollup_hour. Kept on ingest in the same transaction; existing hour rows
-- are summed in once here.
CREATE TABLE rollup_day (LIKE rollup_hour INCLUDING DEFAULTS);
ALTER TABLE rollup_day DROP COLUMN hour;
ALTER TABLE rollup_day ADD PRIMARY KEY (hall_id, day, service_id, window_no);
CREATE INDEX rollup_day_by_day ON rollup_day (day);
INSERT INTO rollup_day (hall_id, day, service_id, window_no, issued, first_calls, waited_ms, served, service_ms, no_shows,
    voided, transferred, ratings, rating_sum, bad_ratings, work_orders, work_orders_done, work_orders_late, notices,
    booked, checked_in, appointment_no_shows)
SELECT hall_id, day, service_id, window_no, sum(issued), sum(first_calls), sum(waited_ms), sum(served), sum(service_ms),
    sum(no_shows), sum(voided), sum(transferred), sum(ratings), sum(rating_sum), sum(bad_ratings), sum(work_orders),
    sum(work_orders_done), sum(work_orders_late), sum(notices), sum(booked), sum(checked_in), sum(appointment_no_shows)
FROM rollup_hour GROUP BY hall_id, day, service_id, window_no;
