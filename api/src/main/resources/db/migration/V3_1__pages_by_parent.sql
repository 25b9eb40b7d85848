-- Each nested page (an actor's claims, the claims about an actor, an article's claims, where an actor or a
-- place is named, the places inside a place) is read per parent in id order with its limit in SQL. An index on
-- (parent, id) lets that read stop after the page; on the parent alone PostgreSQL would sort all the parent's
-- rows first. Each replaces the index on the parent alone, which it covers. Version 3.1, not 3: the
-- number leaves room for a migration 3 written at the same time on another branch.

CREATE INDEX ix_claim_speaker_claim ON claim (speaker_id, id);
DROP INDEX ix_claim_speaker;
CREATE INDEX ix_claim_article_claim ON claim (article_id, id);
DROP INDEX ix_claim_article;
CREATE INDEX ix_claim_about_actor_claim ON claim_about (actor_id, claim_id);
DROP INDEX ix_claim_about_actor;
CREATE INDEX ix_mention_actor_mention ON mention (actor_id, id);
DROP INDEX ix_mention_actor;
CREATE INDEX ix_mention_location_mention ON mention (location_id, id);
DROP INDEX ix_mention_location;
CREATE INDEX ix_location_parent_location ON location (parent_id, id);
DROP INDEX ix_location_parent;
