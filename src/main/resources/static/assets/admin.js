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

// Pictures dropped or pasted into the article body. The panel asks for caption, credit and alt text; the file goes
// to the media library with the staff session and the form's CSRF token, with a progress bar; the answer's
// variants become a figure (srcset and sizes as the library serves them) after the paragraph the caret was in.
// A file that is not a picture or too large is refused with a message from the page before anything is sent; a
// refusal of the server shows its message. The body is only touched once the upload has succeeded.
window.mastheadBodyPictures = function (panel, editor, form, changed) {
  'use strict';
  if (!panel) { return { offer: function () {} }; }
  var field = function (id) { return document.getElementById(id); };
  var problem = field('figure-problem');
  var progress = field('figure-progress');
  var maxBytes = parseInt(panel.getAttribute('data-max-bytes'), 10) || 0;
  var pending = null;

  function show(message) {
    problem.textContent = message || '';
    progress.hidden = true;
  }

  function offer(file, range) {
    panel.hidden = false;
    field('figure-name').textContent = file.name || '';
    if (!/^image\//.test(file.type)) { pending = null; show(panel.getAttribute('data-not-image')); return; }
    if (maxBytes && file.size > maxBytes) { pending = null; show(panel.getAttribute('data-too-large')); return; }
    pending = { file: file, range: range };
    show('');
    field('figure-caption').focus();
  }

  function close() {
    pending = null;
    show('');
    ['figure-caption', 'figure-credit', 'figure-alt'].forEach(function (id) { field(id).value = ''; });
    panel.hidden = true;
  }

  function upload() {
    if (!pending) { return; }
    var job = pending;
    var text = { caption: field('figure-caption').value.trim(), credit: field('figure-credit').value.trim(), alt: field('figure-alt').value.trim() };
    var data = new FormData();
    var token = form.querySelector('input[type=hidden][name=_csrf]');
    if (token) { data.append('_csrf', token.value); }
    data.append('file', job.file, job.file.name || 'picture');
    Object.keys(text).forEach(function (key) { data.append(key, text[key]); });
    var request = new XMLHttpRequest();
    request.open('POST', panel.getAttribute('data-upload'));
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) { progress.value = Math.round(100 * event.loaded / event.total); }
    });
    request.addEventListener('load', function () {
      var answer = null;
      try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = null; }
      if (request.status === 201 && answer) { insert(figure(answer, text), job.range); close(); return; }
      if (request.status === 413) { show(panel.getAttribute('data-too-large')); return; }
      show(answer && answer.detail ? answer.detail : panel.getAttribute('data-failed'));
    });
    request.addEventListener('error', function () { show(panel.getAttribute('data-failed')); });
    progress.value = 0;
    progress.hidden = false;
    problem.textContent = '';
    request.send(data);
  }

  function figure(picture, text) {
    var node = document.createElement('figure');
    var img = node.appendChild(document.createElement('img'));
    img.setAttribute('src', picture.src);
    img.setAttribute('srcset', picture.srcset);
    img.setAttribute('sizes', picture.sizes);
    img.setAttribute('alt', text.alt || picture.alt || text.caption);
    img.setAttribute('width', String(picture.width));
    img.setAttribute('height', String(picture.height));
    if (text.caption || text.credit) {
      var caption = node.appendChild(document.createElement('figcaption'));
      if (text.caption) { caption.appendChild(document.createTextNode(text.caption)); }
      if (text.credit) {
        var credit = caption.appendChild(document.createElement('span'));
        credit.className = 'credit';
        credit.textContent = text.credit;
      }
    }
    return node;
  }

  var BLOCK = /^(P|H[1-6]|UL|OL|BLOCKQUOTE|FIGURE|TABLE|DIV|HR)$/;
  function inline(node) { return node && (node.nodeType === 3 || (node.nodeType === 1 && !BLOCK.test(node.tagName))); }
  // Text typed into an empty body is bare; the run of text and inline elements around the caret becomes a paragraph.
  function paragraphAround(node) {
    var first = node, last = node;
    while (inline(first.previousSibling)) { first = first.previousSibling; }
    while (inline(last.nextSibling)) { last = last.nextSibling; }
    var p = document.createElement('p');
    editor.insertBefore(p, first);
    for (var next = first; next; ) {
      var following = next === last ? null : next.nextSibling;
      p.appendChild(next);
      next = following;
    }
    return p;
  }

  // A figure cannot sit inside a paragraph: it goes after the body's block that holds the caret.
  function insert(node, range) {
    var block = range && range.startContainer;
    while (block && block !== editor && block.parentNode !== editor) { block = block.parentNode; }
    if (block === editor) { block = editor.childNodes[range.startOffset - 1] || null; }
    if (block && inline(block)) { block = paragraphAround(block); }
    if (block) {
      editor.insertBefore(node, block.nextSibling);
    } else {
      editor.appendChild(node);
    }
    changed();
  }

  panel.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-figure]');
    if (!button) { return; }
    if (button.getAttribute('data-figure') === 'insert') { upload(); } else { close(); }
  });
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.tagName === 'INPUT') { event.preventDefault(); upload(); }
  });
  return { offer: offer };
};

