/**
 * Metrics for operators ({@code /q/metrics}): the size of the graph and the SQL statements run.
 */
package org.claimgraph.api.operations;
