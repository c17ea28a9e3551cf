package coop.market.application;

import java.util.List;

/**
 * What staff give to register a member.
 *
 * @param postcodes postcode districts the member works in, e.g. "BR5" (full postcodes are cut
 *                  down to their district)
 */
public record NewMember(String displayName, String email, List<String> trades, List<String> postcodes,
        String story) {
}
