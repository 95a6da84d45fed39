// Opens local HTML pages in Debian's headless Chromium, runs axe-core on each at every width
// asked for, measures horizontal overflow and saves a full-page screenshot per width.
// Prints one JSON document on stdout; the Java browser tests parse it and make the assertions.
//
//   node audit-pages.mjs --screenshots DIR --widths 320,1280 [--enhanced-contrast]
//        [--search WORDS] [--language TAG] page.html ...
//
// --enhanced-contrast adds axe's WCAG AAA 7:1 contrast rule, for large-print pages.
// --search and --language type WORDS into, and choose TAG in, the library page's filter (on pages
// that have one) and record what the page then shows and announces.
//
// Exit status: 0 when every page was audited (violations are data, not errors), 2 on bad
// arguments or a missing browser or package, 1 when the browser failed.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.HANDOUT_CHROMIUM || '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Debian's chromium, started the way CI can run it: no sandbox (containers), no GPU, and none of
// the background traffic that would make a run depend on the network.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT_HEIGHT = 800;
// The printable width of US Letter with 0.5 inch margins, in CSS pixels (96 per inch).
const PRINT_WIDTH = 720;
// Browsers' "very large" default font size is twice the usual 16 px; a page in rem units grows with it.
const LARGE_DEFAULT_FONT_PX = 32;

function fail(message) {
  process.stderr.write(`audit-pages: ${message}\n`);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { screenshots: null, widths: [], enhancedContrast: false, search: null, language: null, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshots') {
      options.screenshots = argv[++i];
    } else if (argv[i] === '--widths') {
      options.widths = (argv[++i] || '').split(',').map(Number);
    } else if (argv[i] === '--search') {
      options.search = argv[++i];
    } else if (argv[i] === '--language') {
      options.language = argv[++i];
    } else if (argv[i] === '--enhanced-contrast') {
      options.enhancedContrast = true;
    } else if (argv[i].startsWith('--')) {
      fail(`unknown option ${argv[i]}`);
    } else {
      options.pages.push(resolve(argv[i]));
    }
  }
  if (!options.screenshots) fail('--screenshots DIR is required');
  if (options.widths.length === 0 || options.widths.some(w => !Number.isInteger(w) || w < 1)) {
    fail('--widths needs positive whole pixel widths, e.g. 320,1280');
  }
  if (options.pages.length === 0) fail('no pages given');
  for (const page of options.pages) {
    if (!existsSync(page)) fail(`no such page: ${page}`);
  }
  return options;
}

function loadPackages() {
  const require = createRequire(import.meta.url);
  try {
    const axePath = require.resolve('axe-core/axe.min.js');
    const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
    const { chromium } = require('playwright-core');
    return { axeSource: readFileSync(axePath, 'utf8'), axeVersion, chromium };
  } catch (e) {
    fail(`axe-core or playwright-core is not installed (${e.code || e.message}); run: npm ci --prefix src/test/browser`);
  }
}

async function measure(page) {
  return page.evaluate(() => ({
    standardsMode: document.compatMode === 'CSS1Compat',
    scrollWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
    rootFontPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
    bodyFontPx: parseFloat(getComputedStyle(document.body).fontSize),
  }));
}

function axeRules(options) {
  return options.enhancedContrast ? ['color-contrast-enhanced'] : [];
}

async function runAxe(page, axeSource, extraRules) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(([tags, extra]) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    rules: Object.fromEntries(extra.map(rule => [rule, { enabled: true }])),
    resultTypes: ['violations'],
  }), [WCAG_TAGS, extraRules]);
  return results.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    tags: v.tags,
    targets: v.nodes.map(n => n.target.join(' ')),
  }));
}

