// A report's page: its point and uncertainty on the base map.
(function () {
  'use strict';
  var container = document.getElementById('report-map');
  var point = document.getElementById('report-point');
  if (!container || !point || !window.L) {
    return;
  }
  var map = window.Truce.baseMap(container, {});
  var at = [Number(point.dataset.latitude), Number(point.dataset.longitude)];
  var radius = Number(point.dataset.radius) || 0;
  var circle = L.circle(at, { radius: radius, color: '#b5472f', weight: 2, fillOpacity: 0.15 }).addTo(map);
  L.circleMarker(at, { radius: 6, color: '#ffffff', weight: 2, fillColor: '#b5472f', fillOpacity: 1 }).addTo(map);
  map.fitBounds(circle.getBounds(), { maxZoom: 10, padding: [30, 30] });
})();
