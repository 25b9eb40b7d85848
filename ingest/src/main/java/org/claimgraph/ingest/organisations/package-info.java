/**
 * Stage package: {@link org.claimgraph.ingest.organisations.OrganisationFinder} finds the
 * organisations an article names: listed ones with their aliases, and unlisted ones by the shape of their
 * names or the words that describe them. It depends only on {@code document}, {@code extraction},
 * {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.organisations;
