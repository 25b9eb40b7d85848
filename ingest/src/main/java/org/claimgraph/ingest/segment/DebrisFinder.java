package org.claimgraph.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * Marks short lines of page furniture that were copied along with an article ("leave a reply:",
 * "Share this article", "Advertisement", "By Jane Doe"). Nothing is removed from the text: later
 * stages skip the marked spans, so every offset still points into the original body.
 * <p>Needs: nothing. Adds: {@link Layers#DEBRIS}.
 */
public final class DebrisFinder implements Stage {

    private static final int MAX_DEBRIS_WORDS = 8;
    private static final List<String> DEBRIS_STARTS = List.of(
            "leave a reply",
            "leave a comment",
            "share this",
            "share on",
            "click here",
            "sign up",
            "subscribe",
            "follow us",
            "related:",
            "related articles",
            "related stories",
            "read more",
            "advertisement",
            "all rights reserved",
            "copyright",
            "©",
            "print this",
            "email this",
            "comments",
            "tweet",
            "photo:",
            "image:",
            "file photo",
            "listen to this");
    private static final Pattern BYLINE =
            Pattern.compile("^by\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}$", Pattern.CASE_INSENSITIVE);
    private static final Set<Character> SENTENCE_END = Set.of('.', '!', '?', '"', '\u201d');

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.DEBRIS);
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        List<CharSpan> debris = new ArrayList<>();
        for (CharSpan line : Lines.of(text)) {
            CharSpan trimmed = line.trim(text);
            if (!trimmed.isEmpty() && isDebris(document.text(trimmed))) {
                debris.add(trimmed);
            }
        }
        document.put(Layers.DEBRIS, List.copyOf(debris));
    }

    static boolean isDebris(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (line.split("\\s+").length > MAX_DEBRIS_WORDS) {
            return false;
        }
        if (BYLINE.matcher(line).matches() && line.startsWith("By")) {
            return true;
        }
        String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (last.startsWith("http://") || last.startsWith("https://")) {
            return true; // "Follow our Africa coverage at https://...": a pointer elsewhere, not the story
        }
        boolean endsLikeProse = SENTENCE_END.contains(line.charAt(line.length() - 1));
        return !endsLikeProse && DEBRIS_STARTS.stream().anyMatch(lower::startsWith);
    }
}
