package org.claimgraph.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;

/** Splits a text into line spans (without their line terminators: \n, \r\n or \r). */
final class Lines {

    private Lines() {}

    static List<CharSpan> of(String text) {
        List<CharSpan> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new CharSpan(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(new CharSpan(start, text.length()));
        }
        return lines;
    }
}
