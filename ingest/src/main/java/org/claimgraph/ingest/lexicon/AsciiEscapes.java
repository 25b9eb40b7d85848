package org.claimgraph.ingest.lexicon;

/**
 * Java-style {@code \}{@code uXXXX} escapes for every character outside printable ASCII: the world
 * tables are written this way so that they load as compact one-byte-per-character strings, and a
 * name is escaped the same way before it is looked up in them.
 */
final class AsciiEscapes {

    private AsciiEscapes() {}

    static String escape(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f && c != '\\' || c == '\t') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        int slash = text.indexOf('\\');
        if (slash < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; slash >= 0; slash = text.indexOf('\\', from)) {
            out.append(text, from, slash);
            out.append((char) Integer.parseInt(text.substring(slash + 2, slash + 6), 16));
            from = slash + 6;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' || c >= 0x7f || c == '\\') && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
