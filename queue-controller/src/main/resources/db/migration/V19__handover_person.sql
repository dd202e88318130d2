-- The keyed hash of the citizen a station handed over (the hall's own person key, never the ID
-- number), so a kiosk can show a card holder their handovers from the station's own records when the
-- city hub does not answer (docs/city.md, "One identity"). Filled for earlier handovers from the
-- ticket they came from.
ALTER TABLE handovers ADD COLUMN person_key TEXT;
UPDATE handovers SET person_key = (SELECT t.person_key FROM tickets t WHERE t.id = handovers.ticket_id)
WHERE outgoing = 1 AND ticket_id IS NOT NULL;
