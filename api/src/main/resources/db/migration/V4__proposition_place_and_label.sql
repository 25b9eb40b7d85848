-- A dispute may be over a place ("the rebels CONTROL the town") or over a statement no typed relation
-- fits ("aid was diverted to fighters"): a proposition's subject and object actors become optional, it
-- may have a place as its object, and it keeps the words of the claim it was read from as its label.
-- Plain SQL that H2 and PostgreSQL both accept.

ALTER TABLE proposition ALTER COLUMN subject_id DROP NOT NULL;
ALTER TABLE proposition ALTER COLUMN object_id DROP NOT NULL;
ALTER TABLE proposition ADD COLUMN object_location_id BIGINT REFERENCES location (id);
ALTER TABLE proposition ADD COLUMN label VARCHAR(500);
ALTER TABLE proposition ADD CONSTRAINT uk_proposition_place UNIQUE (subject_id, predicate, object_location_id);
CREATE INDEX ix_proposition_object_location ON proposition (object_location_id);
