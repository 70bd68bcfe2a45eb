// Load and durability test of class mode on loopback: simulated learners submit quiz attempts
// concurrently for a bounded time; then the server is killed (SIGKILL) during a burst and
// restarted, every submission that was not acknowledged is sent again with the same idempotency
// key (as the browser's outbox does), and every stored attempt is counted: each acknowledged one
// must be there exactly once, each replayed one at most once. Prints a Markdown report and exits
// non-zero on a lost or duplicated submission.
// Usage: npm run build && npm run load
// Environment: LOAD_LEARNERS (200, at most 1000), LOAD_SECONDS (30, at most 120), LOAD_PORT (4399),
// LOAD_DATABASE_URL (postgres://…; SQLite in a fresh temporary folder when unset).
// The server trusts the loopback as a proxy (TRUST_PROXY) and each simulated learner sends an
// X-Forwarded-For address of its own, so joining is limited per learner as in a real classroom.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';

const learners = Math.min(1000, Number(process.env.LOAD_LEARNERS ?? 200));
const seconds = Math.min(120, Number(process.env.LOAD_SECONDS ?? 30));
const port = Number(process.env.LOAD_PORT ?? 4399);
/**
 * On PostgreSQL the run gets a schema of its own, dropped at the end: the named database is left as
 * it was, and its other schemas (a test suite's, an earlier run's) never see this run's tables.
 */
const schema = `load_${randomBytes(6).toString('hex')}`;
let admin;
let databaseUrl;
if (process.env.LOAD_DATABASE_URL) {
  admin = new pg.Client({ connectionString: process.env.LOAD_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const scoped = new URL(process.env.LOAD_DATABASE_URL);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  databaseUrl = scoped.toString();
}
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'threshold-load-'));

const answers = async () => {
  try {
    return (await fetch(`${base}/api/class/health`)).ok;
  } catch {
    return false;
  }
};
if (await answers()) throw new Error(`port ${port} is in use: set LOAD_PORT to a free port`);

let server;
async function start() {
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), CLASS_DATA_DIR: dataDir, TRUST_PROXY: '127.0.0.1' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  server = spawn('node', ['server.mjs'], { stdio: 'ignore', env });
  for (let i = 0; i < 150; i++) {
    if (await answers()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the course server did not start');
}

async function post(path, body, token, client = '192.0.2.1') {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), retryAfter: Number(response.headers.get('retry-after') ?? 1) };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A quiz attempt with a fresh idempotency key, as the quiz queues it. */
function newAttempt() {
  const points = Math.floor(Math.random() * 7);
  return {
    key: randomUUID(),
    lesson: 'scaling-laws',
    at: new Date().toISOString(),
    points,
    of: 6,
    answers: Array.from({ length: 6 }, (_, index) => ({ credit: index < points ? 1 : 0, answer: index < points ? 'a' : 'b' })),
  };
}

/**
 * Every learner submits attempts back to back until `stopAt`; returns what was acknowledged, what
 * was sent without an acknowledgement (to replay), and how long each answered request took.
 */
async function run(members, stopAt) {
  const acked = [];
  const unacknowledged = [];
  const latencies = [];
  let refused = 0;
  let failed = 0;
  await Promise.all(
    members.map(async (member) => {
      while (performance.now() < stopAt) {
        const body = newAttempt();
        const started = performance.now();
        try {
          const result = await post('/api/class/attempts', body, member.token, member.address);
          latencies.push(performance.now() - started);
          if (result.status === 201 || result.status === 200) acked.push({ member, key: body.key });
          else {
            unacknowledged.push({ member, body });
            if (result.status === 429) {
              refused++;
              await sleep(result.retryAfter * 1000);
            } else failed++;
          }
        } catch {
          // The connection broke (the server was killed): not acknowledged, so replayed later.
          unacknowledged.push({ member, body });
          failed++;
          await sleep(100);
        }
      }
    }),
  );
  return { acked, unacknowledged, latencies: latencies.sort((a, b) => a - b), refused, failed };
}

