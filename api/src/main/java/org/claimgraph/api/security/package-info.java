/**
 * Who may ingest: the bearer token of the ingest mutation. Queries are open.
 */
package org.claimgraph.api.security;
