package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ClaimFilter")
public record ClaimFilter(
        @Id String speaker,
        @Id String about,
        @Id String location,
        Stance stance,
        ClaimKind kind,
        @Id String article,
        String text) {}
