package org.claimgraph.ingest.document;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * One article on its way through the pipeline: the original text and the layers the stages have
 * added to it. A layer is written once, by the stage that produces it, and read by later stages.
 */
public final class Document {

    private final String text;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();
    private final Map<Layer<?>, Object> views = new HashMap<>();

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

    /**
     * A value several stages compute the same way from layers already added (such as the words of each
     * sentence with their tags), computed by the first that asks and shared with the others. Not a layer:
     * no stage produces it and {@link #layers()} does not list it.
     */
    public <T> T view(Layer<T> view, Function<Document, T> derive) {
        Object value = views.get(view);
        if (value == null) {
            value = view.cast(derive.apply(this));
            views.put(view, value);
        }
        return view.cast(value);
    }

    public Set<Layer<?>> layers() {
        return Set.copyOf(layers.keySet());
    }
}
