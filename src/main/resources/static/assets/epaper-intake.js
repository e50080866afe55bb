// The intake progress page: asks the server every second how far the intake is and updates the progress bar, the
// step and, at the end, the message or the link to the pages. Without this file a <noscript> meta refresh reloads
// the page instead. Texts come translated from the page.
(function () {
  'use strict';
  var box = document.querySelector('[data-intake]');
  if (!box) {
    return;
  }
  var bar = document.getElementById('intake-progress');
  var step = document.getElementById('intake-step');
  var message = document.getElementById('intake-message');
  var finished = document.getElementById('intake-finished');

  function stepName(name) {
    var item = box.querySelector('[data-step-name="' + name + '"]');
    return item ? item.textContent : name;
  }

  function show(intake) {
    var total = Math.max(1, intake.total);
    bar.max = total;
    bar.value = intake.state === 'done' ? total : intake.done;
    if (intake.state === 'done') {
      step.textContent = box.getAttribute('data-done');
    } else if (intake.state === 'failed') {
      step.textContent = box.getAttribute('data-failed');
      message.textContent = intake.message || '';
      message.hidden = false;
    } else {
      step.textContent = stepName(intake.step) + ' ' + intake.done + ' / ' + intake.total;
    }
    if (intake.state === 'done' || intake.state === 'failed') {
      finished.hidden = false;
      return true;
    }
    return false;
  }

  function poll() {
    fetch(box.getAttribute('data-intake'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (intake) {
        if (!intake || !show(intake)) {
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
