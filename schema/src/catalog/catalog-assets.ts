/**
 * The catalog's style: system fonts, light and dark from the reader's setting, colours that keep
 * WCAG AA contrast in both, a visible focus ring, and one column on a phone.
 */
export const CATALOG_CSS = `:root {
  color-scheme: light dark;
  --text: #1f2328; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --link: #0550ae; --focus: #0969da;
  --active-bg: #dafbe1; --active-fg: #116329;
  --deprecated-bg: #fff8c5; --deprecated-fg: #6a4300;
  --retired-bg: #ffebe9; --retired-fg: #82071e;
  --note-bg: #ddf4ff; --note-fg: #0a3069;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --link: #58a6ff; --focus: #58a6ff;
    --active-bg: #0f2e1a; --active-fg: #7ee787;
    --deprecated-bg: #3b2e00; --deprecated-fg: #f2cc60;
    --retired-bg: #3d0a0a; --retired-fg: #ffa198;
    --note-bg: #0c2d4e; --note-fg: #a5d6ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 1; }
.skip:focus { left: .5rem; }
header { border-bottom: 1px solid var(--line); background: var(--panel); }
header .inner, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header .inner { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: baseline; padding-top: .75rem; padding-bottom: .75rem; }
header .site { font-weight: 600; color: var(--text); text-decoration: none; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
nav a[aria-current="page"] { font-weight: 600; color: var(--text); }
main { padding-top: 1rem; padding-bottom: 2rem; }
footer { color: var(--muted); font-size: .875rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
/* A commit's subject heads its changes: long ones are common, so it stays the size of body text. */
article h2 { font-size: 1.05rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.filters { display: grid; gap: .75rem 1.5rem; grid-template-columns: minmax(14rem, 2fr) repeat(auto-fit, minmax(10rem, 1fr)); align-items: end; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.filters label, .filters legend { display: block; font-weight: 600; font-size: .875rem; margin-bottom: .25rem; }
.filters fieldset { border: 0; margin: 0; padding: 0; }
.filters fieldset label { display: inline-flex; gap: .25rem; align-items: center; font-weight: 400; margin-right: .75rem; }
input[type="search"], select { width: 100%; font: inherit; padding: .4rem .5rem; color: var(--text); background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; }
input[type="checkbox"] { width: 1.1rem; height: 1.1rem; }
#count { margin: .75rem 0; }
.events { list-style: none; margin: 0; padding: 0; }
.events li { border-top: 1px solid var(--line); padding: .6rem 0; content-visibility: auto; contain-intrinsic-size: auto 6rem; }
#by-product.set-aside { content-visibility: hidden; contain-intrinsic-size: 0; height: 0; overflow: hidden; }
.events .name { font-weight: 600; }
.events p { margin: .15rem 0 0; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; line-height: 1.4; padding: 0 .45rem; border-radius: 1rem; margin-left: .35rem; vertical-align: .1em; white-space: nowrap; }
.badge.active { background: var(--active-bg); color: var(--active-fg); }
.badge.deprecated, .badge.dangerous { background: var(--deprecated-bg); color: var(--deprecated-fg); }
.badge.retired, .badge.breaking { background: var(--retired-bg); color: var(--retired-fg); }
.badge.note, .badge.safe { background: var(--note-bg); color: var(--note-fg); }
.lifecycle { border-left: 4px solid var(--deprecated-fg); background: var(--panel); padding: .5rem .75rem; margin: 1rem 0; }
.lifecycle.retired { border-left-color: var(--retired-fg); }
.name-row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.name-row code { font-size: 1.05rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .2rem .5rem; }
button { font: inherit; font-size: .875rem; color: var(--text); background: var(--panel); border: 1px solid var(--muted); border-radius: 6px; padding: .25rem .75rem; cursor: pointer; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .4rem .6rem .4rem 0; }
thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
tbody th { font-weight: 400; }
ul.sites { columns: 2 22rem; padding-left: 1.25rem; }
@media (max-width: 40rem) {
  .filters { grid-template-columns: 1fr; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .5rem; }
  h1 { font-size: 1.4rem; }
  th, td { padding-right: .4rem; }
}
`;

