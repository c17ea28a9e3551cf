package coop.market.web.faces;

import coop.market.application.PlainWords;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.domain.payout.ContributionTier;
import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A contribution policy in words, as staff read it: "Nothing on the first £20.00 a week, 10% on the rest."; and a
 * percentage as staff type it.
 */
final class ContributionWords {

    private ContributionWords() {
    }

    static String bands(ContributionPolicy policy) {
        List<ContributionTier> tiers = policy.tiers();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            String rate = tiers.get(i).rateBasisPoints() == 0 ? "nothing" : percent(tiers.get(i).rateBasisPoints());
            String part;
            if (tiers.size() == 1) {
                part = rate + " of every member's share";
            } else if (i == 0) {
                part = rate + " on the first " + pounds(tiers.get(1).fromMinor()) + " a week";
            } else if (i + 1 < tiers.size()) {
                part = rate + " from " + pounds(tiers.get(i).fromMinor()) + " to "
                        + pounds(tiers.get(i + 1).fromMinor());
            } else {
                part = rate + " on the rest";
            }
            parts.add(part);
        }
        String words = String.join(", ", parts);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    static String cap(ContributionPolicy policy) {
        return policy.weeklyCapMinor() == null ? "No cap" : "At most " + pounds(policy.weeklyCapMinor()) + " a week";
    }

    /** 1050 basis points as "10.5%". */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** "10", "12.5" or "10%" as a number; null when it is empty or not a number. */
    static BigDecimal typedPercent(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String pounds(long minor) {
        return PlainWords.money(Money.ofMinor(minor, Money.GBP));
    }
}
