// The offline base map, for every page that shows a map (the map page, the report form, the
// sites page): the shipped regions simplified to the zoom, with labels in the page's language, and
// an optional tile layer. The container says where to fetch and what to write, in data attributes:
// data-regions-url, data-attribution, data-tile-url, data-tile-attribution, data-loading,
// data-load-failed. Truce.baseMap(container, {status, bounds}) answers the Leaflet map.
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};
  /** Ukraine and the regions of Russia next to it; the rest of Russia is a pan away. */
  Truce.DEFAULT_BOUNDS = [[44.0, 22.0], [56.5, 46.0]];

  Truce.baseMap = function (container, options) {
    options = options || {};
    var data = container.dataset;
    var language = document.documentElement.lang || 'en';
    var status = options.status || { textContent: '' };
    var map = L.map(container, { minZoom: 2, maxZoom: 18, zoomSnap: 1, worldCopyJump: false });
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution(data.attribution);
    map.fitBounds(options.bounds || Truce.DEFAULT_BOUNDS);

    if (data.tileUrl) {
      var tiles = L.tileLayer(data.tileUrl, { attribution: data.tileAttribution || '' }).addTo(map);
      var tileBox = document.querySelector('[data-tiles]');
      if (tileBox) {
        tileBox.addEventListener('change', function () {
          if (tileBox.checked) { tiles.addTo(map); } else { tiles.remove(); }
        });
      }
    }

    // the base map lies under every overlay (and over a tile layer, whose tiles are at z-index 200)
    map.createPane('base').style.zIndex = 250;
    map.createPane('baseLabels').style.zIndex = 300;
    map.getPane('baseLabels').style.pointerEvents = 'none';
    var baseRenderer = L.svg({ pane: 'base' });
    var countries = L.geoJSON(null, {
      pane: 'base', renderer: baseRenderer, interactive: false,
      filter: function (f) { return f.properties.level === 'country'; },
      style: { className: 'region region-country', color: '#3d4b59', weight: 1.4, fillColor: '#f4f2ec', fillOpacity: data.tileUrl ? 0.1 : 1 }
    }).addTo(map);
    var admin1 = L.geoJSON(null, {
      pane: 'base', renderer: baseRenderer,
      filter: function (f) { return f.properties.level === 'admin1'; },
      style: { className: 'region region-admin1', color: '#8c97a3', weight: 0.6, fill: true, fillOpacity: 0 },
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(nameOf(feature), { sticky: true, className: 'region-tooltip' });
      }
    }).addTo(map);
    var labels = L.layerGroup().addTo(map);
    var loadedDetail = null;
    var features = [];

    function nameOf(feature) {
      var names = feature.properties.names;
      return names[language] || names.en;
    }

    function detailFor(zoom) {
      var z = Math.max(2, Math.min(10, Math.round(zoom)));
      return z - z % 2;
    }

    function drawLabels() {
      labels.clearLayers();
      var zoom = map.getZoom();
      features.forEach(function (feature) {
        var level = feature.properties.level;
        if ((level === 'country' && zoom < 7) || (level === 'admin1' && zoom >= 6)) {
          var text = document.createElement('span');
          text.textContent = nameOf(feature);
          var point = feature.properties.label;
          labels.addLayer(L.marker([point[1], point[0]], {
            icon: L.divIcon({ className: 'region-label region-label-' + level, html: text, iconSize: null }),
            interactive: false, keyboard: false, pane: 'baseLabels'
          }));
        }
      });
    }

    function loadRegions() {
      var detail = detailFor(map.getZoom());
      if (detail === loadedDetail) {
        drawLabels();
        return;
      }
      loadedDetail = detail;
      status.textContent = data.loading || '';
      fetch(data.regionsUrl + '?zoom=' + detail, { headers: { Accept: 'application/geo+json' } })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (collection) {
          features = collection.features;
          countries.clearLayers().addData(collection);
          admin1.clearLayers().addData(collection);
          drawLabels();
          container.dataset.regionsDetail = String(collection.detail);
          container.dataset.regions = String(collection.features.length);
          status.textContent = '';
        })
        .catch(function () {
          loadedDetail = null;
          status.textContent = data.loadFailed || '';
        });
    }

    map.on('zoomend', loadRegions);
    loadRegions();
    return map;
  };

  /** Colours each legend swatch from its data-colour (styles are set by script: no inline style attributes). */
  Truce.colourSwatches = function (root) {
    (root || document).querySelectorAll('[data-colour]').forEach(function (item) {
      var swatch = item.querySelector('.swatch') || (item.classList.contains('swatch') ? item : null);
      if (swatch) {
        swatch.style.background = item.dataset.colour;
      }
    });
  };
})();
