/* Co-op Market storefront: focus handling only. Every page works without this script.
   - An error summary takes focus when it appears, so screen reader users hear the problems first.
   - A link in an error summary moves focus to its field (the first control in a group of choices)
     and scrolls the field's label or legend into view, as the GOV.UK error summary does.
   - After an ajax update, focus goes to the error summary or to the part marked
     data-focus-after-update, because the update replaces the button that had focus. */
(function () {
    'use strict';

    function control(id) {
        var target = document.getElementById(id);
        if (target && !/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) {
            target = target.querySelector('input, select, textarea');
        }
        return target;
    }

    function focusField(id) {
        var field = control(id);
        if (!field) {
            return false;
        }
        var fieldset = field.closest('fieldset');
        var legend = fieldset && fieldset.querySelector('legend');
        var label = field.labels && field.labels.length ? field.labels[0] : null;
        (legend || label || field).scrollIntoView();
        field.focus({preventScroll: true});
        return true;
    }

    function focusSummary() {
        var summary = document.querySelector('.error-summary');
        if (summary) {
            summary.focus();
        }
        return !!summary;
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
        if (link && focusField(decodeURIComponent(link.getAttribute('href').substring(1)))) {
            event.preventDefault();
        }
    });

    /* A step of a form answered: the next question's heading takes focus, so it is read out first. */
    function focusQuestion() {
        var question = document.querySelector('[data-focus-on-load="true"]');
        if (question) {
            question.focus();
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!focusSummary()) {
            focusQuestion();
        }
    });

    window.coopShop = {
        /* For <f:ajax onevent="coopShop.afterUpdate"/>. */
        afterUpdate: function (data) {
            if (data.status !== 'success' || focusSummary()) {
                return;
            }
            var result = document.querySelector('[data-focus-after-update]');
            if (result) {
                result.focus();
            }
        }
    };
}());
