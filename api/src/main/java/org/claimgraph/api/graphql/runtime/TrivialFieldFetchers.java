package org.claimgraph.api.graphql.runtime;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Serves the fields that only read a property of the parent object (a record component such as
 * {@code Claim.text} or {@code Edge.node}) without SmallRye GraphQL's per-field work. SmallRye's
 * {@link FieldDataFetcher} builds a context for every field of every object in a response (the path, the
 * arguments, the selected fields as JSON): most of a nested query's time went there. A property whose value
 * SmallRye would transform or adapt (dates, numbers formatted, ids of another type, maps, arrays, lists of
 * lists) keeps SmallRye's fetcher; so do all fields when SmallRye's internals are not what this class
 * expects.
 */
final class TrivialFieldFetchers {

    private static final Logger LOG = Logger.getLogger(TrivialFieldFetchers.class);

    private TrivialFieldFetchers() {}

    /** The fields of the schema served by a {@link PropertyFetcher}, as "Type.field". */
    static Set<String> directFields(GraphQLSchema schema) {
        return SchemaFetchers.servedBy(schema, PropertyFetcher.class);
    }

    static GraphQLSchema install(GraphQLSchema schema) {
        java.lang.reflect.Field fieldOf;
        java.lang.reflect.Field ownerOf;
        try {
            fieldOf = FieldDataFetcher.class.getDeclaredField("field");
            ownerOf = FieldDataFetcher.class.getDeclaredField("owner");
            fieldOf.setAccessible(true);
            ownerOf.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("plain fields keep SmallRye GraphQL's data fetcher: %s", e);
            return schema;
        }
        java.lang.reflect.Field field = fieldOf;
        java.lang.reflect.Field owner = ownerOf;
        return SchemaFetchers.replace(
                schema,
                fetcher -> fetcher instanceof FieldDataFetcher<?>
                        ? PropertyFetcher.of((Field) field.get(fetcher), (Reference) owner.get(fetcher))
                        : null);
    }

    /** Reads one public accessor of the parent object, nothing else. */
    static final class PropertyFetcher implements LightDataFetcher<Object> {

        private final MethodHandle accessor;

        private PropertyFetcher(MethodHandle accessor) {
            this.accessor = accessor;
        }

        /** A fetcher for the field, or null when SmallRye would do more than read the property. */
        static PropertyFetcher of(Field field, Reference owner) throws ReflectiveOperationException {
            if (field.getMethodName() == null || !Plain.isPlain(field)) {
                return null;
            }
            // a list of plain values is served as it is; SmallRye would copy it element by element
            if (field.hasWrapper()
                    && !(field.getWrapper().isCollection()
                            && !field.getWrapper().hasWrapper())) {
                return null;
            }
            Class<?> ownerClass = Class.forName(
                    owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Method method = ownerClass.getMethod(field.getMethodName());
            if (method.getParameterCount() != 0 || method.getReturnType() == void.class) {
                return null;
            }
            MethodHandle handle = MethodHandles.publicLookup()
                    .unreflect(method)
                    .asType(MethodType.methodType(Object.class, Object.class));
            return new PropertyFetcher(handle);
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env)
                throws Exception {
            return read(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource());
        }

        private Object read(Object source) throws Exception {
            if (source == null) {
                return null;
            }
            try {
                return accessor.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** SmallRye's own test of whether a field's value is transformed (scalars of another Java type) or adapted. */
    static final class Plain extends FieldHelper {

        private Plain(Field field) {
            super(field);
        }

        static boolean isPlain(Field field) {
            Plain plain = new Plain(field);
            return !plain.shouldTransform(field) && !plain.shouldAdapt(field) && !field.hasTransformation();
        }
    }
}
