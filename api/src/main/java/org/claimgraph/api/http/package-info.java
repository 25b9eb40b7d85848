/**
 * Checks a GraphQL request over HTTP before the engine sees it (size, media type, JSON shape) and
 * answers a refused one with a status and an error code.
 */
package org.claimgraph.api.http;
