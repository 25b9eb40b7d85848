/**
 * What a read of claims returns and what it filters by, shared by the layers that pass it along: the
 * store reads {@code ClaimRow}s (the claim's columns without loading the entity), the services page them,
 * the GraphQL resources map them to the contract's type; {@code ClaimCriteria} travels the other way. It
 * holds plain records over domain types and imports nothing else of the app, so each layer may use it
 * without reaching into the one below.
 */
package org.claimgraph.api.read;
