/**
 * Stage package: {@link org.claimgraph.ingest.resolve.ActorResolver} turns the place, organisation
 * and person mentions into one actor per real-world entity (surnames to full names, capitals acting for
 * states, groups, affiliations) and the mentions that point to them. It depends only on {@code document},
 * {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.resolve;
