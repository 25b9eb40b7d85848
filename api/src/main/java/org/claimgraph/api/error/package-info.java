/**
 * What a client is told when a request cannot be answered: the exceptions services throw for bad input
 * and refused access, the {@code extensions.code} each error carries, and the engine-level checks whose
 * failures are client errors (fragment expansion, integer literals, the database being unavailable).
 */
package org.claimgraph.api.error;
