// The lobby: a countdown on the server's clock, resynced by a cheap poll (no SQL behind it).
(function () {
  'use strict';
  var root = document.querySelector('[data-lobby]');
  var countdown = document.getElementById('countdown');
  var serverTime = document.getElementById('server-time');
  var start = document.getElementById('start');
  var api = '/api/exams/' + root.dataset.examId + '/lobby';
  var opensAt = Date.parse(root.dataset.opensAt);
  var state = root.dataset.state;
  var skew = Date.parse(root.dataset.serverTime) - Date.now();
  var polling = null;

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function show() {
    var now = Date.now() + skew;
    serverTime.textContent = new Date(now).toLocaleTimeString();
    var left = Math.ceil((opensAt - now) / 1000);
    if (state === 'OPEN') {
      countdown.textContent = 'The exam is open.';
    } else if (state === 'CLOSED') {
      countdown.textContent = 'The exam has closed.';
    } else if (left > 0) {
      var h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
      countdown.textContent = 'Starts in ' + (h > 0 ? h + ':' + pad(m) : m) + ':' + pad(s);
    } else if (!polling) {
      countdown.textContent = 'Opening…';
      // Everyone reaches zero together: spread the confirming polls over three seconds.
      polling = setTimeout(poll, 500 + Math.random() * 3000);
    }
    start.disabled = state !== 'OPEN';
  }

  function poll() {
    fetch(api, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (lobby) {
        skew = Date.parse(lobby.serverTime) - Date.now();
        opensAt = Date.parse(lobby.opensAt);
        state = lobby.state;
      })
      .catch(function () { /* the next poll resyncs */ })
      .then(function () { polling = null; show(); });
  }

  show();
  setInterval(show, 1000);
  setInterval(poll, 30000);
})();
