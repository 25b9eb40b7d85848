/**
 * What happens to the graph, as CDI events: {@link org.claimgraph.api.events.GraphChanged} once an
 * ingest has stored an article, observed by the response cache, the graph-size metrics and the stream
 * of new claims that the {@code claimAdded} subscription reads. Producers and observers do not know
 * each other.
 */
package org.claimgraph.api.events;
