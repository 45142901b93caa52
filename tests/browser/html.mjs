// Drives the HTML export (wsaerr export --format html) in Debian's
// Chromium and checks that its search box gives the tool's answers: for
// every line of the recognizer's real corpus, the codes the page shows are
// those of `wsaerr --json explain`; for queries of every form, the
// readings are those of `wsaerr --json`; words find what `wsaerr search`
// finds. Also: a section per system and every row found through the box,
// shared state (?q=, #code, #NAME, the language remembered, focus), the
// most common codes first, dark mode, the page without JavaScript, a phone
// layout, and no network request. Prints PASS/FAIL lines for
// tests/run.sh-style counting and keeps screenshots.
// usage: node html.mjs PAGE.html SCREENSHOT-DIR WSAERR-TOOL
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const [page_path, shots, tool] = process.argv.slice(2);
const url = pathToFileURL(page_path).href;
let failed = 0;
const result = (name, ok, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'} browser/${name}${detail ? ` (${detail})` : ''}`);
  if (!ok) failed++;
};
const run = (...args) => {
  const r = spawnSync(tool, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
  return JSON.parse(r.stdout || '[]');
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const requests = [];
const offline = async (context) => {
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:')) return route.continue();
    requests.push(u);
    return route.abort();
  });
};
const open = async (context, suffix = '') => {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(url + suffix);
  await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 20000 });
  return page;
};
// What the page shows for a text typed or pasted in the box.
const shown = async (page, text) => {
  await page.fill('#q', text);
  return page.evaluate(() => {
    const res = document.getElementById('results');
    return {
      mode: res.dataset.mode,
      readings: [...res.querySelectorAll('.reading')].map((p) => ({
        system: p.dataset.system, value: Number(p.dataset.value),
        wsa: p.dataset.wsa === '' ? null : Number(p.dataset.wsa),
        code: p.dataset.code === '' ? null : Number(p.dataset.code) })),
      hits: [...res.querySelectorAll('.hit')].map((p) => ({
        wsa: p.dataset.wsa === '' ? null : Number(p.dataset.wsa), system: p.dataset.system,
        value: Number(p.dataset.value), start: Number(p.dataset.start), end: Number(p.dataset.end),
        evidence: p.dataset.evidence })),
      results: [...res.querySelectorAll('article')].map((a) => Number(a.dataset.i)),
      visible: [...document.querySelectorAll('main section.system article')].filter((a) => a.offsetParent)
        .map((a) => Number(a.dataset.i)),
    };
  });
};

