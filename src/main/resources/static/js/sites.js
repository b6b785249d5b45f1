// The sites page: the visible sites on the map (the 'sites' layer), a site's nomination placed
// by clicking the map (point, line or area), and a file's import with its upload's progress.
(function () {
  'use strict';
  var Truce = window.Truce;
  var container = document.getElementById('sites-map');
  if (!container || !window.L) {
    return;
  }
  var status = document.getElementById('map-status');
  var map = Truce.baseMap(container, { status: status });
  var addSite = document.getElementById('add-site');

  function drawing() {
    return !!(addSite && addSite.open);
  }

  JSON.parse(container.dataset.layers || '[]').forEach(function (layer) {
    Truce.overlay(map, layer, { totalOutput: document.getElementById('total-sites'), status: status, pointsInactive: drawing });
  });
  Truce.colourSwatches();
  Truce.sitesMap = map;

  var form = document.getElementById('site-form');
  if (form) {
    var hint = document.getElementById('shape-hint');
    var tools = form.querySelector('[data-shape-tools]');
    var shapeMode = function () {
      var checked = form.querySelector('input[name="shape"]:checked');
      return checked ? checked.value : 'point';
    };
    var picker = Truce.geometryPicker(map, {
      latitude: document.getElementById('site-latitude'),
      longitude: document.getElementById('site-longitude'),
      mode: shapeMode,
      active: drawing,
      onChange: function (count) {
        if (shapeMode() !== 'point') {
          hint.textContent = count ? hint.dataset.count.replace('{n}', String(count)) : hint.dataset[shapeMode()];
        }
      }
    });
    var showShape = function () {
      var mode = shapeMode();
      form.querySelectorAll('[data-point-field]').forEach(function (el) { el.hidden = mode !== 'point'; });
      tools.hidden = mode === 'point';
      hint.textContent = hint.dataset[mode];
      picker.reset();
    };
    form.querySelectorAll('input[name="shape"]').forEach(function (radio) { radio.addEventListener('change', showShape); });
    document.getElementById('shape-undo').addEventListener('click', function () { picker.undo(); });
    document.getElementById('shape-clear').addEventListener('click', function () { picker.clear(); });

    var category = document.getElementById('site-category');
    var showKind = function () {
      form.querySelectorAll('[data-kind-field]').forEach(function (el) { el.hidden = category.value !== 'power_plant'; });
    };
    category.addEventListener('change', showKind);
    showKind();

    addSite.addEventListener('toggle', function () {
      container.classList.toggle('picking', drawing());
    });

    form.truceBeforeSend = function (body) {
      if (shapeMode() !== 'point') {
        delete body.latitude;
        delete body.longitude;
        var geometry = picker.geometry();
        if (geometry) { body.geometry = geometry; }
      }
      if (category.value !== 'power_plant') { delete body.kind; }
      return body;
    };
  }

  var importForm = document.getElementById('import-form');
  if (importForm) {
    var file = document.getElementById('import-file');
    var progress = document.getElementById('import-progress');
    var output = document.getElementById('import-status');
    var data = importForm.dataset;
    importForm.addEventListener('submit', function (event) {
      event.preventDefault();
      Truce.clearProblems(importForm);
      delete importForm.dataset.imported;
      var chosen = file.files[0];
      if (!chosen) {
        output.textContent = data.noFile;
        return;
      }
      var type = /\.(geo)?json$/i.test(chosen.name) ? 'application/geo+json' : 'text/csv';
      var xhr = new XMLHttpRequest();
      xhr.open('POST', data.action);
      var headers = Truce.csrf({ 'Content-Type': type, Accept: 'application/json, application/problem+json' });
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      progress.hidden = false;
      progress.value = 0;
      output.textContent = data.sending.replace('{n}', '0');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(e.loaded / e.total * 100);
          progress.value = percent;
          output.textContent = data.sending.replace('{n}', String(percent));
          importForm.dataset.progressSeen = String(percent);
        }
      });
      xhr.upload.addEventListener('load', function () {
        progress.value = 100;
        output.textContent = data.checking;
      });
      xhr.addEventListener('load', function () {
        var json = null;
        try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
        progress.value = 100;
        if (xhr.status === 201 && json) {
          output.textContent = data.done.replace('{n}', String(json.nominated));
          importForm.dataset.imported = String(json.nominated);
          importForm.dataset.ids = (json.ids || []).join(' ');
        } else {
          output.textContent = '';
          importForm.dataset.refused = String(xhr.status);
          Truce.showProblems(importForm, Truce.problems({ status: xhr.status, json: json }));
        }
      });
      xhr.addEventListener('error', function () {
        output.textContent = data.networkError;
      });
      xhr.send(chosen);
    });
  }
})();
