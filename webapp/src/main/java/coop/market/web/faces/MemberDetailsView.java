package coop.market.web.faces;

import coop.market.application.MemberDetails;
import coop.market.application.MemberService;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * Changing a member's details, for staff: the registration form filled with what is stored. A new
 * e-mail address becomes the member's sign-in address too; the change is audited as done on their behalf.
 */
@Named
@RequestScoped
public class MemberDetailsView extends MemberForm {

    static final String PAGE = "/staff/member-details.xhtml";

    @Inject
    MemberService members;

    @Inject
    SignedIn signedIn;

    private String id;
    private Member member;
    private boolean missing;

    /** Staff only; fills the form the first time the page is shown, keeps what was typed after that. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        try {
            member = members.get(id);
        } catch (NotFoundException e) {
            missing = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            fill(new MemberDetails(member.displayName(), member.email(), List.copyOf(member.trades()),
                    List.copyOf(member.serviceArea()), member.story()));
        }
    }

    public void save() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        if (sent(() -> members.changeDetails(id, details(), staff)).isPresent()) {
            Answers.redirect(MemberView.PAGE + "?id=" + Answers.encoded(id) + "&said=details");
        }
    }

    public boolean isMissing() {
        return missing;
    }

    public Member getMember() {
        return member;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
