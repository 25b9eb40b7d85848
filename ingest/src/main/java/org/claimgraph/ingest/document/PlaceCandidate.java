package org.claimgraph.ingest.document;

import java.util.List;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * A place mention before its parent is known. A gazetteer name carries its {@code readings} (more
 * than one for a district name found in several provinces); a name found from context carries its
 * {@code name}, {@code kind} and a hint where its parent is written. Immutable: {@code readings} is
 * copied.
 *
 * @param span the words of the mention, with a kind word it holds ("Kunduz province")
 * @param sentence the index of its sentence in {@link Layers#SENTENCES}
 * @param form how the place is named: a name, a demonym, or "the town"
 * @param readings the gazetteer places the name may mean, best first; empty for a place from context
 * @param name the name as written, for a place from context or a name of the world files; else null
 * @param kind the kind of a place from context or of a reference ("the town"); null for a gazetteer name
 * @param parent where the parent of a place from context is written; {@link ParentHint#NONE} if nowhere
 * @param support how much support from the article a name of the world files needs
 */
public record PlaceCandidate(
        CharSpan span,
        int sentence,
        PlaceMention.Form form,
        List<ExtractedPlace> readings,
        String name,
        LocationKind kind,
        ParentHint parent,
        Support support) {

    public PlaceCandidate {
        readings = List.copyOf(readings);
    }

    /**
     * Whether a name read only in GeoNames' world files may stand alone. Such a name needs the article's
     * support (its country or province named) unless a place cue stands by it ("in", "near", "the town
     * of", a kind word after it); at the start of a sentence it needs the article's support.
     */
    public enum Support {
        /** A name of the hand-made gazetteer, or found from context: no support needed. */
        NOT_NEEDED,
        /**
         * A world name whose cue leaves no doubt: a kind word its reading has ("Masisi territory"), or a town
         * of 100,000 people named by its own name after a preposition ("flew to Alexandria"); read even where
         * the article names none of its countries, and then it names its country and province.
         */
        CUED_SURE,
        /**
         * A world name with a place cue: read in a country the article names, else a place of the article's
         * country found from context ("near the town of Boni" in a story about Mali is no namesake abroad).
         */
        CUED,
        /** A world name without a cue: read only in a country or province the article names. */
        ARTICLE,
        /** A world name starting a sentence: read only in a province the article names, else no place. */
        PROVINCE
    }

    /** Where the parent of a place found from context is written. */
    public enum ParentRule {
        /** No parent. */
        NONE,
        /** The gazetteer place {@code key}. */
        KNOWN,
        /** The place mentioned right before, ending at {@code position} ("Pakistan's Balochistan province"). */
        BEFORE,
        /** The place mentioned first after {@code position} ("a town in the Khyber district"). */
        FOLLOWING,
        /** Like FOLLOWING, but only a province or district will do, else this is no place. */
        FOLLOWING_UNIT,
        /** The nearest district or province mentioned before, in this or the previous sentences. */
        NEAREST_UNIT,
        /** The same place as the context place found at {@code position}. */
        SAME_AS,
        /** The parent of the place ending at {@code position}: "Timbuktu" in "the Kayes and Timbuktu regions". */
        SIBLING,
        /** Not a parent: the place itself is the latest one of its kind mentioned before ("the town"). */
        LATEST_OF_KIND
    }

    /**
     * Where the parent of a place found from context is written: a rule, and the character position or
     * gazetteer key it reads.
     *
     * @param rule how to find the parent
     * @param position the body offset the rule counts from, or -1
     * @param key the gazetteer key of a {@link ParentRule#KNOWN} parent, else null
     */
    public record ParentHint(ParentRule rule, int position, String key) {
        /** No parent. */
        public static final ParentHint NONE = new ParentHint(ParentRule.NONE, -1, null);

        /** A rule that counts from a body offset. */
        public static ParentHint at(ParentRule rule, int position) {
            return new ParentHint(rule, position, null);
        }
    }

    /** A name of the hand-made gazetteer: no support needed. */
    public static PlaceCandidate known(
            CharSpan span, int sentence, PlaceMention.Form form, List<ExtractedPlace> readings) {
        return known(span, sentence, form, readings, Support.NOT_NEEDED);
    }

    /**
     * A name of the world files, {@code name} as the article writes it (without the kind word the
     * span may hold): the name of a place from context should no reading fit the article.
     */
    public static PlaceCandidate known(
            CharSpan span,
            int sentence,
            PlaceMention.Form form,
            List<ExtractedPlace> readings,
            Support support,
            String name) {
        return new PlaceCandidate(span, sentence, form, readings, name, null, ParentHint.NONE, support);
    }

    /** A gazetteer name that needs {@code support}, with no name of its own to fall back on. */
    public static PlaceCandidate known(
            CharSpan span, int sentence, PlaceMention.Form form, List<ExtractedPlace> readings, Support support) {
        return known(span, sentence, form, readings, support, null);
    }

    /** A place in no list, found from the words around it: its name, kind and where its parent is written. */
    public static PlaceCandidate context(
            CharSpan span, int sentence, String name, LocationKind kind, ParentHint parent) {
        return new PlaceCandidate(
                span, sentence, PlaceMention.Form.NAME, List.of(), name, kind, parent, Support.NOT_NEEDED);
    }

    /** "the town": the latest place of {@code kind} named before. */
    public static PlaceCandidate reference(CharSpan span, int sentence, LocationKind kind) {
        return new PlaceCandidate(
                span,
                sentence,
                PlaceMention.Form.REFERENCE,
                List.of(),
                null,
                kind,
                new ParentHint(ParentRule.LATEST_OF_KIND, span.start(), null),
                Support.NOT_NEEDED);
    }

    /** Whether the candidate is a gazetteer name (it has readings), not a place from context. */
    public boolean isKnown() {
        return !readings.isEmpty();
    }
}
