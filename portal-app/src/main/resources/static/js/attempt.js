// The attempt page: a timer on the server's deadline, resynced from every API reply, and autosave through the
// JSON API with revisions (on change and every autosave period), with a visible indicator that warns and retries.
(function () {
  'use strict';
  var root = document.querySelector('[data-attempt-id]');
  var api = '/api/attempts/' + root.dataset.attemptId;
  var resultUrl = root.dataset.resultUrl;
  var timer = document.getElementById('timer');
  var indicator = document.getElementById('autosave');
  var notice = document.getElementById('notice');
  var submitForm = document.getElementById('submit-form');
  var deadline = Date.parse(root.dataset.deadline);
  var skew = Date.parse(root.dataset.serverTime) - Date.now();
  var failures = 0;
  var retry = null;
  var closed = false;
  var timeIsUp = false;

  var questions = Array.prototype.map.call(document.querySelectorAll('.question'), function (el) {
    return { el: el, id: el.dataset.questionId, kind: el.dataset.kind, revision: Number(el.dataset.revision),
             dirty: false, saving: null, debounce: null };
  });

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function resync(reply) {
    if (reply && reply.deadline) { deadline = Date.parse(reply.deadline); }
    if (reply && reply.serverTime) { skew = Date.parse(reply.serverTime) - Date.now(); }
  }

  function tick() {
    var left = Math.max(0, Math.floor((deadline - (Date.now() + skew)) / 1000));
    var h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
    timer.textContent = (h > 0 ? h + ':' + pad(m) : m) + ':' + pad(s);
    timer.classList.toggle('soon', left <= 300);
    if (left === 0 && !closed && !timeIsUp) { timeUp(); }
  }

  function indicate(state, text) {
    indicator.className = 'autosave ' + state;
    indicator.textContent = text;
  }

  function warn(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function valueOf(q) {
    if (q.kind === 'SINGLE_CHOICE') {
      var chosen = q.el.querySelector('input:checked');
      return chosen ? Number(chosen.value) : null;
    }
    if (q.kind === 'MULTIPLE_CHOICE') {
      return Array.prototype.map.call(q.el.querySelectorAll('input:checked'), function (i) { return Number(i.value); });
    }
    if (q.kind === 'NUMERIC') {
      var typed = q.el.querySelector('input').value.trim();
      return typed === '' || isNaN(Number(typed)) ? null : Number(typed);
    }
    return q.el.querySelector('textarea').value;
  }

  function pending() {
    return questions.some(function (q) { return q.dirty || q.saving; });
  }

  function answerCall(method, url, body) {
    return fetch(url, {
      method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) { return { status: r.status, body: json }; });
    });
  }

  // One save per question at a time; a change during a save is saved next with a newer revision.
  function save(q) {
    if (q.saving) { return q.saving; }
    var value = valueOf(q);
    q.dirty = false;
    if (value === null) { return Promise.resolve(); }
    var revision = q.revision + 1;
    q.saving = answerCall('PUT', api + '/answers/' + q.id, { revision: revision, value: value })
      .then(function (reply) {
        if (reply.status === 200) {
          q.revision = revision;
          resync(reply.body);
          return;
        }
        if (reply.status === 409 && reply.body.code === 'stale-revision') {
          q.revision = reply.body.currentRevision;
          warn('Question ' + q.el.querySelector('h2').textContent
               + ' was changed in another window. Reload this page to see the newer answer.');
          return;
        }
        if (reply.status === 409 && (reply.body.code === 'deadline-passed' || reply.body.code === 'attempt-closed')) {
          close(reply.body.detail);
          return;
        }
        if (reply.status === 400) {
          warn(reply.body.detail || 'That answer could not be saved.');
          return;
        }
        q.dirty = true;
        throw new Error(reply.status === 401 ? 'you are signed out; sign in again in another tab'
                                             : (reply.body.detail || 'the server answered ' + reply.status));
      }, function () {
        q.dirty = true;
        throw new Error('no connection');
      })
      .then(function () { q.saving = null; }, function (e) { q.saving = null; throw e; });
    return q.saving;
  }

  // Saves every changed answer; true when all are saved. On failure it warns and retries with a backoff.
  function flush() {
    clearTimeout(retry);
    if (!pending()) { return Promise.resolve(true); }
    indicate('saving', 'Saving…');
    return Promise.all(questions.map(function (q) {
      return (q.saving || Promise.resolve()).catch(function () {}).then(function () {
        return q.dirty ? save(q) : undefined;
      });
    })).then(function () {
      failures = 0;
      if (pending()) { return flush(); }
      indicate('saved', 'All answers saved ' + new Date().toLocaleTimeString());
      return true;
    }, function (e) {
      failures += 1;
      indicate('failed', 'Not saved: ' + e.message + '. Retrying…');
      retry = setTimeout(flush, Math.min(30000, 2000 * Math.pow(2, failures - 1)));
      return false;
    });
  }

  function changed(q, immediately) {
    if (closed) { return; }
    q.dirty = true;
    indicate('dirty', 'Unsaved changes');
    clearTimeout(q.debounce);
    q.debounce = setTimeout(flush, immediately ? 0 : 1500);
  }

  questions.forEach(function (q) {
    q.el.addEventListener('change', function () { changed(q, true); });
    q.el.addEventListener('input', function (e) { if (e.target.type !== 'radio' && e.target.type !== 'checkbox') { changed(q, false); } });
  });

  // The periodic save; with nothing to save, a cheap read keeps the timer in step (a proctor may extend it).
  setInterval(function () {
    if (closed) { return; }
    if (pending()) { flush(); return; }
    answerCall('GET', api).then(function (reply) {
      if (reply.status !== 200) { return; }
      resync(reply.body);
      if (reply.body.status !== 'IN_PROGRESS') { close('This attempt has been submitted.'); }
    }, function () { /* the next period tries again */ });
  }, Number(root.dataset.autosaveSeconds) * 1000);

  function close(message) {
    closed = true;
    questions.forEach(function (q) { q.dirty = false; });
    document.querySelectorAll('.question input, .question textarea').forEach(function (i) { i.disabled = true; });
    warn(message + ' ');
    var link = document.createElement('a');
    link.href = resultUrl;
    link.textContent = 'See your result';
    notice.appendChild(link);
  }

  function submitNow() {
    closed = true;
    submitForm.submit();
  }

  // At zero the page saves what it has (the server still accepts it within its grace period) and submits.
  function timeUp() {
    timeIsUp = true;
    indicate('saving', 'Time is up: saving and submitting…');
    // Disabled inputs still tell their values to the last save.
    document.querySelectorAll('.question input, .question textarea').forEach(function (i) { i.disabled = true; });
    flush().then(submitNow);
  }

  document.querySelectorAll('a.nav-page').forEach(function (link) {
    link.addEventListener('click', function (e) {
      e.preventDefault();
      flush().then(function (saved) {
        if (saved || confirm('Some answers are not saved yet. Leave this page anyway?')) {
          closed = true;
          location.href = link.href;
        }
      });
    });
  });

  submitForm.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!confirm('Submit your answers now? You cannot change them afterwards.')) { return; }
    flush().then(function (saved) {
      if (saved || confirm('Some answers could not be saved. Submit anyway?')) { submitNow(); }
    });
  });

  window.addEventListener('beforeunload', function (e) {
    if (!closed && pending()) { e.preventDefault(); e.returnValue = ''; }
  });

  tick();
  setInterval(tick, 1000);
})();
