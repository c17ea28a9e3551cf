package coop.market.web.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * Stands in for Stripe.js (https://js.stripe.com, which the tests cannot reach): records what the page asks of it
 * in {@code window.stripeCalls}, mounts a plain note where Stripe's card form would be, and on confirmPayment or
 * confirmSetup goes to the return address as Stripe does. What the card holder then does at Stripe, the test
 * plays on the fake Stripe ({@code FakeStripe.succeed}, {@code completeSetup}).
 */
public final class StripeJs {

    private static final String STAND_IN = """
            window.stripeCalls = [];
            window.Stripe = function (key) {
              window.stripeCalls.push({call: 'Stripe', key: key});
              function confirmed(call, options, back) {
                window.stripeCalls.push({call: call, returnUrl: options.confirmParams.return_url});
                var url = options.confirmParams.return_url;
                window.location.href = url + (url.indexOf('?') < 0 ? '?' : '&') + back + '&redirect_status=succeeded';
                return new Promise(function () {});
              }
              return {
                elements: function (options) {
                  window.stripeCalls.push({call: 'elements', clientSecret: options.clientSecret});
                  return {create: function (type) {
                    window.stripeCalls.push({call: 'create', type: type});
                    return {mount: function (where) {
                      document.querySelector(where).innerHTML = '<p>Card details would be typed here.</p>';
                      window.stripeCalls.push({call: 'mount', where: where});
                    }};
                  }};
                },
                confirmPayment: function (options) {
                  return confirmed('confirmPayment', options, 'payment_intent=pi_stand_in');
                },
                confirmSetup: function (options) {
                  return confirmed('confirmSetup', options, 'setup_intent=seti_stand_in');
                }
              };
            };
            """;

    private StripeJs() {
    }

    /** From now on the page gets the stand-in wherever it loads Stripe.js from. */
    public static void standIn(Page page) {
        page.route("https://js.stripe.com/**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("application/javascript").setBody(STAND_IN)));
    }
}
