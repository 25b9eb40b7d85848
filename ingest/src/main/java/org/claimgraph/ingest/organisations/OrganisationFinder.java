package org.claimgraph.ingest.organisations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Organisation;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.Sentences;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.NameForm;
import org.claimgraph.ingest.lexicon.OrganisationLexicon;
import org.claimgraph.ingest.lexicon.PhraseIndex;

/**
 * Finds the names of organisations: the well-known ones of {@code lexicon/organisations.tsv} by their
 * names and aliases ("Islamic State", "IS", "Daesh", "ISIS-K"), and others by the shape of their
 * names ("Afghan Ministry of Defence", "Pakistan's Foreign Office"), which get the key
 * {@code org:<normalised name>}. Matching is case-sensitive, so the acronym "IS" never matches "is";
 * where names overlap, the longest wins ("ISIS-K" over "ISIS").
 * <p>Needs: {@link Layers#TOKENS}. Adds: {@link Layers#ORGANISATION_MENTIONS}, in body order.
 */
public final class OrganisationFinder implements Stage {

    private static final int ALL_CAPS_CONTEXT = 4;

    private final OrganisationLexicon lexicon = OrganisationLexicon.instance();
    private final UnlistedOrganisations unlisted = new UnlistedOrganisations();
    private final DescribedOrganisations described = new DescribedOrganisations();
    private final KnownAsNames knownAs = new KnownAsNames();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ORGANISATION_MENTIONS);
    }

    @Override
    public void annotate(Document document) {
        String body = document.text();
        List<OrganisationMention> found = new ArrayList<>();
        List<OrganisationMention> describedNames = new ArrayList<>();
        List<OrganisationMention> givenNames = new ArrayList<>();
        List<List<Sentences.Tagged>> sentences = Sentences.of(document);
        for (List<Sentences.Tagged> sentence : sentences) {
            List<Word> words = Sentences.plain(sentence);
            List<OrganisationMention> named = new ArrayList<>(listed(words, body));
            named.addAll(unlisted(words, body));
            List<OrganisationMention> given = knownAs.find(words, named, found, body);
            found.addAll(named);
            found.addAll(given);
            givenNames.addAll(given);
            describedNames.addAll(described(sentence, taken(words, named), body));
        }
        found.addAll(describedNames);
        found.addAll(repeated(sentences, describedNames, givenNames, body));
        document.put(Layers.ORGANISATION_MENTIONS, withoutOverlaps(found));
    }

    private List<OrganisationMention> described(List<Sentences.Tagged> sentence, boolean[] taken, String body) {
        List<OrganisationMention> found = new ArrayList<>();
        for (DescribedOrganisations.Found name : this.described.find(sentence, taken, body)) {
            String text = name.name().coveredText(body);
            String written = name.span().coveredText(body);
            List<String> aliases = written.equals(text) ? List.of() : List.of(written);
            found.add(new OrganisationMention(
                    name.span(), new Organisation("org:" + NameForm.key(text), text, aliases, null)));
        }
        return found;
    }

    /** Whether each word lies in one of the names found. */
    private static boolean[] taken(List<Word> words, List<OrganisationMention> named) {
        boolean[] taken = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (OrganisationMention m : named) {
                taken[i] |= m.span().overlaps(words.get(i).span());
            }
        }
        return taken;
    }

    /**
     * Bare later (or earlier) mentions of described names ("Red Hand" after "the Red Hand militia") and
     * of names given with "known as" ("UNODC" after "the agency, known as UNODC").
     */
    private static List<OrganisationMention> repeated(
            List<List<Sentences.Tagged>> sentences,
            List<OrganisationMention> described,
            List<OrganisationMention> given,
            String body) {
        PhraseIndex.Builder<Organisation> builder = new PhraseIndex.Builder<>();
        described.forEach(m -> builder.add(m.organisation().name(), m.organisation()));
        given.forEach(m -> builder.add(m.span().coveredText(body), m.organisation()));
        PhraseIndex<Organisation> names = builder.build();
        List<OrganisationMention> found = new ArrayList<>();
        for (List<Sentences.Tagged> sentence : sentences) {
            List<Word> words = Sentences.plain(sentence);
            for (int i = 0; i < words.size(); i++) {
                PhraseIndex.Match<Organisation> match =
                        words.get(i).isCapitalised() ? names.longestAt(words, i, body) : null;
                if (match != null) {
                    CharSpan span = new CharSpan(
                            words.get(i).start(), words.get(match.last()).end());
                    found.add(new OrganisationMention(span, match.values().get(0)));
                    i = match.last();
                }
            }
        }
        return found;
    }

    private List<OrganisationMention> listed(List<Word> words, String body) {
        List<OrganisationMention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            PhraseIndex.Match<Organisation> match = lexicon.names().longestAt(words, i, body);
            if (match != null && !inCapitalText(words, match)) {
                CharSpan span = new CharSpan(
                        words.get(i).start(), words.get(match.last()).end());
                found.add(new OrganisationMention(span, match.values().get(0)));
                i = match.last();
            }
        }
        return found;
    }

    /** An acronym among words in capitals ("THE TALIBAN IS ...") is an ordinary word shouted. */
    private static boolean inCapitalText(List<Word> words, PhraseIndex.Match<Organisation> match) {
        if (match.count() > 1 || !words.get(match.first()).isAllCaps()) {
            return false;
        }
        return isShouted(words, match.first() - 1) || isShouted(words, match.first() + 1);
    }

    private static boolean isShouted(List<Word> words, int i) {
        return i >= 0
                && i < words.size()
                && words.get(i).text().length() >= ALL_CAPS_CONTEXT
                && words.get(i).isAllCaps();
    }

    private List<OrganisationMention> unlisted(List<Word> words, String body) {
        List<OrganisationMention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            UnlistedOrganisations.Found name = unlisted.at(words, i, body);
            if (name != null) {
                found.add(new OrganisationMention(name.span(), organisation(name, body)));
            }
        }
        return found;
    }

    private static Organisation organisation(UnlistedOrganisations.Found found, String body) {
        String name = NameForm.withoutArticle(found.span().coveredText(body));
        List<String> aliases = found.withoutCountry() == null
                ? List.of()
                : List.of(found.withoutCountry().coveredText(body));
        return new Organisation("org:" + NameForm.key(name), name, aliases, null);
    }

    /** Longest first, then earliest; listed names win ties because they come first in {@code found}. */
    private static List<OrganisationMention> withoutOverlaps(List<OrganisationMention> found) {
        List<OrganisationMention> byLength = new ArrayList<>(found);
        byLength.sort(
                Comparator.comparingInt((OrganisationMention m) -> -m.span().length()));
        List<OrganisationMention> kept = new ArrayList<>();
        for (OrganisationMention candidate : byLength) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(OrganisationMention::span));
        return List.copyOf(kept);
    }
}
