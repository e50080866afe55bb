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
