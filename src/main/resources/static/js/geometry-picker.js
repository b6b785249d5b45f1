// Placing a point, a line or an area by clicking a Leaflet map (the report form, a site's
// nomination). A point also fills, and follows, the latitude and longitude inputs, which stay
// editable. Truce.geometryPicker(map, {latitude, longitude, mode, active, onChange}).
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};

  function round(value) {
    return Math.round(value * 1e6) / 1e6;
  }

  Truce.geometryPicker = function (map, options) {
    var group = L.layerGroup().addTo(map);
    var vertices = [];
    var marker = null;

    function mode() {
      return options.mode ? options.mode() : 'point';
    }

    function changed() {
      if (options.onChange) { options.onChange(vertices.length); }
    }

    function drawMarker(lat, lng) {
      if (!marker) {
        marker = L.circleMarker([lat, lng], { radius: 8, color: '#ffffff', weight: 2, fillColor: '#1f4e79', fillOpacity: 1 });
        marker.addTo(group);
      } else {
        marker.setLatLng([lat, lng]);
        if (!group.hasLayer(marker)) { marker.addTo(group); }
      }
      map.getContainer().dataset.pickedPoint = lat + ',' + lng;
    }

    function setPoint(lat, lng) {
      options.latitude.value = String(round(lat));
      options.longitude.value = String(round(lng));
      drawMarker(round(lat), round(lng));
      options.latitude.dispatchEvent(new Event('change', { bubbles: true }));
      changed();
    }

    function redrawShape() {
      group.clearLayers();
      marker = null;
      var latLngs = vertices.map(function (v) { return [v[1], v[0]]; });
      latLngs.forEach(function (ll) {
        L.circleMarker(ll, { radius: 4, color: '#1f4e79', weight: 2, fillColor: '#ffffff', fillOpacity: 1 }).addTo(group);
      });
      if (latLngs.length > 1) {
        if (mode() === 'polygon' && latLngs.length > 2) {
          L.polygon(latLngs, { color: '#1f4e79', weight: 2, fillOpacity: 0.2 }).addTo(group);
        } else {
          L.polyline(latLngs, { color: '#1f4e79', weight: 3 }).addTo(group);
        }
      }
      map.getContainer().dataset.vertices = String(vertices.length);
      changed();
    }

    map.on('click', function (event) {
      if (options.active && !options.active()) { return; }
      if (mode() === 'point') {
        setPoint(event.latlng.lat, event.latlng.lng);
      } else {
        vertices.push([round(event.latlng.lng), round(event.latlng.lat)]);
        redrawShape();
      }
    });

    // coordinates typed by hand move the marker
    [options.latitude, options.longitude].forEach(function (input) {
      if (!input) { return; }
      input.addEventListener('input', function () {
        var lat = Number(options.latitude.value);
        var lng = Number(options.longitude.value);
        if (options.latitude.value !== '' && options.longitude.value !== '' && !isNaN(lat) && !isNaN(lng)
            && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
          drawMarker(lat, lng);
        }
      });
    });

    return {
      setPoint: setPoint,
      /** The line or area drawn, as a GeoJSON geometry; null when too few points. */
      geometry: function () {
        if (mode() === 'line') {
          return vertices.length >= 2 ? { type: 'LineString', coordinates: vertices.slice() } : null;
        }
        if (mode() === 'polygon') {
          return vertices.length >= 3 ? { type: 'Polygon', coordinates: [vertices.concat([vertices[0]])] } : null;
        }
        return null;
      },
      count: function () { return vertices.length; },
      undo: function () { vertices.pop(); redrawShape(); },
      clear: function () { vertices = []; redrawShape(); },
      reset: function () {
        vertices = [];
        group.clearLayers();
        marker = null;
        changed();
      }
    };
  };
})();
