package org.claimgraph.api.service;

/** The sentence of a body around a span, for items stored without their sentence's offsets. */
final class SentenceAround {

    private SentenceAround() {}

    static String of(String body, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(body, from - 1)) {
            from--;
        }
        int to = end;
        while (to < body.length() && !endsSentence(body, to)) {
            to++;
        }
        if (to < body.length() && body.charAt(to) != '\n') {
            to++;
        }
        return body.substring(from, to).strip();
    }

    /** A line break, or a full stop, question or exclamation mark followed by white space. */
    private static boolean endsSentence(String body, int i) {
        char c = body.charAt(i);
        if (c == '\n') {
            return true;
        }
        boolean stop = c == '.' || c == '?' || c == '!';
        return stop && (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1)));
    }
}
