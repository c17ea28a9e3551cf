package coop.market.application;

import java.util.List;

/**
 * What staff give to register a member, or to change a member's details afterwards.
 *
 * @param postcodes postcode districts the member works in, e.g. "BR5" (full postcodes are cut
 *                  down to their district)
 * @param story     a few words about the member for the shop, or blank for none
 */
public record MemberDetails(String displayName, String email, List<String> trades, List<String> postcodes,
        String story) {
}
