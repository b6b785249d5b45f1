// A map of incidents on a page other than the map page (the agreement dashboard, the compliance
// report, an incident): the offline base map and the incidents layer (overlay.js) restricted to
// what the container's data-layer names (its url carries the agreement or the incident). On the
// compliance report the map stays still (data-static), so that it prints as it is shown.
(function () {
  'use strict';
  var COLOURS = {
    potential_violation: '#9b1c1c', undetermined: '#c9a227', not_covered: '#6f8fa8',
    confirmed_violation: '#6d0f0f', probable_violation: '#d4622a', unsubstantiated: '#8a8a8a',
    not_a_violation: '#3c7d74', inconclusive: '#a87b12'
  };

  /** Clusters computed by the server (ClusterGeoJson): a disc per cell sized by its count, coloured by its main kind. */
  function drawClusters(map, collection, container) {
    var shown = 0;
    collection.features.forEach(function (feature) {
      var p = feature.properties;
      var kinds = p.kinds || {};
      var main = p.kind || Object.keys(kinds).sort(function (a, b) { return kinds[b] - kinds[a]; })[0];
      var latLng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      var radius = Math.min(24, 5 + 3 * Math.log(p.count) / Math.LN2);
      L.circleMarker(latLng, { radius: radius, color: '#ffffff', weight: 1.5, fillColor: COLOURS[main] || '#5b6770', fillOpacity: 0.85 })
        .bindTooltip(String(p.count)).addTo(map);
      shown += p.count;
    });
    container.dataset.clustersShown = String(shown);
  }
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
      // a still map keeps its whole view whatever its size: after layout, on resize and for printing
      var refit = function () {
        map.invalidateSize(false);
        map.fitBounds(bounds || window.Truce.DEFAULT_BOUNDS, { animate: false });
      };
      setTimeout(refit, 0);
      window.addEventListener('resize', refit);
      window.addEventListener('beforeprint', refit);
      if (window.matchMedia) {
        var print = window.matchMedia('print');
        if (print.addEventListener) { print.addEventListener('change', refit); }
      }
    }
    if (data.layer) {
      window.Truce.overlay(map, JSON.parse(data.layer), {
        totalOutput: document.getElementById(container.id + '-total')
      });
    }
    if (data.clusters) {
      drawClusters(map, JSON.parse(data.clusters), container);
    }
    if (data.point) {
      var p = JSON.parse(data.point);
      L.circleMarker(p, { radius: 7, color: '#ffffff', weight: 2, fillColor: '#9b1c1c', fillOpacity: 1 }).addTo(map);
      map.setView(p, 8);
    }
    var print = document.getElementById('print-report');
    if (print) {
      print.addEventListener('click', function () { window.print(); });
    }
    window.Truce.incidentMaps = (window.Truce.incidentMaps || []).concat([map]);
  });
})();
