package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.NewPayoutMethod;
import coop.market.application.PayoutMethodService;
import coop.market.application.PayoutRunService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a member is paid, on the staff member page: the method they have now (a bank account only by its last
 * digits), a form to change it (a Stripe account, or bank details, and how often), and their pay-outs. Like the
 * page's other form, the button is a plain submit read by the view action, and what was typed stays when
 * something is wrong.
 */
@Named
@RequestScoped
public class MemberPayView extends MemberPagePart {

    @Inject
    PayoutMethodService methods;

    @Inject
    PayoutRunService runs;

    @Inject
    CooperativeService cooperative;

    private PayoutMethod current;
    private List<Payout> payouts = List.of();
    private List<FieldError> errors = List.of();
    private String method;
    private String frequency;
    private String stripeAccount;
    private String accountName;
    private String sortCode;
    private String accountNumber;

    @Override
    String act() {
        return "payout-method";
    }

    @Override
    void show(String id, Actor staff) {
        current = methods.get(id, staff).orElse(null);
        payouts = runs.ofMember(id, staff);
        if (method == null && current != null) {
            // The numbers are never shown again, so only the rest of the form starts as it is now.
            method = current.method().name();
            frequency = current.frequency().name();
            stripeAccount = current.stripeAccount();
            accountName = current.accountName();
        }
    }

    @Override
    boolean save(String id, Map<String, String> form, Actor staff) throws IOException {
        method = form.get("payMethod");
        frequency = form.get("payFrequency");
        stripeAccount = form.get("stripeAccount");
        accountName = form.get("accountName");
        sortCode = form.get("sortCode");
        accountNumber = form.get("accountNumber");
        try {
            methods.set(id, new NewPayoutMethod(method, frequency, stripeAccount, accountName, sortCode,
                    accountNumber), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(MemberPayView::onThePage).toList();
            return false;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("payMethod", e.getMessage()));
            return false;
        }
        return savedAs(id, "payout-method");
    }

    /** The service names the method and frequency as the API does; the page's choices are named apart. */
    private static FieldError onThePage(FieldError error) {
        return switch (error.field()) {
            case "method" -> new FieldError("payMethod", "Choose how they are paid");
            case "frequency" -> new FieldError("payFrequency", "Choose how often they are paid");
            default -> error;
        };
    }

    public String getCurrentWords() {
        return current == null ? "Not set up yet. Their money is held until it is." : PayoutWords.of(current);
    }

    public String getCurrentFrequency() {
        return current == null ? null : PayoutWords.of(current.frequency());
    }

    /** The ways to pay the form offers: bank transfer only when bank details can be kept. */
    public List<String> getMethodChoices() {
        return methods.keepsBankDetails() ? List.of(PayoutMethodKind.STRIPE.name(), PayoutMethodKind.BANK_TRANSFER.name())
                : List.of(PayoutMethodKind.STRIPE.name());
    }

    public boolean isBankDetailsKept() {
        return methods.keepsBankDetails();
    }

    public List<String> getFrequencyChoices() {
        return Arrays.stream(PayoutFrequency.values()).map(Enum::name).toList();
    }

    public String methodWords(String choice) {
        return PayoutWords.of(PayoutMethodKind.valueOf(choice));
    }

    public String frequencyWords(String choice) {
        return PayoutWords.of(PayoutFrequency.valueOf(choice));
    }

    public boolean choseMethod(String choice) {
        return choice.equals(method);
    }

    public boolean choseFrequency(String choice) {
        return choice.equals(frequency == null || frequency.isBlank() ? PayoutFrequency.WEEKLY.name() : frequency);
    }

    public String money(Money money) {
        return PlainWords.money(money);
    }

    public String payoutState(Payout payout) {
        return PayoutWords.of(payout);
    }

    public String payoutMethod(Payout payout) {
        return PayoutWords.of(payout.method());
    }

    public String paidOn(Payout payout) {
        return payout.paidAt() == null ? "Not yet" : PlainWords.at(payout.paidAt(), cooperative.zone());
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<Payout> getPayouts() {
        return payouts;
    }

    public String getStripeAccount() {
        return stripeAccount;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getSortCode() {
        return sortCode;
    }

    public String getAccountNumber() {
        return accountNumber;
    }
}
