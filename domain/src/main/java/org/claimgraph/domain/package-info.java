/**
 * The vocabulary of claimgraph: the stored entities (articles, actors, claims, places, figures, mentions,
 * propositions) with their Jakarta Persistence mappings and enums, and the text forms they are searched
 * by. Depends on nothing else of the project and on no framework beyond the persistence annotations.
 */
package org.claimgraph.domain;
