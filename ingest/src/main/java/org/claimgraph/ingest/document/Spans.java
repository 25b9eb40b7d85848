package org.claimgraph.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.claimgraph.ingest.extraction.CharSpan;

/** Range look-ups in layers kept in body order, so that a stage never scans a whole layer per item. */
public final class Spans {

    private Spans() {}

    /**
     * The items whose spans lie inside {@code range}, in list order; {@code items} must be sorted by
     * span start, as every layer is.
     */
    public static <T> List<T> within(List<T> items, Function<T, CharSpan> span, CharSpan range) {
        List<T> inside = new ArrayList<>();
        for (int i = startingBefore(items, span, range.start()); i < items.size(); i++) {
            CharSpan s = span.apply(items.get(i));
            if (s.start() > range.end()) {
                break;
            }
            if (range.contains(s)) {
                inside.add(items.get(i));
            }
        }
        return inside;
    }

    /**
     * How many items start before {@code offset}, which is the index of the first that starts at or after
     * it; {@code items} must be sorted by span start.
     */
    public static <T> int startingBefore(List<T> items, Function<T, CharSpan> span, int offset) {
        return firstWhereNot(items, item -> span.apply(item).start() < offset);
    }

    /**
     * How many items end at or before {@code offset}, which is the index of the first that ends after it;
     * {@code items} must be sorted by span end as well as start (tokens, or spans that do not overlap).
     */
    public static <T> int endingBy(List<T> items, Function<T, CharSpan> span, int offset) {
        return firstWhereNot(items, item -> span.apply(item).end() <= offset);
    }

    /** The index of the first item for which {@code before} fails; it holds for all items up to there. */
    private static <T> int firstWhereNot(List<T> items, Predicate<T> before) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (before.test(items.get(mid))) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
