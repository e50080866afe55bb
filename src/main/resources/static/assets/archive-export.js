// The export page: asks the server every second how far the export is and updates the progress bar, the last
// progress line and, at the end, the failure's reason or the download link. Any tab open on the page follows the
// same export. Without this file a <noscript> meta refresh reloads the page instead. Texts come from the page.
(function () {
  'use strict';
  var box = document.querySelector('[data-archive-export]');
  if (!box) {
    return;
  }
  var bar = document.getElementById('export-progress');
  var state = document.getElementById('export-state');
  var line = document.getElementById('export-line');
  var failure = document.getElementById('export-failure');
  var download = document.getElementById('export-download');

  function show(job) {
    if (job.state === 'none') {
      return false;
    }
    box.hidden = false;
    bar.value = job.percent;
    line.textContent = job.line || '';
    state.textContent = box.getAttribute('data-' + job.state) || job.state;
    failure.hidden = !job.failure;
    failure.textContent = job.failure || '';
    if (job.download) {
      download.querySelector('a').setAttribute('href', job.download);
      download.hidden = false;
    }
    return job.state !== 'running';
  }

  function poll() {
    fetch(box.getAttribute('data-archive-export'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job || !show(job)) {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }

  window.setTimeout(poll, 1000);
})();
