// Calls to the API from the pages, with the session's CSRF token, and the API's refusals shown
// next to the fields they name. A problem document (RFC 9457) lists errors[{field, reason}]; a
// field such as 'where.latitude' or 'row 3: latitude' is shown at the element whose
// data-error-for names it, or the nearest one up its path, or else in the form's summary.
(function () {
  'use strict';
  var Truce = window.Truce = window.Truce || {};

  Truce.csrf = function (headers) {
    headers = headers || {};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  };

  /** method, url, body (an object is sent as JSON; a Blob, File or FormData as it is) → {status, ok, json}. */
  Truce.request = function (method, url, body, headers) {
    var options = { method: method, credentials: 'same-origin', headers: Truce.csrf(headers || {}) };
    options.headers.Accept = options.headers.Accept || 'application/json, application/problem+json';
    if (body !== undefined && body !== null) {
      if (body instanceof Blob || body instanceof FormData) {
        options.body = body;
      } else {
        options.headers['Content-Type'] = 'application/json';
        options.body = JSON.stringify(body);
      }
    }
    return fetch(url, options).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: response.status, ok: response.ok, json: json, text: text };
      });
    });
  };

  /** The problems of a refusal as [{field, reason}]. */
  Truce.problems = function (result) {
    var problem = result.json || {};
    if (Array.isArray(problem.errors) && problem.errors.length) {
      return problem.errors;
    }
    return [{ field: problem.field || null, reason: problem.detail || problem.title || ('HTTP ' + result.status) }];
  };

  function reasonTable(form) {
    try { return JSON.parse((form && form.dataset.reasons) || '[]'); } catch (e) { return []; }
  }

  /** The reason in the reader's language when the form knows it, else as the server wrote it. */
  Truce.translateReason = function (form, reason) {
    var table = reasonTable(form);
    for (var i = 0; i < table.length; i++) {
      var match = new RegExp(table[i].pattern).exec(reason || '');
      if (match) {
        return table[i].text.replace(/\{(\d)\}/g, function (all, n) {
          return match[Number(n) + 1] !== undefined ? match[Number(n) + 1] : '';
        });
      }
    }
    return reason;
  };

  /** 'where.latitude', 'evidence[2]', 'row 3: latitude' → the paths to try, most precise first. */
  function candidates(field) {
    var paths = [];
    var path = String(field || '').replace(/^row \d+: /, '');
    while (path) {
      paths.push(path);
      var shorter = path.replace(/(\[\d+\]|\.[^.\[]+)$/, '');
      if (shorter === path) { break; }
      path = shorter;
    }
    return paths;
  }

  Truce.clearProblems = function (form) {
    form.querySelectorAll('[data-error-for]').forEach(function (slot) {
      slot.textContent = '';
      slot.hidden = true;
    });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    var summary = form.querySelector('[data-error-summary]');
    if (summary) {
      summary.hidden = true;
      var list = summary.querySelector('ul');
      if (list) { list.textContent = ''; }
    }
  };

  /** Shows each problem next to its field (the summary lists what has no place of its own, and rows). */
  Truce.showProblems = function (form, problems) {
    Truce.clearProblems(form);
    var summary = form.querySelector('[data-error-summary]');
    var first = null;
    problems.forEach(function (problem) {
      var text = Truce.translateReason(form, problem.reason);
      var slot = null;
      var isRow = /^row \d+: /.test(problem.field || '');
      candidates(problem.field).some(function (path) {
        slot = form.querySelector('[data-error-for="' + path.replace(/"/g, '') + '"]');
        return slot;
      });
      if (slot && !isRow) {
        var item = document.createElement('span');
        item.textContent = text;
        item.title = problem.reason || '';
        if (slot.textContent) { slot.appendChild(document.createTextNode(' ')); }
        slot.appendChild(item);
        slot.hidden = false;
        var input = form.querySelector('[data-field="' + slot.dataset.errorFor + '"]')
          || form.querySelector('[name="' + slot.dataset.errorFor + '"]');
        if (input) {
          input.setAttribute('aria-invalid', 'true');
          first = first || input;
        }
      } else if (summary) {
        var line = document.createElement('li');
        line.textContent = (problem.field ? problem.field + ': ' : '') + text;
        line.dataset.field = problem.field || '';
        summary.querySelector('ul').appendChild(line);
        summary.hidden = false;
      }
    });
    if (first && first.focus) {
      first.focus();
    } else if (summary && !summary.hidden) {
      summary.scrollIntoView({ block: 'nearest' });
    }
  };

  function setPath(target, path, value) {
    var parts = path.split('.');
    var node = target;
    for (var i = 0; i < parts.length - 1; i++) {
      node[parts[i]] = node[parts[i]] || {};
      node = node[parts[i]];
    }
    node[parts[parts.length - 1]] = value;
  }

  /** The form's named fields as nested JSON by their dotted names; empty fields are left out. */
  Truce.formJson = function (form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || input.disabled || input.dataset.skip !== undefined || input.type === 'file'
          || input.type === 'submit' || input.type === 'button') {
        return;
      }
      var value;
      if (input.type === 'checkbox') {
        value = input.checked;
      } else if (input.type === 'radio') {
        if (!input.checked) { return; }
        value = input.value;
      } else {
        value = input.value.trim();
        if (value === '') { return; }
        if (input.type === 'number' || input.dataset.number !== undefined) {
          var number = Number(value);
          value = isNaN(number) ? value : number;
        }
      }
      setPath(body, input.name, value);
    });
    return body;
  };

  /**
   * Forms that write through the API: data-api-form, data-action (the URL), data-method (POST),
   * data-then ('reload', or a page URL in which {id} is the answer's id). Their fields are sent as
   * JSON (Truce.formJson); a form may add to the body with Truce.beforeSend(form, body).
   */
  function bind(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = Truce.formJson(form);
      if (form.truceBeforeSend) {
        body = form.truceBeforeSend(body);
      }
      var button = form.querySelector('[type="submit"]');
      if (button) { button.disabled = true; }
      form.dataset.busy = 'true';
      Truce.request(form.dataset.method || 'POST', form.dataset.action, body).then(function (result) {
        if (button) { button.disabled = false; }
        delete form.dataset.busy;
        if (!result.ok) {
          form.dataset.refused = String(result.status);
          Truce.showProblems(form, Truce.problems(result));
          return;
        }
        delete form.dataset.refused;
        var then = form.dataset.then || 'reload';
        if (then === 'reload') {
          window.location.reload();
        } else {
          window.location.href = then.replace('{id}', encodeURIComponent((result.json && result.json.id) || ''));
        }
      }).catch(function () {
        if (button) { button.disabled = false; }
        delete form.dataset.busy;
        Truce.showProblems(form, [{ field: null, reason: form.dataset.networkError || 'network error' }]);
      });
    });
  }

  function ready() {
    document.querySelectorAll('form[data-api-form]').forEach(bind);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
