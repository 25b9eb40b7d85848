/**
 * The typed configuration of the app ({@code claimgraph.*} keys) with its defaults; any layer may read it.
 */
package org.claimgraph.api.config;
