// The ledger page: the latest checkpoint, its signature and cosignatures checked here in the
// browser (ledger-proof.js), and the entries of an agreement found among the records the reader
// may see.
(function () {
  'use strict';
  var Truce = window.Truce;
  var panel = document.getElementById('checkpoint-panel');
  if (!panel) {
    return;
  }
  var t = panel.dataset;

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function formatTime(iso) {
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
        dateStyle: 'medium', timeStyle: 'medium', timeZone: document.body.dataset.timeZone || 'UTC'
      }).format(new Date(iso)) + ' (' + (document.body.dataset.timeZone || 'UTC') + ')';
    } catch (e) {
      return iso;
    }
  }

  function mark(el, state, message) {
    el.textContent = message;
    el.dataset.state = state;
    el.className = 'inclusion-status state-' + state;
  }

  Truce.ledgerCheckpoint().then(function (state) {
    var checkpoint = state.checkpoint;
    text('checkpoint-origin', checkpoint.origin);
    text('checkpoint-size', String(checkpoint.size));
    text('checkpoint-root', checkpoint.rootHash);
    var issued = document.getElementById('checkpoint-issued');
    issued.textContent = formatTime(checkpoint.issuedAt);
    issued.setAttribute('datetime', checkpoint.issuedAt);
    text('checkpoint-note', checkpoint.note);
    text('log-vkey', state.publicKey.vkey);
    text('log-pem', state.publicKey.pem);
    panel.dataset.size = String(checkpoint.size);
    var verified = document.getElementById('checkpoint-verified');
    if (state.signed === null) {
      mark(verified, 'unsupported', t.tUnsupported);
    } else {
      mark(verified, state.signed ? 'verified' : 'failed', state.signed ? t.tVerified : t.tFailed);
    }

    var body = document.querySelector('#cosignatures tbody');
    document.getElementById('no-cosignatures').hidden = checkpoint.cosignatures.length > 0;
    document.getElementById('cosignatures').hidden = checkpoint.cosignatures.length === 0;
    checkpoint.cosignatures.forEach(function (cosignature) {
      var row = document.createElement('tr');
      row.dataset.cosigner = cosignature.cosigner;
      [cosignature.cosigner, cosignature.vkey, formatTime(cosignature.time)].forEach(function (value, i) {
        var cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 1) {
          var code = document.createElement('code');
          code.className = 'hash';
          code.textContent = value;
          cell.appendChild(code);
        } else {
          cell.textContent = value;
        }
        row.appendChild(cell);
      });
      var result = document.createElement('td');
      result.textContent = '…';
      row.appendChild(result);
      body.appendChild(row);
      if (!Truce.ledgerCrypto.available) {
        mark(result, 'unsupported', t.tUnsupported);
        return;
      }
      Truce.ledgerCrypto.verifyCosignature(checkpoint.note, cosignature.vkey).then(function (ok) {
        mark(result, ok ? 'verified' : 'failed', ok ? t.tCosigned : t.tCosignFailed);
      }, function () { mark(result, 'failed', t.tCosignFailed); });
    });
  }).catch(function () {
    mark(document.getElementById('checkpoint-verified'), 'unavailable', t.tUnavailable);
  });

  var scan = document.getElementById('lookup-scan');
  if (scan) {
    var status = scan.querySelector('[data-role="scan-status"]');
    var results = scan.querySelector('[data-role="scan-results"]');
    var prototype = scan.querySelector('[data-inclusion-prototype] [data-ledger-inclusion]');
    Truce.findEntries(scan.dataset.subject, function (done, size) {
      status.textContent = scan.dataset.tScanning.replace('{n}', String(done)).replace('{size}', String(size));
    }).then(function (records) {
      status.textContent = scan.dataset.tFound.replace('{n}', String(records.length));
      scan.dataset.found = String(records.length);
      records.forEach(function (record) {
        var el = prototype.cloneNode(true);
        el.id = 'seq-' + record.seq;
        el.dataset.seq = String(record.seq);
        el.querySelector('[data-role="seq"]').textContent = '#' + record.seq;
        el.querySelector('[data-role="action"]').textContent = record.action;
        el.querySelector('[data-role="proof-link"]').href = '/api/ledger/proof/inclusion?index=' + record.seq;
        el.querySelector('[data-role="entry-link"]').href = '/api/ledger/entries?start=' + record.seq + '&end=' + (record.seq + 1);
        el.querySelector('[data-role="record-link"]').href = '/api/ledger/records/' + record.seq;
        results.appendChild(el);
        Truce.checkInclusion(el);
      });
    }).catch(function () {
      status.textContent = panel.dataset.tUnavailable;
    });
  }
})();
