// A site's page: its point, line or area on the base map.
(function () {
  'use strict';
  var container = document.getElementById('site-map');
  var shape = document.getElementById('site-geometry');
  if (!container || !shape || !window.L) {
    return;
  }
  var map = window.Truce.baseMap(container, {});
  var colour = shape.dataset.colour || '#1f4e79';
  var drawn = L.geoJSON(JSON.parse(shape.dataset.geometry), {
    style: { color: colour, weight: 3, fillOpacity: 0.3 },
    pointToLayer: function (feature, latLng) {
      return L.circleMarker(latLng, { radius: 8, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1 });
    }
  }).addTo(map);
  map.fitBounds(drawn.getBounds(), { maxZoom: 8, padding: [30, 30] });
})();
