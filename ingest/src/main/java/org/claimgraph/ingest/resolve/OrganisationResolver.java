package org.claimgraph.ingest.resolve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.Organisation;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * One ORGANIZATION actor per known organisation mentioned, with every surface seen and the
 * lexicon's aliases. A following member noun ("Red Hand fighters") is an alias of the organisation.
 * The parent organisation, or the country a branch belongs to, becomes the affiliation; else the
 * country whose name or demonym begins the organisation's name.
 */
final class OrganisationResolver {

    private static final Set<String> MEMBER_NOUNS =
            Set.of("fighters", "militants", "insurgents", "members", "gunmen", "militiamen");

    private final Set<String> heads = Lexicon.set("organisation-heads.txt");

    void resolve(Resolution r) {
        for (OrganisationMention m : r.organisationMentions) {
            Organisation org = m.organisation();
            ActorDraft actor = r.actor(org.key(), ActorKind.ORGANIZATION, org.name());
            actor.alias(r.document.text(m.span()));
            org.aliases().forEach(actor::alias);
            CharSpan span = withMemberNoun(r, m.span());
            if (!span.equals(m.span())) {
                actor.alias(r.document.text(span));
            }
            r.mention(span, org.key());
        }
        resolveDefiniteDescriptions(r);
        for (OrganisationMention m : r.organisationMentions) {
            String parent = m.organisation().parentKey();
            if (parent == null) {
                continue;
            }
            ActorDraft actor = r.existing(m.organisation().key());
            if (r.existing(parent) != null) {
                actor.affiliationKey = parent;
            } else if (r.places.get(parent) != null) {
                actor.affiliationKey = parent;
                r.wantCountry(parent);
            }
        }
        for (OrganisationMention m : r.organisationMentions) {
            ActorDraft actor = r.existing(m.organisation().key());
            String country = leadingCountry(r, m.span());
            if (actor.affiliationKey == null && country != null) {
                actor.affiliationKey = country;
                r.wantCountry(country);
            }
        }
    }

    /**
     * The country whose name or demonym begins the organisation's name ("Freedonian Ministry of
     * Defence", "Freedonia's Foreign Office"), when it names no other country.
     */
    private static String leadingCountry(Resolution r, CharSpan span) {
        String leading = null;
        Set<String> countries = new HashSet<>();
        for (PlaceMention p : Spans.within(r.placeMentions, PlaceMention::span, span)) {
            ExtractedPlace country = r.places.countryOf(p.place());
            if (country == null) {
                continue;
            }
            countries.add(country.key());
            if (p.span().start() == span.start()) {
                leading = country.key();
            }
        }
        return countries.size() == 1 ? leading : null;
    }

    /** "the committee" refers back to the latest organisation named before whose name holds "Committee". */
    private void resolveDefiniteDescriptions(Resolution r) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            String noun = r.tokens.get(i + 1).text();
            boolean head = r.tokens.get(i).text().equalsIgnoreCase("the")
                    && heads.contains(noun)
                    && r.organisationAt[i + 1] < 0;
            boolean followedByNoun =
                    i + 2 < r.tokens.size() && r.tokens.get(i + 2).tag().equals("NOUN");
            if (!head || followedByNoun) {
                continue;
            }
            OrganisationMention antecedent =
                    latestNaming(r, noun, r.tokens.get(i).span().start());
            if (antecedent != null) {
                CharSpan span = new CharSpan(
                        r.tokens.get(i).span().start(),
                        r.tokens.get(i + 1).span().end());
                r.existing(antecedent.organisation().key())
                        .alias(antecedent.organisation().name());
                r.mention(span, antecedent.organisation().key());
            }
        }
    }

    private static OrganisationMention latestNaming(Resolution r, String noun, int before) {
        OrganisationMention latest = null;
        for (OrganisationMention m : r.organisationMentions) {
            boolean names = (" " + m.organisation().name().toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " ");
            if (m.span().end() <= before && names) {
                latest = m;
            }
        }
        return latest;
    }

    private static CharSpan withMemberNoun(Resolution r, CharSpan span) {
        int next = TokenCover.firstEndingAfter(r.tokens, span.end());
        if (next < r.tokens.size()
                && r.tokens.get(next).span().start() > span.end()
                && MEMBER_NOUNS.contains(r.tokens.get(next).text().toLowerCase(Locale.ROOT))
                && r.tokens.get(next).span().start() - span.end() <= 1) {
            return new CharSpan(span.start(), r.tokens.get(next).span().end());
        }
        return span;
    }
}
