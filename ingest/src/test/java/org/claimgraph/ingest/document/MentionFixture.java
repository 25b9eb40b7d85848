package org.claimgraph.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;

/**
 * A segmented document with hand-made place and organisation layers, so that the stages after
 * them can be tested alone: every whole-word occurrence of a given surface becomes a mention.
 */
public final class MentionFixture {

    private static final Pipeline SEGMENT = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer());

    private final String body;
    private final Map<String, ExtractedPlace> places = new LinkedHashMap<>();
    private final List<PlaceMention> placeMentions = new ArrayList<>();
    private final List<OrganisationMention> organisationMentions = new ArrayList<>();

    private MentionFixture(String body) {
        this.body = body;
    }

    public static MentionFixture of(String body) {
        return new MentionFixture(body);
    }

    public MentionFixture country(String name, String key, String capital, String demonym) {
        ExtractedPlace country = place(key, name, LocationKind.COUNTRY, null);
        mark(name, s -> placeMentions.add(new PlaceMention(s, country, PlaceMention.Form.NAME)));
        if (capital != null) {
            ExtractedPlace city = place("city:" + capital.toLowerCase() + "|" + key, capital, LocationKind.CITY, key);
            mark(capital, s -> placeMentions.add(new PlaceMention(s, city, PlaceMention.Form.NAME)));
        }
        if (demonym != null) {
            mark(demonym, s -> placeMentions.add(new PlaceMention(s, country, PlaceMention.Form.DEMONYM)));
        }
        return this;
    }

    public MentionFixture province(String surface, String key, String name, String countryKey) {
        ExtractedPlace province = place(key, name, LocationKind.PROVINCE, countryKey);
        mark(surface, s -> placeMentions.add(new PlaceMention(s, province, PlaceMention.Form.NAME)));
        return this;
    }

    public MentionFixture organisation(String surface, String key, String name, String parentKey) {
        Organisation organisation = new Organisation(key, name, List.of(), parentKey);
        mark(surface, s -> organisationMentions.add(new OrganisationMention(s, organisation)));
        return this;
    }

    /** The segmented document with the place and organisation layers. */
    public Document build() {
        Document document = SEGMENT.annotate(body);
        placeMentions.sort((a, b) -> a.span().compareTo(b.span()));
        organisationMentions.sort((a, b) -> a.span().compareTo(b.span()));
        document.put(Layers.PLACE_MENTIONS, List.copyOf(placeMentions));
        document.put(Layers.PLACES, Map.copyOf(places));
        document.put(Layers.ORGANISATION_MENTIONS, List.copyOf(organisationMentions));
        return document;
    }

    private ExtractedPlace place(String key, String name, LocationKind kind, String parentKey) {
        ExtractedPlace place = new ExtractedPlace(key, name, kind, List.of(), null, null, null, parentKey);
        places.put(key, place);
        return place;
    }

    private void mark(String surface, java.util.function.Consumer<CharSpan> add) {
        wholeWords(body, surface).forEach(add);
    }

    /** Every occurrence of {@code surface} in {@code body} that neither starts nor ends inside a word. */
    public static List<CharSpan> wholeWords(String body, String surface) {
        List<CharSpan> found = new ArrayList<>();
        for (int at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(body.charAt(at - 1));
            int end = at + surface.length();
            boolean endsWord = end == body.length() || !Character.isLetter(body.charAt(end));
            if (startsWord && endsWord) {
                found.add(new CharSpan(at, end));
            }
        }
        return found;
    }
}
