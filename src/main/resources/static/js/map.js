// The map page: the offline base map (base-map.js) and the overlays the page lists (overlay.js).
(function () {
  'use strict';
  var container = document.getElementById('map');
  if (!container || !window.L) {
    return;
  }
  var status = document.getElementById('map-status');
  var map = window.Truce.baseMap(container, { status: status });

  JSON.parse(container.dataset.layers || '[]').forEach(function (layer) {
    var overlay = window.Truce.overlay(map, layer, {
      totalOutput: document.getElementById('total-' + layer.id), status: status
    });
    var box = document.querySelector('[data-overlay="' + layer.id + '"]');
    if (box) {
      box.addEventListener('change', function () { overlay.setEnabled(box.checked); });
    }
  });
  window.Truce.colourSwatches();
  window.Truce.map = map;
})();
