/**
 * The contract between stages: the {@link org.claimgraph.ingest.document.Document} with its typed
 * {@link org.claimgraph.ingest.document.Layers}, the {@link org.claimgraph.ingest.document.Stage} interface and
 * the {@link org.claimgraph.ingest.document.Pipeline} that checks their order, the value types the layers hold
 * (tokens, sentences, place candidates, place, organisation and person mentions, attributed claims) and the
 * views several stages read them through (token cover, words of each sentence, the dateline, range look-ups).
 * It depends only on {@code extraction} and {@code domain}, never on a stage: layers flow between stages
 * through here.
 */
package org.claimgraph.ingest.document;
