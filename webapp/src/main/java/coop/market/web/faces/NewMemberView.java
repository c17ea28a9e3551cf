package coop.market.web.faces;

import coop.market.application.MemberService;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

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
        String welcomePage = SiteAddress.of(FacesContext.getCurrentInstance().getExternalContext())
                + "/reset-password.xhtml";
        Optional<Member> registered = sent(() -> members.register(details(), staff, welcomePage));
        if (registered.isPresent()) {
            Answers.redirect(MemberView.PAGE + "?id=" + registered.get().id() + "&said=registered");
        }
    }
}