/** How many times each `learner#key` is stored: a list, counted, so a duplicate shows. */
async function storedCounts(members) {
  const counts = new Map();
  for (const member of members) {
    const response = await fetch(`${base}/api/class/me`, { headers: { authorization: `Bearer ${member.token}` } });
    if (!response.ok) throw new Error(`records of ${member.name}: ${response.status}`);
    for (const attempt of (await response.json()).attempts) {
      const id = `${member.name}#${attempt.key}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

const duplicates = (counts) => [...counts.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
const total = (counts) => [...counts.values()].reduce((sum, count) => sum + count, 0);

const lost = (acked, counts) => acked.filter(({ member, key }) => !counts.has(`${member.name}#${key}`)).length;

try {
  await start();
  const created = await post('/api/class/classes', { name: `Load ${new Date().toISOString()}` });
  const members = [];
  for (let i = 0; i < learners; i++) {
    const address = `10.${(i >> 8) & 255}.${i & 255}.1`;
    const joined = await post('/api/class/join', { code: created.body.joinCode, name: `learner ${i}` }, undefined, address);
    if (joined.status !== 201) throw new Error(`join ${i}: ${joined.status} ${JSON.stringify(joined.body)}`);
    members.push({ name: `learner ${i}`, token: joined.body.learnerToken, address });
  }

  // Every learner connects at the same instant and reads their records once, so the timed phase
  // measures submissions over open connections; the wait of this first wave is reported apart.
  const warm = performance.now();
  const firstWave = await Promise.all(
    members.map(async (member) => {
      const started = performance.now();
      await (await fetch(`${base}/api/class/me`, { headers: { authorization: `Bearer ${member.token}` } })).json();
      return performance.now() - started;
    }),
  );
  const connectSeconds = (performance.now() - warm) / 1000;

  const began = performance.now();
  const load = await run(members, began + seconds * 1000);
  const elapsed = (performance.now() - began) / 1000;
  const afterLoad = await storedCounts(members);

  // Fault: kill the server without warning halfway through a shorter burst and restart it; then
  // send again, with the same keys, every submission that was not acknowledged.
  const burst = Math.min(10, seconds);
  const killAt = setTimeout(() => server.kill('SIGKILL'), (burst / 2) * 1000);
  const faulted = await run(members, performance.now() + burst * 1000);
  clearTimeout(killAt);
  await new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve() : server.once('exit', resolve)));
  await start();
  let replayedAcked = 0;
  for (const { member, body } of faulted.unacknowledged) {
    for (;;) {
      const result = await post('/api/class/attempts', body, member.token, member.address);
      if (result.status === 201 || result.status === 200) {
        replayedAcked++;
        break;
      }
      if (result.status !== 429) throw new Error(`replay of ${member.name}#${body.key}: ${result.status} ${JSON.stringify(result.body)}`);
      await sleep(result.retryAfter * 1000);
    }
  }
  const afterRestart = await storedCounts(members);
  const everyAcked = [...load.acked, ...faulted.acked];
  const missing = everyAcked.filter(({ member, key }) => !afterRestart.has(`${member.name}#${key}`)).length;
  const replayedMissing = faulted.unacknowledged.filter(({ member, body }) => !afterRestart.has(`${member.name}#${body.key}`)).length;
  const expected = everyAcked.length + faulted.unacknowledged.length;

  const database = databaseUrl ? 'PostgreSQL' : 'SQLite (WAL, synchronous FULL)';
  console.log(`| database | learners | seconds | acknowledged | requests/s | p50 ms | p99 ms | 429 | errors | lost |`);
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${database} | ${learners} | ${elapsed.toFixed(1)} | ${load.acked.length} | ${(load.latencies.length / elapsed).toFixed(0)} | ` +
      `${quantile(load.latencies, 0.5).toFixed(1)} | ${quantile(load.latencies, 0.99).toFixed(1)} | ${load.refused} | ${load.failed} | ${lost(load.acked, afterLoad)} |`,
  );
  console.log('');
  console.log(
    `First wave: ${learners} learners connecting at once were all answered within ${connectSeconds.toFixed(1)} s ` +
      `(median ${quantile(firstWave.sort((a, b) => a - b), 0.5).toFixed(0)} ms).`,
  );
  console.log('');
  console.log(
    `Kill test: SIGKILL ${burst / 2} s into a ${burst} s burst; ${faulted.acked.length} submissions acknowledged in the burst, ` +
      `${faulted.unacknowledged.length} sent without an acknowledgement and replayed after the restart with the same keys (${replayedAcked} acknowledged). ` +
      `Stored attempts counted one by one: ${total(afterRestart)} stored for ${expected} distinct submissions; ` +
      `${missing} of ${everyAcked.length} acknowledged missing, ${replayedMissing} replayed missing, ${duplicates(afterRestart)} stored more than once.`,
  );
  if (missing > 0 || replayedMissing > 0 || duplicates(afterRestart) > 0 || duplicates(afterLoad) > 0) process.exitCode = 1;
} finally {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  if (admin) {
    // The server's connections close as it exits; the schema goes with everything in it.
    await new Promise((resolve) => (server?.exitCode !== null || server?.signalCode !== null ? resolve() : server.once('exit', resolve)));
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
