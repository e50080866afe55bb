// Drag and drop for the media library's upload form. Without this file the labelled file input works as is:
// this only lets a picture be dropped onto the zone, says which file was chosen, shows a preview, and refuses a
// file over the size limit before it is sent. Messages come translated from the page (data-* attributes).
(function () {
  'use strict';
  var zone = document.querySelector('[data-dropzone]');
  if (!zone) {
    return;
  }
  var input = zone.querySelector('input[type=file]');
  var status = zone.querySelector('[data-dropzone-status]');
  var preview = zone.querySelector('[data-dropzone-preview]');
  var maxBytes = parseInt(zone.getAttribute('data-max-bytes'), 10) || 0;

  function clearPreview() {
    if (preview) {
      preview.hidden = true;
      preview.removeAttribute('src');
    }
  }

  function showChosen() {
    var file = input.files && input.files[0];
    clearPreview();
    if (!file) {
      status.textContent = '';
      return;
    }
    if (maxBytes && file.size > maxBytes) {
      input.value = '';
      status.textContent = zone.getAttribute('data-too-large');
      return;
    }
    status.textContent = zone.getAttribute('data-chosen').replace('{name}', file.name);
    // The page's Content-Security-Policy allows data: images (not blob:), so read the file into a data URL.
    if (preview && /^image\//.test(file.type) && window.FileReader) {
      var reader = new FileReader();
      reader.onload = function () {
        preview.src = reader.result;
        preview.hidden = false;
      };
      reader.readAsDataURL(file);
    }
  }

  function stop(event) {
    event.preventDefault();
    event.stopPropagation();
  }

  ['dragenter', 'dragover'].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      stop(event);
      zone.classList.add('is-dragover');
    });
  });
  ['dragleave', 'dragend'].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      stop(event);
      zone.classList.remove('is-dragover');
    });
  });
  zone.addEventListener('drop', function (event) {
    stop(event);
    zone.classList.remove('is-dragover');
    var files = event.dataTransfer && event.dataTransfer.files;
    if (!files || !files.length) {
      return;
    }
    // The input takes one picture; keep the first of several dropped files.
    if (files.length > 1 && window.DataTransfer) {
      var one = new DataTransfer();
      one.items.add(files[0]);
      files = one.files;
    }
    input.files = files;
    showChosen();
    input.focus();
  });
  input.addEventListener('change', showChosen);
})();