async function auditPage(context, file, options, axeSource) {
  const page = await context.newPage();
  const remoteRequests = new Set();
  // Pages must work from disk with nothing fetched: any other request is recorded and refused.
  await page.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    remoteRequests.add(url);
    return route.abort();
  });
  const stem = basename(file).replace(/\.html?$/i, '');
  const widths = [];
  for (const width of options.widths) {
    await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const layout = await measure(page);
    const screenshot = join(options.screenshots, `${stem}-${width}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    const violations = await runAxe(page, axeSource, axeRules(options));
    widths.push({ width, ...layout, screenshot, violations });
  }
  const title = await page.title();
  const fonts = await fontUse(context, page, file);
  const filter = await useFilter(page, file, options);
  const firstTabStop = await focusFirstTabStop(page, file);
  const print = await printLayout(page, file, join(options.screenshots, `${stem}-print.png`));
  const largeFont = await withLargeDefaultFont(context, page, file, Math.min(...options.widths));
  await page.close();
  return { file, title, widths, fonts, filter, firstTabStop, print, largeFont, remoteRequests: [...remoteRequests] };
}

// Which fonts the page loaded (its @font-face rules), and which fonts Chromium actually drew the
// h1's text and the first paragraph's text with: a web font is "custom", an installed one is not.
async function fontUse(context, page, file) {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter(f => f.status === 'loaded')
      .map(f => `${f.family.replace(/"/g, '')} ${f.weight} ${f.style}`);
  });
  const session = await context.newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const rendered = [];
  for (const selector of ['h1', 'main p']) {
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) continue;
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) {
      rendered.push({ selector, familyName: font.familyName, customFont: font.isCustomFont, glyphCount: font.glyphCount });
    }
  }
  await session.detach();
  return { loaded: [...new Set(loaded)], rendered };
}

// On a page with the library's filter: what is shown and announced after typing the search words,
// then after clearing them and choosing the language. Null on pages without a filter.
async function useFilter(page, file, options) {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  if (!(await page.$('#filter-text'))) return null;
  const state = () => page.evaluate(() => ({
    shown: [...document.querySelectorAll('article.handout')].filter(a => a.offsetParent !== null)
      .map(a => a.querySelector('h2, h3').textContent.trim()),
    status: document.getElementById('filter-count').textContent,
  }));
  const formVisible = await page.isVisible('form.filter');
  const before = await state();
  let searched = null;
  let chosen = null;
  if (options.search !== null) {
    await page.fill('#filter-text', options.search);
    searched = await state();
    await page.fill('#filter-text', '');
  }
  if (options.language !== null) {
    await page.selectOption('#filter-language', options.language);
    chosen = await state();
  }
  return { formVisible, before, searched, chosen };
}

// What a keyboard user sees after pressing Tab once on the freshly loaded page: which element has
// focus (body when nothing can take it), whether it is on screen, and its focus indicator.
async function focusFirstTabStop(page, file) {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement || document.body;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      text: element.textContent.trim(),
      onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
        && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
      outlineStyle: style.outlineStyle,
      outlineWidthPx: parseFloat(style.outlineWidth) || 0,
      boxShadow: style.boxShadow,
    };
  });
}

// The page under its print stylesheet, on paper as wide as a Letter page's printable area.
async function printLayout(page, file, screenshot) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINT_WIDTH, height: VIEWPORT_HEIGHT });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const layout = await measure(page);
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  return { width: PRINT_WIDTH, ...layout, screenshot };
}

// Emulates a reader who set the browser's default font size to "very large", at the narrowest width.
async function withLargeDefaultFont(context, page, file, width) {
  const session = await context.newCDPSession(page);
  await session.send('Page.setFontSizes', { fontSizes: { standard: LARGE_DEFAULT_FONT_PX } });
  await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const layout = await measure(page);
  await session.detach();
  return { width, defaultFontPx: LARGE_DEFAULT_FONT_PX, ...layout };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(CHROMIUM)) {
    fail(`no browser at ${CHROMIUM}; install Debian's chromium: sudo apt-get install chromium`);
  }
  const { axeSource, axeVersion, chromium } = loadPackages();
  mkdirSync(options.screenshots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'handout-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      offline: true,
    });
    const pages = [];
    for (const file of options.pages) {
      pages.push(await auditPage(context, file, options, axeSource));
    }
    const browserVersion = context.browser() ? context.browser().version() : await browserVersionOf(context);
    process.stdout.write(JSON.stringify({ axeVersion, browserVersion, tags: WCAG_TAGS, extraRules: axeRules(options), pages }) + '\n');
  } finally {
    if (context) await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function browserVersionOf(context) {
  const page = await context.newPage();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await page.close();
  const match = /(?:Headless)?Chrome\/([\d.]+)/.exec(userAgent);
  return match ? match[1] : userAgent;
}

main().catch(e => {
  process.stderr.write(`audit-pages: browser run failed: ${e.stack || e}\n`);
  process.exit(1);
});
