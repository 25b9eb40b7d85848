package org.claimgraph.ingest.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Token;

/**
 * The particles of people's names ({@code lexicon/name-particles.txt}): "al-" in "X al-Y", "bin" in
 * "X bin Y", "van der" in "X van der Y". A country or demonym after "al-" ("al-Mali", "al-Somali") is
 * part of a name, not a place. Immutable.
 */
public final class NameParticles {

    private static final NameParticles INSTANCE = new NameParticles();

    private final Set<String> free = new HashSet<>();
    private final Set<String> hyphenated = new HashSet<>();

    private NameParticles() {
        for (String entry : Lexicon.lines("name-particles.txt")) {
            if (entry.endsWith("-")) {
                hyphenated.add(entry.substring(0, entry.length() - 1));
            } else {
                free.add(entry);
                hyphenated.add(entry);
            }
        }
    }

    public static NameParticles get() {
        return INSTANCE;
    }

    /**
     * Whether {@code word} followed by {@code gap} (the text up to the next word) is a particle that
     * joins the next word to a name: "al" before "-", "bin" before a space.
     */
    public boolean joins(String word, String gap) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (gap.equals("-")) {
            return hyphenated.contains(lower) && (Character.isLowerCase(word.charAt(0)) || lower.length() <= 3);
        }
        return gap.equals(" ") && Character.isLowerCase(word.charAt(0)) && free.contains(lower);
    }

    /**
     * The index of the capitalised token that a run of particles from token {@code from} leads to
     * ("al", "-", "Mali"; "al", "-Mali"; "al-Mali"; "van", "der", "Berg"), or -1. The run stays within
     * {@code end}.
     */
    public int nameAfter(List<Token> tokens, int from, int end, String body) {
        if (from < end && isJoinedParticle(tokens.get(from).text())) {
            return from;
        }
        int i = from;
        int particles = 0;
        while (i + 1 < end && particles < 3) {
            Token token = tokens.get(i);
            Token next = tokens.get(i + 1);
            String gap = body.substring(token.span().end(), next.span().start());
            if (gap.isEmpty() && next.text().startsWith("-") && joins(token.text(), "-")) {
                return hyphenatedPart(tokens, i + 1, end);
            }
            if (!joins(token.text(), gap)) {
                return -1;
            }
            if (isCapitalised(next)) {
                return i + 1;
            }
            i++;
            particles++;
        }
        return -1;
    }

    /** The token holding the capitalised part after the hyphen at token {@code hyphen} ("-Mali", or "-" "Mali"). */
    private static int hyphenatedPart(List<Token> tokens, int hyphen, int end) {
        String text = tokens.get(hyphen).text();
        if (text.length() > 1) {
            return Character.isUpperCase(text.charAt(1)) ? hyphen : -1;
        }
        boolean joined = hyphen + 1 < end
                && tokens.get(hyphen + 1).span().start()
                        == tokens.get(hyphen).span().end();
        return joined && isCapitalised(tokens.get(hyphen + 1)) ? hyphen + 1 : -1;
    }

    /** A single token such as "al-Mali": a particle, a hyphen and a capitalised part. */
    private boolean isJoinedParticle(String text) {
        int hyphen = text.indexOf('-');
        return hyphen > 0
                && hyphen + 1 < text.length()
                && Character.isUpperCase(text.charAt(hyphen + 1))
                && joins(text.substring(0, hyphen), "-");
    }

    private static boolean isCapitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }
}
