// A map of incidents on a page other than the map page (the agreement dashboard, the compliance
// report, an incident): the offline base map and the incidents layer (overlay.js) restricted to
// what the container's data-layer names (its url carries the agreement or the incident). On the
// compliance report the map stays still (data-static), so that it prints as it is shown.
(function () {
  'use strict';
  document.querySelectorAll('[data-incidents-map]').forEach(function (container) {
    if (!window.L || !window.Truce || !window.Truce.baseMap) {
      return;
    }
    var data = container.dataset;
    var bounds = data.bounds ? JSON.parse(data.bounds) : null;
    var map = window.Truce.baseMap(container, { bounds: bounds || undefined });
    if (data.static !== undefined) {
      map.dragging.disable();
      map.scrollWheelZoom.disable();
      map.doubleClickZoom.disable();
      map.boxZoom.disable();
      map.keyboard.disable();
      if (map.zoomControl) { map.zoomControl.remove(); }
    }
    if (data.layer) {
      window.Truce.overlay(map, JSON.parse(data.layer), {
        totalOutput: document.getElementById(container.id + '-total')
      });
    }
    if (data.point) {
      var p = JSON.parse(data.point);
      L.circleMarker(p, { radius: 7, color: '#ffffff', weight: 2, fillColor: '#9b1c1c', fillOpacity: 1 }).addTo(map);
      map.setView(p, 8);
    }
    window.Truce.incidentMaps = (window.Truce.incidentMaps || []).concat([map]);
  });
})();
