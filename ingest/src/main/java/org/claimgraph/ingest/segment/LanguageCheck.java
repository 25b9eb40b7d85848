package org.claimgraph.ingest.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * A cheap guess whether a text is English: in English prose some two words in five are function
 * words such as "the", "of" and "said"; in other languages almost none are. Every later stage relies
 * on English words, so a text that fails the check gets a warning rather than a confident extraction.
 */
public final class LanguageCheck {

    /** Fewer words than this say too little to judge by. */
    private static final int MIN_WORDS = 20;

    private static final double MIN_FUNCTION_WORD_SHARE = 0.02;

    private final Set<String> functionWords = Lexicon.set("english-function-words.txt");

    public boolean looksEnglish(List<Token> tokens) {
        int words = 0;
        int functional = 0;
        for (Token token : tokens) {
            if (token.text().codePoints().anyMatch(Character::isLetter)) {
                words++;
                if (functionWords.contains(token.text().toLowerCase(Locale.ROOT))) {
                    functional++;
                }
            }
        }
        return words < MIN_WORDS || functional >= MIN_FUNCTION_WORD_SHARE * words;
    }
}
