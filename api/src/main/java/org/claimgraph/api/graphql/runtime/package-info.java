/**
 * How the GraphQL engine runs: the set-up SmallRye GraphQL is extended with (one instrumentation chain
 * for the limits and error codes, plain properties and the parents of batched fields handled without
 * SmallRye's per-field work, only the data loaders a query uses dispatched and their fetchers made once,
 * field look-ups without SmallRye's empty block list, the response cache for queries asked again). Its instrumentations refuse what the engine would let through
 * ({@code FragmentExpansion}, {@code IntLiterals}, {@code NodeLimit}, {@code ResponseSizeLimit}),
 * {@code QueryDeadline} stops a query over its time, and {@code ErrorCodes} gives graphql-java's own
 * errors an {@code extensions.code} (telling an unreachable database from other failures with
 * {@code DatabaseOutage}). Parts of it lean on SmallRye internals; {@code EngineSpeedUpsTest} notices
 * when an upgrade turns one off.
 */
package org.claimgraph.api.graphql.runtime;
