package org.claimgraph.api.service;

import org.claimgraph.api.graphql.schema.KnowsAService;

/** Breaks the layering on purpose (a service that hands out a GraphQL type), for {@code ApiLayerRulesCatchTest}. */
public class ReturnsASchemaType {

    public KnowsAService node() {
        return new KnowsAService();
    }
}
