// Every page: the CSRF token on htmx requests, the reader's time zone, the header's zone switch.
(function () {
  'use strict';
  var ZONE_COOKIE = 'truce-tz';

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? match[1] : null;
  }

  // htmx requests are cookie-authenticated like forms, so they carry the token as forms do
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function ready() {
    // the zone the browser reports, remembered once; the page is drawn again in it if it differs
    if (!cookie(ZONE_COOKIE) && window.Intl && Intl.DateTimeFormat) {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && /^[A-Za-z0-9_+\-\/]+$/.test(zone)) {
        document.cookie = ZONE_COOKIE + '=' + zone + '; path=/; max-age=31536000; samesite=lax';
        if (cookie(ZONE_COOKIE) === zone && zone !== document.body.dataset.timeZone) {
          window.location.reload();
          return;
        }
      }
    }
    document.querySelectorAll('select[data-auto-submit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    document.body.dataset.ready = 'true';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
