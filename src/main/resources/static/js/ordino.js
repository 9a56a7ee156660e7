// Small behaviours of the pages; everything works as plain forms, this only makes it quicker to use.
(function () {
    'use strict';

    // htmx requests that change something carry the CSRF token, as forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // A form (or a button in it) with data-confirm asks before it is sent: htmx asks for the forms it sends
    // (and takes the submit event first), the browser's submit for the others.
    document.addEventListener('htmx:confirm', function (event) {
        var submitter = event.detail.triggeringEvent && event.detail.triggeringEvent.submitter;
        var message = (submitter && submitter.dataset.confirm) || event.detail.elt.dataset.confirm;
        if (message) {
            event.preventDefault();
            if (window.confirm(message)) {
                event.detail.issueRequest(true);
            }
        }
    });
    document.addEventListener('submit', function (event) {
        if (event.defaultPrevented) {
            return;
        }
        var submitter = event.submitter;
        var message = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    // "Select all" ticks every checkbox of the same name in its form.
    document.addEventListener('change', function (event) {
        var all = event.target.closest('[data-select-all]');
        if (all) {
            document.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]')
                .forEach(function (box) { box.checked = all.checked; });
        }
        if (event.target.closest('[data-splits]')) {
            updateSplits(event.target.closest('[data-splits]'));
        }
    });

    document.addEventListener('input', function (event) {
        var editor = event.target.closest('[data-splits]');
        if (editor) {
            updateSplits(editor);
        }
    });

    document.addEventListener('click', function (event) {
        var add = event.target.closest('[data-add-split]');
        if (add) {
            var editor = add.closest('[data-splits]');
            var template = editor.querySelector('template');
            editor.querySelector('tbody').appendChild(template.content.cloneNode(true));
            renumber(editor);
            updateSplits(editor);
        }
        var remove = event.target.closest('[data-remove-split]');
        if (remove) {
            var rows = remove.closest('[data-splits]');
            remove.closest('tr').remove();
            renumber(rows);
            updateSplits(rows);
        }
    });

    // Split rows are posted as splits[0].quantity, splits[1].quantity, ...: renumbered after adding or removing.
    function renumber(editor) {
        editor.querySelectorAll('tbody tr').forEach(function (row, index) {
            row.querySelectorAll('[data-field]').forEach(function (input) {
                input.name = 'splits[' + index + '].' + input.dataset.field;
                input.id = 'split-' + index + '-' + input.dataset.field;
            });
            row.querySelectorAll('label[data-for]').forEach(function (label) {
                label.htmlFor = 'split-' + index + '-' + label.dataset.for;
            });
        });
    }

    // The quantity still to allocate, shown live, and the dates only for custom delivery.
    function updateSplits(editor) {
        var form = editor.closest('form');
        var quantity = parseInt(form.querySelector('[name=quantity]').value, 10) || 0;
        var allocated = 0;
        editor.querySelectorAll('tbody [data-field=quantity]').forEach(function (input) {
            allocated += parseInt(input.value, 10) || 0;
        });
        var remaining = editor.querySelector('[data-remaining]');
        if (remaining) {
            // without splits the shipping address takes the whole quantity: there is nothing to allocate
            var split = editor.querySelectorAll('tbody tr').length > 0;
            remaining.textContent = quantity - allocated;
            remaining.closest('.remaining').classList.toggle('text-danger', split && quantity - allocated !== 0);
            remaining.closest('.remaining').hidden = !split;
            var whole = editor.querySelector('[data-no-splits]');
            if (whole) {
                whole.hidden = split;
            }
        }
        var custom = form.querySelector('[name=mode][value=CUSTOM]');
        editor.querySelectorAll('[data-field=date]').forEach(function (input) {
            input.disabled = !(custom && custom.checked);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-splits]').forEach(updateSplits);
    });
    document.addEventListener('htmx:afterSettle', function () {
        document.querySelectorAll('[data-splits]').forEach(updateSplits);
    });

    // "Copy" buttons (data-copy names the field): the checkout link to paste into a message to the customer
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        var field = document.querySelector(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }
        field.select();
        var done = function () { button.textContent = 'Copied'; };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
        } else {
            document.execCommand('copy');
            done();
        }
    });
})();
