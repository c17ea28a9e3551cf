package coop.market.web.faces;

import coop.market.application.MemberService;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Registering a member, for staff: name, e-mail address, trades, the postcode areas they work in
 * and a few words about them for the shop. The member is e-mailed a welcome with a link to choose
 * their password.
 */
@Named
@RequestScoped
public class NewMemberView extends MemberForm {

    static final String PAGE = "/staff/new-member.xhtml";

    @Inject
    MemberService members;

    @Inject
    SignedIn signedIn;

    /** Staff only. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
        }
    }

    public void register() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        Member member;
        try {
            member = members.register(details(), staff,
                    SiteAddress.of(FacesContext.getCurrentInstance().getExternalContext()) + "/reset-password.xhtml");
        } catch (InvalidInputException e) {
            refused(e);
            return;
        } catch (ConflictException e) {
            refused(e);
            return;
        }
        Answers.redirect(MemberView.PAGE + "?id=" + member.id() + "&said=registered");
    }
}
