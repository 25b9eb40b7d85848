package org.claimgraph.ingest.document;

import java.util.Objects;

/**
 * A typed key for one layer of annotations on a {@link Document}, such as the sentences or the
 * place mentions. Keys compare by identity: declare each once, in {@link Layers}.
 */
public final class Layer<T> {

    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<?> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("layer " + name + " holds " + type.getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
