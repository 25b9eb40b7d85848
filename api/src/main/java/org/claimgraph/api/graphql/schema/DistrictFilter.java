package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DistrictFilter")
public record DistrictFilter(String name, @Id String province) {}
