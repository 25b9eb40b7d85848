package org.claimgraph.ingest.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Organisation;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceCandidate.ParentHint;
import org.claimgraph.ingest.document.PlaceCandidate.ParentRule;
import org.claimgraph.ingest.document.PlaceCandidates;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Sentences;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.NameParticles;
import org.claimgraph.ingest.lexicon.OrganisationLexicon;
import org.claimgraph.ingest.lexicon.PhraseIndex;

/**
 * Finds the places an article names: the gazetteer's countries, capitals, Afghan provinces and
 * districts, regions and rivers, with their alternate spellings and demonyms ("Afghan"); places in
 * no list from the words around them ("Balochistan province", "the Qorgan area", "the town of X",
 * a dateline "TORKHAM, Afghanistan —"), and later bare mentions of those. Names inside a known
 * organisation's name ("Voice of America") are not places. Matching is case-sensitive outside the
 * dateline, so lower-case words never match. Which place a name means, and its parent, is settled by
 * the next stage ({@code resolve.PlaceMentionResolver}).
 * <p>Needs: {@link Layers#SENTENCES}, {@link Layers#TOKENS}. Adds: {@link Layers#PLACE_CANDIDATES} (body
 * order, not overlapping; with the dateline's candidate and the countries it put right).
 */
public final class PlaceFinder implements Stage {

    private static final int DATELINE_PARAGRAPHS = 2;

    private final PhraseIndex<Organisation> organisations =
            OrganisationLexicon.instance().names();
    private final GazetteerPlaces gazetteerPlaces = new GazetteerPlaces();
    private final ContextPlaces contextPlaces = new ContextPlaces();
    private final DatelinePlace dateline = new DatelinePlace();
    private final NameParticles particles = NameParticles.get();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACE_CANDIDATES);
    }

    @Override
    public void annotate(Document document) {
        String body = document.text();
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        List<SentenceWords> all =
                Sentences.of(document).stream().map(SentenceWords::new).toList();
        List<PlaceCandidate> candidates = new ArrayList<>();
        PlaceCandidate datelinePlace = null;
        Map<String, String> datelineCountries = new HashMap<>();
        Set<String> personal = new HashSet<>();
        for (SentenceWords s : all) {
            maskOrganisations(s, body);
            maskNameParts(s, body);
            if (s.size() > 0 && isParagraphStart(sentences, s.sentence)) {
                DatelinePlace.Found found = dateline.find(s, body);
                if (found != null) {
                    candidates.add(found.place());
                    datelinePlace = datelinePlace == null ? found.place() : datelinePlace;
                    if (found.written() != null) {
                        datelineCountries.put(found.written(), found.meant());
                    }
                }
            }
            candidates.addAll(gazetteerPlaces.find(s, body, personal));
            candidates.addAll(contextPlaces.find(s, body));
        }
        candidates.addAll(repeated(all, candidates, body));
        candidates.sort(Comparator.comparing(PlaceCandidate::span));
        document.put(
                Layers.PLACE_CANDIDATES,
                new PlaceCandidates(candidates, Optional.ofNullable(datelinePlace), datelineCountries));
    }

    private static boolean isParagraphStart(List<Sentence> sentences, int index) {
        Sentence sentence = sentences.get(index);
        return sentence.paragraph() < DATELINE_PARAGRAPHS
                && (index == 0 || sentences.get(index - 1).paragraph() != sentence.paragraph());
    }

    /** Words of a known organisation's name are no place: "America" in "Voice of America". */
    private void maskOrganisations(SentenceWords s, String body) {
        for (int i = 0; i < s.size(); i++) {
            PhraseIndex.Match<Organisation> match = organisations.longestAt(s.words, i, body);
            if (match != null) {
                s.use(i, match.last());
                i = match.last();
            }
        }
    }

    /**
     * A word joined to a name by a particle is no place: "Mali" in "al-Mali", "Sudan" in "X bin Sudan";
     * unless particle and word are together a place's name ("al-Mukalla").
     */
    private void maskNameParts(SentenceWords s, String body) {
        for (int i = 1; i < s.size(); i++) {
            Word particle = s.word(i - 1);
            String gap = body.substring(particle.end(), s.word(i).start());
            boolean hyphenated = gap.equals("-") && particles.joins(particle.text(), gap);
            boolean afterName = i >= 2
                    && s.word(i - 2).isCapitalised()
                    && s.word(i - 2).joins(particle, body)
                    && particles.joins(particle.text(), gap);
            boolean placeName = hyphenated && gazetteerPlaces.startsPlaceName(s, i - 1, body);
            if (s.word(i).isCapitalised() && (hyphenated || afterName) && !placeName) {
                s.use(i, i);
            }
        }
    }

    /** Later (and earlier) bare mentions of the names of places found from context: "Torkham" after the dateline. */
    private static List<PlaceCandidate> repeated(
            List<SentenceWords> all, List<PlaceCandidate> candidates, String body) {
        PhraseIndex.Builder<PlaceCandidate> builder = new PhraseIndex.Builder<>();
        candidates.stream().filter(c -> !c.isKnown() && c.name() != null).forEach(c -> builder.add(c.name(), c));
        PhraseIndex<PlaceCandidate> names = builder.build();
        List<PlaceCandidate> found = new ArrayList<>();
        for (SentenceWords s : all) {
            for (int i = 0; i < s.size(); i++) {
                PhraseIndex.Match<PlaceCandidate> match =
                        s.word(i).isCapitalised() ? names.longestAt(s.words, i, body) : null;
                if (match != null && s.free(i, match.last())) {
                    PlaceCandidate original = match.values().get(0);
                    CharSpan span =
                            new CharSpan(s.word(i).start(), s.word(match.last()).end());
                    found.add(PlaceCandidate.context(
                            span,
                            s.sentence,
                            original.name(),
                            original.kind(),
                            ParentHint.at(ParentRule.SAME_AS, original.span().start())));
                    s.use(i, match.last());
                    i = match.last();
                }
            }
        }
        return found;
    }
}
