package org.claimgraph.ingest.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.PersonMention;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Keys;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * One PERSON actor per person: a full name and the later surnames that repeat its last word. The
 * key and name leave out ranks ("Gen."); honorifics that belong to the name ("Haji") stay in the
 * name but not in the key. The title is the longest one written next to the person (ranks left
 * out); the affiliation is the organisation, else the institution ({@link TitleInstitution}: "army
 * spokesman"), else the country, named in that title, else the organisation the title refers back to
 * ({@link TitleAntecedent}).
 */
final class PersonResolver {

    private final TitleLexicon titles = TitleLexicon.get();
    private final TitleAntecedent antecedents = new TitleAntecedent();
    private final TitleInstitution institutions = new TitleInstitution();

    void resolve(Resolution r, List<PersonMention> persons) {
        Map<String, String> lastWordToKey = new HashMap<>();
        Map<String, String> anyFullName = fullNamesByLastWord(r, persons);
        List<PersonMention> ordered = new ArrayList<>(persons);
        ordered.sort((a, b) -> a.name().compareTo(b.name()));
        for (PersonMention m : ordered) {
            List<String> written = Arrays.asList(r.document.text(m.name()).split("\\s+"));
            List<String> core = titles.withoutAddressForms(written);
            String key = core.size() > 1
                    ? Keys.person(String.join(" ", core))
                    : lastWordToKey.getOrDefault(
                            Keys.normalise(core.get(0)),
                            anyFullName.getOrDefault(Keys.normalise(core.get(0)), Keys.person(core.get(0))));
            ActorDraft actor = r.actor(key, ActorKind.PERSON, String.join(" ", written));
            if (core.size() > 1) {
                lastWordToKey.put(Keys.normalise(core.get(core.size() - 1)), key);
                if (written.size() > actor.name.split(" ").length) {
                    actor.alias(actor.name);
                    actor.name = String.join(" ", written);
                }
                actor.alias(String.join(" ", core));
                actor.alias(core.get(core.size() - 1));
            }
            actor.alias(String.join(" ", written));
            if (m.titleSpan() != null) {
                addTitle(r, actor, m, String.join(" ", written));
            }
            r.mention(m.name(), key);
        }
    }

    /** For each last word of a full name (normalised: "Al-Sudani" is "al sudani"), the first full name's key. */
    private Map<String, String> fullNamesByLastWord(Resolution r, List<PersonMention> persons) {
        Map<String, String> keys = new HashMap<>();
        for (PersonMention m : persons) {
            List<String> core = titles.withoutAddressForms(
                    Arrays.asList(r.document.text(m.name()).split("\\s+")));
            if (core.size() > 1) {
                keys.putIfAbsent(Keys.normalise(core.get(core.size() - 1)), Keys.person(String.join(" ", core)));
            }
        }
        return keys;
    }

    private void addTitle(Resolution r, ActorDraft actor, PersonMention m, String name) {
        String title = withoutRanks(m.title());
        boolean before = m.titleSpan().end() <= m.name().start();
        if (before) {
            actor.alias(m.title() + " " + name);
        }
        if (title.isEmpty() || actor.title != null && actor.title.length() >= title.length()) {
            return;
        }
        actor.title = title;
        String affiliation = affiliation(r, m.titleSpan());
        if (affiliation == null) {
            affiliation = antecedents.organisationOf(r, m.titleSpan());
        }
        if (affiliation != null) {
            actor.affiliationKey = affiliation;
        }
    }

    /** The title without ranks at its end ("U.S. Navy Capt." is "U.S. Navy"). */
    private String withoutRanks(String title) {
        List<String> words = new ArrayList<>(Arrays.asList(title.split("\\s+")));
        while (!words.isEmpty()
                && titles.isAddressForm(words.get(words.size() - 1))
                && !titles.isRole(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private String affiliation(Resolution r, CharSpan title) {
        for (OrganisationMention o : r.organisationMentions) {
            if (title.contains(o.span())) {
                return o.organisation().key();
            }
        }
        String institution = institutions.of(r, title);
        if (institution != null) {
            return institution;
        }
        for (PlaceMention p : r.placeMentions) {
            ExtractedPlace country = title.contains(p.span()) ? r.places.countryOf(p.place()) : null;
            if (country != null) {
                r.wantCountry(country.key());
                return country.key();
            }
        }
        return null;
    }
}
