-- The hall's public web address (its publicBaseUrl), sent with its live figures, so the citizens'
-- city page (/city/services) can link to the hall's booking page.
ALTER TABLE hall_live ADD COLUMN public_url TEXT;
