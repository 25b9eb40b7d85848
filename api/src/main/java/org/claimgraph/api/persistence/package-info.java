/**
 * Which database is active (H2 or PostgreSQL, chosen at start), its entity manager, and the compaction of an H2
 * database's file.
 */
package org.claimgraph.api.persistence;
