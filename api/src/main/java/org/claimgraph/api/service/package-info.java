/**
 * Reads the graph for the API: pages and batches of actors, articles, claims, places, mentions,
 * figures and disputes, one query per batch of parents, and the evidence text behind a span. Services
 * own the read transactions and call only {@code store}.
 */
package org.claimgraph.api.service;
