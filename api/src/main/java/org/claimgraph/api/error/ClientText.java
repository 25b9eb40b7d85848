package org.claimgraph.api.error;

/**
 * What of a client's input an error message may quote: a few characters, so that an error never
 * carries back a whole forged value (a cursor, an id) for another page to display.
 */
public final class ClientText {

    /** The most characters of client input an error message repeats. */
    public static final int MAX_QUOTED = 8;

    private ClientText() {}

    /** The value as is when it is short, else its first {@value #MAX_QUOTED} characters and "…". */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        if (value.codePointCount(0, value.length()) <= MAX_QUOTED) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED)) + "…";
    }
}
