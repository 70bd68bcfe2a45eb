// The quality report: Lighthouse (mobile preset, median of three runs) on every lesson and the
// main pages of the built site, and the build's time and how it grows with the number of lessons.
// Two peers are measured in the same run: a Starlight page holding a lesson's words (built from
// tests/perf/starlight-peer), and each page's own built files behind a plain static server that
// gzips every response (what a docs host does), so first paint can be compared with the same content. Writes its section of BENCHMARKS.md (between the audit markers)
// and exits non-zero when an accessibility, best-practices or SEO score is below 100.
// Usage: npm run audit            (builds the site itself; AUDIT_RUNS=1 for a quick look;
//        AUDIT_GROWTH=0 skips the build-growth measure, which builds the course ten times over)
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import lighthouse from 'lighthouse';
import { chromiumArgs, findBrowser } from '../browser.mjs';
import { startCourseServer } from './course-server.mjs';

const runs = Number(process.env.AUDIT_RUNS ?? 3);
const port = Number(process.env.AUDIT_PORT ?? 4361);
const debuggingPort = port + 1;
const asserted = ['accessibility', 'best-practices', 'seo'];
const measureGrowth = process.env.AUDIT_GROWTH !== '0';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(1);

/** Wall time of a command, in ms. */
function timed(command, args, cwd) {
  const start = performance.now();
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd ?? '.'}:\n${String(error.stdout).slice(-3000)}\n${String(error.stderr).slice(-3000)}`);
  }
  return performance.now() - start;
}

/**
 * Build time against the number of lessons: the project copied to a temporary folder, its lessons
 * (and their quizzes) copied nine more times under new names, built, and timed beside the real build.
 */
function buildGrowth() {
  const lessons = readdirSync('content/lessons').filter((file) => file.endsWith('.mdx'));
  const real = timed('npm', ['run', 'build']);
  const folder = mkdtempSync(join(tmpdir(), 'threshold-growth-'));
  try {
    for (const entry of readdirSync('.')) {
      if (['node_modules', 'dist', '.git', '.astro', 'test-results', 'data', '.e2e-data'].includes(entry)) continue;
      cpSync(entry, join(folder, entry), { recursive: true });
    }
    symlinkSync(join(process.cwd(), 'node_modules'), join(folder, 'node_modules'), 'dir');
    for (let copy = 1; copy < 10; copy++) {
      for (const file of lessons) {
        const slug = file.replace(/\.mdx$/, '');
        const source = readFileSync(join('content/lessons', file), 'utf8');
        const order = Number(/^order:\s*(\d+)/m.exec(source)?.[1]);
        const lesson = source.replace(/^order:\s*\d+/m, `order: ${order + copy * lessons.length}`);
        writeFileSync(join(folder, 'content/lessons', `${slug}-copy-${copy}.mdx`), lesson);
        cpSync(join('content/quizzes', `${slug}.yaml`), join(folder, 'content/quizzes', `${slug}-copy-${copy}.yaml`));
      }
    }
    const tenfold = timed('npm', ['run', 'build'], folder);
    return { lessons: lessons.length, real, tenfold, perLesson: (tenfold - real) / (9 * lessons.length) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const peerTypes = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png', '.wasm': 'application/wasm' };

/** A folder of built files behind a plain static server that gzips every text response on the fly. */
function startGzipPeer(root, peerPort) {
  const server = createServer((request, response) => {
    let path = `${root}${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`;
    if (path.endsWith('/')) path += 'index.html';
    if (path.includes('..') || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = peerTypes[extname(path)] ?? 'application/octet-stream';
    const text = /^(text|application\/(json|javascript)|image\/svg)/.test(type);
    if (text && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      pipeline(createReadStream(path), createGzip(), response, () => undefined);
    } else {
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(path).size });
      createReadStream(path).pipe(response);
    }
  });
  return new Promise((resolve) => server.listen(peerPort, '127.0.0.1', () => resolve({ base: `http://127.0.0.1:${peerPort}`, stop: () => server.close() })));
}

const starlightFolder = 'tests/perf/starlight-peer';

