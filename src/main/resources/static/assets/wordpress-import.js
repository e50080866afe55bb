// The WordPress import's page: asks the server every second how far the import is and updates the progress bar
// and the step; when it ends, shows why it failed or reloads the page to show the report. Without this file a
// <noscript> meta refresh reloads the page instead. Texts come translated from the page.
(function () {
  'use strict';
  var box = document.querySelector('[data-import]');
  if (!box) {
    return;
  }
  var bar = document.getElementById('import-progress');
  var step = document.getElementById('import-step');
  var message = document.getElementById('import-message');
  var finished = document.getElementById('import-finished');

  function stepName(name) {
    var item = box.querySelector('[data-step-name="' + name + '"]');
    return item ? item.textContent : name;
  }

  function show(progress) {
    var total = Math.max(1, progress.total);
    bar.max = total;
    bar.value = progress.state === 'done' ? total : progress.done;
    if (progress.state === 'done') {
      window.location.reload();
      return true;
    }
    if (progress.state === 'failed') {
      step.textContent = box.getAttribute('data-failed');
      message.textContent = progress.message || '';
      message.hidden = false;
      finished.hidden = false;
      return true;
    }
    step.textContent = stepName(progress.step) + ' ' + progress.done + ' / ' + progress.total;
    return false;
  }

  function poll() {
    fetch(box.getAttribute('data-import'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress || !show(progress)) {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }

  if (!finished.hidden) {
    return;
  }
  window.setTimeout(poll, 1000);
})();
