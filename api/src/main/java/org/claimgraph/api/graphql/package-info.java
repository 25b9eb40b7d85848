/**
 * The GraphQL API: one resource class per type of the contract ({@code api/schema.graphql}), each thin:
 * it checks arguments, calls one service method and maps the result into {@code graphql.schema} types
 * ({@code Nodes} for the services' records and the store's claim rows, {@code Pages} between connection
 * arguments and the services' pages). Nested fields are batched ({@code @Source List<...>}), so a query
 * costs the same number of SQL statements whatever the number of rows. The top layer: nothing else in
 * the app imports it.
 */
package org.claimgraph.api.graphql;
