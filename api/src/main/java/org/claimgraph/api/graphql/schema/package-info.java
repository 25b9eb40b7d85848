/**
 * The GraphQL model: the records and inputs of the contract (their names, fields and descriptions are
 * the schema) and {@link org.claimgraph.api.graphql.schema.GraphMapper}, which maps domain entities to
 * them. Entities follow the tables; these types follow the contract. It imports no other layer of the
 * app; only {@code graphql} imports it.
 */
package org.claimgraph.api.graphql.schema;
