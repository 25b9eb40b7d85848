package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * Reported speech outside quotation marks. The claim is the reported clause: after the verb ("X said
 * (that) P", "X said Thursday P", "X told VOA P"), before it ("P, X said.", "P, experts say."),
 * after a parenthetical ("P1, they say, P2"), around "according to X", or the object with its clause
 * for denials ("X rejected reports that P"; "X dismissed the account" spans the whole clause).
 * "..., adding that P" and "... and that P" give further claims of the same speaker. Immutable.
 */
final class ReportedSpeechFinder {

    private static final int THAT_REACH = 10;
    private static final int MIN_LENGTH = 12;
    /** The longest reported clause, in tokens: keeps the work per verb bounded in run-on text. */
    private static final int MAX_CLAUSE = 150;

    private static final int PARTICIPLE_REACH = 3;
    private static final Set<String> ADJUNCTS = Set.of(
            "on",
            "late",
            "early",
            "last",
            "this",
            "by",
            "phone",
            "radio",
            "telephone",
            "statement",
            "interview",
            "also",
            "later",
            "yesterday",
            "today",
            "overnight",
            "week",
            "month",
            "year",
            "weekend");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though", "but");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their");
    /** Words between "and" and a second verb of saying: "and he has also accused", "and later warned". */
    private static final Set<String> SECOND_VERB_FILLERS = Set.of(
            "he", "she", "it", "they", "we", "has", "have", "had", "also", "later", "then", "again", "repeatedly");

    private final Set<String> speechVerbs;
    private final Set<String> denialVerbs = Lexicon.set("denial-verbs.txt");
    private final Set<String> calendar = Lexicon.set("calendar-words.txt");
    /** Verbs of saying that take a noun object: without "that", the claim is the whole clause. */
    private final Set<String> objectVerbs = Set.of(
            "acknowledged",
            "acknowledges",
            "acknowledge",
            "confirmed",
            "confirms",
            "confirm",
            "admitted",
            "admits",
            "admit",
            "announced",
            "announces",
            "announce");

    private final CommitmentVerbs commitments = new CommitmentVerbs();
    private final SpeakerFinder speakers;

    ReportedSpeechFinder(Set<String> speechVerbs, SpeakerFinder speakers) {
        this.speechVerbs = speechVerbs;
        this.speakers = speakers;
    }

    /** Claims outside {@code quotes}, skipping verbs inside {@code attributions} (those of quotes). */
    List<ClaimDraft> find(Discourse d, List<CharSpan> quotes, List<CharSpan> attributions) {
        boolean[] quoted = new boolean[d.tokens.size()];
        for (CharSpan span : quotes) {
            for (int i = d.tokenAt(span.start());
                    i < d.tokens.size() && d.tokens.get(i).span().start() < span.end();
                    i++) {
                quoted[i] = true;
            }
        }
        for (CharSpan span : attributions) {
            for (int i = d.tokenAt(span.start());
                    i < d.tokens.size() && d.tokens.get(i).span().start() < span.end();
                    i++) {
                quoted[i] |= speechVerbs.contains(d.lower(i)) && !d.lower(i).endsWith("ing");
            }
        }
        List<ClaimDraft> drafts = new ArrayList<>();
        for (Sentence sentence : d.sentences) {
            int first = d.first(sentence.index());
            int end = d.end(sentence.index());
            for (int k = first; k < end && end > 0; k++) {
                if (quoted[k]) {
                    continue;
                }
                if (d.is(k, "according") && d.is(k + 1, "to")) {
                    addIfLong(drafts, according(d, k, first, end));
                } else if (speechVerbs.contains(d.lower(k))) {
                    verb(d, k, first, end, drafts);
                }
            }
        }
        return drafts;
    }

    private ClaimDraft according(Discourse d, int k, int first, int end) {
        if (k + 2 >= end) {
            return null;
        }
        int named = d.is(k + 2, DETERMINERS) && k + 3 < end ? k + 3 : k + 2;
        ExtractedMention source = d.actors.actorAt(d.tokens.get(named).span());
        String key = source == null ? null : source.actorKey();
        CharSpan sentence = d.sentenceSpan(k);
        if (k > first) {
            int last = d.is(k - 1, ",") ? k - 2 : k - 1;
            if (last < first || key == null && saysLater(d, first, last + 1)) {
                return null; // "X denied involvement, according to a statement": X's claim, found at its verb
            }
            return draft(d, first, last, sentence, key, null, "according", attribution(d, k, end - 1));
        }
        int comma = k + 2;
        while (comma < end && !d.is(comma, ",")) {
            comma++;
        }
        if (comma + 1 < end && d.is(comma + 1, DETERMINERS)) {
            int next = comma + 1;
            while (next < end && !d.is(next, ",")) {
                next++;
            }
            comma = next < end ? next : comma;
        }
        return comma + 1 < end
                ? draft(d, comma + 1, end - 1, sentence, key, null, "according", attribution(d, k, comma))
                : null;
    }

    private void verb(Discourse d, int k, int sentenceFirst, int end, List<ClaimDraft> drafts) {
        if (!commitments.reportsSpeech(d, k, skipAdjuncts(d, k + 1, end), end)) {
            return; // "pledged allegiance to the group": no speech reported
        }
        int first = d.afterDateline(sentenceFirst, end);
        CharSpan sentence = d.sentenceSpan(k);
        String verb = d.lower(k);
        if (verb.endsWith("ing") && isAfterComma(d, k, first)) {
            // "X denied that, saying P": P is X's; else the speaker is left to the claims around it
            SpeakerFinder.Speaker main = mainSpeaker(d, k, first);
            complement(
                    d,
                    k,
                    end,
                    sentence,
                    main == null ? null : main.key(),
                    main == null ? null : main.pronoun(),
                    verb,
                    drafts,
                    -1);
            return;
        }
        int and = coordinatorBefore(d, k, first);
        if (and >= 0) {
            // "P, and accused X of Q": the second verb has the first verb's speaker
            SpeakerFinder.Speaker main = mainSpeaker(d, and, first);
            if (main != null) {
                complement(d, k, end, sentence, main.key(), main.pronoun(), verb, drafts, -1);
            }
            return;
        }
        SpeakerFinder.Speaker speaker = speakers.before(d, k, first);
        if (speaker == null) {
            SpeakerFinder.Speaker inverted = d.is(k - 1, ",") ? speakers.after(d, k, end) : null;
            if (inverted != null && isTail(d, inverted.last() + 1, end) && k - 2 >= first) {
                addIfLong(
                        drafts,
                        draft(
                                d,
                                first,
                                k - 2,
                                sentence,
                                inverted.key(),
                                inverted.pronoun(),
                                verb,
                                attribution(d, k, end - 1)));
            }
            return;
        }
        int subject = d.is(speaker.first() - 1, DETERMINERS) ? speaker.first() - 1 : speaker.first();
        boolean subjectAfterComma = subject - 1 > first && d.is(subject - 1, ",");
        if (subjectAfterComma && isTail(d, k + 1, end)) {
            addIfLong(
                    drafts,
                    draft(
                            d,
                            first,
                            subject - 2,
                            sentence,
                            speaker.key(),
                            speaker.pronoun(),
                            verb,
                            attribution(d, subject, end - 1)));
            int participle = participleAfter(d, k + 1, end);
            if (participle > 0) {
                complement(
                        d,
                        participle,
                        end,
                        sentence,
                        speaker.key(),
                        speaker.pronoun(),
                        d.lower(participle),
                        drafts,
                        -1);
            }
            return;
        }
        int afterAdjuncts = skipAdjuncts(d, k + 1, end);
        if (subjectAfterComma && d.is(afterAdjuncts, ",") && d.is(afterAdjuncts + 1, CONTRASTS)) {
            // "P, the army said (on Sunday), while Q": the claim is P; Q is the writer's, not the speaker's
            addIfLong(
                    drafts,
                    draft(
                            d,
                            first,
                            subject - 2,
                            sentence,
                            speaker.key(),
                            speaker.pronoun(),
                            verb,
                            attribution(d, subject, afterAdjuncts - 1)));
            return;
        }
        if (subjectAfterComma && d.is(k + 1, ",") && hasVerb(d, first, subject - 2)) {
            // "P, officials said, in the latest violence ...": P is a whole clause and the claim; the rest is the
            // writer's
            addIfLong(
                    drafts,
                    draft(
                            d,
                            first,
                            subject - 2,
                            sentence,
                            speaker.key(),
                            speaker.pronoun(),
                            verb,
                            attribution(d, subject, k)));
            return;
        }
        if (subjectAfterComma && d.is(k + 1, ",")) {
            addIfLong(
                    drafts,
                    draft(
                            d,
                            k + 2,
                            end - 1,
                            sentence,
                            speaker.key(),
                            speaker.pronoun(),
                            verb,
                            attribution(d, subject, k + 1)));
            return;
        }
        complement(d, k, end, sentence, speaker.key(), speaker.pronoun(), verb, drafts, speaker.first());
    }

    /** The speaker of the last finite verb of saying before the participle at {@code k} in its sentence, or null. */
    private SpeakerFinder.Speaker mainSpeaker(Discourse d, int k, int first) {
        for (int v = k - 1; v >= first; v--) {
            if (speechVerbs.contains(d.lower(v)) && !d.lower(v).endsWith("ing")) {
                return speakers.before(d, v, first);
            }
        }
        return null;
    }

    /** The clause a verb at {@code k} introduces, split at "and that", cut before "..., adding". */
    private void complement(
            Discourse d,
            int k,
            int end,
            CharSpan sentence,
            String key,
            String pronoun,
            String verb,
            List<ClaimDraft> drafts,
            int subjectStart) {
        int start = clauseStart(d, k, end);
        boolean denial = denialVerbs.contains(verb);
        boolean objectVerb = denial || objectVerbs.contains(verb);
        int that = thatAfter(d, k, end);
        boolean gerund = isGerundPhrase(d, start, end);
        // "denied the allegations" takes the clause with its subject; "denied backing the rebels" the V-ing phrase
        boolean wholeClause = objectVerb && that < 0 && subjectStart >= 0 && !gerund;
        if (objectVerb && that > k + 1) {
            start = k + 1;
        } else if (wholeClause) {
            start = subjectStart;
        }
        int stop = wholeClause ? subordinate(d, k, cut(d, start, end)) : cut(d, start, end);
        int split = denial ? -1 : coordinatedThat(d, start, stop);
        int last = split > 0 ? split - 1 : stop - 1;
        CharSpan attribution = attribution(d, subjectStart >= 0 ? subjectStart : k, start - 1);
        addIfLong(drafts, draft(d, start, last, sentence, key, pronoun, verb, attribution));
        if (split > 0) {
            addIfLong(drafts, draft(d, split + 2, stop - 1, sentence, key, pronoun, verb, attribution));
        }
    }

    /** "backing the rebels", "shelling a hospital": a V-ing form with its object ("wrongdoing" alone is a noun). */
    private static boolean isGerundPhrase(Discourse d, int start, int end) {
        if (start + 1 >= end) {
            return false;
        }
        String word = d.lower(start);
        String nextTag = d.tokens.get(start + 1).tag();
        return word.endsWith("ing")
                && !word.endsWith("thing")
                && word.length() > 5
                && Character.isLowerCase(d.tokens.get(start).text().charAt(0))
                && (nextTag.equals("DET") || nextTag.equals("NOUN") || nextTag.equals("PROPN"));
    }

    /** The first subordinating conjunction after the verb ("... ties with X as it views ..."), or stop. */
    private static int subordinate(Discourse d, int k, int stop) {
        for (int j = k + 1; j < stop; j++) {
            if ("SCONJ".equals(d.tokens.get(j).tag())) {
                return j;
            }
        }
        return stop;
    }

    /** The first token of the reported clause: after "that", else after the audience and adjuncts. */
    private int clauseStart(Discourse d, int k, int end) {
        int that = thatAfter(d, k, end);
        if (that > 0) {
            return that + 1;
        }
        int j = k + 1;
        if (d.lower(k).startsWith("told") || d.lower(k).startsWith("tell")) {
            int named = d.is(j, DETERMINERS) ? j + 1 : j;
            ExtractedMention audience =
                    named < end ? d.actors.actorAt(d.tokens.get(named).span()) : null;
            if (audience != null) {
                j = d.tokenAt(audience.span().end() - 1) + 1;
            } else if (j < end && SpeakerFinder.PRONOUNS.contains(d.lower(j))
                    || d.is(j, Set.of("her", "him", "them"))) {
                j++;
            }
        }
        return skipAdjuncts(d, j, end);
    }

    /** The token "that" introducing the clause of the verb at {@code k}, or -1. */
    private int thatAfter(Discourse d, int k, int end) {
        for (int j = k + 1; j < end && j - k <= THAT_REACH; j++) {
            if (d.is(j, "that")) {
                return j;
            }
            if (d.is(j, ",")
                    || speechVerbs.contains(d.lower(j))
                    || "VERB".equals(d.tokens.get(j).tag())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The "and" of "..., and accused X of Q" / "... and warned that Q" right before the verb at {@code k}
     * (with only adverbs and auxiliaries between), when the verb has no subject of its own; or -1.
     */
    private int coordinatorBefore(Discourse d, int k, int first) {
        int j = k - 1;
        while (j >= first && d.is(j, SECOND_VERB_FILLERS) && !SpeakerFinder.PRONOUNS.contains(d.lower(j))) {
            j--;
        }
        return j > first && d.is(j, "and") ? j : -1;
    }

    /**
     * Whether a second verb of saying joined by "and" starts at {@code j}: "and warned that", ", and he
     * accused", "and she has insisted". That verb reports a claim of its own.
     */
    private boolean secondVerbAt(Discourse d, int j, int end) {
        if (!d.is(j, "and")) {
            return false;
        }
        int p = j + 1;
        while (p < end && d.is(p, SECOND_VERB_FILLERS)) {
            p++;
        }
        return p < end
                && speechVerbs.contains(d.lower(p))
                && !d.lower(p).endsWith("ing")
                && commitments.reportsSpeech(d, p, skipAdjuncts(d, p + 1, end), end);
    }

    /** The end (exclusive) of a clause from {@code start}: the sentence end, or a comma before a participle. */
    private int cut(Discourse d, int start, int sentenceEnd) {
        int end = Math.min(sentenceEnd, start + MAX_CLAUSE);
        for (int j = start; j < end; j++) {
            if (secondVerbAt(d, j, end)) {
                return j > start && d.is(j - 1, ",") ? j - 1 : j;
            }
            if (d.is(j, ",")
                    && (participleAfter(d, j, end) > 0
                            || d.is(j + 1, CONTRASTS) && saysLater(d, j + 2, end)
                            || d.is(j + 1, "according") && d.is(j + 2, "to"))) {
                return j;
            }
        }
        return end;
    }

    /** Whether another verb of saying follows ("..., but a spokesman told Reuters ..."): a second speaker's clause. */
    private boolean saysLater(Discourse d, int from, int end) {
        for (int j = from; j < end; j++) {
            if (speechVerbs.contains(d.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens first..last hold a finite verb: a clause rather than an opening adverbial ("In Kabul"). */
    private static boolean hasVerb(Discourse d, int first, int last) {
        for (int j = first; j <= last; j++) {
            String tag = d.tokens.get(j).tag();
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** A participle of saying within a few tokens after a comma at or after {@code j} ("..., adding"), or -1. */
    private int participleAfter(Discourse d, int j, int end) {
        if (!d.is(j, ",")) {
            return -1;
        }
        for (int p = j + 1; p < end && p - j <= PARTICIPLE_REACH; p++) {
            if (speechVerbs.contains(d.lower(p)) && d.lower(p).endsWith("ing")) {
                return p;
            }
        }
        return -1;
    }

    private boolean isAfterComma(Discourse d, int k, int first) {
        for (int p = k - 1; p >= first && k - p <= PARTICIPLE_REACH; p--) {
            if (d.is(p, ",")) {
                return true;
            }
        }
        return false;
    }

    /** The token of "that" in "and that" / "but that" between start and stop, minus one; or -1. */
    private static int coordinatedThat(Discourse d, int start, int stop) {
        for (int j = start + 1; j + 1 < stop; j++) {
            if (d.is(j, COORDINATORS) && d.is(j + 1, "that")) {
                return j;
            }
        }
        return -1;
    }

    /** Whether only adjuncts ("by phone", "on Thursday") or "..., adding" follow, up to the sentence end. */
    private boolean isTail(Discourse d, int j, int end) {
        int k = skipAdjuncts(d, j, end);
        return k >= end || d.is(k, ".") && k == end - 1 || participleAfter(d, k, end) > 0;
    }

    /** The first token from {@code j} that is no adjunct of saying ("on Thursday", "in a statement"). */
    private int skipAdjuncts(Discourse d, int j, int end) {
        int k = j;
        while (k < end) {
            if (ADJUNCTS.contains(d.lower(k))
                    || calendar.contains(d.tokens.get(k).text())) {
                k++;
            } else if (d.is(k, "in") && d.is(k + 1, Set.of("a", "an")) && d.is(k + 2, ADJUNCTS)) {
                k += 3;
            } else {
                return k;
            }
        }
        return k;
    }

    private static CharSpan attribution(Discourse d, int first, int last) {
        if (last < first) {
            return new CharSpan(
                    d.tokens.get(first).span().start(),
                    d.tokens.get(first).span().start());
        }
        return new CharSpan(
                d.tokens.get(first).span().start(), d.tokens.get(last).span().end());
    }

    private static ClaimDraft draft(
            Discourse d,
            int first,
            int last,
            CharSpan sentence,
            String key,
            String pronoun,
            String verb,
            CharSpan attribution) {
        if (last < first) {
            return null;
        }
        boolean unknownSource = key == null && pronoun == null && "according".equals(verb);
        return new ClaimDraft(
                d.span(first, last),
                sentence,
                ClaimKind.REPORTED,
                key,
                unknownSource ? ClaimDraft.UNKNOWN : pronoun,
                verb,
                null,
                attribution);
    }

    private static void addIfLong(List<ClaimDraft> drafts, ClaimDraft draft) {
        if (draft != null && draft.span().length() >= MIN_LENGTH) {
            drafts.add(draft);
        }
    }
}
