package org.claimgraph.ingest.organisations;

import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Gazetteer;
import org.claimgraph.ingest.lexicon.GazetteerEntry;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.PhraseIndex;

/**
 * Finds organisations in no list by the shape of their names: capitalised words ending in a head
 * word such as "Ministry", "Office" or "Council" ("Foreign Office", "Interior Ministry"), or a head
 * word followed by "of", "for" or "on" and capitalised words ("Office on Drugs and Crime") ("Ministry of Defence", "Chamber of Commerce and
 * Industry"), with an optional country in front ("Afghan Ministry of Defence", "Pakistan's Foreign
 * Office"). A head word alone is not a name.
 */
final class UnlistedOrganisations {

    private static final Set<String> HEADS = Set.of(
            "Ministry",
            "Office",
            "Council",
            "Command",
            "Police",
            "Agency",
            "Army",
            "Navy",
            "Party",
            "Front",
            "Movement",
            "Group",
            "Department",
            "Commission",
            "Committee",
            "Authority",
            "Bureau",
            "Directorate",
            "Chamber",
            "Corps",
            "Guard",
            "Assembly",
            "Court",
            "Organisation",
            "Organization",
            "Institute",
            "Foundation",
            "Association",
            "Service",
            "Services",
            "Force",
            "Brigade",
            "Battalion",
            "Division",
            "Parliament",
            "Senate",
            "Secretariat",
            "Mission",
            "Embassy",
            "Consulate",
            "Forces",
            "Network",
            "Programme",
            "Program",
            "Fund",
            "Alliance",
            "Coalition");
    private static final Set<String> OF_WORDS = Set.of("of", "for", "on");
    private static final Set<String> INNER_WORDS = Set.of("and", "the", "of", "for", "on");
    /** Capitalised words that start no organisation's name: function words and days ("Monday's ..."). */
    private static final Set<String> NOT_MODIFIERS =
            Lexicon.union("capitalised-function-words.txt", "calendar-words.txt");

    private static final int MAX_WORDS = 8;

    private final PhraseIndex<GazetteerEntry> places = Gazetteer.instance().names();

    /** A name found: its span and the span of the name without a leading country, if there is one. */
    record Found(CharSpan span, CharSpan withoutCountry) {}

    /** The organisation whose head word is word {@code head}, or null. */
    Found at(List<Word> words, int head, String body) {
        if (!HEADS.contains(words.get(head).text())) {
            return null;
        }
        int last = ofPhraseEnd(words, head, body);
        int first = head;
        while (first > 0
                && words.get(first - 1).joins(words.get(first), body)
                && isModifier(words.get(first - 1))
                && head - first < MAX_WORDS) {
            first--;
        }
        int country;
        PhraseIndex.Match<GazetteerEntry> leading = places.longestAt(words, first, body);
        if (leading != null && leading.last() < head && isCountry(leading)) {
            country = first;
            first = leading.last() + 1;
            // "Pakistan-Afghanistan Joint Chamber": a second country joined by a hyphen is part of the prefix.
            PhraseIndex.Match<GazetteerEntry> second = places.longestAt(words, first, body);
            if (second != null
                    && second.last() < head
                    && isCountry(second)
                    && body.substring(
                                    words.get(first - 1).end(), words.get(first).start())
                            .equals("-")) {
                first = second.last() + 1;
            }
        } else {
            country = countryBefore(words, first, body);
        }
        if (first == head && last == head && country < 0) {
            return null;
        }
        int start = words.get(country >= 0 ? country : first).start();
        CharSpan span = new CharSpan(start, words.get(last).end());
        CharSpan core = country >= 0 ? new CharSpan(words.get(first).start(), span.end()) : null;
        return new Found(span, core);
    }

    private static boolean isCountry(PhraseIndex.Match<GazetteerEntry> match) {
        return match.values().stream()
                .anyMatch(e -> e.rank() == GazetteerEntry.COUNTRY || e.rank() == GazetteerEntry.DEMONYM);
    }

    private static boolean isModifier(Word word) {
        return word.isCapitalised() && !word.isPossessive() && !NOT_MODIFIERS.contains(word.text());
    }

    /** The last word of "of Defence", "of Commerce and Industry" after the head, or the head itself. */
    private static int ofPhraseEnd(List<Word> words, int head, String body) {
        int last = head;
        int i = head + 1;
        if (i + 1 >= words.size()
                || !OF_WORDS.contains(words.get(i).text())
                || !words.get(head).joins(words.get(i), body)) {
            return last;
        }
        while (i < words.size() && i - head <= MAX_WORDS && words.get(i - 1).joins(words.get(i), body)) {
            Word w = words.get(i);
            if (w.isCapitalised() && !NOT_MODIFIERS.contains(w.text())) {
                last = i;
                if (w.isPossessive()) {
                    break;
                }
            } else if (!INNER_WORDS.contains(w.text())) {
                break;
            }
            i++;
        }
        return last;
    }

    /** The index of a country or demonym right before the name ("Afghan", "Pakistan's"), or -1. */
    private int countryBefore(List<Word> words, int first, String body) {
        if (first == 0) {
            return -1;
        }
        for (int n = 1; n <= 3 && first - n >= 0; n++) {
            int from = first - n;
            Word end = words.get(first - 1);
            boolean adjacent = end.isPossessive()
                    ? body.substring(end.possessiveEnd(), words.get(first).start())
                            .isBlank()
                    : end.joins(words.get(first), body);
            PhraseIndex.Match<GazetteerEntry> match = places.longestAt(words, from, body);
            if (adjacent && match != null && match.last() == first - 1 && isCountry(match)) {
                return from;
            }
        }
        return -1;
    }
}
