package coop.market.application;

import coop.market.domain.coop.Cooperative;
import coop.market.domain.invoicing.Party;
import coop.market.domain.shared.Address;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who the co-op's printed documents (invoices, credit notes, remittance advices) are from: its name, postal
 * address, e-mail and phone, and its legal lines.
 */
final class Letterhead {

    private Letterhead() {
    }

    static Party of(Cooperative coop) {
        return new Party(coop.name(), addressLines(coop.address()), coop.contactEmail(), coop.contactPhone());
    }

    /** "Community interest company, registered number 12345678", or nothing when neither is set. */
    static List<String> legalLines(Cooperative coop) {
        String legal = coop.legalForm() == null || coop.legalForm().isBlank() ? "" : coop.legalForm().strip();
        if (coop.companyNumber() != null && !coop.companyNumber().isBlank()) {
            legal = (legal.isEmpty() ? "" : legal + ", ") + "registered number " + coop.companyNumber().strip();
        }
        return legal.isEmpty() ? List.of() : List.of(legal);
    }

    /** The address's lines that are filled in, as printed one under another. */
    static List<String> addressLines(Address address) {
        if (address == null) {
            return List.of();
        }
        return Stream.of(address.line1(), address.line2(), address.town(), address.postcode())
                .filter(part -> part != null && !part.isBlank()).map(String::strip).toList();
    }
}
