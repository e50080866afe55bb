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
      if (!html) { return; }
      event.preventDefault();
      document.execCommand('insertHTML', false, window.mastheadPaste.clean(html));
      syncBody();
    });
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
