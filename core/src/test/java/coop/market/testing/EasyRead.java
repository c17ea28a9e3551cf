package coop.market.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The easy-read rule for everything the co-op writes to members, pages and e-mails alike (DOMAIN-FACTS
 * "Accessibility and easy read"): sentences of 15 words or fewer. Lines are read one by one, and each is cut into
 * sentences at full stops, question and exclamation marks. Web and e-mail addresses count as one word. In core's
 * test-jar, so the webapp's page tests hold pages to the very same rule.
 */
public final class EasyRead {

    public static final int MAX_WORDS = 15;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private EasyRead() {
    }

    /** Fails naming every sentence of the text that is longer than the rule allows. */
    public static void assertShortSentences(String text, String where) {
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
