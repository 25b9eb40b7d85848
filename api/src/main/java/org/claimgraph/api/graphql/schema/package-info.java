/**
 * The GraphQL model: the records and inputs of the contract (their names, fields and descriptions are
 * the schema) and {@link org.claimgraph.api.graphql.schema.GraphMapper}, which maps stored entities to
 * them. Entities follow the tables; these types follow the contract. Only {@code graphql} imports this
 * package.
 */
package org.claimgraph.api.graphql.schema;
