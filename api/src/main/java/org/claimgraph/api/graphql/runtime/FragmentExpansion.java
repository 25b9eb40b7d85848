package org.claimgraph.api.graphql.runtime;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses, before validation, a document that selects more fields than the complexity limit once its
 * fragments are expanded. Fragments that each spread the previous one twice double the query at every
 * step: graphql-java's complexity limit let thirty of them through, and expanding them for execution
 * took minutes and gigabytes. Each fragment is counted once here, so the count costs the document's size.
 */
final class FragmentExpansion extends SimplePerformantInstrumentation {

    private final long limit;

    FragmentExpansion(int limit) {
        this.limit = limit;
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(
            DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Document document = documentAndVariables.getDocument();
        Counter counter = new Counter(document.getDefinitionsOfType(FragmentDefinition.class));
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (counter.fields(operation.getSelectionSet()) > limit) {
                throw new TooManyFields(limit);
            }
        }
        return documentAndVariables;
    }

    /** Counts field selections, each fragment's once, capped just over the limit. */
    private final class Counter {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Long> counted = new HashMap<>();

        Counter(Iterable<FragmentDefinition> definitions) {
            definitions.forEach(fragment -> fragments.put(fragment.getName(), fragment));
        }

        long fields(SelectionSet selections) {
            long total = 0;
            if (selections == null) {
                return total;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total += 1 + fields(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    total += fields(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    total += fragment(spread.getName());
                }
                total = Math.min(total, limit + 1);
            }
            return total;
        }

        private long fragment(String name) {
            Long known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null) {
                return 0; // validation reports the unknown fragment
            }
            counted.put(name, 0L); // a cycle counts nothing more; validation reports it
            long fields = fields(definition.getSelectionSet());
            counted.put(name, fields);
            return fields;
        }
    }

    /** The client's error, with the same code as graphql-java's complexity limit. */
    static final class TooManyFields extends AbortExecutionException {

        TooManyFields(long limit) {
            super("maximum query complexity exceeded: the query selects more than " + limit
                    + " fields once its fragments are expanded");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.TOO_COMPLEX);
        }
    }
}
