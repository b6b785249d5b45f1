// The report form: the place by a click on the map (a marker; the coordinates stay editable) or a
// search of the gazetteer, the time read in the zone chosen, evidence uploaded first (each file's
// SHA-256 goes into the report), and the report sent to POST /api/reports (api.js shows refusals).
(function () {
  'use strict';
  var Truce = window.Truce;
  var form = document.getElementById('report-form');
  var container = document.getElementById('report-map');
  if (!form || !container || !window.L) {
    return;
  }
  var map = Truce.baseMap(container, {});
  Truce.reportMap = map;
  var latitude = document.getElementById('where-latitude');
  var longitude = document.getElementById('where-longitude');
  var picker = Truce.geometryPicker(map, { latitude: latitude, longitude: longitude });
  var zone = document.getElementById('when-zone');

  // ---- the time: an instant read in the zone chosen, or a local date with its precision ----

  var precision = document.getElementById('when-precision');
  function showWhen() {
    var exact = precision.value === 'exact';
    form.querySelectorAll('[data-exact-field]').forEach(function (el) { el.hidden = !exact; });
    form.querySelectorAll('[data-date-field]').forEach(function (el) { el.hidden = exact; });
  }
  precision.addEventListener('change', showWhen);
  showWhen();

  /** Milliseconds the zone's wall clock is ahead of UTC at the instant. */
  function offsetAt(utcMillis, timeZone) {
    var parts = new Intl.DateTimeFormat('en-US', {
      timeZone: timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit'
    }).formatToParts(new Date(utcMillis));
    var v = {};
    parts.forEach(function (p) { v[p.type] = p.value; });
    var wall = Date.UTC(Number(v.year), Number(v.month) - 1, Number(v.day), Number(v.hour) % 24, Number(v.minute), Number(v.second));
    return wall - Math.floor(utcMillis / 1000) * 1000;
  }

  /** '2025-03-21T14:05' on the wall clocks of the zone, as an ISO-8601 instant. */
  Truce.zonedToInstant = function (local, timeZone) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
    if (!m) {
      return local;
    }
    var wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] || 0));
    var first = wall - offsetAt(wall, timeZone);
    return new Date(wall - offsetAt(first, timeZone)).toISOString();
  };

  // ---- who makes the claim ----

  var sourceKind = document.getElementById('source-kind');
  function showSource() {
    form.querySelectorAll('[data-party-field]').forEach(function (el) { el.hidden = sourceKind.value !== 'party'; });
  }
  sourceKind.addEventListener('change', showSource);
  showSource();

  // ---- the gazetteer ----

  var query = document.getElementById('place-query');
  var results = document.getElementById('place-results');
  var ZOOM = { site: 11, town: 10, district: 9, region: 7 };

  function choose(place) {
    picker.setPoint(place.latitude, place.longitude);
    map.setView([place.latitude, place.longitude], ZOOM[place.precision] || 9);
    document.getElementById('where-precision').value = place.precision;
    document.getElementById('where-place').value = place.name;
    var country = document.getElementById('where-country');
    if (country.querySelector('option[value="' + place.country + '"]')) {
      country.value = place.country;
    }
    if (place.zone) {
      if (!zone.querySelector('option[value="' + place.zone + '"]')) {
        var option = document.createElement('option');
        option.value = place.zone;
        option.textContent = place.zone;
        zone.appendChild(option);
      }
      zone.value = place.zone;
    }
    results.textContent = '';
    form.dataset.placeChosen = place.name;
  }

  function search() {
    var text = query.value.trim();
    if (!text) {
      return;
    }
    results.textContent = '';
    fetch('/api/places?limit=8&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (places) {
        if (!places.length) {
          var none = document.createElement('li');
          none.className = 'muted';
          none.textContent = results.dataset.none;
          results.appendChild(none);
          return;
        }
        places.forEach(function (place) {
          var item = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'link';
          button.dataset.place = place.name;
          var kind = results.dataset['p' + place.precision.charAt(0).toUpperCase() + place.precision.slice(1)];
          button.textContent = place.name + (place.regionName ? ' — ' + place.regionName : '') + ', ' + place.country
            + (kind ? ' · ' + kind : '');
          button.dataset.precision = place.precision;
          button.addEventListener('click', function () { choose(place); });
          item.appendChild(button);
          results.appendChild(item);
        });
      })
      .catch(function () { results.textContent = results.dataset.failed; });
  }
  document.getElementById('place-search').addEventListener('click', search);
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });

  // ---- evidence files: uploaded first, by content hash ----

  var uploaded = [];
  var fileInput = document.getElementById('evidence-file');
  var uploadButton = document.getElementById('evidence-upload');
  var list = document.getElementById('evidence-list');
  var evidenceStatus = document.getElementById('evidence-status');
  var evidenceSlot = form.querySelector('[data-error-for="evidence"]');

  function showUploaded() {
    list.textContent = '';
    uploaded.forEach(function (file, index) {
      var item = document.createElement('li');
      item.dataset.sha256 = file.sha256;
      var name = document.createElement('span');
      name.textContent = file.name + ' (' + file.mediaType + ', ' + file.sizeBytes + ' B): ';
      var hash = document.createElement('code');
      hash.className = 'hash';
      hash.textContent = file.sha256;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link';
      remove.textContent = '×';
      remove.title = list.dataset.remove || '';
      remove.setAttribute('aria-label', list.dataset.remove || '');
      remove.addEventListener('click', function () { uploaded.splice(index, 1); showUploaded(); });
      item.appendChild(name);
      item.appendChild(hash);
      item.appendChild(remove);
      list.appendChild(item);
    });
    form.dataset.evidence = String(uploaded.length);
  }

  uploadButton.addEventListener('click', function () {
    var files = Array.prototype.slice.call(fileInput.files);
    evidenceSlot.hidden = true;
    if (!files.length) {
      evidenceStatus.textContent = uploadButton.dataset.noFile;
      return;
    }
    evidenceStatus.textContent = uploadButton.dataset.uploading;
    uploadButton.disabled = true;
    files.reduce(function (previous, file) {
      return previous.then(function () {
        var body = new FormData();
        body.append('file', file);
        return Truce.request('POST', '/api/evidence', body).then(function (result) {
          if (result.ok) {
            if (!uploaded.some(function (u) { return u.sha256 === result.json.sha256; })) {
              uploaded.push({ name: file.name, sha256: result.json.sha256, sizeBytes: result.json.sizeBytes,
                mediaType: result.json.mediaType });
            }
          } else {
            var problem = Truce.problems(result)[0];
            evidenceSlot.textContent = file.name + ': ' + Truce.translateReason(form, problem.reason);
            evidenceSlot.hidden = false;
          }
        });
      });
    }, Promise.resolve()).then(function () {
      uploadButton.disabled = false;
      evidenceStatus.textContent = '';
      fileInput.value = '';
      showUploaded();
    });
  });

  // ---- the report as the API reads it ----

  form.truceBeforeSend = function (body) {
    body.when = body.when || {};
    if (precision.value === 'exact') {
      delete body.when.date;
      var local = document.getElementById('when-local').value;
      if (local) {
        body.when.instant = Truce.zonedToInstant(local, zone.value);
      }
      // the zone served to read the wall-clock time; the instant needs none
      delete body.when.timeZone;
    }
    if (uploaded.length) {
      body.evidence = uploaded.map(function (u) { return u.sha256; });
    }
    if (body.source && body.source.kind !== 'party') {
      delete body.source.party;
    }
    return body;
  };
})();
