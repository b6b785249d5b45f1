// The time slider (templates/fragments/map-controls.html :: timeSlider): two handles over a window,
// shown in the reader's zone; announces 'truce:view-changed' when the interval changes.
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};

  function format(millis) {
    var options = { dateStyle: 'medium', timeStyle: 'short', timeZone: document.body.dataset.timeZone || 'UTC' };
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || 'en', options).format(new Date(millis));
    } catch (e) {
      return new Date(millis).toISOString();
    }
  }

  function init(fieldset) {
    var min = Number(fieldset.dataset.min);
    var max = Number(fieldset.dataset.max);
    var step = Number(fieldset.dataset.step) || 3600000;
    var steps = Math.max(1, Math.ceil((max - min) / step));
    var from = fieldset.querySelector('[data-handle="from"]');
    var to = fieldset.querySelector('[data-handle="to"]');
    [from, to].forEach(function (input) { input.max = String(steps); });
    from.value = '0';
    to.value = String(steps);

    function at(input) { return Math.min(max, min + Number(input.value) * step); }

    function show(input) {
      var output = fieldset.querySelector('output[for="' + input.id + '"]');
      output.textContent = format(at(input));
    }

    function changed(event) {
      if (Number(from.value) > Number(to.value)) {
        if (event && event.target === from) { to.value = from.value; } else { from.value = to.value; }
      }
      show(from);
      show(to);
      document.dispatchEvent(new CustomEvent('truce:view-changed'));
    }

    from.addEventListener('input', changed);
    to.addEventListener('input', changed);
    Truce.timeInterval = function () {
      return { from: new Date(at(from)).toISOString(), to: new Date(at(to)).toISOString() };
    };
  }

  var fieldset = document.querySelector('[data-truce-time-slider]');
  if (fieldset) {
    init(fieldset);
  }
})();
