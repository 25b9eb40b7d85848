package org.claimgraph.ingest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceCandidate.ParentHint;
import org.claimgraph.ingest.document.PlaceCandidate.ParentRule;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.NameForm;

/**
 * Finds places in no list from the words around their names: "Balochistan province", "the Mopti
 * region", "the X area", "the city of X", "X, a town in ...", "at X in Y province", "the X and Y
 * regions". Names are
 * capitalised words not yet part of a mention, at least one of them a proper noun; an ordinary word
 * that starts a sentence is no name. A definite kind word alone ("seized the town", "in the district")
 * is the latest place of that kind named before.
 */
final class ContextPlaces {

    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> PARENT_PREPOSITIONS = Set.of("of", "in");
    private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "at", "near");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Kind words that refer back when definite; "the area" or "the region" is too vague to. */
    private static final Set<String> REFERRING_KINDS = Set.of("town", "city", "village", "district", "province");

    private static final Map<String, LocationKind> PLURAL_KINDS = Map.of(
            "provinces",
            LocationKind.PROVINCE,
            "districts",
            LocationKind.DISTRICT,
            "regions",
            LocationKind.REGION,
            "towns",
            LocationKind.CITY,
            "cities",
            LocationKind.CITY,
            "villages",
            LocationKind.AREA,
            "areas",
            LocationKind.AREA,
            "rivers",
            LocationKind.RIVER);

    List<PlaceCandidate> find(SentenceWords s, String body) {
        List<PlaceCandidate> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            found.addAll(coordinated(s, i, body));
        }
        for (int i = 0; i < s.size(); i++) {
            PlaceCandidate candidate = kindAfter(s, i, body);
            if (candidate == null) {
                candidate = kindBefore(s, i, body);
            }
            if (candidate != null) {
                found.add(candidate);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            PlaceCandidate candidate = appositive(s, i, body);
            if (candidate == null) {
                candidate = locatedIn(s, i, body);
            }
            if (candidate == null) {
                candidate = definiteKind(s, i, body);
            }
            if (candidate != null) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** "Balochistan province", "the Qorgan area", "Panj River": word {@code k} is the kind word. */
    private PlaceCandidate kindAfter(SentenceWords s, int k, String body) {
        if (s.used[k] || !KindWords.followsName(s.text(k))) {
            return null;
        }
        int first = k > 0 && s.word(k - 1).joins(s.word(k), body) ? nameStartAt(s, k - 1, body) : -1;
        if (first < 0) {
            return null;
        }
        LocationKind kind = KindWords.of(s.text(k));
        ParentHint parent = before(s, first, body);
        if (parent == null
                && PARENT_PREPOSITIONS.contains(s.text(k + 1))
                && s.word(k).joins(s.word(k + 1), body)) {
            parent = ParentHint.at(ParentRule.FOLLOWING, s.word(k).end());
        }
        if (parent == null) {
            parent = kind == LocationKind.AREA
                    ? ParentHint.at(ParentRule.NEAREST_UNIT, s.word(first).start())
                    : ParentHint.NONE;
        }
        return found(s, first, k - 1, k, kind, parent, body);
    }

    /** "the Mopti and Segou regions": word {@code k} is a plural kind word after two names joined by "and". */
    private List<PlaceCandidate> coordinated(SentenceWords s, int k, String body) {
        LocationKind kind = PLURAL_KINDS.get(s.text(k));
        if (kind == null || k < 3 || s.used[k] || !s.word(k - 1).joins(s.word(k), body)) {
            return List.of();
        }
        int secondFirst = nameStartAt(s, k - 1, body);
        int and = secondFirst - 1;
        if (secondFirst < 0 || and < 1 || !s.text(and).equals("and")) {
            return List.of();
        }
        int firstFirst = nameStartAt(s, and - 1, body);
        if (firstFirst < 0 && s.used[and - 1]) {
            // "the Kayes and Timbuktu regions" where Kayes is already a gazetteer place: the second is one too
            ParentHint sibling =
                    ParentHint.at(ParentRule.SIBLING, s.word(and - 1).end());
            return List.of(found(s, secondFirst, k - 1, k, kind, sibling, body));
        }
        if (firstFirst < 0) {
            return List.of();
        }
        ParentHint parent = before(s, firstFirst, body);
        ParentHint hint = parent == null ? ParentHint.NONE : parent;
        PlaceCandidate first = found(s, firstFirst, and - 1, and - 1, kind, hint, body);
        PlaceCandidate second = found(s, secondFirst, k - 1, k, kind, hint, body);
        return List.of(first, second);
    }

    /** "the city of Peshawar", "the Pakistani city of Peshawar": word {@code o} is "of". */
    private PlaceCandidate kindBefore(SentenceWords s, int o, String body) {
        LocationKind kind = KindWords.of(s.text(o - 1));
        if (o < 1
                || !s.text(o).equals("of")
                || kind == null
                || s.used[o - 1]
                || s.word(o - 1).isCapitalised()) {
            return null;
        }
        int last = nameEndAfter(s, o + 1, body);
        if (last < 0) {
            return null;
        }
        ParentHint parent = o >= 2 && s.used[o - 2]
                ? ParentHint.at(ParentRule.BEFORE, s.word(o - 2).end())
                : ParentHint.NONE;
        return found(s, o + 1, last, o - 1, kind, parent, body);
    }

    /** "Landi Kotal, a town in the Khyber district": word {@code last} ends the name. */
    private PlaceCandidate appositive(SentenceWords s, int last, String body) {
        int kindWord = GazetteerPlaces.appositiveKindWord(s, last, body);
        int first = kindWord < 0 ? -1 : nameStartAt(s, last, body);
        if (first < 0) {
            return null;
        }
        ParentHint parent = PARENT_PREPOSITIONS.contains(s.text(kindWord + 1))
                ? ParentHint.at(ParentRule.FOLLOWING, s.word(kindWord).end())
                : ParentHint.NONE;
        return found(s, first, last, last, KindWords.of(s.text(kindWord)), parent, body);
    }

    /** "at Chaman in Pakistan's Balochistan province": a name between "at" and "in" and a province. */
    private PlaceCandidate locatedIn(SentenceWords s, int p, String body) {
        if (!LOCATING_PREPOSITIONS.contains(s.text(p)) || !s.isNameWord(p + 1)) {
            return null;
        }
        int last = nameEndAfter(s, p + 1, body);
        if (last < 0 || !s.text(last + 1).equals("in") || !s.word(last).joins(s.word(last + 1), body)) {
            return null;
        }
        ParentHint parent =
                ParentHint.at(ParentRule.FOLLOWING_UNIT, s.word(last + 1).end());
        return found(s, p + 1, last, last, LocationKind.CITY, parent, body);
    }

    /** "the town", "the district": word {@code k} is a kind word after "the", with no name or "of" after it. */
    private static PlaceCandidate definiteKind(SentenceWords s, int k, String body) {
        String word = s.text(k);
        if (k < 1
                || s.used[k]
                || !REFERRING_KINDS.contains(word)
                || !DEFINITE.contains(s.text(k - 1).toLowerCase())
                || !s.word(k - 1).joins(s.word(k), body)) {
            return null;
        }
        boolean named = k + 1 < s.size()
                && s.word(k).joins(s.word(k + 1), body)
                && (s.text(k + 1).equals("of") || s.word(k + 1).isCapitalised());
        if (named || k >= 2 && s.word(k - 2).isCapitalised() && s.word(k - 2).joins(s.word(k - 1), body)) {
            return null;
        }
        s.use(k, k);
        return PlaceCandidate.reference(s.word(k).span(), s.sentence, KindWords.of(word));
    }

    private static PlaceCandidate found(
            SentenceWords s,
            int nameFirst,
            int nameLast,
            int kindWord,
            LocationKind kind,
            ParentHint parent,
            String body) {
        int first = Math.min(nameFirst, kindWord);
        int last = Math.max(nameLast, kindWord);
        String name = new CharSpan(s.word(nameFirst).start(), s.word(nameLast).end()).coveredText(body);
        s.use(first, last);
        return PlaceCandidate.context(
                new CharSpan(s.word(first).start(), s.word(last).end()), s.sentence, name, kind, parent);
    }

    /** The first word of a name whose last word is {@code last}, or -1. */
    private static int nameStartAt(SentenceWords s, int last, String body) {
        if (!s.isNameWord(last)) {
            return -1;
        }
        int first = last;
        while (first - 1 >= 0
                && last - first < MAX_NAME_WORDS
                && s.word(first - 1).joins(s.word(first), body)
                && (s.isNameWord(first - 1) || connective(s, first - 1))) {
            first--;
        }
        while (first < last && connective(s, first)) {
            first++;
        }
        return hasProperNoun(s, first, last) ? first : -1;
    }

    /** The last word of a name that starts at word {@code first}, or -1. */
    private static int nameEndAfter(SentenceWords s, int first, String body) {
        if (!s.isNameWord(first)) {
            return -1;
        }
        int last = first;
        while (last + 1 < s.size()
                && last - first < MAX_NAME_WORDS
                && s.word(last).joins(s.word(last + 1), body)
                && (s.isNameWord(last + 1) || connective(s, last + 1))) {
            last++;
        }
        while (last > first && connective(s, last)) {
            last--;
        }
        return hasProperNoun(s, first, last) ? last : -1;
    }

    private static boolean connective(SentenceWords s, int i) {
        return !s.used[i] && NameForm.isConnective(s.text(i));
    }

    private static boolean hasProperNoun(SentenceWords s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (s.isProperNoun(i)) {
                return true;
            }
        }
        return false;
    }

    /** A possessive place right before the name: "Pakistan's", "Nangarhar province's". */
    private static ParentHint before(SentenceWords s, int first, String body) {
        int p = first - 1;
        if (p < 0
                || !s.used[p]
                || !s.word(p).isPossessive()
                || !body.substring(s.word(p).possessiveEnd(), s.word(first).start())
                        .isBlank()) {
            return null;
        }
        return ParentHint.at(ParentRule.BEFORE, s.word(p).end());
    }
}
