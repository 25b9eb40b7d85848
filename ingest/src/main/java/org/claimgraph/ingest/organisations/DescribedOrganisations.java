package org.claimgraph.ingest.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Sentences;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Gazetteer;
import org.claimgraph.ingest.lexicon.GazetteerEntry;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.PhraseIndex;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Finds groups in no list by the words that describe them: a capitalised name before a group noun
 * ("the Red Hand militia", {@code lexicon/armed-group-heads.txt}) or after one and a word of naming
 * ("a militant group called the Black Banner", "an alliance known as X", "a faction calling itself
 * X"). The name is the capitalised words alone; a place or demonym ("the Kurdish militia") is no name.
 * Immutable.
 */
final class DescribedOrganisations {

    /** A name found: the mention's span (with the group noun after it, if any) and the bare name. */
    record Found(CharSpan span, CharSpan name) {}

    private static final int MAX_NAME_WORDS = 4;
    private static final int NAMING_REACH = 3;
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed");
    /** Capitalised words before a described group that are no part of its name: "Rival", "Northern". */
    private static final Set<String> NOT_NAME_WORDS = Lexicon.with(
            Lexicon.union("capitalised-function-words.txt", "compass-words.txt"),
            "Another",
            "One",
            "Both",
            "Meanwhile",
            "Rival",
            "Local",
            "Armed",
            "Islamist",
            "Jihadist",
            "Militant",
            "Rebel",
            "Ethnic",
            "New");

    private final Set<String> heads = Lexicon.set("armed-group-heads.txt");
    private final Set<String> calendar = Lexicon.set("calendar-words.txt");
    private final PhraseIndex<GazetteerEntry> places = Gazetteer.instance().names();
    private final TitleLexicon titles = TitleLexicon.get();

    /** The described names of one sentence; {@code taken[i]} marks words already in an organisation's name. */
    List<Found> find(List<Sentences.Tagged> sentence, boolean[] taken, String body) {
        List<Word> words = Sentences.plain(sentence);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).text().toLowerCase(Locale.ROOT);
            if (heads.contains(lower) && !words.get(i).isCapitalised()) {
                Found before = nameBefore(sentence, words, taken, i, body);
                if (before != null) {
                    found.add(before);
                    continue;
                }
            }
            int name = namedAfter(words, i, body);
            if (name >= 0) {
                int last = nameEnd(sentence, words, taken, name, body);
                if (last >= name) {
                    CharSpan span = new CharSpan(
                            words.get(name).start(), words.get(last).end());
                    found.add(new Found(span, span));
                    i = last;
                }
            }
        }
        return found;
    }

    /** "the Red Hand militia": capitalised words right before the group noun at {@code head}. */
    private Found nameBefore(
            List<Sentences.Tagged> sentence, List<Word> words, boolean[] taken, int head, String body) {
        int first = head;
        while (first > 0
                && head - first < MAX_NAME_WORDS
                && words.get(first - 1).joins(words.get(first), body)
                && isNameWord(sentence, words, taken, first - 1)) {
            first--;
        }
        // "the Islamist militia": one adjective describes the group, it does not name it
        boolean adjective = first == head - 1 && sentence.get(first).tag().equals("ADJ");
        if (first == head || adjective || isPlace(words, first, head - 1, body)) {
            return null;
        }
        CharSpan name =
                new CharSpan(words.get(first).start(), words.get(head - 1).end());
        return new Found(new CharSpan(name.start(), words.get(head).end()), name);
    }

    /** The first word of the name after "called", "known as", "calling itself" near a group noun, or -1. */
    private int namedAfter(List<Word> words, int i, String body) {
        String lower = words.get(i).text().toLowerCase(Locale.ROOT);
        int next;
        if (NAMING.contains(lower)) {
            next = i + 1;
        } else if (lower.equals("known")
                        && i + 1 < words.size()
                        && words.get(i + 1).text().equals("as")
                || lower.equals("calling")
                        && i + 1 < words.size()
                        && words.get(i + 1).text().equals("itself")) {
            next = i + 2;
        } else {
            return -1;
        }
        if (!hasGroupNounBefore(words, i)) {
            return -1;
        }
        if (next < words.size() && words.get(next).text().equals("the")) {
            next++;
        }
        return next < words.size() ? next : -1;
    }

    private boolean hasGroupNounBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= 0 && i - k <= NAMING_REACH; k--) {
            if (heads.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The last capitalised word of a name starting at {@code first}, or -1 when it is no name. */
    private int nameEnd(List<Sentences.Tagged> sentence, List<Word> words, boolean[] taken, int first, String body) {
        if (!isNameWord(sentence, words, taken, first)) {
            return -1;
        }
        int last = first;
        while (last + 1 < words.size()
                && last - first + 1 < MAX_NAME_WORDS
                && !words.get(last).isPossessive()
                && words.get(last).joins(words.get(last + 1), body)
                && isNameWord(sentence, words, taken, last + 1)) {
            last++;
        }
        return isPlace(words, first, last, body) ? -1 : last;
    }

    private boolean isNameWord(List<Sentences.Tagged> sentence, List<Word> words, boolean[] taken, int i) {
        Word word = words.get(i);
        if (taken[i] || !word.isCapitalised() || word.isPossessive()) {
            return false;
        }
        if (NOT_NAME_WORDS.contains(word.text()) || calendar.contains(word.text()) || titles.isTitleWord(word.text())) {
            return false;
        }
        return !sentence.get(i).sentenceInitial() || sentence.get(i).tag().equals("PROPN");
    }

    /**
     * Whether words first..last are a place or demonym of the gazetteer, or begin with one of the
     * hand-made files ("Kandahar police"): a world town must be all of them ("Grey" of "Grey Wolf" is a
     * Canadian county, and no place here).
     */
    private boolean isPlace(List<Word> words, int first, int last, String body) {
        PhraseIndex.Match<GazetteerEntry> match = places.longestAt(words, first, body);
        if (match == null || match.last() > last) {
            return false;
        }
        return match.last() == last || !match.values().stream().allMatch(GazetteerEntry::world);
    }
}
