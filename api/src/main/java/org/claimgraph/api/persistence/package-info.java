/**
 * Which database is active (H2 or PostgreSQL, chosen at start) and its entity manager.
 */
package org.claimgraph.api.persistence;