// The article editor: a rich-text body (contenteditable) kept in sync with the plain <textarea name="body"> that
// works without JavaScript, a small toolbar, paste that keeps the structure of Word/WPS/web copy, a live word count
// (字数), Ctrl/Cmd+S to save and Ctrl/Cmd+Enter to save and submit, a warning before leaving with unsaved changes,
// and autosave of the draft every minute while there are changes. The server cleans every body again: the paste
// handler only spares the writer the sight of fonts and colours.
(function () {
  'use strict';
  var form = document.getElementById('article-editor');
  if (!form) { return; }
  var textarea = document.getElementById('body');
  var editor = document.getElementById('body-editor');
  var toolbar = form.querySelector('.bo-editor-toolbar');
  var status = document.getElementById('autosave-status');
  var count = document.getElementById('word-count');
  var dirty = false;   // changed since the last autosave attempt
  var unsaved = false; // changed since the last successful save

  function changed() { dirty = true; unsaved = true; showCount(); }
  function syncBody() { textarea.value = editor.innerHTML; changed(); }

  if (editor && textarea && toolbar) {
    editor.innerHTML = textarea.value;
    editor.hidden = false;
    toolbar.hidden = false;
    textarea.hidden = true;
    editor.addEventListener('input', syncBody);
    editor.addEventListener('paste', function (event) {
      var html = event.clipboardData && event.clipboardData.getData('text/html');
      var picture = firstFile(event.clipboardData);
      // A picture copied alone (a screenshot, "copy image") may bring an <img> as HTML too: upload the file.
      if (picture && (!html || !new DOMParser().parseFromString(html, 'text/html').body.textContent.trim())) {
        event.preventDefault();
        pictures.offer(picture, caretRange());
        return;
      }
      if (!html) { return; }
      event.preventDefault();
      document.execCommand('insertHTML', false, window.mastheadPaste.clean(html));
      syncBody();
    });
    editor.addEventListener('dragover', function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) { event.preventDefault(); }
    });
    editor.addEventListener('drop', function (event) {
      var file = firstFile(event.dataTransfer);
      if (!file) { return; }
      event.preventDefault();
      var range = document.caretRangeFromPoint ? document.caretRangeFromPoint(event.clientX, event.clientY) : null;
      pictures.offer(file, range && editor.contains(range.startContainer) ? range : caretRange());
    });
    var pictures = window.mastheadBodyPictures(document.getElementById('figure-form'), editor, form, syncBody);
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
      syncBody();
    });
  }

  function firstFile(data) {
    return data && data.files && data.files.length ? data.files[0] : null;
  }
  // Where the caret is in the body, or the body's end when the caret is elsewhere.
  function caretRange() {
    var selection = window.getSelection();
    if (selection.rangeCount && editor.contains(selection.getRangeAt(0).startContainer)) { return selection.getRangeAt(0).cloneRange(); }
    var range = document.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    return range;
  }

  // 字数 as Chinese newsrooms count it: every CJK character, plus every Latin word or number (full-width ones too);
  // punctuation and spaces are free.
  var CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]|[\ud840-\ud87f][\udc00-\udfff]/g;
  var WORD = /[A-Za-z0-9\u00c0-\u024f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:['\u2019.\-][A-Za-z0-9\u00c0-\u024f]+)*/g;
  function words(text) {
    var cjk = text.match(CJK) || [];
    var latin = text.replace(CJK, ' ').match(WORD) || [];
    return cjk.length + latin.length;
  }
  function showCount() {
    if (!count) { return; }
    count.value = String(words(editor && !editor.hidden ? editor.innerText : textarea.value.replace(/<[^>]*>/g, ' ')));
  }
  showCount();

  form.addEventListener('input', changed);
  form.addEventListener('submit', function () { if (editor && !editor.hidden) { textarea.value = editor.innerHTML; } dirty = false; unsaved = false; });
  function press(value) {
    var button = form.querySelector('button[type=submit][name=action][value=' + value + ']');
    if (button) { form.requestSubmit(button); }
  }
  form.addEventListener('keydown', function (event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) { return; }
    if (event.key === 's' || event.key === 'S') { event.preventDefault(); press('save'); }
    if (event.key === 'Enter') { event.preventDefault(); press('submit'); }
  });
  window.addEventListener('beforeunload', function (event) {
    if (!unsaved) { return; }
    event.preventDefault();
    event.returnValue = '';
  });

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
          unsaved = dirty;
        } else {
          dirty = true;
          status.textContent = status.getAttribute('data-failed') || '!';
        }
      })
      .catch(function () { dirty = true; });
  }, 60000);
})();

