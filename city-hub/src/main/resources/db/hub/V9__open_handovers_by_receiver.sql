-- The watch reads a hall's open handovers with every live sample it sends (docs/city.md "Supervision"):
-- an index of the open ones by receiving hall, so that read stays a few rows however many handovers
-- the city has closed.
CREATE INDEX handovers_open_to ON handovers (to_hall) WHERE NOT closed;
