package org.claimgraph.api.graphql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worst-case node count of a query: pages multiplied down, summed across, lists counted once a parent. */
class NodeLimitTest {

    private static final GraphQLSchema SCHEMA =
            new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { people(first: Int = 20): Page item(id: ID): Person }
            type Page { items: [Person] total: Int }
            type Person { name: String friends(first: Int = 20): Page tags: [Tag] }
            type Tag { label: String }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void shouldMultiplyNestedPagesAndAddThem() {
        assertEquals(
                10 + 10 * 5 + 10 * 5 * 3,
                nodes(
                        "{ people(first: 10) { items { friends(first: 5) { items { friends(first: 3) { total } } } } } }"));
    }

    @Test
    void shouldCountADefaultPageAsTwentyAndAnUnpagedListOnceAParent() {
        assertEquals(20 + 20 * 20, nodes("{ people { items { tags { label } friends { total } } } }"));
        assertEquals(0, nodes("{ item(id: 1) { name tags { label } } }"));
    }

    @Test
    void shouldCountEachAliasAndExpandFragmentsAndVariables() {
        String query = """
                query($n: Int) { a: people(first: $n) { ...F } b: people(first: 2) { ... on Page { total } } }
                fragment F on Page { items { friends(first: 4) { total } } }
                """;
        assertEquals(7 + 7 * 4 + 2, nodes(query, Map.of("n", 7)));
        assertEquals(20 + 20 * 4 + 2, nodes(query, Map.of()));
    }

    @Test
    void shouldCountAPageOverTheMaximumAsTheMaximumAndNeverOverflow() {
        assertEquals(200, nodes("{ people(first: 1000000) { total } }"));
        String deep = "{ people(first: 200) { items { " + "friends(first: 200) { items { ".repeat(8) + "name"
                + " } }".repeat(8) + " } } }";
        assertEquals(Long.MAX_VALUE, nodes(deep));
    }

    private static long nodes(String query) {
        return nodes(query, Map.of());
    }

    private static long nodes(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        return NodeLimit.nodes(
                ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                                SCHEMA, document, null, RawVariables.of(variables))
                        .getTopLevelFields(),
                1);
    }
}
