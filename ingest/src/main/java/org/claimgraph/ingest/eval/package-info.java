/**
 * Scores extractions against the gold of the development set (eval/): precision, recall and F1 per
 * article and their means, for the command line and {@code DevelopmentSetEvaluationTest}.
 */
package org.claimgraph.ingest.eval;
