/* Co-op Market: warns a signed-in person before their session times out, and lets them stay
   signed in. The page says how long a session lasts without activity (#session-timeout,
   data-seconds); two minutes before the end a dialog asks "Stay signed in?". Staying asks the
   server (GET /api/v1/me/session), which counts as activity; otherwise, at the end, the page goes to
   the sign-in page with a note saying why. The dialog is a modal alertdialog: focus moves into it,
   stays in it, and Escape means "stay signed in". */
(function () {
    'use strict';

    var WARN_BEFORE_SECONDS = 120;

    function start() {
        var marker = document.getElementById('session-timeout');
        var dialog = document.getElementById('session-warning');
        if (!marker || !dialog) {
            return;
        }
        var seconds = parseInt(marker.getAttribute('data-seconds'), 10);
        if (!(seconds > WARN_BEFORE_SECONDS)) {
            return;
        }
        var stay = document.getElementById('session-stay');
        var leave = document.getElementById('session-leave');
        var warnTimer;
        var endTimer;
        var returnFocus;

        function schedule() {
            clearTimeout(warnTimer);
            clearTimeout(endTimer);
            warnTimer = setTimeout(show, (seconds - WARN_BEFORE_SECONDS) * 1000);
            endTimer = setTimeout(end, seconds * 1000);
        }

        function show() {
            returnFocus = document.activeElement;
            dialog.hidden = false;
            stay.focus();
        }

        function hide() {
            dialog.hidden = true;
            if (returnFocus && returnFocus.focus) {
                returnFocus.focus();
            }
        }

        function end() {
            window.location.href = marker.getAttribute('data-sign-in') + '?notice=timed-out';
        }

        stay.addEventListener('click', function () {
            fetch(marker.getAttribute('data-keep-alive'), {credentials: 'same-origin', cache: 'no-store'})
                .then(function (reply) {
                    if (reply.ok) {
                        hide();
                        schedule();
                    } else {
                        end();
                    }
                }, hide);
        });
        leave.addEventListener('click', function () {
            var signOut = document.getElementById('sign-out-button');
            if (signOut) {
                signOut.click();
            }
        });
        dialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                stay.click();
            } else if (event.key === 'Tab') {
                // Keep focus inside the dialog while it is open.
                var first = stay;
                var last = leave;
                if (event.shiftKey && document.activeElement === first) {
                    event.preventDefault();
                    last.focus();
                } else if (!event.shiftKey && document.activeElement === last) {
                    event.preventDefault();
                    first.focus();
                }
            }
        });
        schedule();
        // Says the timers run, so a test that moves the clock on can first wait for them.
        marker.setAttribute('data-armed', 'true');
    }

    document.addEventListener('DOMContentLoaded', start);
}());
