// Checking the ledger in the browser, with the browser's own cryptography (WebCrypto): the latest
// checkpoint's signature by the log's Ed25519 key (C2SP signed note), the cosignatures
// (C2SP cosignature/v1), and an entry's inclusion in the signed tree (RFC 9162 proof over
// RFC 6962 hashes). Nothing here trusts the server's own word that something verifies.
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};
  var subtle = window.crypto && window.crypto.subtle;
  var encoder = new TextEncoder();

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }

  function fromBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes;
  }

  function concat(parts) {
    var length = parts.reduce(function (n, p) { return n + p.length; }, 0);
    var out = new Uint8Array(length);
    var at = 0;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }

  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }

  function sha256(bytes) {
    return subtle.digest('SHA-256', bytes).then(function (d) { return new Uint8Array(d); });
  }

  function ed25519Verify(publicKey, signature, message) {
    return subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']).then(function (key) {
      return subtle.verify({ name: 'Ed25519' }, key, signature, message);
    });
  }

  /** A verifier key name+hex+base64(type ‖ key) → {name, keyId (4 bytes), type, key}. */
  function parseVkey(vkey) {
    var first = vkey.indexOf('+');
    var second = vkey.indexOf('+', first + 1);
    var material = fromBase64(vkey.substring(second + 1));
    var hex = vkey.substring(first + 1, second);
    var keyId = new Uint8Array(4);
    for (var i = 0; i < 4; i++) { keyId[i] = parseInt(hex.substr(i * 2, 2), 16); }
    return { name: vkey.substring(0, first), keyId: keyId, type: material[0], key: material.slice(1) };
  }

  /** A signed note → {text, lines: [{name, keyId, payload}]}; the last blank line separates them. */
  function parseNote(note) {
    var split = note.lastIndexOf('\n\n');
    var text = note.substring(0, split + 1);
    var lines = note.substring(split + 2).split('\n').filter(function (l) { return l.length; }).map(function (line) {
      var rest = line.replace(/^\u2014 /, '');
      var space = rest.indexOf(' ');
      var raw = fromBase64(rest.substring(space + 1));
      return { name: rest.substring(0, space), keyId: raw.slice(0, 4), payload: raw.slice(4) };
    });
    return { text: text, lines: lines };
  }

  function lineOf(note, key) {
    return note.lines.find(function (l) { return l.name === key.name && equal(l.keyId, key.keyId); });
  }

  Truce.ledgerCrypto = { available: !!(subtle && window.TextEncoder) };

  /** Whether the log's key signed the note's text. */
  Truce.ledgerCrypto.verifyNote = function (noteText, vkey) {
    var note = parseNote(noteText);
    var key = parseVkey(vkey);
    var line = lineOf(note, key);
    if (!line || key.type !== 1) { return Promise.resolve(false); }
    return ed25519Verify(key.key, line.payload, encoder.encode(note.text));
  };

  /** Whether the cosigner's key cosigned the note's text (cosignature/v1: time ‖ signature). */
  Truce.ledgerCrypto.verifyCosignature = function (noteText, vkey) {
    var note = parseNote(noteText);
    var key = parseVkey(vkey);
    var line = lineOf(note, key);
    if (!line || key.type !== 4 || line.payload.length !== 72) { return Promise.resolve(false); }
    var view = new DataView(line.payload.buffer, line.payload.byteOffset, 8);
    var seconds = view.getUint32(0) * 4294967296 + view.getUint32(4);
    var message = encoder.encode('cosignature/v1\ntime ' + seconds + '\n' + note.text);
    return ed25519Verify(key.key, line.payload.slice(8), message);
  };

  /** RFC 6962 leaf hash of an entry's body: SHA-256(0x00 ‖ body). */
  Truce.ledgerCrypto.leafHash = function (body) {
    return sha256(concat([new Uint8Array([0]), encoder.encode(body)]));
  };

  /** RFC 9162 §2.1.3.2: whether the proof leads from the leaf at index to the root of the tree of size. */
  Truce.ledgerCrypto.verifyInclusion = function (leaf, index, size, proof, root) {
    if (index >= size) { return Promise.resolve(false); }
    var fn = index;
    var sn = size - 1;
    var chain = Promise.resolve(leaf);
    var ok = true;
    proof.forEach(function (sibling) {
      chain = chain.then(function (r) {
        if (sn === 0) { ok = false; return r; }
        var next;
        if (fn % 2 === 1 || fn === sn) {
          next = sha256(concat([new Uint8Array([1]), sibling, r]));
          if (fn % 2 === 0) {
            while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
          }
        } else {
          next = sha256(concat([new Uint8Array([1]), r, sibling]));
        }
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
        return next;
      });
    });
    return chain.then(function (r) { return ok && sn === 0 && equal(r, root); });
  };

  /** The latest checkpoint and the log's key, the note's signature checked: {checkpoint, publicKey, signed}. */
  /** A checkpoint the page asks for by its size (data-checkpoint-size), else null for the latest. */
  function fixedSize() {
    var panel = document.getElementById('checkpoint-panel');
    return panel && panel.dataset.checkpointSize ? panel.dataset.checkpointSize : null;
  }

  Truce.ledgerCheckpoint = function () {
    if (!Truce.ledgerCheckpoint.pending) {
      var url = '/api/ledger/checkpoint' + (fixedSize() ? '?size=' + encodeURIComponent(fixedSize()) : '');
      Truce.ledgerCheckpoint.pending = Promise.all([getJson(url), getJson('/api/ledger/public-key')])
        .then(function (both) {
          var checkpoint = both[0];
          var publicKey = both[1];
          var lines = checkpoint.note.split('\n');
          var consistent = lines[1] === String(checkpoint.size) && lines[2] === checkpoint.rootHash;
          if (!Truce.ledgerCrypto.available) {
            return { checkpoint: checkpoint, publicKey: publicKey, signed: null };
          }
          return Truce.ledgerCrypto.verifyNote(checkpoint.note, publicKey.vkey).then(function (signed) {
            return { checkpoint: checkpoint, publicKey: publicKey, signed: signed && consistent };
          }, function () {
            return { checkpoint: checkpoint, publicKey: publicKey, signed: null };
          });
        });
    }
    return Truce.ledgerCheckpoint.pending;
  };

  function role(el, name) {
    return el.querySelector('[data-role="' + name + '"]');
  }

  function say(el, state, text) {
    el.dataset.state = state;
    var status = role(el, 'status');
    status.textContent = text;
    status.className = 'inclusion-status state-' + state;
  }

  /** Fills an element made from the template ledger/fragments :: inclusion. */
  Truce.checkInclusion = function (el, attempt) {
    var seq = Number(el.dataset.seq);
    var t = el.dataset;
    if (!Truce.ledgerCrypto.available) {
      say(el, 'unsupported', t.tUnsupported);
      return;
    }
    Truce.ledgerCheckpoint().then(function (state) {
      var size = state.checkpoint.size;
      if (seq >= size) {
        say(el, 'pending', t.tPending.replace('{size}', String(size)));
        if (!fixedSize() && (attempt || 0) < 12) {
          // the log signs a new checkpoint every few seconds once it grew
          setTimeout(function () {
            Truce.ledgerCheckpoint.pending = null;
            Truce.checkInclusion(el, (attempt || 0) + 1);
          }, 5000);
        }
        return null;
      }
      role(el, 'proof-link').href = '/api/ledger/proof/inclusion?index=' + seq + '&size=' + size;
      return Promise.all([getJson('/api/ledger/entries?start=' + seq + '&end=' + (seq + 1)),
        getJson('/api/ledger/proof/inclusion?index=' + seq + '&size=' + size)]).then(function (both) {
        var entry = both[0][0];
        var proof = both[1];
        role(el, 'body').textContent = entry.body;
        role(el, 'proof').textContent = JSON.stringify(proof, null, 2);
        try {
          var action = JSON.parse(entry.body).public.action;
          if (action) { role(el, 'action').textContent = action; }
        } catch (e) { /* a confidential entry names no action */ }
        return Truce.ledgerCrypto.leafHash(entry.body).then(function (leaf) {
          if (!equal(leaf, fromBase64(entry.leafHash)) || !equal(leaf, fromBase64(proof.leafHash))) {
            return false;
          }
          return Truce.ledgerCrypto.verifyInclusion(leaf, seq, size, proof.hashes.map(fromBase64),
            fromBase64(state.checkpoint.rootHash));
        }).then(function (included) {
          var ok = included && state.signed === true;
          say(el, ok ? 'verified' : 'failed', ok ? t.tVerified.replace('{size}', String(size)) : t.tFailed);
        });
      });
    }).catch(function () {
      say(el, 'unavailable', t.tUnavailable);
    });
  };

  /** The entries whose record the viewer may see and whose subject is the id: scanned page by page. */
  Truce.findEntries = function (subject, onProgress) {
    return Truce.ledgerCheckpoint().then(function (state) {
      var size = state.checkpoint.size;
      var found = [];
      function page(start) {
        if (start >= size) { return Promise.resolve(found); }
        var end = Math.min(size, start + 1000);
        return getJson('/api/ledger/records?start=' + start + '&end=' + end).then(function (records) {
          records.forEach(function (r) { if (r.subject === subject) { found.push(r); } });
          if (onProgress) { onProgress(end, size); }
          return page(end);
        });
      }
      return page(0);
    });
  };

  function ready() {
    document.querySelectorAll('[data-ledger-inclusion][data-seq]').forEach(function (el) {
      if (el.dataset.seq !== '') { Truce.checkInclusion(el); }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
