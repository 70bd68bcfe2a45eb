// The quality report: Lighthouse (mobile preset, median of three runs) on every lesson and the
// main pages of the built site, and the build's time and how it grows with the number of lessons.
// Writes its section of BENCHMARKS.md (between the audit markers) and exits non-zero when an
// accessibility, best-practices or SEO score is below 100.
// Usage: npm run audit            (builds the site itself; AUDIT_RUNS=1 for a quick look)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumArgs, findBrowser } from '../browser.mjs';
import { startCourseServer } from './course-server.mjs';

const runs = Number(process.env.AUDIT_RUNS ?? 3);
const port = Number(process.env.AUDIT_PORT ?? 4361);
const debuggingPort = port + 1;
const asserted = ['accessibility', 'best-practices', 'seo'];
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

/** Lighthouse's default configuration: the mobile preset (Moto G Power, slow 4G, 4× CPU slowdown). */
async function audit(base, path) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const browser = await chromium.launch({ executablePath: findBrowser(), args: [...chromiumArgs, `--remote-debugging-port=${debuggingPort}`] });
    try {
      const { lhr } = await lighthouse(`${base}${path}`, { port: debuggingPort, output: 'json', logLevel: 'error' });
      results.push(lhr);
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
    lcp: median(results.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue)),
    tbt: median(results.map((lhr) => lhr.audits['total-blocking-time'].numericValue)),
    problems: [...new Set(results.flatMap(failing))],
  };
}

const growth = buildGrowth();
const server = await startCourseServer(port);
const pages = [];
try {
  const lessons = readdirSync('dist/client/lessons');
  for (const path of ['/', ...lessons.map((slug) => `/lessons/${slug}/`), '/glossary/']) {
    pages.push(await audit(server.base, path));
    console.error(`audited ${path}`);
  }
} finally {
  server.stop();
}

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
  '| page | performance | accessibility | best practices | SEO | CLS | LCP (s) | TBT (ms) |',
  '|---|---|---|---|---|---|---|---|',
  ...pages.map(
    (page) =>
      `| ${page.path} | ${page.performance} | ${page.scores.accessibility} | ${page.scores['best-practices']} | ${page.scores.seo} | ${page.cls.toFixed(3)} | ${seconds(page.lcp)} | ${Math.round(page.tbt)} |`,
  ),
  '',
  `Build (\`npm run build\`: Astro, then the Pagefind index) of the ${growth.lessons} lessons: ${seconds(growth.real)} s. The same project with every`,
  `lesson and quiz copied to ${growth.lessons * 10} lessons: ${seconds(growth.tenfold)} s (${(growth.tenfold / growth.real).toFixed(1)}× the time for 10× the lessons),`,
  `so each added lesson costs about ${seconds(growth.perLesson)} s of build time on top of a fixed start-up cost.`,
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
