package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.LocationKind;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("LocationFilter")
public record LocationFilter(
        LocationKind kind, String name, @Id String parent) {}