try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await offline(context);
  const page = await open(context);
  const catalogue = run('export', '--format', 'json');
  const total = await page.$$eval('main section.system article', (rows) => rows.length);

  result('module_loaded', (await page.evaluate(() => document.documentElement.dataset.ready)) === 'wasm');
  result('loads_every_code', total === catalogue.length, `${total} rows of ${catalogue.length}`);
  result('count_shown', (await page.textContent('#count')) === `${total} of ${total} shown`,
         await page.textContent('#count'));
  result('search_box_focused_on_load', (await page.evaluate(() => document.activeElement.id)) === 'q');

  // The most common codes first when the box is empty.
  const first = await page.evaluate(() => {
    const m = document.querySelector('main');
    const s = [...m.children].find((x) => !x.hidden);
    return { id: s.id, top: s.querySelector('li a')?.getAttribute('href') };
  });
  result('most_common_first', first.id === 'common' && first.top === '#10061', JSON.stringify(first));

  // A section per system of the catalogue, each with its rows, and every
  // row found by its name through the search box.
  const systems = [...new Set(catalogue.map((e) => e.system))];
  const sections = await page.$$eval('section.system', (ss) => ss.map((s) => ({
    key: s.dataset.system, n: s.querySelectorAll('article').length, h: s.querySelector('h2').textContent })));
  result('section_per_system', same(sections.map((s) => s.key), systems) &&
         sections.every((s) => s.n === catalogue.filter((e) => e.system === s.key).length && s.h),
         JSON.stringify(sections));
  let missed = [];
  for (let i = 0; i < catalogue.length; i++) {
    const r = await shown(page, catalogue[i].name);
    if (!r.results.includes(i)) missed.push(catalogue[i].name);
  }
  result('search_finds_every_row_of_every_system', missed.length === 0, missed.slice(0, 5).join(' '));

  // Queries of every form: the readings are those of `wsaerr --json`.
  const queries = ['10054', '0x2746', '0X2746', '0x80072746', '-2147014842', '0xC000020D', '0xD000020D',
    '64', '1225', '995', '8', '0', 'WSAECONNRESET', 'econnreset', 'WSA_ECONNRESET', 'wsaetimedout',
    'EAI_NONAME', 'EAI_AGAIN', 'EAGAIN', 'ECONNREFUSED', 'ERROR_NETNAME_DELETED', 'ERROR_IO_PENDING',
    'STATUS_CONNECTION_RESET', 'HOST_NOT_FOUND', 'WSANO_ADDRESS', 'WSA_QOS_EUNKOWNPSOBJ',
    '10054 10061 11001', '  0x274D  ', '12345', '4294967295'];
  const qbad = [];
  for (const text of queries) {
    const want = run('--json', ...text.trim().split(/\s+/)).map((e) => ({ system: e.system, value: e.value, wsa: e.wsa, code: e.code }));
    const got = await shown(page, text);
    if (!same(got.readings, want) || (want.length && got.mode !== 'query')) qbad.push(`${text}: ${JSON.stringify(got.readings)} != ${JSON.stringify(want)}`);
  }
  result('queries_equal_the_tool', qbad.length === 0, qbad.slice(0, 3).join('; '));

  // Every line of the real corpus: the hits are those of `wsaerr explain`.
  const dir = new URL('../corpus/real/', import.meta.url);
  const lines = readdirSync(dir).filter((f) => f.endsWith('.tsv')).flatMap((f) =>
    readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[5]));
  const cbad = [];
  let withHits = 0;
  for (const line of lines) {
    const want = run('--json', 'explain', '--', line).map((h) => ({ wsa: h.wsa, system: h.system, value: h.value, start: h.start, end: h.end, evidence: h.evidence }));
    const got = await shown(page, line);
    // a line that reads as queries ("10055 WSAENOBUFS") shows the rows it
    // names: the same codes as the hits, each once
    const distinct = (xs) => [...new Set(xs)].sort();
    if (want.length) withHits++;
    if (got.mode === 'query' ? !same(distinct(got.readings.map((r) => r.wsa).filter((w) => w !== null)), distinct(want.filter((h) => h.system === 'wsa').map((h) => h.wsa)))
                             : !same(got.hits, want)) {
      cbad.push(`${line.slice(0, 60)}: ${JSON.stringify(got.hits)} != ${JSON.stringify(want)}`);
    }
  }
  result('corpus_lines_equal_explain', cbad.length === 0 && lines.length > 1000 && withHits > 1000,
         `${lines.length} lines, ${withHits} with hits, ${cbad.length} differ${cbad.length ? ': ' + cbad.slice(0, 2).join('; ') : ''}`);

  // Words: what `wsaerr search` finds (any language, accents ignored).
  const wbad = [];
  for (const words of ['refused', 'conexion rechazo', '거부', 'name server', 'timed out']) {
    const want = run('--json', 'search', ...words.split(' ')).map((e) => catalogue.findIndex((c) => c.name === e.name)).sort((a, b) => a - b);
    const got = await shown(page, words);
    const vis = [...got.visible].sort((a, b) => a - b);
    if (got.mode === 'words' ? !same(vis, want) : !got.results.length) wbad.push(`${words}: ${vis} != ${want}`);
  }
  result('words_equal_search', wbad.length === 0, wbad.join('; '));
  await page.fill('#q', 'zzzz-no-such-words');
  result('search_nothing', (await page.textContent('#results')).includes('no code matches'));

  // A lookup, and an Outlook dialog pasted whole.
  await page.fill('#q', '0x80072746');
  await page.screenshot({ path: `${shots}/html-lookup.png` });
  result('share_link_follows_the_box', (await page.evaluate(() => location.search)) === '?q=0x80072746');
  const outlook = 'The connection to the server has failed. Account: \'work\', Server: \'smtp.example.com\', ' +
    'Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E\n' +
    'Sending reported error (0x80042109): Outlook cannot connect to your outgoing (SMTP) e-mail server. ' +
    'A connection attempt failed because the connected party did not properly respond after a period of time.';
  const o = await shown(page, outlook);
  const ow = run('--json', 'explain', '--', outlook).map((h) => h.wsa);
  result('outlook_dialog_explained', o.mode === 'text' && same(o.hits.map((h) => h.wsa), ow) && ow.includes(10060),
         JSON.stringify(o.hits.map((h) => h.wsa)));
  await page.screenshot({ path: `${shots}/html-outlook.png`, fullPage: false });

  // Languages: switched, and remembered.
  await page.fill('#q', '');
  await page.selectOption('#lang', 'es');
  result('language_es', (await page.textContent('#\\31 0054 .m')) === run('--lang', 'es', '--json', '10054')[0].message
         && (await page.getAttribute('html', 'lang')) === 'es' && (await page.title()) === 'Códigos de error de Windows Sockets');
  const again = await open(context);
  result('language_remembered', (await again.$eval('#lang', (s) => s.value)) === 'es'
         && (await again.textContent('#\\31 0054 .m')) === run('--lang', 'es', '--json', '10054')[0].message);
  await again.selectOption('#lang', 'ko');
  result('language_ko', (await again.textContent('#\\31 0054 h4')) === '확인할 점');
  const ko = await shown(again, '거부');
  result('search_korean', ko.visible.includes(catalogue.findIndex((e) => e.code === 10061)));
  await again.selectOption('#lang', 'en');
  await again.close();

  // Shared links.
  const shared = await open(context, '?q=' + encodeURIComponent('Socket Error: 10061'));
  const sv = await shared.evaluate(() => ({ q: document.getElementById('q').value, mode: document.getElementById('results').dataset.mode,
    hits: [...document.querySelectorAll('#results .hit')].map((p) => p.dataset.wsa) }));
  result('link_with_q', sv.q === 'Socket Error: 10061' && sv.mode === 'text' && same(sv.hits, ['10061']), JSON.stringify(sv));
  await shared.close();
  const byCode = await open(context, '#10060');
  result('link_to_a_code', (await byCode.evaluate(() => document.querySelector(':target')?.closest('article')?.id)) === '10060');
  await byCode.close();
  const byName = await open(context, '#WSAECONNRESET');
  result('link_to_a_name', (await byName.evaluate(() => document.querySelector(':target')?.closest('article')?.id)) === '10054');
  await byName.close();
  const byQuery = await open(context, '#0x80072746');
  result('link_to_a_query', (await byQuery.evaluate(() => [...document.querySelectorAll('#results .reading')].map((p) => p.dataset.wsa).join())) === '10054');
  result('no_script_errors', [page, again, shared, byCode, byName, byQuery].every((p) => p.errors.length === 0),
         [page, again].flatMap((p) => p.errors).join('; '));
  await byQuery.close();

  // Dark mode from the system setting.
  const dark = await browser.newContext({ colorScheme: 'dark' });
  await offline(dark);
  const dp = await open(dark);
  const bg = await dp.evaluate(() => getComputedStyle(document.body).backgroundColor);
  result('dark_mode_from_system', bg === 'rgb(20, 23, 28)', bg);
  await dark.close();

  // Without JavaScript: every row is there to read.
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  await offline(nojs);
  const np = await nojs.newPage();
  await np.goto(url);
  const nv = await np.evaluate(() => [...document.querySelectorAll('main section.system article')].filter((a) => a.offsetParent).length);
  result('readable_without_javascript', nv === catalogue.length && (await np.isVisible('noscript p, header p')), `${nv} rows visible`);
  await nojs.close();

  // A phone.
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await offline(phone);
  const p2 = await open(phone);
  await shown(p2, '[WinError 10054] An existing connection was forcibly closed by the remote host');
  const overflow = await p2.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  result('phone_no_horizontal_scroll', overflow <= 0, `overflow ${overflow}px`);
  const font = await p2.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.e')).fontSize));
  result('phone_readable_text', font >= 14, `${font}px`);
  await p2.screenshot({ path: `${shots}/html-phone.png` });
  await phone.close();

  result('no_network_requests', requests.length === 0, requests.join(' '));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
