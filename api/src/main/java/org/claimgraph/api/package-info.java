/**
 * The claimgraph application: a Quarkus app that stores what the ingest pipeline extracts from news
 * articles and serves it as a GraphQL API ({@code graphql}), with a bulk ingester as a second command
 * ({@code bulk}). Requests go down one way: {@code graphql} and {@code bulk} call the services
 * ({@code service} to read, {@code intake} to ingest), which call {@code store}, which reads and writes
 * the {@code domain} entities. ARCHITECTURE.md at the root of the repository draws it.
 */
package org.claimgraph.api;
