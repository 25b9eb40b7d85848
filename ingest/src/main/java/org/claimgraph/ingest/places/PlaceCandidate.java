package org.claimgraph.ingest.places;

import java.util.List;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * A place mention before its parent is known. A gazetteer name carries its {@code readings} (more
 * than one for a district name found in several provinces); a name found from context carries its
 * {@code name}, {@code kind} and a hint where its parent is written.
 */
record PlaceCandidate(
        CharSpan span,
        int sentence,
        PlaceMention.Form form,
        List<ExtractedPlace> readings,
        String name,
        LocationKind kind,
        ParentHint parent) {

    /** Where the parent of a place found from context is written. */
    enum ParentRule {
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
        /** Not a parent: the place itself is the latest one of its kind mentioned before ("the town"). */
        LATEST_OF_KIND
    }

    record ParentHint(ParentRule rule, int position, String key) {
        static final ParentHint NONE = new ParentHint(ParentRule.NONE, -1, null);

        static ParentHint at(ParentRule rule, int position) {
            return new ParentHint(rule, position, null);
        }
    }

    static PlaceCandidate known(CharSpan span, int sentence, PlaceMention.Form form, List<ExtractedPlace> readings) {
        return new PlaceCandidate(span, sentence, form, List.copyOf(readings), null, null, ParentHint.NONE);
    }

    static PlaceCandidate context(CharSpan span, int sentence, String name, LocationKind kind, ParentHint parent) {
        return new PlaceCandidate(span, sentence, PlaceMention.Form.NAME, List.of(), name, kind, parent);
    }

    /** "the town": the latest place of {@code kind} named before. */
    static PlaceCandidate reference(CharSpan span, int sentence, LocationKind kind) {
        return new PlaceCandidate(
                span,
                sentence,
                PlaceMention.Form.REFERENCE,
                List.of(),
                null,
                kind,
                new ParentHint(ParentRule.LATEST_OF_KIND, span.start(), null));
    }

    boolean isKnown() {
        return !readings.isEmpty();
    }
}
