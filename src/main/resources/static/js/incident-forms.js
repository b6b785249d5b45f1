// The incident page's forms: a list field (data-lists="evidence") is sent as the lines of its
// text area, and a time field (data-instants="deadline") as the instant the browser reads in
// its own zone. api.js sends the rest and shows the refusals next to the fields.
(function () {
  'use strict';
  document.querySelectorAll('form[data-api-form]').forEach(function (form) {
    var lists = (form.dataset.lists || '').split(/\s+/).filter(Boolean);
    var instants = (form.dataset.instants || '').split(/\s+/).filter(Boolean);
    form.truceBeforeSend = function (body) {
      lists.forEach(function (name) {
        var text = body[name];
        body[name] = typeof text === 'string' ? text.split(/[\s,]+/).filter(Boolean) : [];
      });
      instants.forEach(function (name) {
        if (typeof body[name] === 'string') {
          var at = new Date(body[name]);
          if (!isNaN(at.getTime())) { body[name] = at.toISOString(); }
        }
      });
      return body;
    };
  });
})();
