// The area editor on /admin/pages/{id}/areas. Everything also works without this script (plain forms); this adds
// drawing a rectangle with the mouse, dragging vertices, snapping to the page's text blocks, keys (Tab between
// areas, arrows move by 1 pt or 10 pt with Shift, Enter saves, Delete deletes) and finding articles by title.
// Coordinates are PDF points, the SVG's viewBox, as stored.
(function () {
  'use strict';
  var editor = document.querySelector('.area-editor');
  var form = document.getElementById('area-form');
  if (!editor || !form) {
    return;
  }
  var svg = editor.querySelector('svg');
  var NS = 'http://www.w3.org/2000/svg';
  var width = parseFloat(editor.dataset.widthPt);
  var height = parseFloat(editor.dataset.heightPt);
  var field = function (name) { return form.elements[name]; };
  // the whole page in view: as wide as fits 85 % of the window's height (set through the CSSOM, which the
  // Content-Security-Policy allows, unlike style attributes)
  var canvas = editor.querySelector('.area-canvas');
  var fit = function () {
    canvas.style.maxWidth = Math.max(320, Math.min(960, window.innerHeight * 0.85 * width / height)) + 'px';
  };
  fit();
  window.addEventListener('resize', fit);
  var blocks = [];
  var selected = null;   // the polygon element being edited (an existing area or the new one)
  var points = [];       // its points, [[x, y], ...]
  var vertex = -1;       // the selected vertex, or -1 for the whole area
  var drag = null;
  var SNAP = 12;

  fetch(editor.dataset.blocksUrl, {credentials: 'same-origin'})
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (b) { blocks = b; })
    .catch(function () { blocks = []; });

  function parse(text) {
    return text.trim().split(/\s+/).filter(Boolean).map(function (p) {
      var xy = p.split(',');
      return [parseFloat(xy[0]), parseFloat(xy[1])];
    });
  }
  function round(v) { return Math.round(v * 10) / 10; }
  function text(pts) { return pts.map(function (p) { return round(p[0]) + ',' + round(p[1]); }).join(' '); }
  function clamp(v, max) { return Math.max(0, Math.min(max, v)); }

  function toPage(event) {
    var pt = svg.createSVGPoint();
    pt.x = event.clientX;
    pt.y = event.clientY;
    var p = pt.matrixTransform(svg.getScreenCTM().inverse());
    return [clamp(p.x, width), clamp(p.y, height)];
  }

  function row(id) { return document.querySelector('tr[data-area-id="' + id + '"]'); }

  function show() {
    if (!selected) {
      return;
    }
    selected.setAttribute('points', text(points));
    field('polygon').value = text(points);
    svg.querySelectorAll('.area-handle').forEach(function (h) { h.remove(); });
    points.forEach(function (p, i) {
      var h = document.createElementNS(NS, 'circle');
      h.setAttribute('class', i === vertex ? 'area-handle area-handle-selected' : 'area-handle');
      h.setAttribute('cx', p[0]);
      h.setAttribute('cy', p[1]);
      h.setAttribute('r', Math.max(width, height) / 150);
      h.dataset.vertex = i;
      svg.appendChild(h);
    });
  }

  function select(polygon) {
    svg.querySelectorAll('.area-selected').forEach(function (p) { p.classList.remove('area-selected'); });
    selected = polygon;
    vertex = -1;
    polygon.classList.add('area-selected');
    points = parse(polygon.getAttribute('points'));
    var id = polygon.dataset.areaId;
    var r = id ? row(id) : null;
    if (r) {
      form.action = '/admin/areas/' + id;
      field('version').value = r.dataset.version;
      field('kind').value = r.dataset.kind;
      field('readingOrder').value = r.dataset.order;
      field('articleId').value = r.dataset.articleId;
      field('linkUrl').value = r.dataset.link;
    } else {
      form.action = form.dataset.createAction;
      field('version').value = '';
    }
    show();
  }

  // Snaps a drawn rectangle's edges to the nearest text block edges within SNAP points.
  function snap(x0, y0, x1, y1) {
    var r = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
    var near = function (v, candidates) {
      var best = v, dist = SNAP;
      candidates.forEach(function (c) {
        if (Math.abs(c - v) < dist) { best = c; dist = Math.abs(c - v); }
      });
      return best;
    };
    var xs = [], ys = [];
    blocks.forEach(function (b) { xs.push(b.x, b.x + b.width); ys.push(b.y, b.y + b.height); });
    return [near(r[0], xs), near(r[1], ys), near(r[2], xs), near(r[3], ys)];
  }

  svg.addEventListener('pointerdown', function (event) {
    var target = event.target;
    var at = toPage(event);
    if (target.classList.contains('area-handle')) {
      vertex = parseInt(target.dataset.vertex, 10);
      drag = {kind: 'vertex'};
    } else if (target.classList.contains('area-shape')) {
      select(target);
      drag = {kind: 'move', from: at};
    } else {
      var polygon = document.createElementNS(NS, 'polygon');
      polygon.setAttribute('class', 'area-shape area-new');
      polygon.setAttribute('points', text([at, at, at]));
      svg.appendChild(polygon);
      select(polygon);
      drag = {kind: 'draw', from: at};
    }
    svg.setPointerCapture(event.pointerId);
    event.preventDefault();
  });

  svg.addEventListener('pointermove', function (event) {
    if (!drag) {
      return;
    }
    var at = toPage(event);
    if (drag.kind === 'draw') {
      var f = drag.from;
      points = [[f[0], f[1]], [at[0], f[1]], [at[0], at[1]], [f[0], at[1]]];
    } else if (drag.kind === 'vertex') {
      points[vertex] = at;
    } else {
      var dx = at[0] - drag.from[0], dy = at[1] - drag.from[1];
      points = points.map(function (p) { return [clamp(p[0] + dx, width), clamp(p[1] + dy, height)]; });
      drag.from = at;
    }
    show();
  });

  svg.addEventListener('pointerup', function () {
    if (drag && drag.kind === 'draw') {
      var s = snap(points[0][0], points[0][1], points[2][0], points[2][1]);
      points = [[s[0], s[1]], [s[2], s[1]], [s[2], s[3]], [s[0], s[3]]];
      show();
      field('articleId').focus();
    }
    drag = null;
  });

  // Areas are reached with Tab; each is named by its title.
  svg.querySelectorAll('.area-shape').forEach(function (polygon) {
    polygon.setAttribute('tabindex', '0');
    polygon.setAttribute('role', 'button');
    var title = polygon.querySelector('title');
    if (title) {
      polygon.setAttribute('aria-label', title.textContent);
    }
    polygon.addEventListener('focus', function () { select(polygon); });
  });

  svg.addEventListener('keydown', function (event) {
    if (!selected) {
      return;
    }
    var step = event.shiftKey ? 10 : 1;
    var moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
    if (moves[event.key]) {
      var d = moves[event.key];
      points = points.map(function (p, i) {
        return vertex < 0 || i === vertex ? [clamp(p[0] + d[0], width), clamp(p[1] + d[1], height)] : p;
      });
      show();
      event.preventDefault();
    } else if (event.key === 'v' || event.key === 'V') {
      // cycles the selected vertex (then back to the whole area)
      vertex = vertex + 1 >= points.length ? -1 : vertex + 1;
      show();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      form.requestSubmit();
      event.preventDefault();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      var r = selected.dataset.areaId ? row(selected.dataset.areaId) : null;
      var del = r ? r.querySelector('.area-delete') : null;
      if (del) {
        del.form.requestSubmit();
      } else {
        selected.remove();
        selected = null;
        svg.querySelectorAll('.area-handle').forEach(function (h) { h.remove(); });
      }
      event.preventDefault();
    }
  });

  // Finding an article by title: the page's own articles first, or any article by its number.
  var picker = form.querySelector('.area-picker');
  var search = document.getElementById('article-search');
  var results = document.getElementById('article-results');
  if (picker && search && results) {
    picker.hidden = false;
    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(editor.dataset.articlesUrl + '?q=' + encodeURIComponent(search.value), {credentials: 'same-origin'})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (found) {
            results.replaceChildren();
            found.forEach(function (a) {
              var li = document.createElement('li');
              var b = document.createElement('button');
              b.type = 'button';
              b.textContent = a.title + ' (#' + a.id + ')';
              b.addEventListener('click', function () {
                field('articleId').value = a.id;
                results.replaceChildren();
                field('articleId').focus();
              });
              li.appendChild(b);
              results.appendChild(li);
            });
          });
      }, 200);
    });
  }
})();
