package org.claimgraph.api.graphql.runtime;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.config.Config;

/**
 * SmallRye GraphQL turns its default field visibility (the value "default": every field visible) into a
 * graphql-java block list with the pattern "default", which blocks nothing but is matched, a regular expression
 * on "Type.field", every time the engine looks a field up: at every field of every response. With the default
 * setting this puts graphql-java's own default visibility in its place; any other setting is left as it is.
 */
final class FieldVisibility {

    private FieldVisibility() {}

    /** Whether the schema's field visibility is graphql-java's default (nothing blocked, nothing matched). */
    static boolean isPlain(GraphQLSchema schema) {
        return schema.getCodeRegistry().getFieldVisibility() == DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;
    }

    static GraphQLSchema unblocked(GraphQLSchema schema) {
        boolean configuredDefault =
                Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility());
        if (!configuredDefault || !(schema.getCodeRegistry().getFieldVisibility() instanceof BlockedFields)) {
            return schema;
        }
        GraphQLCodeRegistry registry = schema.getCodeRegistry()
                .transform(b -> b.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        return schema.transform(b -> b.codeRegistry(registry));
    }
}
