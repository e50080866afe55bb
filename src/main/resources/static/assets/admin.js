// Light enhancements for the editors' UI; every screen works without this file.
(function () {
  'use strict';
  // Buttons that need a confirmation carry data-confirm with the question (already translated by the server).
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();

// The article editor: a rich-text body (contenteditable) kept in sync with the plain <textarea name="body"> that
// works without JavaScript, a small toolbar, and autosave of the draft every minute while there are changes.
(function () {
  'use strict';
  var form = document.getElementById('article-editor');
  if (!form) { return; }
  var textarea = document.getElementById('body');
  var editor = document.getElementById('body-editor');
  var toolbar = form.querySelector('.bo-editor-toolbar');
  var status = document.getElementById('autosave-status');
  var dirty = false;

  if (editor && textarea && toolbar) {
    editor.innerHTML = textarea.value;
    editor.hidden = false;
    toolbar.hidden = false;
    textarea.hidden = true;
    editor.addEventListener('input', function () { textarea.value = editor.innerHTML; dirty = true; });
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-command]');
      if (!button) { return; }
      var command = button.getAttribute('data-command');
      var value = button.getAttribute('data-value');
      var question = button.getAttribute('data-prompt');
      if (question) {
        value = window.prompt(question, '');
        if (!value) { return; }
      }
      editor.focus();
      document.execCommand(command, false, value);
      textarea.value = editor.innerHTML;
      dirty = true;
    });
  }
  form.addEventListener('input', function () { dirty = true; });
  form.addEventListener('submit', function () { if (editor && !editor.hidden) { textarea.value = editor.innerHTML; } dirty = false; });

  var action = form.getAttribute('action');
  if (!/\/admin\/articles\/\d+$/.test(action)) { return; }
  window.setInterval(function () {
    if (!dirty) { return; }
    dirty = false;
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'save');
    fetch(action, { method: 'POST', body: data, headers: { 'X-Autosave': '1' }, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 204) {
          form.querySelector('input[name=version]').value = response.headers.get('X-Version');
          status.textContent = status.getAttribute('data-saved') || '\u2713';
        } else {
          dirty = true;
          status.textContent = status.getAttribute('data-failed') || '!';
        }
      })
      .catch(function () { dirty = true; });
  }, 60000);
})();
