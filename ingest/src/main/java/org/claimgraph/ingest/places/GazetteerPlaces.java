package org.claimgraph.ingest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Gazetteer;
import org.claimgraph.ingest.lexicon.GazetteerEntry;
import org.claimgraph.ingest.lexicon.NameParticles;
import org.claimgraph.ingest.lexicon.PhraseIndex;

/**
 * Finds the gazetteer's names in a sentence, longest first, and picks the reading of a name shared by
 * several places from the words around it: "Kunduz province", "Kunduz city", "the city of Kunduz",
 * "Kunduz, the provincial capital". A bare name takes the best-ranked reading (a province before
 * its capital city before the district of the same name). A kind word that agrees is part of the span.
 */
final class GazetteerPlaces {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words before a name that say it is a place: "in Sake", "near Sake", "fled to Sake". */
    private static final Set<String> PLACE_CUES =
            Set.of("in", "near", "at", "from", "to", "around", "outside", "toward", "towards", "into", "across", "via");

    private static final int MAX_ADJECTIVES = 2;
    /** A town this populous, named by its own name, is read as itself even abroad ("flew to Alexandria"). */
    private static final long WELL_KNOWN = 100_000;

    private final PhraseIndex<GazetteerEntry> names = Gazetteer.instance().names();
    private final NameParticles particles = NameParticles.get();

    /**
     * The gazetteer's places in one sentence. {@code personal} holds the ambiguous names seen at the end
     * of a person's name ("Yusuf Farah") in earlier sentences: alone later ("Farah said") they are that
     * person again; names found here are added to it.
     */
    List<PlaceCandidate> find(SentenceWords s, String body, Set<String> personal) {
        List<PlaceCandidate> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.used[i]) {
                continue;
            }
            PhraseIndex.Match<GazetteerEntry> match =
                    s.word(i).isCapitalised() ? names.longestAt(s.words, i, body) : nameWithParticle(s, i, body);
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

    /**
     * Whether the lower-case particle at word {@code i} and the name hyphenated to it are together a
     * place's name: "al-Mukalla" for the gazetteer's "Al Mukalla". The lists write the particle with a
     * capital, running text often without.
     */
    boolean startsPlaceName(SentenceWords s, int i, String body) {
        return nameWithParticle(s, i, body) != null;
    }

    private PhraseIndex.Match<GazetteerEntry> nameWithParticle(SentenceWords s, int i, String body) {
        Word particle = s.word(i);
        if (i + 1 >= s.size()
                || !s.word(i + 1).isCapitalised()
                || !particles.joins(
                        particle.text(),
                        body.substring(particle.end(), s.word(i + 1).start()))
                || !body.startsWith("-", particle.end())) {
            return null;
        }
        String text = particle.text();
        List<Word> words = new ArrayList<>(s.words);
        words.set(
                i,
                new Word(
                        particle.start(),
                        particle.end(),
                        particle.possessiveEnd(),
                        Character.toUpperCase(text.charAt(0)) + text.substring(1)));
        PhraseIndex.Match<GazetteerEntry> match = names.longestAt(words, i, body);
        return match != null && match.last() > i ? match : null;
    }

    private PlaceCandidate choose(SentenceWords s, PhraseIndex.Match<GazetteerEntry> match, String body) {
        List<GazetteerEntry> entries = Gazetteer.ranked(handMadeFirst(match.values()));
        if (entries.get(0).world() && match.count() == 1 && SentenceWords.isNotName(s.text(match.first()))) {
            return null; // "March", "East": a calendar or compass word, whatever town bears it
        }
        int next = match.last() + 1;
        if (entries.get(0).world()
                && next < s.size()
                && s.word(match.last()).joins(s.word(next), body)
                && s.word(next).isCapitalised()
                && KindWords.of(s.text(next)) == null) {
            return null; // the start of a longer name in no list: "Sindh Pakhtun province"
        }
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
        if (kind == null
                && hasKind(entries, LocationKind.PROVINCE)
                && KindWords.followsName(s.text(last + 1))
                && s.free(last + 1, last + 1)
                && (KindWords.of(s.text(last + 1)) == LocationKind.REGION)) {
            kind = LocationKind.PROVINCE; // "the Amhara region": a first-level division called a region
            last++;
        }
        if (kind == null && entries.get(0).world() && statesKind(s, first, last, body)) {
            return null; // "the town of X" where the world knows only a district X: a place from context
        }
        List<GazetteerEntry> readings = readings(entries, kind);
        GazetteerEntry best = readings.get(0);
        PlaceCandidate.Support support = support(s, match, readings, kind, first, body);
        boolean bare = kind == null && (best.ambiguous() || best.place().kind() == LocationKind.DISTRICT);
        if (bare && s.unknownNameAfter(last, body)) {
            return null;
        }
        s.use(first, last);
        CharSpan span = new CharSpan(s.word(first).start(), s.word(last).end());
        String name =
                new CharSpan(s.word(match.first()).start(), s.word(match.last()).end()).coveredText(body);
        return PlaceCandidate.known(
                span,
                s.sentence,
                best.form(),
                readings.stream().map(GazetteerEntry::place).toList(),
                support,
                support == PlaceCandidate.Support.NOT_NEEDED ? null : name);
    }

    /**
     * Whether a kind word stands right after the name ("Timbuktu regions") or in "the town of" before
     * it: the article says what the place is, so a reading of another kind is not it.
     */
    private static boolean statesKind(SentenceWords s, int first, int last, String body) {
        int after = last + 1;
        boolean kindAfter = after < s.size()
                && s.word(last).joins(s.word(after), body)
                && (KindWords.followsName(s.text(after)) || KindWords.followsNamesInThePlural(s.text(after)));
        boolean kindBefore = first >= 2
                && s.text(first - 1).equals("of")
                && KindWords.of(s.text(first - 2)) != null
                && !s.word(first - 2).isCapitalised();
        return kindAfter || kindBefore;
    }

    /** How much support a name read only in the world files needs: see {@link PlaceCandidate.Support}. */
    private static PlaceCandidate.Support support(
            SentenceWords s,
            PhraseIndex.Match<GazetteerEntry> match,
            List<GazetteerEntry> readings,
            LocationKind kind,
            int first,
            String body) {
        if (!readings.stream().allMatch(GazetteerEntry::world)) {
            return PlaceCandidate.Support.NOT_NEEDED;
        }
        int before = first - 1;
        boolean cued = kind != null
                || before >= 0 && PLACE_CUES.contains(s.text(before))
                || before >= 0 && s.used[before] && s.word(before).isPossessive();
        if (cued) {
            GazetteerEntry best = readings.get(0);
            boolean ownName = best.source() == GazetteerEntry.Source.WORLD_NAME;
            boolean sure = ownName
                    && (kind != null
                            || Gazetteer.instance().population(best.place().key()) >= WELL_KNOWN);
            return sure ? PlaceCandidate.Support.CUED_SURE : PlaceCandidate.Support.CUED;
        }
        return s.tagged.get(match.first()).sentenceInitial()
                ? PlaceCandidate.Support.PROVINCE
                : PlaceCandidate.Support.ARTICLE;
    }

    /** The hand-made gazetteer's readings of a name when it has any: "Argo" the Afghan district, not Argos. */
    private static List<GazetteerEntry> handMadeFirst(List<GazetteerEntry> entries) {
        List<GazetteerEntry> handMade = entries.stream().filter(e -> !e.world()).toList();
        return handMade.isEmpty() ? entries : handMade;
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
