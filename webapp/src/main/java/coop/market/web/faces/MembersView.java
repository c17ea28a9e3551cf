package coop.market.web.faces;

import coop.market.application.MemberService;
import coop.market.domain.account.Actor;
import coop.market.domain.member.MemberStatus;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/** The co-op's members for staff, in name order, paged in the database; each opens the member's page. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/members.xhtml";

    /** One member as the list shows them. */
    public record MemberRow(String id, String name, String trades, String area, String status) implements Serializable {
    }

    @Inject
    MemberService members;

    @Inject
    SignedIn signedIn;

    private final LazyDataModel<MemberRow> rows = new PagedRows<>(() -> members.count(),
            (offset, limit) -> members.summaries(offset, limit).stream().map(MembersView::row).toList(), MemberRow::id);

    /** Staff only. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
        }
    }

    private static MemberRow row(MemberService.Summary member) {
        String area = member.areas().isEmpty() ? "-" : String.join(", ", member.areas());
        return new MemberRow(member.id(), member.name(), String.join(", ", member.trades()), area,
                statusWords(member.status()));
    }

    static String statusWords(MemberStatus status) {
        return switch (status) {
            case ACTIVE -> "Taking work";
            case PAUSED -> "Paused";
            case LEFT -> "Has left the co-op";
        };
    }

    public LazyDataModel<MemberRow> getRows() {
        return rows;
    }
}
