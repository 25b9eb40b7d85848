package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DisputeFilter")
public record DisputeFilter(@Id String actor) {}
