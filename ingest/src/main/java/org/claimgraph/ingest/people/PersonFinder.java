package org.claimgraph.ingest.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.PersonMention;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.NameForm;
import org.claimgraph.ingest.lexicon.NameParticles;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Finds the names of people with the titles written next to them. A run of capitalised name words
 * (see {@link NameWords}) is a person when a title or honorific stands before it ("district governor
 * X Y", "Haji X Y"), when an apposition with a role follows or precedes it ("X Y, a tribal elder,",
 * "the spokesman, X Y"), or when it stands next to a verb of saying ("X Y said", "said X Y",
 * "according to X Y"). A single word is a person when it is the last word of a name found earlier
 * ("Lind said" after "Anna Lind") or an unknown proper noun next to a verb of saying. Places and organisations are
 * never names.
 * <p>Needs: {@link Layers#TOKENS}, {@link Layers#SENTENCES}, {@link Layers#PLACE_MENTIONS},
 * {@link Layers#ORGANISATION_MENTIONS}. Adds: {@link Layers#PERSON_MENTIONS}.
 */
public final class PersonFinder implements Stage {

    private static final int MAX_NAME_WORDS = 5;

    private final Set<String> speechVerbs = Lexicon.set("speech-verbs.txt");
    private final NameWords nameWords = new NameWords();
    private final NameParticles particles = NameParticles.get();
    private final TitlePhrases titlePhrases = new TitlePhrases(speechVerbs);
    private final TitleLexicon titles = TitleLexicon.get();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PLACE_MENTIONS, Layers.ORGANISATION_MENTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PERSON_MENTIONS);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        boolean[] blocked = blocked(document, tokens);
        List<PersonMention> found = new ArrayList<>();
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        int[] bounds = sentenceBounds(tokens, sentences.size());
        for (Sentence sentence : sentences) {
            findNames(document, tokens, blocked, bounds[2 * sentence.index()], bounds[2 * sentence.index() + 1], found);
        }
        found.addAll(surnames(document.text(), tokens, blocked, found));
        found.sort(Comparator.comparing(PersonMention::name));
        document.put(Layers.PERSON_MENTIONS, List.copyOf(found));
    }

    private void findNames(
            Document document, List<Token> tokens, boolean[] blocked, int first, int end, List<PersonMention> found) {
        int i = first;
        while (i < end) {
            int last = particlePart(tokens, blocked, i, end, document.text());
            last = last < 0 && nameWords.isNameWord(tokens.get(i), blocked[i]) ? i : last;
            if (last < 0) {
                i++;
                continue;
            }
            int words = 1;
            while (last + 1 < end && words < MAX_NAME_WORDS && !NameWords.endsName(tokens.get(last))) {
                int next = nameWords.isNameWord(tokens.get(last + 1), blocked[last + 1])
                        ? last + 1
                        : particles.nameAfter(tokens, last + 1, end, document.text());
                if (next < 0
                        || blocked[next]
                        || !nameWords.isNameWord(tokens.get(next), false)
                                && !tokens.get(next).text().contains("-")) {
                    break;
                }
                last = next;
                words++;
            }
            PersonMention mention = personAt(document, tokens, first, end, i, last);
            if (mention != null) {
                found.add(mention);
            }
            i = last + 1;
        }
    }

    /** The last token of a name part that begins with a particle ("al-Sudani said"), or -1. */
    private int particlePart(List<Token> tokens, boolean[] blocked, int i, int end, String body) {
        int part = blocked[i] ? -1 : particles.nameAfter(tokens, i, end, body);
        return part >= 0
                        && !blocked[part]
                        && (part == i
                                || nameWords.isNameWord(tokens.get(part), false)
                                || tokens.get(part).text().startsWith("-"))
                ? part
                : -1;
    }

    /** The person named by tokens {@code start..last}, with its title, or null without evidence. */
    private PersonMention personAt(Document document, List<Token> tokens, int first, int end, int start, int last) {
        int nameStart = start;
        while (nameStart > first
                && titles.isNameHonorific(tokens.get(nameStart - 1).text())) {
            nameStart--;
        }
        TitlePhrases.Range before = titlePhrases.before(tokens, first, nameStart);
        TitlePhrases.Range after = titlePhrases.after(tokens, last, end);
        // "the spokesman, Col. X,": the apposition stands before the rank
        int rankStart = before != null && isRanksOnly(tokens, before) ? before.first() : nameStart;
        TitlePhrases.Range apposition = before == null || rankStart < nameStart
                ? titlePhrases.appositionBefore(tokens, first, rankStart)
                : null;
        boolean evidence = nameStart < start
                || before != null
                || after != null
                || apposition != null
                || nextToSpeech(
                        tokens,
                        first,
                        end,
                        nameStart,
                        after == null ? last : after.last() + 1,
                        last - start > 0 || "PROPN".equals(tokens.get(start).tag()) && start > first);
        if (!evidence) {
            return null;
        }
        // ranks alone are no title: "an army spokesman, Col. X," is an army spokesman
        TitlePhrases.Range role = rankStart < nameStart ? longest(after, apposition) : null;
        TitlePhrases.Range title = role != null ? role : longest(longest(before, after), apposition);
        CharSpan name = new CharSpan(
                tokens.get(nameStart).span().start(),
                TokenCover.wordSpan(tokens.get(last)).end());
        if (title == null) {
            return new PersonMention(name, null, null);
        }
        CharSpan titleSpan = new CharSpan(
                tokens.get(title.first()).span().start(),
                tokens.get(title.last()).span().end());
        return new PersonMention(name, titleSpan, document.text(titleSpan));
    }

    private boolean isRanksOnly(List<Token> tokens, TitlePhrases.Range range) {
        for (int i = range.first(); i <= range.last(); i++) {
            String word = TokenCover.word(tokens.get(i));
            if (!word.equals(".") && (!titles.isAddressForm(word) || titles.isRole(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb of saying stands right after the name (or after its apposition, ending at
     * {@code afterEnd}) or right before it, or "according to" precedes it.
     */
    private boolean nextToSpeech(List<Token> tokens, int first, int end, int nameStart, int afterEnd, boolean allowed) {
        if (!allowed) {
            return false;
        }
        int next = afterEnd + 1;
        if (next < end && speechVerbs.contains(lower(tokens.get(next)))) {
            return true;
        }
        int previous = nameStart - 1;
        if (previous >= first && speechVerbs.contains(lower(tokens.get(previous)))) {
            return true;
        }
        return previous > first
                && lower(tokens.get(previous)).equals("to")
                && lower(tokens.get(previous - 1)).equals("according");
    }

    /**
     * Single words that repeat the last word of a name found before them ("Lind said" after "Anna
     * Lind"), with its particle ("al-Mali said" after "Abou Hamza al-Mali").
     */
    private List<PersonMention> surnames(String text, List<Token> tokens, boolean[] blocked, List<PersonMention> full) {
        List<PersonMention> result = new ArrayList<>();
        Map<String, Integer> firstEnd = new HashMap<>();
        for (PersonMention m : full) {
            firstEnd.merge(
                    NameForm.key(lastWord(m.name().coveredText(text))), m.name().end(), Math::min);
        }
        int[] inName = TokenCover.cover(
                tokens, full.stream().map(PersonMention::name).sorted().toList());
        for (int i = 0; i < tokens.size(); i++) {
            if (inName[i] >= 0) {
                continue;
            }
            int last = particles.nameAfter(tokens, i, tokens.size(), text);
            if (last < 0 || inName[last] >= 0 || blocked[last]) {
                last = i;
            }
            Token token = tokens.get(i);
            CharSpan span = new CharSpan(
                    token.span().start(), TokenCover.wordSpan(tokens.get(last)).end());
            if (last == i && !nameWords.isNameWord(token, blocked[i])) {
                continue;
            }
            Integer end = firstEnd.get(NameForm.key(span.coveredText(text)));
            if (end != null && end <= span.start()) {
                result.add(new PersonMention(span, null, null));
                i = last;
            }
        }
        return result;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static TitlePhrases.Range longest(TitlePhrases.Range a, TitlePhrases.Range b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.last() - b.first() > a.last() - a.first() ? b : a;
    }

    private static boolean[] blocked(Document document, List<Token> tokens) {
        List<CharSpan> spans = new ArrayList<>();
        document.get(Layers.PLACE_MENTIONS).forEach(m -> spans.add(m.span()));
        document.get(Layers.ORGANISATION_MENTIONS).forEach(m -> spans.add(m.span()));
        int[] cover = TokenCover.cover(tokens, spans);
        boolean[] blocked = new boolean[tokens.size()];
        for (int i = 0; i < cover.length; i++) {
            blocked[i] = cover[i] >= 0;
        }
        return blocked;
    }

    /** For each sentence s, the first token index at [2s] and the end (exclusive) at [2s+1]. */
    private static int[] sentenceBounds(List<Token> tokens, int sentenceCount) {
        int[] bounds = new int[2 * sentenceCount];
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int s = tokens.get(i).sentence();
            if (bounds[2 * s + 1] == 0) {
                bounds[2 * s + 1] = i + 1;
            }
            bounds[2 * s] = i;
        }
        return bounds;
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
