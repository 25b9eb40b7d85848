package org.claimgraph.ingest.extraction;

/**
 * A range of UTF-16 {@code char} positions in the original article body, end exclusive, so that
 * {@code body.substring(start, end)} is the covered text. Strings are derived from spans, never the
 * other way round.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public String coveredText(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " lies outside a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public boolean contains(int position) {
        return position >= start && position < end;
    }

    public boolean contains(CharSpan other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return other.start < end && start < other.end;
    }

    public int overlapLength(CharSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public CharSpan shift(int offset) {
        return new CharSpan(start + offset, end + offset);
    }

    /** This span with leading and trailing white space of {@code text} removed. */
    public CharSpan trim(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new CharSpan(s, e);
    }

    @Override
    public int compareTo(CharSpan other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
