package org.claimgraph.ingest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Gazetteer;
import org.claimgraph.ingest.lexicon.GazetteerEntry;
import org.claimgraph.ingest.lexicon.PhraseIndex;

/**
 * Finds the gazetteer's names in a sentence, longest first, and picks the reading of a name shared by
 * several places from the words around it: "Kunduz province", "Kunduz city", "the city of Kunduz",
 * "Kunduz, the provincial capital". A bare name takes the best-ranked reading (a province before
 * its capital city before the district of the same name). A kind word that agrees is part of the span.
 */
final class GazetteerPlaces {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final int MAX_ADJECTIVES = 2;

    private final PhraseIndex<GazetteerEntry> names = Gazetteer.instance().names();

    /**
     * The gazetteer's places in one sentence. {@code personal} holds the ambiguous names seen at the end
     * of a person's name ("Yusuf Farah") in earlier sentences: alone later ("Farah said") they are that
     * person again; names found here are added to it.
     */
    List<PlaceCandidate> find(SentenceWords s, String body, Set<String> personal) {
        List<PlaceCandidate> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.used[i] || !s.word(i).isCapitalised()) {
                continue;
            }
            PhraseIndex.Match<GazetteerEntry> match = names.longestAt(s.words, i, body);
            if (match == null || !s.free(i, match.last())) {
                continue;
            }
            boolean ambiguous = match.values().stream().anyMatch(GazetteerEntry::ambiguous);
            String form = s.text(i);
            if (s.unknownNameBefore(i, body)) {
                if (ambiguous && match.count() == 1) {
                    personal.add(form);
                }
                continue;
            }
            if (ambiguous && match.count() == 1 && personal.contains(form)) {
                continue;
            }
            PlaceCandidate candidate = choose(s, match, body);
            if (candidate != null) {
                found.add(candidate);
                i = match.last();
            }
        }
        return found;
    }

    private PlaceCandidate choose(SentenceWords s, PhraseIndex.Match<GazetteerEntry> match, String body) {
        List<GazetteerEntry> entries = Gazetteer.ranked(match.values());
        int first = match.first();
        int last = match.last();
        LocationKind kind = null;
        int after = last + 1;
        if (after < s.size()
                && s.free(after, after)
                && s.word(last).joins(s.word(after), body)
                && KindWords.followsName(s.text(after))
                && hasKind(entries, KindWords.of(s.text(after)))) {
            kind = KindWords.of(s.text(after));
            last = after;
        } else if (first >= 2
                && s.text(first - 1).equals("of")
                && KindWords.of(s.text(first - 2)) != null
                && hasKind(entries, KindWords.of(s.text(first - 2)))
                && s.free(first - 2, first - 1)) {
            kind = KindWords.of(s.text(first - 2));
            first -= 2;
        } else if (hasKind(entries, appositiveKind(s, last, body))) {
            kind = appositiveKind(s, last, body);
        }
        List<GazetteerEntry> readings = readings(entries, kind);
        GazetteerEntry best = readings.get(0);
        boolean bare = kind == null && (best.ambiguous() || best.place().kind() == LocationKind.DISTRICT);
        if (bare && s.unknownNameAfter(last, body)) {
            return null;
        }
        s.use(first, last);
        CharSpan span = new CharSpan(s.word(first).start(), s.word(last).end());
        return PlaceCandidate.known(
                span,
                s.sentence,
                best.form(),
                readings.stream().map(GazetteerEntry::place).toList());
    }

    /** The readings of the kind asked for, or the best-ranked ones. */
    private static List<GazetteerEntry> readings(List<GazetteerEntry> entries, LocationKind kind) {
        List<GazetteerEntry> ofKind = entries.stream()
                .filter(e -> kind == null
                        ? e.rank() == entries.get(0).rank()
                        : e.place().kind() == kind && e.form() == PlaceMention.Form.NAME)
                .toList();
        return ofKind.stream().filter(e -> e.rank() == ofKind.get(0).rank()).toList();
    }

    private static boolean hasKind(List<GazetteerEntry> entries, LocationKind kind) {
        return kind != null
                && entries.stream().anyMatch(e -> e.place().kind() == kind && e.form() == PlaceMention.Form.NAME);
    }

    /** The kind of ", a district of", ", the provincial capital" after word {@code last}, or null. */
    static LocationKind appositiveKind(SentenceWords s, int last, String body) {
        int article = last + 1;
        if (article >= s.size()
                || !body.substring(s.word(last).possessiveEnd(), s.word(article).start())
                        .strip()
                        .equals(",")
                || !ARTICLES.contains(s.text(article).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (int i = article + 1; i < s.size() && i <= article + 1 + MAX_ADJECTIVES; i++) {
            LocationKind kind = KindWords.of(s.text(i));
            if (kind != null && !s.word(i).isCapitalised()) {
                return kind;
            }
            if (s.word(i).isCapitalised()) {
                return null;
            }
        }
        return null;
    }

    /** Index of the kind word of an appositive after word {@code last}, or -1. */
    static int appositiveKindWord(SentenceWords s, int last, String body) {
        if (appositiveKind(s, last, body) == null) {
            return -1;
        }
        int i = last + 2;
        while (KindWords.of(s.text(i)) == null) {
            i++;
        }
        return i;
    }
}
