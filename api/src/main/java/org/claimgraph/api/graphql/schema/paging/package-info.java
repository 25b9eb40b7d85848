/**
 * Relay connections: {@code Connection}, {@code Edge}, {@code PageInfo}, the validated {@code first} and
 * {@code after} arguments and their opaque cursors.
 */
package org.claimgraph.api.graphql.schema.paging;
