-- A dispute's sides are read per proposition and side: a page of its assertions or denials and how many there
-- are, and whether a proposition has claims on both sides at all. With thousands of claims on a proposition,
-- each was a read of all of them.
-- 1. An index on (proposition, side, id): a page of one side is a range of it. (The index on (proposition, id)
--    of migration 4.1 stays: the claims beside a claim, on either side of it, are read in id order.)
-- 2. The claims on each side counted on the proposition, and whether it is disputed (some claims deny it,
--    others assert or hedge), kept up to date by each ingest; an index on (disputed, id) pages the disputes.

CREATE INDEX ix_claim_proposition_side_claim ON claim (proposition_id, proposition_side, id);

ALTER TABLE proposition ADD COLUMN asserting_claims BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE proposition ADD COLUMN denying_claims BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE proposition ADD COLUMN hedging_claims BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE proposition ADD COLUMN disputed BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE proposition SET
    asserting_claims = (SELECT COUNT(*) FROM claim c WHERE c.proposition_id = proposition.id
                        AND c.proposition_side = 'ASSERTS'),
    denying_claims = (SELECT COUNT(*) FROM claim c WHERE c.proposition_id = proposition.id
                      AND c.proposition_side = 'DENIES'),
    hedging_claims = (SELECT COUNT(*) FROM claim c WHERE c.proposition_id = proposition.id
                      AND c.proposition_side = 'HEDGES');
UPDATE proposition SET disputed = (denying_claims > 0 AND asserting_claims + hedging_claims > 0);

CREATE INDEX ix_proposition_disputed ON proposition (disputed, id);
