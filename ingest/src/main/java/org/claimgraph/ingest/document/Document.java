package org.claimgraph.ingest.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One article on its way through the pipeline: the original text and the layers the stages have
 * added to it. A layer is written once, by the stage that produces it, and read by later stages.
 */
public final class Document {

    private final String text;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    public Document(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public String text() {
        return text;
    }

    public String text(CharSpan span) {
        return span.coveredText(text);
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " has not been added to this document");
        }
        return layer.cast(value);
    }

    public <T> void put(Layer<T> layer, T value) {
        Objects.requireNonNull(value, () -> "value of layer " + layer);
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " was already added to this document");
        }
        layers.put(layer, layer.cast(value));
    }

    public Set<Layer<?>> layers() {
        return Set.copyOf(layers.keySet());
    }
}
