// Shared by every page: times in the reader's own time zone, and self-refreshing pages.
(function () {
  'use strict';
  document.querySelectorAll('time[datetime]').forEach(function (el) {
    var when = new Date(el.getAttribute('datetime'));
    if (!isNaN(when)) {
      el.textContent = when.toLocaleString();
      el.title = el.getAttribute('datetime');
    }
  });
  var refreshing = document.querySelector('[data-refresh-seconds]');
  if (refreshing) {
    setTimeout(function () { location.reload(); }, Number(refreshing.dataset.refreshSeconds) * 1000);
  }
})();
