package org.claimgraph.ingest.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Decides whether a token can be part of a person's name: capitalised, made of letters, not all
 * capitals, not a calendar word, title, or a word that begins sentences and organisation names
 * ({@code lexicon/not-names.txt}), and not inside a place or organisation mention. Immutable.
 */
final class NameWords {

    private final Set<String> notNames = new HashSet<>();
    private final TitleLexicon titles = TitleLexicon.get();

    NameWords() {
        notNames.addAll(Lexicon.lines("not-names.txt"));
        notNames.addAll(Lexicon.lines("calendar-words.txt"));
    }

    boolean isNameWord(Token token, boolean blocked) {
        String word = TokenCover.word(token);
        if (blocked || word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (notNames.contains(word) || titles.isTitleWord(word) || isAllCapitals(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    /** Whether a name could continue after this token: no possessive ending closes it. */
    static boolean endsName(Token token) {
        return !TokenCover.word(token).equals(token.text());
    }

    private static boolean isAllCapitals(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static List<String> words(List<Token> tokens) {
        return tokens.stream().map(TokenCover::word).toList();
    }
}
