// Counts one view of the article page for the most-read block. Sent after load, outside the cached HTML.
(function () {
  var script = document.currentScript;
  var id = script && script.getAttribute('data-article');
  if (!id || !/^\d+$/.test(id) || !navigator.sendBeacon) {
    return;
  }
  window.addEventListener('load', function () {
    navigator.sendBeacon('/beacon/view/' + id);
  });
})();
