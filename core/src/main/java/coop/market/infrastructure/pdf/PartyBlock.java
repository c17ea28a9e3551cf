package coop.market.infrastructure.pdf;

import coop.market.domain.invoicing.Party;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Who a document is from or to, as a block: the name, then the address, e-mail, phone and any further lines. */
final class PartyBlock {

    private PartyBlock() {
    }

    static void print(PageWriter page, TextStyle nameStyle, TextStyle body, Party party, List<String> further)
            throws IOException {
        page.paragraph(nameStyle, party.name());
        List<String> lines = new ArrayList<>(party.addressLines());
        if (party.email() != null) {
            lines.add(party.email());
        }
        if (party.phone() != null) {
            lines.add(party.phone());
        }
        lines.addAll(further);
        page.paragraphs(body, lines);
    }
}
