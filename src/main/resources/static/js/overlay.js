// A map overlay over a layer endpoint (the contract of org.truce.ui.MapLayer): asks for the points
// in view at the map's zoom, with the time slider's interval and the filters, and draws clusters
// (a count on a disc coloured by kind) and single points (on one canvas, so thousands stay fluid).
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};
  var FALLBACK_COLOURS = ['#1f5f8b', '#b5472f', '#6b7f2a', '#7b4f9d', '#a87b12', '#3c7d74'];

  function colourOf(layer, kind) {
    var entry = (layer.legend || []).find(function (e) { return e.kind === kind; });
    if (entry) {
      return entry.colour;
    }
    var hash = 0;
    String(kind || '').split('').forEach(function (c) { hash = (hash * 31 + c.charCodeAt(0)) | 0; });
    return FALLBACK_COLOURS[Math.abs(hash) % FALLBACK_COLOURS.length];
  }

  function disc(layer, kinds, count) {
    var stops = [];
    var start = 0;
    Object.keys(kinds || {}).forEach(function (kind) {
      var end = start + kinds[kind] / count * 100;
      stops.push(colourOf(layer, kind) + ' ' + start.toFixed(2) + '% ' + end.toFixed(2) + '%');
      start = end;
    });
    if (start < 99.99) {
      stops.push('#5b6770 ' + start.toFixed(2) + '% 100%');
    }
    return 'conic-gradient(' + stops.join(', ') + ')';
  }

  function sizeClass(count) {
    return count < 10 ? 'small' : count < 100 ? 'medium' : count < 1000 ? 'large' : 'huge';
  }

  function bboxOf(map) {
    var b = map.getBounds();
    var clamp = function (v, lo, hi) { return Math.max(lo, Math.min(hi, v)); };
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
      .map(function (v) { return v.toFixed(5); }).join(',');
  }

  Truce.overlay = function (map, layer, options) {
    var renderer = L.canvas({ padding: 0.3 });
    var group = L.layerGroup().addTo(map);
    var container = map.getContainer();
    var total = options && options.totalOutput;
    var status = options && options.status;
    var pending = null;
    var timer = null;
    var enabled = true;

    function url() {
      var params = [['bbox', bboxOf(map)], ['zoom', String(Math.round(map.getZoom()))]];
      if (layer.timed && Truce.timeInterval) {
        var interval = Truce.timeInterval();
        params.push(['from', interval.from], ['to', interval.to]);
      }
      (Truce.filterParams ? Truce.filterParams() : []).forEach(function (p) { params.push(p); });
      return layer.url + (layer.url.indexOf('?') < 0 ? '?' : '&') + params.map(function (p) {
        return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]);
      }).join('&');
    }

    function draw(collection) {
      group.clearLayers();
      collection.features.forEach(function (feature) {
        var p = feature.properties;
        var latLng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
        if (p.cluster) {
          var label = document.createElement('span');
          label.textContent = String(p.count);
          var marker = L.marker(latLng, {
            icon: L.divIcon({ className: 'truce-cluster truce-cluster-' + sizeClass(p.count), html: label, iconSize: null }),
            keyboard: false, title: String(p.count)
          });
          marker.on('add', function () {
            var element = marker.getElement();
            element.style.background = disc(layer, p.kinds, p.count);
            element.dataset.count = String(p.count);
            element.dataset.layer = layer.id;
          });
          marker.on('click', function () {
            var b = p.bounds;
            map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [40, 40], maxZoom: map.getZoom() + 3 });
          });
          group.addLayer(marker);
        } else {
          var point = L.circleMarker(latLng, {
            renderer: renderer, radius: 6, weight: 1, color: '#ffffff', fillColor: colourOf(layer, p.kind), fillOpacity: 0.9
          });
          point.bindTooltip(String(p.title || p.name || p.id));
          if (p.href) {
            // a point with a page of its own opens it, unless the page uses clicks for something else
            point.on('click', function (event) {
              if (!(options && options.pointsInactive && options.pointsInactive())) {
                L.DomEvent.stopPropagation(event);
                window.location.href = p.href;
              }
            });
          }
          group.addLayer(point);
        }
      });
      container.dataset['overlay_' + layer.id.replace(/-/g, '_')] = String(collection.total);
      if (total) {
        total.value = (total.dataset.template || '{n}').replace('{n}', String(collection.total));
      }
      if (status) {
        status.textContent = '';
      }
    }

    function load() {
      if (!enabled) {
        delete container.dataset.overlayLoading;
        return;
      }
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      container.dataset.overlayLoading = 'true';
      fetch(url(), { signal: pending.signal, headers: { Accept: 'application/geo+json, application/json' } })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (collection) {
          draw(collection);
          delete container.dataset.overlayLoading;
        })
        .catch(function (error) {
          if (error.name === 'AbortError') { return; }
          delete container.dataset.overlayLoading;
          if (status) { status.textContent = container.dataset.loadFailed || 'failed'; }
        });
    }

    function soon() {
      container.dataset.overlayLoading = 'true';
      clearTimeout(timer);
      timer = setTimeout(load, 150);
    }

    map.on('moveend', soon);
    document.addEventListener('truce:view-changed', soon);
    load();
    return {
      setEnabled: function (on) {
        enabled = on;
        if (on) { group.addTo(map); load(); } else { group.remove(); }
      }
    };
  };
})();
