/**
 * What instances that share one PostgreSQL database tell each other: each stored article, through the
 * database's own LISTEN/NOTIFY, so that every instance drops its response cache and hands the new claims to
 * its subscribers. On H2 nothing is shared: events stay in the process.
 */
package org.claimgraph.api.cluster;
