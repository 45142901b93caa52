// Drives the HTML export (wsaerr export --format html) in Debian's
// Chromium: types into the search box, switches languages, follows an
// anchor, checks a phone-sized layout, and that the page asks the network
// for nothing. Prints PASS/FAIL lines for tests/run.sh-style counting and
// keeps a screenshot.
// usage: node html.mjs PAGE.html SCREENSHOT-DIR
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page_path, shots] = process.argv.slice(2);
const url = pathToFileURL(page_path).href;
let failed = 0;
const result = (name, ok, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'} browser/${name}${detail ? ` (${detail})` : ''}`);
  if (!ok) failed++;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:')) return route.continue();
    requests.push(u);
    return route.abort();
  });
  await page.goto(url);
  const visible = () => page.$$eval('article', (rows) => rows.filter((r) => !r.hidden).map((r) => r.id));
  const total = await page.$$eval('article', (rows) => rows.length);

  result('loads_every_code', total >= 114, `${total} rows`);
  result('count_shown', (await page.textContent('#count')) === `${total} of ${total} shown`,
         await page.textContent('#count'));

  await page.fill('#q', 'refused');
  let v = await visible();
  result('search_words', v.includes('10061') && !v.includes('10054') && v.length < total,
         `${v.length} shown`);
  result('count_follows_search', (await page.textContent('#count')) === `${v.length} of ${total} shown`);

  await page.fill('#q', '10054');
  v = await visible();
  result('search_code', v.includes('10054') && !v.includes('10061'), v.join(' '));

  await page.fill('#q', 'ECONNRESET');
  v = await visible();
  result('search_name', v.includes('10054'), v.join(' '));

  await page.fill('#q', 'conexion rechazo');
  v = await visible();
  result('search_other_language_without_accents', v.includes('10061'), v.join(' '));

  await page.fill('#q', '0x274d');
  v = await visible();
  result('search_hex', v.includes('10061'), v.join(' '));

  await page.fill('#q', 'zzzz-no-such-words');
  result('search_nothing', (await visible()).length === 0);
  await page.fill('#q', '');
  result('search_cleared', (await visible()).length === total);

  await page.selectOption('#lang', 'es');
  result('language_es', (await page.textContent('#\\31 0054 .m')) === 'El otro lado cortó la conexión'
         && (await page.getAttribute('html', 'lang')) === 'es' && (await page.title()) === 'Códigos de error de Windows Sockets');
  await page.selectOption('#lang', 'ko');
  result('language_ko', (await page.textContent('#\\31 0054 .m')) === '상대방이 연결을 강제로 끊음'
         && (await page.textContent('#\\31 0054 h3')) === '확인할 점');
  await page.fill('#q', '거부');
  v = await visible();
  result('search_korean', v.includes('10061'), v.join(' '));
  await page.fill('#q', '');
  await page.selectOption('#lang', 'en');
  result('language_back_to_en', (await page.textContent('#\\31 0054 .m')) === 'The connection was reset by the other side');

  await page.goto(`${url}#10060`);
  const target = await page.evaluate(() => document.querySelector(':target')?.id);
  result('anchor_per_code', target === '10060', String(target));
  await page.screenshot({ path: `${shots}/html-desktop.png` });

  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
  const p2 = await phone.newPage();
  await p2.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (requests.push(route.request().url()), route.abort())));
  await p2.goto(url);
  await p2.fill('#q', 'timed out');
  const overflow = await p2.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  result('phone_no_horizontal_scroll', overflow <= 0, `overflow ${overflow}px`);
  const font = await p2.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.e')).fontSize));
  result('phone_readable_text', font >= 14, `${font}px`);
  await p2.screenshot({ path: `${shots}/html-phone.png` });

  result('no_network_requests', requests.length === 0, requests.join(' '));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
