-- The deadlines of a handover this hall has already raised an alert for (docs/city.md "Handovers"):
-- NULL, or a comma list of ACCEPT (not accepted or returned in time) and RESULT (result not ready in
-- time). Each is noted once, by whichever hall holds the handover, on that hall's own clock.
ALTER TABLE handovers ADD COLUMN overdue TEXT;
