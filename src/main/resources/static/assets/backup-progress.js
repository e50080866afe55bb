// The backups page: while a backup runs (here or started from another tab), asks the server every second how far it
// is and updates the progress bar and the line under it; at the end shows the reason of a failure or a link that
// reloads the list. Without this file a <noscript> meta refresh reloads the page instead. Texts come translated.
(function () {
  'use strict';
  var box = document.getElementById('backup-run');
  if (!box) {
    return;
  }
  var bar = document.getElementById('backup-progress');
  var step = document.getElementById('backup-step');
  var reason = document.getElementById('backup-reason');
  var finished = document.getElementById('backup-finished');
  var watching = box.getAttribute('data-state') === 'running';

  function show(status) {
    bar.max = status.total;
    bar.value = status.state === 'done' ? status.total : status.done;
    step.textContent = status.text;
    reason.textContent = status.reason || '';
    reason.hidden = status.state !== 'failed';
    if (status.state === 'running') {
      watching = true;
      return false;
    }
    if (watching) {
      finished.hidden = false;
    }
    watching = false;
    return true;
  }

  function poll() {
    fetch(box.getAttribute('data-status'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (status) {
          show(status);
        }
        // keeps watching, so a backup started in another tab shows up here too
        window.setTimeout(poll, watching ? 1000 : 3000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 1000);
})();
