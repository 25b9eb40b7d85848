package org.claimgraph.api.graphql.runtime;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Reads and swaps the data fetchers of a schema's object fields: what the engine speed-ups share. */
final class SchemaFetchers {

    private static final Logger LOG = Logger.getLogger(SchemaFetchers.class);

    private SchemaFetchers() {}

    /** A fetcher to serve a field instead of {@code current}, or null to keep it. */
    interface Replacement {
        DataFetcher<?> replace(DataFetcher<?> current) throws ReflectiveOperationException;
    }

    /** The fields of the schema served by a fetcher of {@code type}, as "Type.field". */
    static Set<String> servedBy(GraphQLSchema schema, Class<?> type) {
        Set<String> fields = new TreeSet<>();
        for (GraphQLType each : schema.getAllTypesAsList()) {
            if (each instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                    if (type.isInstance(schema.getCodeRegistry().getDataFetcher(object, definition))) {
                        fields.add(object.getName() + "." + definition.getName());
                    }
                }
            }
        }
        return fields;
    }

    /**
     * The schema with the fetcher of every field outside introspection replaced where {@code replacement}
     * gives one; a field whose replacement fails keeps its fetcher.
     */
    static GraphQLSchema replace(GraphQLSchema schema, Replacement replacement) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder replaced = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, definition);
                try {
                    DataFetcher<?> fetcher = replacement.replace(registry.getDataFetcher(coordinates, definition));
                    if (fetcher != null) {
                        replaced.dataFetcher(coordinates, fetcher);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.debugf("%s keeps SmallRye GraphQL's data fetcher: %s", coordinates, e);
                }
            }
        }
        GraphQLCodeRegistry codeRegistry = replaced.build();
        return schema.transform(b -> b.codeRegistry(codeRegistry));
    }
}
