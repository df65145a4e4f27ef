/**
 * The report's inline script. It only adds interaction to a page that is
 * complete without it: opening a heatmap cell, a unit from the finder or a
 * duty's relation chip lists the duty pairs with filters. Every result text
 * reaches the page through textContent, never innerHTML, so duty texts with
 * markup display literally.
 */

/** Plain browser JavaScript, inlined after the data element `#dl-data`. */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('dl-data').textContent);
  var L = D.labels;
  var unitIndex = {};
  D.unitIds.forEach(function (id, i) { unitIndex[id] = i; });
  var byUnit = D.units.map(function () { return []; });
  var byDuty = D.duties.map(function () { return []; });
  D.pairs.forEach(function (p, i) {
    byDuty[p[0]].push(i); byDuty[p[1]].push(i);
    var ua = D.duties[p[0]][0], ub = D.duties[p[1]][0];
    byUnit[ua].push(i); if (ub !== ua) byUnit[ub].push(i);
  });
  function unitsOf(key) {
    if (D.groups[key]) return D.groups[key];
    return unitIndex[key] === undefined ? [] : [unitIndex[key]];
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function escapeRe(s) { return s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'); }
  function highlight(text, terms) {
    var frag = document.createDocumentFragment();
    var list = terms.filter(function (t) { return t.length > 0; }).sort(function (a, b) { return b.length - a.length; });
    if (!list.length) { frag.appendChild(document.createTextNode(text)); return frag; }
    var re = new RegExp(list.map(escapeRe).join('|'), 'gi');
    var last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (m.index > last) frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      frag.appendChild(el('mark', null, m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }
  function dutyBlock(di, terms) {
    var d = D.duties[di];
    var box = el('div', 'side');
    var head = el('div', 'side-head');
    head.appendChild(el('strong', null, D.units[d[0]][0]));
    head.appendChild(el('span', 'role role-' + d[2], D.roleLabels[d[2]]));
    box.appendChild(head);
    var p = el('p', 'duty-text');
    p.appendChild(highlight(d[1], terms));
    box.appendChild(p);
    box.appendChild(el('div', 'src', D.strings[d[3]] + (d[4] > 0 ? ':' + d[4] : '')));
    return box;
  }
  // An unexpired acceptance lists the pair after the open ones; an expired one counts as open.
  function accepted(p) { return p[7] >= 0 && !D.acceptances[p[7]][1] ? 1 : 0; }
  function pairSearchText(p) {
    var a = D.duties[p[0]], b = D.duties[p[1]];
    return [a[1], b[1], D.units[a[0]][0], D.units[b[0]][0], D.strings[p[6]]].concat(p[5].map(function (t) { return D.strings[t]; })).join('\n').toLowerCase();
  }
  function Panel(root) {
    this.root = root;
    this.state = null;
    var self = this;
    root.addEventListener('input', function () { self.render(); });
    root.addEventListener('change', function () { self.render(); });
    var out = root.querySelector('.f-score-value');
    var range = root.querySelector('.f-score');
    range.addEventListener('input', function () { out.textContent = Number(range.value).toFixed(2); });
    root.querySelector('.drill-close').addEventListener('click', function () { self.close(); });
  }
  Panel.prototype.open = function (state) {
    this.state = state;
    this.root.hidden = false;
    this.render();
    this.root.scrollIntoView({ block: 'nearest' });
  };
  Panel.prototype.close = function () {
    this.state = null;
    this.root.hidden = true;
    markSelected(null);
  };
  Panel.prototype.filters = function () {
    var rel = {};
    this.root.querySelectorAll('.f-rel').forEach(function (c) { rel[c.value] = c.checked; });
    return { rel: rel, min: Number(this.root.querySelector('.f-score').value), q: this.root.querySelector('.f-search').value.trim().toLowerCase() };
  };
  Panel.prototype.candidates = function () {
    var s = this.state, seen = {}, out = [];
    if (s.duty !== undefined) return byDuty[s.duty].map(function (i) { return { i: i, flip: D.pairs[i][0] !== s.duty }; });
    var a = {}, b = {};
    s.a.forEach(function (u) { a[u] = true; });
    s.b.forEach(function (u) { b[u] = true; });
    s.a.forEach(function (u) {
      byUnit[u].forEach(function (i) {
        if (seen[i]) return;
        var p = D.pairs[i], ua = D.duties[p[0]][0], ub = D.duties[p[1]][0];
        if (a[ua] && b[ub]) { seen[i] = true; out.push({ i: i, flip: false }); }
        else if (a[ub] && b[ua]) { seen[i] = true; out.push({ i: i, flip: true }); }
      });
    });
    return out;
  };
  Panel.prototype.render = function () {
    if (!this.state) return;
    var f = this.filters();
    var list = this.root.querySelector('.drill-list');
    list.textContent = '';
    this.root.querySelector('.drill-title').textContent = this.state.title;
    var all = this.candidates();
    var shown = all.filter(function (c) {
      var p = D.pairs[c.i];
      if (!f.rel[D.relations[p[3]]] || p[2] < f.min - 1e-9) return false;
      return !f.q || pairSearchText(p).indexOf(f.q) !== -1;
    }).sort(function (x, y) {
      var p = D.pairs[x.i], q = D.pairs[y.i];
      return (accepted(p) - accepted(q)) || (q[4] - p[4]) || (q[2] - p[2]) || (x.i - y.i);
    });
    this.root.querySelector('.drill-count').textContent = L.showing + ' ' + shown.length + ' / ' + all.length;
    if (!shown.length) list.appendChild(el('p', 'empty', L.noPairs));
    shown.forEach(function (c) {
      var p = D.pairs[c.i];
      var terms = p[5].map(function (t) { return D.strings[t]; });
      var item = el('article', 'pair rel-' + D.relations[p[3]]);
      var head = el('div', 'pair-head');
      head.appendChild(el('span', 'chip rel-' + D.relations[p[3]], D.relationLabels[p[3]]));
      head.appendChild(el('span', 'pair-score', L.score + ' ' + p[2].toFixed(2)));
      if (p[4]) head.appendChild(el('span', 'badge-lead', L.bothLead));
      if (p[7] >= 0) head.appendChild(el('span', D.acceptances[p[7]][1] ? 'badge-expired' : 'badge-accepted', D.acceptances[p[7]][0]));
      if (accepted(p)) item.className += ' is-accepted';
      item.appendChild(head);
      var sides = el('div', 'sides');
      sides.appendChild(dutyBlock(c.flip ? p[1] : p[0], terms));
      sides.appendChild(dutyBlock(c.flip ? p[0] : p[1], terms));
      item.appendChild(sides);
      if (terms.length) item.appendChild(el('div', 'terms', L.sharedTerms + ': ' + terms.join(' · ')));
      item.appendChild(el('div', 'reason', L.reason + ': ' + D.strings[p[6]]));
      if (p[8] >= 0) item.appendChild(el('div', 'owner', D.strings[p[8]]));
      list.appendChild(item);
    });
    if (this.state.a) this.renderGeneric(list, f);
  };
  Panel.prototype.renderGeneric = function (list, f) {
    var a = {}, b = {};
    this.state.a.forEach(function (u) { a[u] = true; });
    this.state.b.forEach(function (u) { b[u] = true; });
    var groups = D.generic.filter(function (g) {
      var inA = false, inB = false;
      g[2].forEach(function (d) { var u = D.duties[d][0]; if (a[u]) inA = true; if (b[u]) inB = true; });
      return inA && inB && (!f.q || g[0].toLowerCase().indexOf(f.q) !== -1);
    });
    if (!groups.length) return;
    var box = el('div', 'generic');
    box.appendChild(el('h4', null, L.sharedGeneric + ' (' + groups.length + ')'));
    groups.forEach(function (g) {
      var names = g[2].map(function (d) { return D.units[D.duties[d][0]][0]; }).filter(function (n, i, all) { return all.indexOf(n) === i; });
      var row = el('p', 'generic-row');
      row.appendChild(el('q', null, g[0]));
      row.appendChild(el('span', 'generic-units', ' — ' + names.join('、') + ' · ' + D.strings[g[1]]));
      box.appendChild(row);
    });
    list.appendChild(box);
  };
  var panels = {};
  document.querySelectorAll('.drill').forEach(function (root) { panels[root.getAttribute('data-doc')] = new Panel(root); });
  function panelFor(node) {
    var doc = node.closest('[data-doc]');
    return doc ? panels[doc.getAttribute('data-doc')] : null;
  }
  function markSelected(cell) {
    document.querySelectorAll('rect.cell.selected').forEach(function (c) { c.classList.remove('selected'); });
    if (cell) cell.classList.add('selected');
  }
  function nameOf(key) {
    var i = unitIndex[key];
    return i === undefined ? key : D.units[i][0];
  }
  function openCell(cell) {
    var panel = panelFor(cell);
    if (!panel) return;
    markSelected(cell);
    var a = cell.getAttribute('data-a'), b = cell.getAttribute('data-b');
    panel.open({ a: unitsOf(a), b: unitsOf(b), title: L.pairsOf + nameOf(a) + ' ↔ ' + nameOf(b) });
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    var cell = t.closest && t.closest('rect.cell');
    if (cell) { openCell(cell); return; }
    var chip = t.closest && t.closest('button.chip[data-duty]');
    if (chip) {
      var panel = panelFor(chip);
      var box = panel && panel.root.querySelector('.f-rel[value="' + chip.getAttribute('data-rel') + '"]');
      if (box) box.checked = true;
      var di = Number(chip.getAttribute('data-duty'));
      if (panel) panel.open({ duty: di, title: L.pairsOf + D.units[D.duties[di][0]][0] + ' · ' + D.duties[di][1] });
      return;
    }
    var partner = t.closest && t.closest('button.partner');
    if (partner) {
      var p2 = panelFor(partner);
      var ua = Number(partner.getAttribute('data-u')), ub = Number(partner.getAttribute('data-v'));
      if (p2) p2.open({ a: [ua], b: [ub], title: L.pairsOf + D.units[ua][0] + ' ↔ ' + D.units[ub][0] });
    }
  });
  document.addEventListener('keydown', function (e) {
    var cell = e.target.closest && e.target.closest('rect.cell');
    if (cell && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); openCell(cell); }
  });
  var dutiesOfUnit = D.units.map(function () { return []; });
  D.duties.forEach(function (d, i) { if (d[0] >= 0) dutiesOfUnit[d[0]].push(i); });
  document.querySelectorAll('details.unit-lazy').forEach(function (box) {
    box.addEventListener('toggle', function () {
      if (!box.open || box.getAttribute('data-done')) return;
      box.setAttribute('data-done', '1');
      var list = box.querySelector('ol.duties');
      dutiesOfUnit[Number(box.getAttribute('data-unit'))].forEach(function (di) {
        var d = D.duties[di];
        var li = el('li', 'level-' + Math.min(3, d[5]));
        if (d[6] >= 0) li.appendChild(el('span', 'num-label', D.strings[d[6]]));
        li.appendChild(document.createTextNode(d[1]));
        li.appendChild(el('span', 'role', D.roleLabels[d[2]]));
        var counts = {};
        byDuty[di].forEach(function (i) { var r = D.pairs[i][3]; counts[r] = (counts[r] || 0) + 1; });
        Object.keys(counts).map(Number).sort(function (x, y) { return x - y; }).forEach(function (r) {
          var chip = el('button', 'chip rel-' + D.relations[r], D.relationLabels[r] + ' ×' + counts[r]);
          chip.type = 'button';
          chip.setAttribute('data-duty', String(di));
          chip.setAttribute('data-rel', D.relations[r]);
          li.appendChild(chip);
        });
        list.appendChild(li);
      });
    });
  });
  // A link to a document folded into "other documents" opens the fold first; print shows every fold.
  function reveal(id) {
    var target = id && document.getElementById(id), opened = false;
    for (var n = target; n; n = n.parentElement) if (n.tagName === 'DETAILS' && !n.open) { n.open = true; opened = true; }
    if (opened) target.scrollIntoView();
  }
  // A hand-typed or cut-off link can hold a malformed escape (#%E0%A4%A): read it as it is, never throw.
  function hashId() {
    var raw = location.hash.slice(1);
    try { return decodeURIComponent(raw); } catch (e) { return raw; }
  }
  window.addEventListener('hashchange', function () { reveal(hashId()); });
  if (location.hash) reveal(hashId());
  window.addEventListener('beforeprint', function () {
    // Lazy unit lists stay shut: opening them all would print every duty of an O*NET-sized document.
    // Left-out lines are not printed either (their counts are in the readings table).
    document.querySelectorAll('details:not(.unit-lazy):not(.left-out)').forEach(function (d) { d.open = true; });
  });
  document.querySelectorAll('select.finder-unit').forEach(function (select) {
    select.addEventListener('change', function () {
      var out = select.parentNode.parentNode.querySelector('.finder-list');
      out.textContent = '';
      if (select.value === '') return;
      var u = Number(select.value), counts = {}, conflicts = {};
      byUnit[u].forEach(function (i) {
        var p = D.pairs[i], ua = D.duties[p[0]][0], ub = D.duties[p[1]][0];
        var other = ua === u ? ub : ua;
        counts[other] = (counts[other] || 0) + 1;
        if (D.conflictRelations.indexOf(p[3]) !== -1) conflicts[other] = (conflicts[other] || 0) + 1;
      });
      Object.keys(counts).map(Number).sort(function (x, y) {
        return ((conflicts[y] || 0) - (conflicts[x] || 0)) || (counts[y] - counts[x]) || (x - y);
      }).forEach(function (v) {
        var b = el('button', 'partner', D.units[v][0] + ' — ' + L.conflicts + ' ' + (conflicts[v] || 0) + ' / ' + L.pairCount + ' ' + counts[v]);
        b.type = 'button';
        b.setAttribute('data-u', String(u));
        b.setAttribute('data-v', String(v));
        out.appendChild(b);
      });
      if (!out.childNodes.length) out.appendChild(el('p', 'empty', L.noPairs));
    });
  });
})();
`;
