-- The claims of a place in claim order straight from one index (the district and place pages cut their
-- pages from it): location_id first, claim_id beside it, so no row is read. It replaces the index on
-- location_id alone, which it covers. Plain SQL that H2 and PostgreSQL both accept.

CREATE INDEX ix_claim_location_place_claim ON claim_location (location_id, claim_id);
DROP INDEX ix_claim_location_location;
