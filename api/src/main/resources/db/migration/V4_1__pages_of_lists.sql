-- The lists that grow with the graph and were read whole are read a page per parent with the limit in SQL
-- (PerParentPages): an index on (parent, child id) lets each read stop after the page. Version 4.1, not 5: the
-- number leaves room for a migration 5 written at the same time on another branch.

-- The articles that name an actor or a place, each once: a range scan of (parent, article) stops after the
-- page's distinct articles. The indexes on (parent, mention id) stay for the mentions' own pages.
CREATE INDEX ix_mention_actor_article ON mention (actor_id, article_id);
CREATE INDEX ix_mention_location_article ON mention (location_id, article_id);

-- The claims on a proposition (a dispute's sides, the claims that contradict or support a claim), in id order.
CREATE INDEX ix_claim_proposition_claim ON claim (proposition_id, id);
DROP INDEX ix_claim_proposition;

-- The figures about an actor and those placed in a place, in id order.
CREATE INDEX ix_quantity_subject_quantity ON quantity (subject_id, id);
DROP INDEX ix_quantity_subject;
CREATE INDEX ix_quantity_location_quantity ON quantity (location_id, id);
DROP INDEX ix_quantity_location;

-- The actors affiliated with an organisation or a country, in id order.
CREATE INDEX ix_actor_affiliation_actor ON actor (affiliation_id, id);
DROP INDEX ix_actor_affiliation;
