package org.claimgraph.ingest.quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.Dateline;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * Finds figures: a number in digits or words ("120", "1,200", "four", "two dozen"), the noun it
 * counts ("fighters"), whether it is approximate ("about", "more than"), the actor it belongs to, the
 * place nearby, and the claim it was stated in. Years, time spans ("two years ago") and possessives
 * ("the two countries' forces") are not figures.
 * <p>Needs: {@link Layers#TOKENS}, {@link Layers#ACTORS}, {@link Layers#MENTIONS}, {@link Layers#CLAIMS}.
 * Adds: {@link Layers#QUANTITIES}.
 */
public final class QuantityFinder implements Stage {

    private static final int MAX_MODIFIERS = 4;
    private static final Set<String> NOUN_TAGS = Set.of("NOUN");
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "PROPN", "NOUN", "NUM");

    private final List<List<String>> approximations = Lexicon.lines("quantity-approximations.txt").stream()
            .map(p -> List.of(p.split(" ")))
            .sorted(Comparator.comparing(p -> -p.size()))
            .toList();
    private final Set<String> nonUnits = Lexicon.set("quantity-non-units.txt");
    private final Map<String, String> currencies = Lexicon.lines("currencies.tsv").stream()
            .map(line -> line.split("\t"))
            .collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1], (a, b) -> a));
    private static final Set<String> DIRECTIONS =
            Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ACTORS, Layers.MENTIONS, Layers.CLAIMS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        Map<String, ExtractedActor> actors = document.get(Layers.ACTORS).stream()
                .collect(Collectors.toMap(ExtractedActor::key, Function.identity(), (a, b) -> a));
        List<ExtractedMention> mentions = document.get(Layers.MENTIONS);
        List<ExtractedClaim> claims = document.get(Layers.CLAIMS);
        List<ExtractedQuantity> quantities = new ArrayList<>();
        Figure previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Figure figure = figureAt(tokens, i);
            if (figure != null && figure.unit() == null) {
                figure = headless(figure, previous, tokens);
            }
            if (figure == null) {
                continue;
            }
            previous = figure;
            int approxStart = approximationBefore(tokens, figure.firstToken());
            CharSpan span = new CharSpan(
                    tokens.get(approxStart >= 0 ? approxStart : figure.firstToken())
                            .span()
                            .start(),
                    figure.unitEnd());
            CharSpan sentence = sentences.get(tokens.get(i).sentence()).span();
            List<ExtractedMention> named = Spans.within(mentions, ExtractedMention::span, sentence);
            quantities.add(new ExtractedQuantity(
                    span,
                    sentence,
                    figure.value(),
                    approxStart >= 0,
                    figure.unit(),
                    subjectOf(span, withoutDateline(tokens, sentence), named, actors),
                    placeOf(span, sentence, named),
                    claimOf(span, claims)));
            i = figure.lastToken();
        }
        document.put(Layers.QUANTITIES, List.copyOf(quantities));
    }

    /** A number, what it counts (null while the head noun is left out), where it ends and its first token. */
    private record Figure(double value, String unit, int unitEnd, int lastToken, int firstToken) {

        Figure(double value, String unit, int unitEnd, int lastToken) {
            this(value, unit, unitEnd, lastToken, -1);
        }

        Figure from(int first) {
            return new Figure(value, unit, unitEnd, lastToken, first);
        }
    }

    /**
     * "killing one policeman and wounding three others": a figure whose head noun is left out counts
     * what the figure before it in the same or the previous sentence counted; with none, it is no figure.
     */
    private static Figure headless(Figure figure, Figure previous, List<Token> tokens) {
        if (previous == null
                || tokens.get(figure.firstToken()).sentence()
                                - tokens.get(previous.lastToken()).sentence()
                        > 1) {
            return null;
        }
        return new Figure(figure.value(), previous.unit(), figure.unitEnd(), figure.lastToken(), figure.firstToken());
    }

    private Figure figureAt(List<Token> tokens, int i) {
        Figure figure = countAt(tokens, i);
        if (figure == null) {
            return null;
        }
        Figure found = figure.firstToken() >= 0 ? figure : figure.from(i);
        return found.unit() == null
                ? found
                : new Figure(
                        found.value(), plural(found.unit()), found.unitEnd(), found.lastToken(), found.firstToken());
    }

    /** Units are written in the plural; irregular nouns need more than an "s" ("policeman" → "policemen"). */
    static String plural(String unit) {
        if (unit.isEmpty() || !Character.isLowerCase(unit.charAt(0))) {
            return unit;
        }
        if (unit.endsWith("man") && !unit.endsWith("human")) {
            return unit.substring(0, unit.length() - 3) + "men";
        }
        return unit.equals("child") ? "children" : unit;
    }

    private Figure countAt(List<Token> tokens, int i) {
        Token number = tokens.get(i);
        String text = number.text();
        int hyphen = text.indexOf('-');
        if (hyphen > 0 && Character.isDigit(text.charAt(0))) {
            // "2,600-kilometre frontier": number and unit in one token
            OptionalDouble value = NumberWords.value(text.substring(0, hyphen));
            String unit = text.substring(hyphen + 1);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (unit.isEmpty()
                    && next != null
                    && next.span().start() == number.span().end()) {
                // "970-" and "kilometre" as two tokens
                unit = next.text();
                return value.isPresent() && isWord(unit) && !isNonUnit(unit)
                        ? new Figure(value.getAsDouble(), unit, next.span().end(), i + 1)
                        : null;
            }
            return value.isPresent() && isWord(unit) && !isNonUnit(unit)
                    ? new Figure(value.getAsDouble(), unit, number.span().end(), i)
                    : null;
        }
        OptionalDouble parsed = NumberWords.value(text);
        if (parsed.isEmpty() || NumberWords.isMultiplier(text) || isYear(text) || followsNumber(tokens, i)) {
            return null;
        }
        double value = parsed.getAsDouble();
        int joined = hyphenatedUnit(tokens, i);
        if (joined >= 0) {
            return new Figure(
                    value, tokens.get(joined).text(), tokens.get(joined).span().end(), joined);
        }
        int last = i;
        if (last + 1 < tokens.size()
                && sameSentence(tokens, i, last + 1)
                && NumberWords.isMultiplier(tokens.get(last + 1).text())) {
            value *= NumberWords.value(tokens.get(last + 1).text()).orElse(1);
            last++;
        }
        Figure money = money(tokens, i, last, value);
        if (money != null) {
            return money;
        }
        if (isHeadless(tokens, last)) {
            int end = tokens.get(last + 1).text().equalsIgnoreCase("of") ? last + 2 : last + 1;
            return new Figure(value, null, tokens.get(end).span().end(), end);
        }
        int unit = unitAfter(tokens, last);
        if (unit >= 0) {
            return new Figure(
                    value, tokens.get(unit).text(), tokens.get(unit).span().end(), unit);
        }
        int shared = unitOfPartitive(tokens, last);
        return shared < 0
                ? null
                : new Figure(
                        value,
                        tokens.get(shared).text(),
                        tokens.get(shared).span().end(),
                        last);
    }

    /**
     * "$23 million", "about $800,000" (a currency symbol before the number) and "1.2 billion afghanis" (a
     * currency name after it, which the tagger often misreads): the unit is the currency.
     */
    private Figure money(List<Token> tokens, int number, int last, double value) {
        if (number > 0 && sameSentence(tokens, number - 1, number)) {
            Token symbol = tokens.get(number - 1);
            String currency = currencies.get(symbol.text());
            if (currency != null && !isWord(symbol.text())) {
                return new Figure(value, currency, tokens.get(last).span().end(), last, number - 1);
            }
        }
        if (last + 1 < tokens.size() && sameSentence(tokens, last, last + 1)) {
            Token word = tokens.get(last + 1);
            String currency =
                    word.isCapitalised() ? null : currencies.get(word.text().toLowerCase(Locale.ROOT));
            if (currency != null) {
                return new Figure(value, currency, word.span().end(), last + 1);
            }
        }
        return null;
    }

    /** "three others", "four of them": a number whose head noun is left out. */
    private static boolean isHeadless(List<Token> tokens, int number) {
        if (number + 1 >= tokens.size() || !sameSentence(tokens, number, number + 1)) {
            return false;
        }
        String next = tokens.get(number + 1).text().toLowerCase(Locale.ROOT);
        return next.equals("others")
                || (next.equals("of")
                        && number + 2 < tokens.size()
                        && tokens.get(number + 2).text().equalsIgnoreCase("them"));
    }

    /**
     * "some 33 of the country's 407 districts": the part counts what the whole counts. "one of seven
     * buses" is no figure of its own: the seven buses are.
     */
    private int unitOfPartitive(List<Token> tokens, int number) {
        int of = number + 1;
        if (of >= tokens.size() || !tokens.get(of).text().equalsIgnoreCase("of")) {
            return -1;
        }
        if (NumberWords.value(tokens.get(number).text()).orElse(0) == 1) {
            return -1;
        }
        for (int k = of + 1; k < tokens.size() && k <= of + MAX_MODIFIERS + 2 && sameSentence(tokens, number, k); k++) {
            if (NumberWords.value(tokens.get(k).text()).isPresent()) {
                return unitAfter(tokens, k);
            }
        }
        return -1;
    }

    /** "900-kilometre" split into three tokens: the unit is the word right after the hyphen. */
    private int hyphenatedUnit(List<Token> tokens, int number) {
        if (number + 2 >= tokens.size()) {
            return -1;
        }
        Token hyphen = tokens.get(number + 1);
        Token unit = tokens.get(number + 2);
        boolean joined = hyphen.text().equals("-")
                && hyphen.span().start() == tokens.get(number).span().end()
                && unit.span().start() == hyphen.span().end();
        return joined && unit.text().chars().allMatch(Character::isLetter) && !isNonUnit(unit.text()) ? number + 2 : -1;
    }

    /** The counted noun after the number, past modifiers ("11 Taliban fighters", "two more soldiers"). */
    private int unitAfter(List<Token> tokens, int number) {
        int candidate = -1;
        for (int k = number + 1;
                k < tokens.size() && k <= number + MAX_MODIFIERS && sameSentence(tokens, number, k);
                k++) {
            Token token = tokens.get(k);
            String word = token.text().toLowerCase(Locale.ROOT);
            if (word.equals("more") || word.equals("-")) {
                continue;
            }
            // a capitalised word is a modifier whatever its tag: the tagger calls some demonyms ADP
            if (!MODIFIER_TAGS.contains(token.tag()) && !token.isCapitalised() && !isParticipleModifier(tokens, k)) {
                break;
            }
            if (NOUN_TAGS.contains(token.tag()) || (token.tag().equals("PROPN") && word.endsWith("s"))) {
                candidate = k;
            }
            if (candidate >= 0 && !isCompoundContinuation(tokens, k)) {
                break;
            }
        }
        if (candidate < 0 || isNonUnit(tokens.get(candidate).text()) || isPossessive(tokens, candidate)) {
            return -1;
        }
        return candidate;
    }

    private static boolean isCompoundContinuation(List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                && tokens.get(k + 1).tag().equals("NOUN")
                && tokens.get(k + 1).sentence() == tokens.get(k).sentence()
                && !DIRECTIONS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "two armoured vehicles": a participle in "-ed" between the number and its noun. */
    private static boolean isParticipleModifier(List<Token> tokens, int k) {
        return tokens.get(k).text().endsWith("ed")
                && k + 1 < tokens.size()
                && tokens.get(k + 1).tag().equals("NOUN")
                && tokens.get(k + 1).sentence() == tokens.get(k).sentence();
    }

    private static boolean isWord(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isLetter);
    }

    private boolean isNonUnit(String word) {
        return nonUnits.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(List<Token> tokens, int k) {
        String noun = tokens.get(k).text();
        if (noun.endsWith("'s") || noun.endsWith("\u2019s") || noun.endsWith("'") || noun.endsWith("\u2019")) {
            return true;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        boolean adjacent = next.span().start() == tokens.get(k).span().end();
        return adjacent
                && (next.text().equals("'")
                        || next.text().equals("\u2019")
                        || next.text().equals("'s")
                        || next.text().equals("\u2019s"));
    }

    private static boolean isYear(String text) {
        return text.matches("(1[6-9]|20)\\d\\d");
    }

    private static boolean followsNumber(List<Token> tokens, int i) {
        return i > 0
                && sameSentence(tokens, i - 1, i)
                && NumberWords.value(tokens.get(i - 1).text()).isPresent();
    }

    private static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    /** Index of the first token of an approximation phrase ending right before {@code i}, or -1. */
    private int approximationBefore(List<Token> tokens, int i) {
        for (List<String> phrase : approximations) {
            int start = i - phrase.size();
            if (start < 0 || !sameSentence(tokens, start, i)) {
                continue;
            }
            boolean matches = true;
            for (int p = 0; p < phrase.size() && matches; p++) {
                matches = tokens.get(start + p).text().equalsIgnoreCase(phrase.get(p));
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }

    /** The sentence from its first word after a dateline: the agency of "RIVERTON (AP) —" owns no figure. */
    private static CharSpan withoutDateline(List<Token> tokens, CharSpan sentence) {
        int first = TokenCover.firstEndingAfter(tokens, sentence.start());
        int end = TokenCover.lastStartingBefore(tokens, sentence.end()) + 1;
        int after = first < end ? Dateline.end(tokens, first, end) : first;
        return after > first && after < end
                ? new CharSpan(tokens.get(after).span().start(), sentence.end())
                : sentence;
    }

    /** An actor named inside the figure, else the nearest organisation, group or country before it. */
    private static String subjectOf(
            CharSpan span, CharSpan sentenceSpan, List<ExtractedMention> mentions, Map<String, ExtractedActor> actors) {
        String before = null;
        for (ExtractedMention m : mentions) {
            if (m.actorKey() == null || !sentenceSpan.contains(m.span())) {
                continue;
            }
            if (span.contains(m.span())) {
                return m.actorKey();
            }
            ExtractedActor actor = actors.get(m.actorKey());
            if (m.span().end() <= span.start() && actor != null && actor.kind() != ActorKind.PERSON) {
                before = m.actorKey();
            }
        }
        return before;
    }

    /** The place named nearest to the figure in its sentence. */
    private static String placeOf(CharSpan span, CharSpan sentenceSpan, List<ExtractedMention> mentions) {
        return mentions.stream()
                .filter(m -> m.placeKey() != null && sentenceSpan.contains(m.span()))
                .min(Comparator.comparingInt(m -> Math.min(
                        Math.abs(m.span().start() - span.end()),
                        Math.abs(span.start() - m.span().end()))))
                .map(ExtractedMention::placeKey)
                .orElse(null);
    }

    private static Integer claimOf(CharSpan span, List<ExtractedClaim> claims) {
        for (int c = 0; c < claims.size(); c++) {
            if (claims.get(c).span().contains(span)) {
                return c;
            }
        }
        return null;
    }
}
