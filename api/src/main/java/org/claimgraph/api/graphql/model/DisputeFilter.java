package org.claimgraph.api.graphql.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DisputeFilter")
public record DisputeFilter(@Id String actor) {
}
