package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * Direct quotes: the words inside quotation marks, with the speaker named after them ("...,” X told
 * VOA.", "...,” said X.") or before them ("X said: “...”"). A quote with neither is left for the
 * claim finder to give to the speaker of the claim before it (the rest of a split quote, the next
 * paragraph of a long quote). Quotes of fewer than {@value #MIN_WORDS} words are scare quotes, not
 * claims. Immutable.
 */
final class QuoteAttributor {

    private static final int MIN_WORDS = 3;
    private static final int AFTER_REACH = 20;
    private static final int BEFORE_REACH = 3;
    private static final Set<String> INTRODUCERS = Set.of(":", ",", "that");

    private final Set<String> speechVerbs;
    private final SpeakerFinder speakers;

    QuoteAttributor(Set<String> speechVerbs, SpeakerFinder speakers) {
        this.speechVerbs = speechVerbs;
        this.speakers = speakers;
    }

    List<ClaimDraft> find(Discourse d, List<CharSpan> quotes) {
        List<ClaimDraft> drafts = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            CharSpan quote = quotes.get(q);
            CharSpan inner = QuoteMarks.inner(d.text, quote);
            if (inner.isEmpty() || inner.coveredText(d.text).split("\\s+").length < MIN_WORDS) {
                continue;
            }
            int open = d.tokenAt(quote.start());
            int close = d.tokenAt(quote.end() - 1);
            int nextOpen = q + 1 < quotes.size() ? d.tokenAt(quotes.get(q + 1).start()) : d.tokens.size();
            int previousClose = q > 0 ? d.tokenAt(quotes.get(q - 1).end() - 1) : -1;
            CharSpan sentence = new CharSpan(
                    d.sentenceSpan(open).start(), d.sentenceSpan(close).end());
            ClaimDraft draft = isClosed(d.text, quote) ? after(d, quote, inner, sentence, close, nextOpen) : null;
            if (draft == null) {
                draft = before(d, inner, sentence, open, previousClose);
            }
            drafts.add(
                    draft != null
                            ? draft
                            : new ClaimDraft(inner, sentence, ClaimKind.DIRECT_QUOTE, null, null, null, null, null));
        }
        return drafts;
    }

    private ClaimDraft after(Discourse d, CharSpan quote, CharSpan inner, CharSpan sentence, int close, int nextOpen) {
        int p = quote.end() - 2;
        while (p > quote.start() && Character.isWhitespace(d.text.charAt(p))) {
            p--;
        }
        char lastInside = d.text.charAt(p);
        boolean continues = lastInside == ',' || lastInside == '?' || lastInside == '!' || d.is(close + 1, ",");
        if (!continues) {
            return null;
        }
        int end = Math.min(d.end(d.tokens.get(close).sentence()), nextOpen);
        for (int k = close + 1; k < end && k - close <= AFTER_REACH; k++) {
            if (!speechVerbs.contains(d.lower(k))) {
                continue;
            }
            SpeakerFinder.Speaker speaker = speakers.before(d, k, close + 1);
            if (speaker == null) {
                speaker = speakers.after(d, k, end);
            }
            if (speaker != null) {
                CharSpan attribution = new CharSpan(
                        d.tokens.get(close).span().end(),
                        d.tokens.get(end - 1).span().end());
                return draft(inner, sentence, speaker, d.lower(k), attribution);
            }
        }
        return null;
    }

    private static boolean isClosed(String text, CharSpan quote) {
        char last = text.charAt(quote.end() - 1);
        return quote.length() > 1 && (last == '\u201d' || last == '"');
    }

    private ClaimDraft before(Discourse d, CharSpan inner, CharSpan sentence, int open, int previousClose) {
        int first = Math.max(d.first(d.tokens.get(open).sentence()), previousClose + 1);
        int k = open - 1;
        while (k >= first && open - k <= BEFORE_REACH && d.is(k, INTRODUCERS)) {
            k--;
        }
        if (k < first || !speechVerbs.contains(d.lower(k))) {
            return null;
        }
        SpeakerFinder.Speaker speaker = speakers.before(d, k, first);
        if (speaker == null) {
            speaker = speakers.after(d, k, open);
        }
        if (speaker == null) {
            return null;
        }
        CharSpan attribution = new CharSpan(
                d.tokens.get(first).span().start(), d.tokens.get(open).span().start());
        return draft(inner, sentence, speaker, d.lower(k), attribution);
    }

    private static ClaimDraft draft(
            CharSpan inner, CharSpan sentence, SpeakerFinder.Speaker speaker, String verb, CharSpan attribution) {
        return new ClaimDraft(
                inner, sentence, ClaimKind.DIRECT_QUOTE, speaker.key(), speaker.pronoun(), verb, null, attribution);
    }
}
