package coop.market.web.faces;

import coop.market.application.MemberService;
import coop.market.application.NewMember;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Registering a member, for staff: name, e-mail address, trades, the postcode areas they work in
 * and a few words about them for the shop. The member is e-mailed a welcome with a link to choose
 * their password.
 */
@Named
@RequestScoped
public class NewMemberView {

    static final String PAGE = "/staff/new-member.xhtml";

    @Inject
    MemberService members;

    @Inject
    TradeRegistry trades;

    @Inject
    SignedIn signedIn;

    private String name;
    private String email;
    private String postcodes;
    private String story;
    private List<String> chosenTrades = List.of();
    private List<FieldError> errors = List.of();

    /** Staff only. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
        }
    }

    public void register() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        chosenTrades = Optional.ofNullable(external.getRequestParameterValuesMap().get("trade"))
                .map(Arrays::asList).orElse(List.of());
        List<String> areas = postcodes == null ? List.of()
                : Arrays.stream(postcodes.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
        Member member;
        try {
            member = members.register(new NewMember(name, email, chosenTrades, areas, story), staff,
                    SiteAddress.of(external) + "/reset-password.xhtml");
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(NewMemberView::onThePage).toList();
            return;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("email", e.getMessage()));
            return;
        }
        Answers.redirect(MemberView.PAGE + "?id=" + member.id() + "&said=registered");
    }

    /** The service names fields as the API does; the page's inputs are named for people. */
    private static FieldError onThePage(FieldError error) {
        if (error.field().equals("displayName")) {
            return new FieldError("name", error.message());
        }
        if (error.field().startsWith("trades")) {
            return new FieldError("trades", error.message());
        }
        return error.field().startsWith("postcodes") ? new FieldError("postcodes", error.message()) : error;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public boolean chose(String tradeCode) {
        return chosenTrades.contains(tradeCode);
    }

    public List<Trade> getTrades() {
        return trades.all();
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostcodes() {
        return postcodes;
    }

    public void setPostcodes(String postcodes) {
        this.postcodes = postcodes;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }
}
