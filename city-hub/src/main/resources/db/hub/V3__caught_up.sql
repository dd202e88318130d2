-- When a hall last said it had nothing more to send (an empty batch: its relay sends one only when
-- its outbox is empty), by the hall's clock. With last_event it tells whether a period's figures
-- are final: a hall whose newest event or last "nothing more" is past the period's end has sent all
-- of that period.
ALTER TABLE hall_links ADD COLUMN caught_up TIMESTAMPTZ;
