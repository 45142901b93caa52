// The HTML reference's script (wsaerr export --format html, cli/export.c).
// The page is complete without it; with it, the search box answers what
// people paste, with the library itself compiled to WebAssembly (the module
// is embedded in the page, gzip'd, as base64; wasm/glue.c is its interface):
//   - every word reads as a query (10054, 0x80072746, -2147014842,
//     0xC000020D, WSAECONNRESET, EAGAIN): each reading, as `wsaerr --json`;
//   - anything else goes to the recognizer, as `wsaerr explain`;
//   - when it finds nothing, the words filter the catalogue, as
//     `wsaerr search`.
// Shared state: ?q=... and #10054 / #WSAECONNRESET links; the language is
// remembered; the box has the focus on load. Without the module (a build
// without clang), the words filter the list in plain JavaScript.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var q = document.getElementById('q'), sel = document.getElementById('lang');
  var count = document.getElementById('count'), results = document.getElementById('results');
  var common = document.getElementById('common');
  var sections = [].slice.call(document.querySelectorAll('section.system'));
  var rows = [].slice.call(document.querySelectorAll('article'));
  var byIndex = {};
  rows.forEach(function (r) { byIndex[r.dataset.i] = r; });
  var W = null, enc = new TextEncoder(), dec = new TextDecoder();
  var lang = sel.value, LANGS = D.langs;

  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function ui(k) { return D.ui[lang][k]; }
  function fmt(s, a, b) { return s.replace('%s', a).replace('%s', b); }

  // ---------------------------------------------------------------- module
  function mem() { return new Uint8Array(W.memory.buffer); }
  function str(p) {
    if (!p) return null;
    var u = mem(), e = p;
    while (u[e]) e++;
    return dec.decode(u.subarray(p, e));
  }
  function put(bytes) { mem().set(bytes, W.wz_in()); return bytes.length; }
  function langIndex() { return Math.max(0, LANGS.indexOf(lang)); }

  // Each word read as a query; null unless every word reads as one with
  // at least one reading.
  function readQueries(words) {
    var out = [];
    for (var i = 0; i < words.length; i++) {
      var b = enc.encode(words[i]);
      if (b.length >= W.wz_in_size() || W.wz_parse(put(b)) !== 0) return null;
      var rs = [];
      // -1 in any form: what a failed call returns, not a code (as the tool)
      if (W.wz_nreadings() === 0 && W.wz_socket_error()) {
        out.push({ query: words[i], readings: [{ system: 'wsa', value: -1, wsa: null, i: -1,
                                                 text: str(W.wz_socket_error_text(langIndex())) }] });
        continue;
      }
      if (W.wz_nreadings() === 0) return null;
      for (var k = 0; k < W.wz_nreadings(); k++) {
        var lo = W.wz_reading(k, 3) >>> 0, hi = W.wz_reading(k, 4);
        rs.push({
          system: str(W.wz_system_key(W.wz_reading(k, 0))),
          value: hi * 4294967296 + lo,
          wsa: W.wz_reading(k, 1) === -1 ? null : W.wz_reading(k, 1),
          i: W.wz_reading(k, 2),
          text: str(W.wz_reading_text(k, langIndex()))
        });
      }
      out.push({ query: words[i], readings: rs });
    }
    return out;
  }

  // The hits of the whole text, as `wsaerr explain` finds them.
  function recognize(text) {
    var b = enc.encode(text), size = W.wz_in_size(), hits = [];
    W.wz_scan_begin();
    for (var at = 0; at < b.length; at += size) W.wz_scan(put(b.subarray(at, at + size)));
    var n = W.wz_scan_end();
    for (var i = 0; i < Math.min(n, 4096); i++) {
      var s = W.wz_hit(i, 0), e = W.wz_hit(i, 1);
      // a hit of a mail or Internet system has no Winsock code (wsa -1)
      hits.push({ start: s, end: e, line: W.wz_hit(i, 2), wsa: W.wz_hit(i, 3),
                  system: str(W.wz_system_key(W.wz_hit(i, 6))), row: W.wz_hit(i, 7),
                  value: (W.wz_hit(i, 9) >>> 0) * 4294967296 + (W.wz_hit(i, 8) >>> 0),
                  target: str(W.wz_hit_text(i, langIndex())),
                  evidence: str(W.wz_evidence_key(W.wz_hit(i, 4))), match: dec.decode(b.subarray(s, e)) });
    }
    return { hits: hits, total: n };
  }

  // Rows with every word, as `wsaerr search`.
  function matching(words) {
    var ok = {};
    if (W) {
      var parts = [];
      words.forEach(function (w) { parts.push(enc.encode(w), new Uint8Array(1)); });
      var len = parts.reduce(function (a, p) { return a + p.length; }, 0), all = new Uint8Array(len), at = 0;
      parts.forEach(function (p) { all.set(p, at); at += p.length; });
      put(all);
      W.wz_words(words.length);
      rows.forEach(function (r) { ok[r.dataset.i] = W.wz_matches(+r.dataset.i) === 1; });
    } else {
      var w = words.map(fold);
      rows.forEach(function (r) { ok[r.dataset.i] = w.every(function (x) { return r._s.indexOf(x) >= 0; }); });
    }
    return ok;
  }

  // ---------------------------------------------------------------- showing
  function copyOf(i) {
    var a = byIndex[i].cloneNode(true);
    a.removeAttribute('id');
    [].forEach.call(a.querySelectorAll('[id]'), function (x) { x.removeAttribute('id'); });
    a.hidden = false;
    return a;
  }
  function showCatalogue(filter) {
    var n = 0;
    rows.forEach(function (r) { r.hidden = filter ? !filter[r.dataset.i] : false; if (!r.hidden) n++; });
    sections.forEach(function (s) { s.hidden = !s.querySelector('article:not([hidden])'); });
    return n;
  }

  function search() {
    var text = q.value, words = text.trim().split(/\s+/).filter(Boolean), shown = {}, order = [];
    results.textContent = '';
    results.dataset.mode = '';
    common.hidden = words.length > 0;
    function entry(i) { if (i >= 0 && !shown[i]) { shown[i] = 1; order.push(i); } }
    if (words.length === 0) {
      results.hidden = true;
      var all = showCatalogue(null);
      count.textContent = fmt(ui('shown'), all, rows.length);
      return;
    }
    var qs = W ? readQueries(words) : null;
    if (qs) {
      results.dataset.mode = 'query';
      qs.forEach(function (x) {
        results.appendChild(el('p', 'q', x.query));
        var own = {};
        x.readings.forEach(function (r) {
          var p = el('p', 'reading', r.text);
          p.dataset.system = r.system;
          p.dataset.value = r.value;
          p.dataset.wsa = r.wsa == null ? '' : r.wsa;
          p.dataset.code = r.i >= 0 ? D.rows[r.i].code : '';
          // the tool prints no "Read as" line for a query that just
          // names or numbers the row shown
          if (x.readings.length === 1 && r.i >= 0 && (r.system === 'wsa' || r.system === 'win32') &&
              r.value === D.rows[r.i].code) p.classList.add('plain');
          results.appendChild(p);
        });
        x.readings.forEach(function (r) {
          if (r.i >= 0 && !own[r.i]) { own[r.i] = 1; results.appendChild(copyOf(r.i)); entry(r.i); }
        });
      });
    } else {
      var found = W ? recognize(text) : { hits: [], total: 0 };
      if (found.total > 0) {
        results.dataset.mode = 'text';
        results.appendChild(el('p', 'q', ui('found')));
        found.hits.slice(0, 200).forEach(function (h) {
          var p = el('p', 'hit');
          p.dataset.wsa = h.wsa === -1 ? '' : h.wsa;
          p.dataset.system = h.system;
          p.dataset.value = h.value;
          p.dataset.start = h.start;
          p.dataset.end = h.end;
          p.dataset.evidence = h.evidence;
          p.appendChild(document.createTextNode(ui('line') + ' ' + h.line + ': '));
          p.appendChild(el('mark', null, h.match.length > 160 ? h.match.slice(0, 160) + '…' : h.match));
          p.appendChild(document.createTextNode(' → ' + h.target));
          results.appendChild(p);
        });
        found.hits.forEach(function (h) { entry(h.row); });
        order.forEach(function (i) { results.appendChild(copyOf(i)); });
      } else {
        results.dataset.mode = 'words';
        var ok = matching(words), n = showCatalogue(ok);
        results.hidden = n > 0;
        if (n === 0) results.appendChild(el('p', 'none', ui('no_match')));
        count.textContent = fmt(ui('shown'), n, rows.length);
        return;
      }
    }
    results.hidden = false;
    showCatalogue({});
    count.textContent = fmt(ui('shown'), order.length, rows.length);
  }

  // ---------------------------------------------------------------- state
  function share() {
    var v = q.value.trim(), u = location.pathname + (v ? '?q=' + encodeURIComponent(q.value) : '');
    try { history.replaceState(null, '', u); } catch (e) { /* file: pages in some browsers */ }
  }
  function setLang(l) {
    lang = l;
    sel.value = l;
    document.documentElement.lang = l;
    var u = D.ui[l];
    document.title = u.title;
    document.getElementById('title').textContent = u.title;
    document.getElementById('intro').textContent = u.intro;
    document.getElementById('common-title').textContent = u.common;
    q.placeholder = u.search;
    q.setAttribute('aria-label', u.search);
    sections.forEach(function (s) { s.querySelector('h2').textContent = u.systems[s.dataset.system] || s.dataset.system; });
    rows.concat([].slice.call(common.querySelectorAll('li'))).forEach(function (r) {
      var d = D.rows[r.dataset.i].t[l];
      r.querySelector('.m').textContent = d.m;
      if (r.tagName !== 'ARTICLE') return;
      r.querySelector('.e').textContent = d.e;
      r.querySelector('h4').textContent = u.check;
      var ol = r.querySelector('ol');
      ol.textContent = '';
      d.c.forEach(function (c) { ol.appendChild(el('li', null, c)); });
      r.querySelector('.meta').textContent = d.x;
    });
    try { localStorage.setItem('wsaerr.lang', l); } catch (e) { /* storage off */ }
    search();
  }
  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (!h || document.getElementById(h)) return false;
    q.value = h;
    search();
    return true;
  }

  rows.forEach(function (r) {
    var d = D.rows[r.dataset.i], t = [d.code, d.hex, d.names];
    LANGS.forEach(function (l) { var x = d.t[l]; t.push(x.m, x.e, x.c.join(' ')); });
    r._s = fold(t.join(' '));
  });
  // the box grows with what is pasted, up to part of the screen
  function grow() {
    q.style.height = 'auto';
    q.style.height = Math.min(q.scrollHeight + 2, Math.round(window.innerHeight * 0.4)) + 'px';
  }
  q.addEventListener('input', function () { grow(); search(); share(); });
  sel.addEventListener('change', function () { setLang(sel.value); });
  window.addEventListener('hashchange', fromHash);

  function start() {
    var params = new URLSearchParams(location.search), l = params.get('lang'), saved = null;
    try { saved = localStorage.getItem('wsaerr.lang'); } catch (e) { /* storage off */ }
    if (params.has('q')) q.value = params.get('q');
    l = LANGS.indexOf(l) >= 0 ? l : LANGS.indexOf(saved) >= 0 ? saved : sel.value;
    setLang(l);
    fromHash();
    grow();
    q.focus();
    document.documentElement.dataset.ready = W ? 'wasm' : 'js';
  }
  // The module is gzip'd base64; a browser without DecompressionStream or
  // WebAssembly gets the plain JavaScript filter.
  var b64 = document.getElementById('wasm');
  if (b64 && b64.textContent.trim() && window.WebAssembly && window.DecompressionStream) {
    var bin = atob(b64.textContent.trim()), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
      .then(function (buf) { return WebAssembly.instantiate(buf, {}); })
      .then(function (m) { W = m.instance.exports; start(); }, start);
  } else {
    start();
  }
})();
