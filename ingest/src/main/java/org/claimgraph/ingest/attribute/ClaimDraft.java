package org.claimgraph.ingest.attribute;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * A claim found by an attributor before its details are filled in. {@code speakerKey} is null
 * when the speaker is a pronoun ({@code pronoun} set) or must be carried over from the claim before
 * it ({@code pronoun} null as well). {@code attribution} covers the words that attribute it.
 */
record ClaimDraft(
        CharSpan span,
        CharSpan sentence,
        ClaimKind kind,
        String speakerKey,
        String pronoun,
        String verb,
        String audienceKey,
        CharSpan attribution) {

    /** The {@code pronoun} of a claim whose source is named but is no known actor: never carried over. */
    static final String UNKNOWN = "";

    ClaimDraft withSpan(CharSpan clause) {
        return new ClaimDraft(clause, sentence, kind, speakerKey, pronoun, verb, audienceKey, attribution);
    }

    ClaimDraft withSpeaker(String key) {
        return new ClaimDraft(span, sentence, kind, key, null, verb, audienceKey, attribution);
    }
}
