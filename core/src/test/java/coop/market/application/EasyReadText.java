package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The easy-read rule for what the co-op writes to members (DOMAIN-FACTS "Accessibility and easy read"): sentences
 * of 15 words or fewer. Lines are read one by one, each cut into sentences at full stops, question and exclamation
 * marks; an e-mail address counts as one word. The webapp's {@code EasyRead} holds pages to the same rule.
 */
final class EasyReadText {

    static final int MAX_WORDS = 15;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private EasyReadText() {
    }

    /** Fails naming every sentence of the text that is longer than the rule allows. */
    static void assertShortSentences(String text, String where) {
        List<String> tooLong = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String sentence : SENTENCE_END.split(line.strip())) {
                int words = sentence.isBlank() ? 0 : sentence.strip().split("\\s+").length;
                if (words > MAX_WORDS) {
                    tooLong.add("\"" + sentence + "\" (" + words + " words)");
                }
            }
        }
        assertEquals(List.of(), tooLong, where + ": sentences longer than " + MAX_WORDS + " words");
    }
}
