/**
 * How the GraphQL engine runs: the set-up SmallRye GraphQL is extended with (one instrumentation chain
 * for the limits and error codes, plain properties read without per-field work, the response cache for
 * queries asked again). Parts of it lean on SmallRye internals; {@code EngineSpeedUpsTest} notices
 * when an upgrade turns one off.
 */
package org.claimgraph.api.graphql.runtime;
