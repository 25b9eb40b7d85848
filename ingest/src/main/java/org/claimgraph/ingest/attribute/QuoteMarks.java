package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * Finds quotations within paragraphs by a single left-to-right scan: curly marks pair “ with ”,
 * straight marks alternate. A quotation left open runs to the end of its paragraph. Each result spans
 * from the opening mark to the closing mark inclusive (or to the paragraph end).
 */
final class QuoteMarks {

    private QuoteMarks() {}

    static List<CharSpan> find(String text, List<CharSpan> paragraphs) {
        List<CharSpan> quotes = new ArrayList<>();
        for (CharSpan paragraph : paragraphs) {
            int open = -1;
            char opener = 0;
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if (open < 0 && (c == '\u201c' || c == '"')) {
                    open = i;
                    opener = c;
                } else if (open >= 0 && (c == '\u201d' && opener == '\u201c' || c == '"' && opener == '"')) {
                    quotes.add(new CharSpan(open, i + 1));
                    open = -1;
                }
            }
            if (open >= 0 && paragraph.end() - open > 1) {
                quotes.add(new CharSpan(open, paragraph.end()));
            }
        }
        return quotes;
    }

    /** The words inside a quotation: without its marks, white space and a trailing comma. */
    static CharSpan inner(String text, CharSpan quote) {
        int start = quote.start() + 1;
        int end = quote.end();
        char last = text.charAt(end - 1);
        if (last == '\u201d' || last == '"') {
            end--;
        }
        CharSpan inner = new CharSpan(start, Math.max(start, end)).trim(text);
        int e = inner.end();
        while (e > inner.start() && text.charAt(e - 1) == ',') {
            e--;
        }
        return new CharSpan(inner.start(), e).trim(text);
    }
}
