package coop.market.web.faces;

import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.application.MemberService;
import coop.market.application.NewListing;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Listing a member's work or craft in the shop, for staff: the listing form ({@link ListingFormView}) for the
 * member and trade in the address. The new listing's page follows, to add photos.
 */
@Named
@ViewScoped
public class NewListingView extends ListingFormView {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/new-listing.xhtml";

    @Inject
    ListingService listings;

    @Inject
    MemberService members;

    @Inject
    SignedIn signedIn;

    private String member;
    private String trade;
    private String memberName;

    /** Staff only; the member must do the trade. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + Answers.encoded(PAGE + "?member=" + member + "&trade=" + trade));
            return;
        }
        if (memberName != null) {
            return;
        }
        Member found;
        try {
            found = member == null ? null : members.get(member);
        } catch (NotFoundException e) {
            found = null;
        }
        if (found == null || trade == null || !found.trades().contains(trade) || trades.get().find(trade).isEmpty()) {
            Answers.redirect(MembersView.PAGE);
            return;
        }
        memberName = found.displayName();
        fill(null, chosenTrade().priceUnits().iterator().next(), null, null,
                AttributeValues.defaults(chosenTrade().listingAttributes()).asMap());
    }

    public void create() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        Typed typed = typed();
        if (typed == null) {
            return;
        }
        ListingDetails created;
        try {
            created = listings.create(new NewListing(member, trade, getTitle(), getDescription(), typed.priceMinor(),
                    typed.currency(), getPriceUnit(), typed.attributes(), typed.stock(), typed.leadTimeDays()), staff);
        } catch (InvalidInputException e) {
            refused(e);
            return;
        }
        Answers.redirect(StaffListingView.PAGE + "?id=" + Answers.encoded(created.listing().id()) + "&said=listed");
    }

    @Override
    protected String tradeCode() {
        return trade;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
    }
}
