/**
 * Reads the graph for the API: pages and batches of actors, articles, claims, places, mentions,
 * figures and disputes, one query per batch of parents, and the words of the article behind a span.
 * Services return domain entities, claim rows ({@code read.ClaimRow}) and their own small records ({@code Page},
 * {@code Aliased}, {@code Excerpt}, {@code SearchMatch}), never GraphQL types; they take a
 * {@code PageSpec} for a page. They own the read transactions and call only {@code store}.
 */
package org.claimgraph.api.service;
