package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.RelationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A proposition that some claims assert and others deny, across all articles: over an actor, over a
 * place, or (predicate OTHER) over a statement no typed relation fits, which its label says.
 */
public record Dispute(
        @Id @NonNull String id,

        @Description("\"Taliban FIGHTS Islamic State\", \"Taliban CONTROLS Dasht-e-Archi\", or for OTHER the label")
        @NonNull
        String proposition,

        @NonNull RelationKind predicate,

        @Description("The words of the claim the denials answer (\"aid was diverted to fighters\"), when the"
                + " dispute was found inside one article; says what an OTHER dispute is about.")
        String label,

        @Ignore Long subjectId,
        @Ignore Long objectId,
        @Ignore Long objectLocationId) {}
