package coop.market.domain.invoicing;

import java.util.List;
import java.util.Objects;

/**
 * Who a printed invoice is from or to: a name, the lines of a postal address, and how to reach them
 * (email and phone may be null for a customer).
 */
public record Party(String name, List<String> addressLines, String email, String phone) {

    public Party {
        Objects.requireNonNull(name);
        addressLines = List.copyOf(addressLines);
    }
}
