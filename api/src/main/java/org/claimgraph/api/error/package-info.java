/**
 * What a client is told when a request cannot be answered: the exceptions services and resources throw
 * for bad input and refused access (each with its {@code extensions.code}), and how much of the client's
 * own input an error message may quote. The engine-level checks that turn a request into such an error
 * (fragment expansion, integer literals, the codes of graphql-java's own errors) are instrumentation and
 * live in {@code graphql.runtime}.
 */
package org.claimgraph.api.error;
