/*
 * "::: compose" blocks: the author's list of the parts of something to say (each item a bold label, then a hint)
 * becomes a box to fill in per part, and the words they make together, shown as the reader types. Nothing typed is
 * stored or sent. Without JavaScript the list stays as it is, a guide to write the words by hand.
 */
(function () {
  'use strict';

  var ENDS_A_SENTENCE = /[.!?\u2026\u201D\u2019"')]$/;

  /** The words the parts make: each part as written, ended as a sentence, in order. */
  function compose(parts) {
    return parts
      .map(function (part) { return part.replace(/\s+/g, ' ').trim(); })
      .filter(function (part) { return part.length > 0; })
      .map(function (part) { return ENDS_A_SENTENCE.test(part) ? part : part + '.'; })
      .join(' ');
  }

  function partOf(item) {
    var strong = item.querySelector('strong');
    var label = strong ? strong.textContent.replace(/[.:\s]+$/, '') : item.textContent.trim();
    var hint = strong ? item.textContent.replace(strong.textContent, '').trim() : '';
    return { label: label, hint: hint };
  }

  function enhance(block, index) {
    var dom = window.MendDom;
    var list = block.querySelector('ol, ul');
    if (!list) {
      return;
    }
    var form = dom.element('div', 'compose-form');
    var fields = [];
    Array.prototype.forEach.call(list.children, function (item, i) {
      var part = partOf(item);
      var id = 'compose-' + index + '-' + (i + 1);
      var wrapper = dom.element('div', 'compose-part');
      wrapper.appendChild(dom.element('label', { for: id }, part.label));
      var field = dom.element('textarea', { id: id, rows: '2', autocomplete: 'off', spellcheck: 'true' });
      if (part.hint) {
        wrapper.appendChild(dom.element('p', { id: id + '-hint', class: 'compose-hint' }, part.hint));
        field.setAttribute('aria-describedby', id + '-hint');
      }
      wrapper.appendChild(field);
      form.appendChild(wrapper);
      fields.push(field);
    });

    var outputId = 'compose-' + index + '-words';
    form.appendChild(dom.element('p', { id: outputId + '-label', class: 'compose-output-label' }, dom.text('compose_output')));
    var output = dom.element('div', { id: outputId, class: 'say compose-output', 'aria-live': 'polite', 'aria-labelledby': outputId + '-label' });
    var text = dom.element('p');
    output.appendChild(text);
    form.appendChild(output);
    form.appendChild(dom.element('p', 'compose-note', dom.text('compose_note')));

    function show() {
      var words = compose(fields.map(function (field) { return field.value; }));
      text.textContent = words || dom.text('compose_empty');
      output.classList.toggle('compose-empty', !words);
    }
    fields.forEach(function (field) { field.addEventListener('input', show); });
    show();

    list.hidden = true;
    block.appendChild(form);
  }

  function connect() {
    Array.prototype.forEach.call(document.querySelectorAll('.compose'), enhance);
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { compose: compose };
    return;
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', connect);
  } else {
    connect();
  }
})();