// Pasted HTML (Word, WPS, web pages) down to the body's structure: paragraphs, subheads, bold, italic, lists, links
// and line breaks, with the text exactly as copied. Word's list paragraphs (mso-list) become real lists and their
// typed bullets go. The clipboard is parsed into an inert document (DOMParser runs no script, loads nothing).
window.mastheadPaste = (function () {
  'use strict';
  var KEEP = { P: 'p', H1: 'h2', H2: 'h2', H3: 'h3', H4: 'h4', H5: 'h4', H6: 'h4', B: 'b', STRONG: 'b', I: 'i',
    EM: 'i', UL: 'ul', OL: 'ol', LI: 'li', BLOCKQUOTE: 'blockquote', BR: 'br', A: 'a', DIV: 'p' };
  var DROP = /^(SCRIPT|STYLE|TITLE|META|LINK|XML|TEMPLATE|IFRAME|OBJECT|SVG|MATH|HEAD|NOSCRIPT)$/;
  var ORDERED = /^\s*([0-9]+|[a-zA-Z]|[ivxlcIVXLC]+|[一二三四五六七八九十]+|[（(][^）)]+[）)])[.、．)）]?\s*$/;

  function style(node) { return (node.getAttribute && node.getAttribute('style')) || ''; }
  function listParagraph(node) {
    return node.nodeType === 1 && node.tagName === 'P' && (/mso-list:\s*l/i.test(style(node)) || /^MsoListParagraph/.test(node.className));
  }
  function bulletText(node) {
    var ignored = node.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]');
    return ignored ? ignored.textContent : '';
  }

  function copy(source, target, out) {
    var children = Array.prototype.slice.call(source.childNodes);
    for (var i = 0; i < children.length; i++) {
      var node = children[i];
      if (node.nodeType === 3) {
        target.appendChild(out.createTextNode(node.nodeValue.replace(/\r?\n/g, ' ')));
        continue;
      }
      if (node.nodeType !== 1 || DROP.test(node.tagName) || /mso-list:\s*Ignore/i.test(style(node))) { continue; }
      if (listParagraph(node)) {
        var ordered = ORDERED.test(bulletText(node));
        var list = out.createElement(ordered ? 'ol' : 'ul');
        while (i < children.length && (listParagraph(children[i]) || (children[i].nodeType === 3 && !children[i].nodeValue.trim()))) {
          if (children[i].nodeType === 1) { copy(children[i], list.appendChild(out.createElement('li')), out); }
          i++;
        }
        i--;
        target.appendChild(list);
        continue;
      }
      var name = KEEP[node.tagName];
      if (name === 'a') {
        var href = node.getAttribute('href') || '';
        if (!/^(https?:|mailto:|\/)/i.test(href)) { copy(node, target, out); continue; }
        var link = out.createElement('a');
        link.setAttribute('href', href);
        copy(node, target.appendChild(link), out);
      } else if (name) {
        copy(node, target.appendChild(out.createElement(name)), out);
      } else {
        copy(node, target, out);
      }
    }
    return target;
  }

  function withoutEmptyBlocks(root) {
    root.querySelectorAll('p, h2, h3, h4, li').forEach(function (block) {
      if (!block.querySelector('br, img') && !block.textContent.replace(/[\s\u00a0\u3000\u200b\ufeff]/g, '')) { block.remove(); }
    });
    return root;
  }

  return {
    clean: function (html) {
      var source = new DOMParser().parseFromString(html, 'text/html');
      var out = document.implementation.createHTMLDocument('');
      return withoutEmptyBlocks(copy(source.body, out.createElement('div'), out)).innerHTML;
    }
  };
})();

