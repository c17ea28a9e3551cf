package coop.market.web.faces;

import coop.market.application.MemberDetails;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The member's details form that registering a member and changing their details share
 * ({@code WEB-INF/includes/member-fields.xhtml}): name, e-mail address, trades as ticked boxes, the
 * postcode areas they work in as typed, and a few words about them. What was typed stays on the page
 * when the service finds a mistake.
 */
abstract class MemberForm {

    @Inject
    TradeRegistry trades;

    private String name;
    private String email;
    private String postcodes;
    private String story;
    private List<String> chosenTrades = List.of();
    private List<FieldError> errors = List.of();

    /** The form's answers, the ticked trades read from the request. */
    MemberDetails details() {
        chosenTrades = Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().get("trade")).map(Arrays::asList).orElse(List.of());
        List<String> areas = postcodes == null ? List.of()
                : Arrays.stream(postcodes.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
        return new MemberDetails(name, email, chosenTrades, areas, story);
    }

    /** Fills the form from what is stored. */
    void fill(MemberDetails stored) {
        name = stored.displayName();
        email = stored.email();
        chosenTrades = stored.trades();
        postcodes = String.join(" ", stored.postcodes());
        story = stored.story();
    }

    /**
     * Calls the service with the form's answers; when it refuses, its reasons are shown beside the fields they are
     * about (an e-mail address taken, a trade still listed) and nothing is returned.
     */
    <T> Optional<T> sent(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(MemberForm::onThePage).toList();
        } catch (ConflictException e) {
            errors = List.of(new FieldError(e.kind().equals("trade-listed") ? "trades" : "email", e.getMessage()));
        }
        return Optional.empty();
    }

    /** The service names fields as the API does; the page's inputs are named for people. */
    private static FieldError onThePage(FieldError error) {
        if (error.field().equals("displayName")) {
            return new FieldError("name", error.message());
        }
        if (error.field().startsWith("trades")) {
            return new FieldError("trades", error.message());
        }
        return error.field().startsWith("serviceArea") ? new FieldError("postcodes", error.message()) : error;
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
