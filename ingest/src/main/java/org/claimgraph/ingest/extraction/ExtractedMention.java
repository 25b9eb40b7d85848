package org.claimgraph.ingest.extraction;

/** Words of the body that name an actor or a place (one of the two keys is set). */
public record ExtractedMention(CharSpan span, String actorKey, String placeKey) {

    public static ExtractedMention ofActor(CharSpan span, String actorKey) {
        return new ExtractedMention(span, actorKey, null);
    }

    public static ExtractedMention ofPlace(CharSpan span, String placeKey) {
        return new ExtractedMention(span, null, placeKey);
    }
}
