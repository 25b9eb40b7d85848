package org.claimgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * No field of the contract returns a list of objects whose length grows with the graph: such a list is a
 * connection (or takes {@code first}). The lists below are the known exceptions, each with its reason; a new
 * unpaged list of objects fails here until it is paged or listed with a reason.
 */
class PagedListsTest {

    private static final String ONE_ARTICLE = "what one article names: bounded by the article's length";
    private static final String ONE_CLAIM = "what one claim names: bounded by its sentence";

    private static final Map<String, String> UNPAGED = new TreeMap<>(Map.ofEntries(
            Map.entry("Article.actors", ONE_ARTICLE),
            Map.entry("Article.locations", ONE_ARTICLE),
            Map.entry("Article.quantities", ONE_ARTICLE),
            Map.entry("Claim.about", ONE_CLAIM),
            Map.entry("Claim.locations", ONE_CLAIM)));

    @Test
    void shouldPageEveryListOfObjectsButTheListedOnes() throws IOException {
        TypeDefinitionRegistry schema =
                new SchemaParser().parse(Path.of("schema.graphql").toFile());
        Map<String, String> unpaged = new TreeMap<>();
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            if (type.getName().startsWith("Connection_")) {
                continue; // a connection's edges are its page
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                boolean paged = field.getInputValueDefinitions().stream()
                        .anyMatch(a -> a.getName().equals("first"));
                String element = listElement(field.getType());
                if (!paged
                        && element != null
                        && schema.getType(element, ObjectTypeDefinition.class).isPresent()) {
                    String name = type.getName() + "." + field.getName();
                    unpaged.put(name, UNPAGED.getOrDefault(name, "NOT PAGED: make it a connection"));
                }
            }
        }
        assertEquals(UNPAGED, unpaged, "lists of objects without first (left: the known ones, right: the schema's)");
    }

    /** The element type's name if the type is a list, else null. */
    private static String listElement(Type<?> type) {
        Type<?> bare = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        if (!(bare instanceof ListType list)) {
            return null;
        }
        Type<?> element = list.getType() instanceof NonNullType nonNull ? nonNull.getType() : list.getType();
        return element instanceof TypeName name ? name.getName() : null;
    }
}
