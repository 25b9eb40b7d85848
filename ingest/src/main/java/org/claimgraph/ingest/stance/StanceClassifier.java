package org.claimgraph.ingest.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * The stance of a claim towards what it says. DENIES: a verb of denial ("denied", "rejected"), a
 * negated main predicate ("is not fighting", "did not fire", "and not X"), or a predicate of
 * falsity ("is wrong"). HEDGES: a hedge word or phrase ("may", "reportedly", "I think", "it is fair
 * to assume") or a conditional opening ("If ..."). ASSERTS otherwise, including claims that merely
 * contain a negative word in a subordinate clause, and commitments, appeals and charges whatever they
 * say ("vowed not to", "urged X not to", "accused X of"). Lexicons load once; thread-safe.
 */
public final class StanceClassifier {

    /** Words that end the main clause: a negation after them belongs to a subordinate clause. */
    private static final Set<String> CLAUSE_ENDS = Set.of(
            ",",
            ";",
            ".",
            ":",
            "who",
            "which",
            "whom",
            "whose",
            "because",
            "although",
            "though",
            "while",
            "when",
            "if",
            "unless");

    private static final Set<String> CONDITIONALS = Set.of("if", "unless");
    /** Verbs of knowing that, under "could not" / "cannot", make the claim unconfirmed rather than false. */
    private static final Set<String> VERIFY_VERBS =
            Set.of("confirm", "verify", "establish", "say", "determine", "corroborate", "independently");

    private static final Set<String> INABILITY = Set.of("could", "can", "cannot", "couldn't", "was", "were");
    /** The month May, written with a capital after a preposition of time or before a day: not the hedge. */
    private static final Pattern MONTH_MAY = Pattern.compile(
            "(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id|[Oo]f|[Tt]his|[Nn]ext|[Ff]rom) )May\\b"
                    + "|\\bMay(?= \\d)");

    private final Set<String> denialVerbs = Lexicon.set("denial-verbs.txt");
    private final Set<String> commitmentVerbs = Lexicon.lines("commitment-verbs.tsv").stream()
            .map(line -> line.split("\t")[0])
            .collect(Collectors.toUnmodifiableSet());
    private final Set<String> negations = Lexicon.set("negations.txt");
    private final List<List<String>> hedges = phrases(Lexicon.lines("hedges.txt"));
    private final List<List<String>> falsity = phrases(Lexicon.lines("falsity-phrases.txt"));

    /** The stance of a claim with the words {@code claim}, introduced by {@code verb} (may be null). */
    public Stance classify(String verb, String claim) {
        List<String> words =
                words(claim.contains("May") ? MONTH_MAY.matcher(claim).replaceAll("month") : claim);
        if (verb != null && denialVerbs.contains(verb.toLowerCase(Locale.ROOT))) {
            return Stance.DENIES;
        }
        if (verb != null && commitmentVerbs.contains(verb.toLowerCase(Locale.ROOT))) {
            return Stance.ASSERTS; // "urged residents not to leave" is an appeal, not a denial
        }
        if (!words.isEmpty() && CONDITIONALS.contains(words.get(0))) {
            return Stance.HEDGES;
        }
        if (cannotVerify(words)) {
            return Stance.HEDGES; // "could not confirm who fired" leaves the question open
        }
        if (negatesMainClause(words) || containsAny(words, falsity)) {
            return Stance.DENIES;
        }
        return containsAny(words, hedges) ? Stance.HEDGES : Stance.ASSERTS;
    }

    private boolean negatesMainClause(List<String> words) {
        for (String word : words) {
            if (negations.contains(word)) {
                return true;
            }
            if (CLAUSE_ENDS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "could not confirm", "cannot independently verify", "was unable to establish". */
    private static boolean cannotVerify(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String first = words.get(i);
            boolean negated = (INABILITY.contains(first)
                            && (words.get(i + 1).equals("not")
                                    || words.get(i + 1).equals("n't")))
                    || first.equals("cannot")
                    || first.equals("unable");
            if (!negated) {
                continue;
            }
            int next = first.equals("cannot") ? i + 1 : i + 2;
            if (next < words.size() && words.get(next).equals("to")) {
                next++;
            }
            if (next < words.size() && VERIFY_VERBS.contains(words.get(next))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(List<String> words, List<List<String>> phrases) {
        for (int i = 0; i < words.size(); i++) {
            for (List<String> phrase : phrases) {
                if (i + phrase.size() <= words.size()
                        && words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> phrases(List<String> lines) {
        return lines.stream().map(StanceClassifier::words).toList();
    }

    /** Lower-case words and punctuation marks; "didn't" gives "did" and "n't". */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-') {
                word.append(c);
                continue;
            }
            flush(words, word);
            if (c == '\''
                    && i + 1 < lower.length()
                    && lower.charAt(i + 1) == 't'
                    && !words.isEmpty()
                    && words.get(words.size() - 1).endsWith("n")) {
                String last = words.remove(words.size() - 1);
                words.add(last.substring(0, last.length() - 1));
                words.add("n't");
                i++;
            } else if (",;.:".indexOf(c) >= 0) {
                words.add(String.valueOf(c));
            }
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
