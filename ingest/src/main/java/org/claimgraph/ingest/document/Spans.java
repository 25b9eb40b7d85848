package org.claimgraph.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.claimgraph.ingest.extraction.CharSpan;

/** Range look-ups in layers kept in body order, so that a stage never scans a whole layer per item. */
public final class Spans {

    private Spans() {
    }

    /**
     * The items whose spans lie inside {@code range}, in list order; {@code items} must be sorted by
     * span start, as every layer is.
     */
    public static <T> List<T> within(List<T> items, Function<T, CharSpan> span, CharSpan range) {
        List<T> inside = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(items, span, range.start()); i < items.size(); i++) {
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

    private static <T> int firstStartingAtOrAfter(List<T> items, Function<T, CharSpan> span, int offset) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (span.apply(items.get(mid)).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