/** A built page's title, headings, paragraphs and list items as Markdown: its words without its figures, math, notes or scripts. */
function pageAsMarkdown(file) {
  const lines = [];
  let title = '';
  const classes = (node) => node.properties?.className ?? [];
  const skipped = (node) =>
    node.type === 'element' &&
    (['script', 'style', 'svg', 'figure', 'template', 'noscript', 'nav', 'aside', 'form', 'button'].includes(node.tagName) ||
      classes(node).includes('katex') ||
      classes(node).includes('term-note'));
  const text = (node) => (skipped(node) ? '' : node.type === 'text' ? node.value : (node.children ?? []).map(text).join(''));
  const walk = (node) => {
    if (skipped(node) || (node.type !== 'element' && node.type !== 'root')) return;
    const words = () => text(node).replace(/\s+/g, ' ').trim().replace(/</g, '&lt;');
    if (node.tagName === 'h1') title = words();
    else if (node.tagName === 'h2') lines.push(`## ${words()}`, '');
    else if (node.tagName === 'h3') lines.push(`### ${words()}`, '');
    else if (node.tagName === 'p') lines.push(words(), '');
    else if (node.tagName === 'li') lines.push(`- ${words()}`);
    else for (const child of node.children ?? []) walk(child);
  };
  walk(fromHtml(readFileSync(file, 'utf8')));
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${lines.join('\n')}\n`;
}

/**
 * The Starlight peer: a Starlight site (its own pinned packages in tests/perf/starlight-peer,
 * installed on first use) whose one page holds the words and headings of a lesson, built here.
 * It carries none of the lesson's figures or math, so it is the lighter page of the two.
 */
function buildStarlightPeer(lessonFile) {
  if (!existsSync(join(starlightFolder, 'node_modules'))) timed('npm', ['ci', '--no-audit', '--no-fund'], starlightFolder);
  // The page's folder holds nothing else, so a fresh clone has none.
  mkdirSync(join(starlightFolder, 'src/content/docs'), { recursive: true });
  writeFileSync(join(starlightFolder, 'src/content/docs/index.md'), pageAsMarkdown(lessonFile));
  timed('npm', ['run', 'build'], starlightFolder);
  return join(starlightFolder, 'dist');
}

/** Lighthouse's default configuration: the mobile preset (Moto G Power, slow 4G, 4× CPU slowdown). */
async function audit(base, path) {
  const results = [];
  // A run Lighthouse could not complete (a runtime error such as no first paint under heavy load)
  // has no metrics; it is run again, at most twice, and named if it still fails.
  for (let run = 0, failures = 0; run < runs; ) {
    const browser = await chromium.launch({ executablePath: findBrowser(), args: [...chromiumArgs, `--remote-debugging-port=${debuggingPort}`] });
    try {
      const { lhr } = await lighthouse(`${base}${path}`, { port: debuggingPort, output: 'json', logLevel: 'error' });
      if (!lhr.runtimeError) {
        results.push(lhr);
        run++;
      } else if (++failures > 2) throw new Error(`${base}${path}: Lighthouse failed three times: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      else console.error(`${base}${path}: ${lhr.runtimeError.code}, measuring again`);
    } finally {
      await browser.close();
    }
  }
  const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = (lhr) =>
    asserted.flatMap((id) =>
      Object.values(lhr.audits)
        .filter((item) => item.score !== null && item.score < 1 && lhr.categories[id].auditRefs.some((ref) => ref.id === item.id && ref.weight > 0))
        .map((item) => `${id}: ${item.id}`),
    );
  return {
    path,
    performance: median(results.map((lhr) => score(lhr, 'performance'))),
    scores: Object.fromEntries(asserted.map((id) => [id, Math.min(...results.map((lhr) => score(lhr, id)))])),
    cls: median(results.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue)),
    fcp: median(results.map((lhr) => lhr.audits['first-contentful-paint'].numericValue)),
    bytes: median(results.map((lhr) => lhr.audits['total-byte-weight'].numericValue)),
    lcp: median(results.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue)),
    tbt: median(results.map((lhr) => lhr.audits['total-blocking-time'].numericValue)),
    problems: [...new Set(results.flatMap(failing))],
  };
}

