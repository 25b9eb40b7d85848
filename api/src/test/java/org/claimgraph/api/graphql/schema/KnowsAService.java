package org.claimgraph.api.graphql.schema;

import org.claimgraph.api.service.ReturnsASchemaType;

/** Breaks the layering on purpose (a GraphQL type that knows a service), for {@code ApiLayerRulesCatchTest}. */
public class KnowsAService {

    public ReturnsASchemaType source() {
        return new ReturnsASchemaType();
    }
}
