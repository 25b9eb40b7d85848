package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.ActorKind;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
public record ActorFilter(ActorKind kind, String name) {}
