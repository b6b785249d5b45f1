// The filter panel (templates/fragments/map-controls.html :: filterPanel): checkbox groups whose
// checked values go to every overlay's endpoint; announces 'truce:view-changed'.
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};
  var form = document.querySelector('[data-truce-filters]');

  // the contract of org.truce.ui.MapLayer: a group with everything checked is left out (no
  // restriction); otherwise its checked values, or one empty value when none is checked
  Truce.filterParams = function () {
    var params = [];
    if (!form) {
      return params;
    }
    form.querySelectorAll('[data-filter]').forEach(function (group) {
      var name = group.dataset.filter;
      var boxes = Array.prototype.slice.call(group.querySelectorAll('input[type="checkbox"]'));
      var checked = boxes.filter(function (box) { return box.checked; });
      if (checked.length === boxes.length) {
        return;
      }
      if (checked.length === 0) {
        params.push([name, '']);
      }
      checked.forEach(function (box) { params.push([name, box.value]); });
    });
    return params;
  };

  if (form) {
    form.addEventListener('change', function () {
      document.dispatchEvent(new CustomEvent('truce:view-changed'));
    });
    form.addEventListener('reset', function () {
      setTimeout(function () { document.dispatchEvent(new CustomEvent('truce:view-changed')); }, 0);
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  }
})();