/**
 * The catalog's one script: search as you type and the filters on the index (over the index data
 * in catalog-index.js, a script so that the site works opened from file://), the copy button on event
 * pages, and `/` to jump to the search. Without it every page still reads and links.
 */
export const CATALOG_JS = `(function () {
  'use strict';
  var copy = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(copy, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-copy');
      var said = document.getElementById('copied');
      var done = function () { if (said) said.textContent = 'Copied “' + text + '” to the clipboard.'; };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
      function fallback() {
        var area = document.createElement('textarea');
        area.value = text; area.setAttribute('readonly', ''); area.style.position = 'fixed'; area.style.opacity = '0';
        document.body.appendChild(area); area.select();
        try { document.execCommand('copy'); done(); } catch (e) { if (said) said.textContent = 'Select the name to copy it.'; }
        document.body.removeChild(area);
      }
    });
  });

  var data = window.TRACKPLAN_CATALOG;
  var query = document.getElementById('q');
  if (!data || !query) return;
  var statuses = document.querySelectorAll('input[name="status"]');
  var product = document.getElementById('product');
  var side = document.getElementById('side');
  var count = document.getElementById('count');
  var byProduct = document.getElementById('by-product');
  var matches = document.getElementById('matches');
  var matchList = matches.querySelector('ul');
  var more = document.getElementById('more');
  var events = data.events;
  // One row per event to show among the matches: its first row in the lists by product.
  var rowOf = [];
  Array.prototype.forEach.call(document.querySelectorAll('li[data-event]'), function (row) {
    var i = +row.getAttribute('data-event');
    if (!rowOf[i]) rowOf[i] = row;
  });
  // Matches are shown a page at a time: thousands of rows would make each keystroke wait for layout.
  var PAGE = 100;
  var found = [];

  function show(limit) {
    var rows = [];
    for (var i = 0; i < found.length && i < limit; i++) rows.push(rowOf[found[i]].cloneNode(true));
    matchList.replaceChildren.apply(matchList, rows);
    more.hidden = found.length <= limit;
  }

  function apply() {
    var terms = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var allowed = {};
    var filtering = terms.length > 0;
    Array.prototype.forEach.call(statuses, function (box) {
      allowed[box.value] = box.checked;
      if (!box.checked) filtering = true;
    });
    var wantedProduct = product ? product.value : '';
    var wantedSide = side ? side.value : '';
    if (wantedProduct || wantedSide) filtering = true;
    found = [];
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      var ok = allowed[e.status] !== false
        && (!wantedProduct || e.products.indexOf(wantedProduct) !== -1)
        && (!wantedSide || e.sides.indexOf(wantedSide) !== -1);
      for (var t = 0; ok && t < terms.length; t++) ok = e.search.indexOf(terms[t]) !== -1;
      if (ok) found.push(i);
    }
    // The lists by product stay laid out while hidden (content-visibility), so clearing the search is quick too.
    byProduct.classList.toggle('set-aside', filtering);
    matches.hidden = !filtering;
    if (filtering) show(PAGE);
    count.textContent = !filtering ? events.length + ' events' : found.length + ' of ' + events.length + ' events';
  }

  more.querySelector('button').addEventListener('click', function () { show(found.length); });
  query.addEventListener('input', apply);
  Array.prototype.forEach.call(statuses, function (box) { box.addEventListener('change', apply); });
  if (product) product.addEventListener('change', apply);
  if (side) side.addEventListener('change', apply);
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (event.key === '/' && !typing) { event.preventDefault(); query.focus(); }
  });
  var initial = /[?&]q=([^&]*)/.exec(location.search);
  if (initial) query.value = decodeURIComponent(initial[1].replace(/\\+/g, ' '));
  apply();
  document.documentElement.setAttribute('data-ready', '');
  if (window.performance && performance.mark) performance.mark('trackplan-catalog-ready');
})();
`;
