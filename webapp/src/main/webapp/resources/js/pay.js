/* Co-op Market: the card forms of /account/pay.xhtml and /account/card.xhtml. Mounts Stripe's Payment Element with
   the client secret and, when the form is sent, asks Stripe to take the payment (or, with data-mode="setup", to save
   the card for later); Stripe then brings the browser back to the page's return address. Card details go from the
   browser to Stripe only. The invoice is marked paid, or the card saved, when Stripe's webhook tells the server,
   never by this script. */
(function () {
    'use strict';

    var form = document.getElementById('card-form');
    if (!form) {
        return;
    }
    var problem = document.getElementById('card-error');
    var button = document.getElementById('pay-button');

    function say(message) {
        problem.textContent = message;
    }

    if (typeof window.Stripe !== 'function') {
        button.disabled = true;
        say(form.getAttribute('data-mode') === 'setup' ? 'The card form could not be loaded. Please try again later.'
            : 'The card form could not be loaded. Please try again later, or pay another way (see below).');
        return;
    }
    var stripe = window.Stripe(form.getAttribute('data-key'));
    var elements = stripe.elements({clientSecret: form.getAttribute('data-secret')});
    elements.create('payment').mount('#payment-element');

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        button.disabled = true;
        say('');
        var saving = form.getAttribute('data-mode') === 'setup';
        var confirm = saving ? stripe.confirmSetup : stripe.confirmPayment;
        confirm.call(stripe, {elements: elements, confirmParams: {return_url: form.getAttribute('data-return-url')}})
            .then(function (result) {
                if (result && result.error) {
                    say(result.error.message || (saving ? 'The card was not saved.' : 'The payment did not go through.')
                        + ' Please check the card details.');
                    button.disabled = false;
                }
            });
    });
}());
