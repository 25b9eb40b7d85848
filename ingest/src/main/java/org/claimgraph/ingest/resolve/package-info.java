/**
 * Stage package, two stages: {@link org.claimgraph.ingest.resolve.PlaceMentionResolver} settles the place
 * finder's candidates into places with their parents (a name shared by several places read where the article
 * points, a place from context under the place written by it, "the town" as the town named before); {@link
 * org.claimgraph.ingest.resolve.ActorResolver} turns the place, organisation and person mentions into one actor
 * per real-world entity (surnames to full names, capitals acting for states, groups, affiliations) and the
 * mentions that point to them. It depends only on {@code document}, {@code extraction}, {@code lexicon} and
 * {@code domain}.
 */
package org.claimgraph.ingest.resolve;