const growth = measureGrowth ? buildGrowth() : undefined;
// AUDIT_BUILD=0 audits the build already in dist/ (made from the same commit).
if (!measureGrowth && process.env.AUDIT_BUILD !== '0') execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
const starlightLesson = 'what-is-emergence';
const starlightRoot = buildStarlightPeer(`dist/client/lessons/${starlightLesson}/index.html`);
const server = await startCourseServer(port);
const peer = await startGzipPeer('dist/client', port + 2);
const starlight = await startGzipPeer(starlightRoot, port + 3);
const pages = [];
// The Starlight page is measured at the start, in the middle and at the end of the run, so that it
// meets the load the course's pages met.
const starlightAudits = [];
try {
  const lessons = readdirSync('dist/client/lessons');
  const paths = ['/', ...lessons.map((slug) => `/lessons/${slug}/`), '/glossary/'];
  for (const [index, path] of paths.entries()) {
    if (index === 0 || index === Math.floor(paths.length / 2)) starlightAudits.push(await audit(starlight.base, '/'));
    // Course server and peer one after the other, so both meet the same load on the machine.
    const page = await audit(server.base, path);
    page.peer = await audit(peer.base, path);
    pages.push(page);
    console.error(`audited ${path}`);
  }
  starlightAudits.push(await audit(starlight.base, '/'));
} finally {
  server.stop();
  peer.stop();
  starlight.stop();
}
const starlightFcp = median(starlightAudits.map((result) => result.fcp));
const starlightVersion = JSON.parse(readFileSync(join(starlightFolder, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version;

const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const chromiumVersion = execFileSync(findBrowser(), ['--version'], { encoding: 'utf8' }).trim();
const report = [
  '<!-- audit:start -->',
  '## Quality audit: Lighthouse and build time',
  '',
  `\`npm run audit\` (\`tests/perf/audit.mjs\`) on ${cpus().length} cores (load average ${loadavg()[0].toFixed(1)} when it finished), ${chromiumVersion}, Lighthouse ${version},`,
  `mobile preset (simulated slow 4G, 4× CPU slowdown), ${runs} run${runs === 1 ? '' : 's'} per page against the built site on 127.0.0.1. Performance, CLS, LCP and TBT are`,
  'medians; accessibility, best practices and SEO are the lowest of the runs, and the script fails when one is below 100.',
  '',
  `Two peers, measured in the same run. **Starlight**: a Starlight ${starlightVersion} site whose one page holds the words and headings`,
  `of \`/lessons/${starlightLesson}/\` (none of its figures or math), served gzipped by a plain static server and measured ${starlightAudits.length} × ${runs}`,
  `time${runs === 1 ? '' : 's'} across the run: first contentful paint ${starlightAudits.map((result) => (result.fcp / 1000).toFixed(2)).join(', ')} s (median ${(starlightFcp / 1000).toFixed(2)} s),`,
  `performance ${starlightAudits.map((result) => result.performance).join(', ')}, transfer ${(median(starlightAudits.map((result) => result.bytes)) / 1024).toFixed(0)} KB.`,
  '**Same files, gzip**: each page\'s own built files behind that static server, measured right after it.',
  '',
  '| page | performance | accessibility | best practices | SEO | CLS | FCP (s) | FCP ÷ Starlight | same files gzip FCP (s) | FCP ÷ same files | same files performance | LCP (s) | TBT (ms) | transfer (KB) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...pages.map(
    (page) =>
      `| ${page.path} | ${page.performance} | ${page.scores.accessibility} | ${page.scores['best-practices']} | ${page.scores.seo} | ${page.cls.toFixed(3)} | ` +
      `${(page.fcp / 1000).toFixed(2)} | ${(page.fcp / starlightFcp).toFixed(2)} | ${(page.peer.fcp / 1000).toFixed(2)} | ${(page.fcp / page.peer.fcp).toFixed(2)} | ${page.peer.performance} | ${seconds(page.lcp)} | ${Math.round(page.tbt)} | ${(page.bytes / 1024).toFixed(0)} |`,
  ),
  '',
  'Transfer is everything the page loaded without scrolling (Lighthouse’s total byte weight): widgets below the first screen load',
  'their code only when they near the viewport, so it is the transfer before any widget does.',
  '',
  ...(growth ? [`Build (\`npm run build\`: Astro, then the Pagefind index) of the ${growth.lessons} lessons: ${seconds(growth.real)} s. The same project with every`,
  `lesson and quiz copied to ${growth.lessons * 10} lessons: ${seconds(growth.tenfold)} s (${(growth.tenfold / growth.real).toFixed(1)}× the time for 10× the lessons),`,
  `so each added lesson costs about ${seconds(growth.perLesson)} s of build time on top of a fixed start-up cost.`] : ['Build growth was not measured in this run (AUDIT_GROWTH=0).']),
  '<!-- audit:end -->',
].join('\n');

const benchmarks = readFileSync('BENCHMARKS.md', 'utf8');
const marked = /<!-- audit:start -->[\s\S]*<!-- audit:end -->/;
writeFileSync('BENCHMARKS.md', marked.test(benchmarks) ? benchmarks.replace(marked, report) : `${benchmarks.trimEnd()}\n\n${report}\n`);
console.log(report);

const failures = pages.filter((page) => asserted.some((id) => page.scores[id] < 100));
if (failures.length > 0) {
  for (const page of failures) console.error(`${page.path}: ${page.problems.join(', ')}`);
  process.exit(1);
}
