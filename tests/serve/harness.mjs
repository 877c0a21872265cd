// Shared by the serve tests: builds a store from real corpus articles with `newsgraph ingest`
// and starts `newsgraph serve` on a free loopback port.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const SKIP = 77;

export function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

export function check(cond, message) {
  if (!cond) fail(message);
  console.log(`ok: ${message}`);
}

// The first `count` BBC politics articles of ../shared/data/news/corpus.jsonl (where Blair,
// Brown and Howard are quoted), or null when ../shared is absent.
export function corpusArticles(sourceDir, count) {
  const corpus = resolve(sourceDir, "..", "shared", "data", "news", "corpus.jsonl");
  if (!existsSync(corpus)) return null;
  const picked = [];
  for (const line of readFileSync(corpus, "utf8").split("\n")) {
    if (!line.includes('"bbc-fulltext/bbc/politics/')) continue;
    picked.push(line);
    if (picked.length === count) break;
  }
  return picked;
}

// Ingests `input` (a JSONL file or a folder) into workDir/name.db and returns the path.
export function buildStore(binary, workDir, name, input) {
  mkdirSync(workDir, { recursive: true });
  const db = join(workDir, `${name}.db`);
  const r = spawnSync(binary, ["ingest", "--db", db, input], { encoding: "utf8", timeout: 300000 });
  if (r.status !== 0) fail(`ingest ${input} failed (${r.status}): ${r.stderr.trim()}`);
  return db;
}

// SERVE_TEST_DB=path runs the tests on an existing store instead.
export function storeFromCorpus(binary, sourceDir, workDir, count) {
  if (process.env.SERVE_TEST_DB) return process.env.SERVE_TEST_DB;
  const lines = corpusArticles(sourceDir, count);
  if (!lines) return null;
  mkdirSync(workDir, { recursive: true });
  const input = join(workDir, `politics-${count}.jsonl`);
  writeFileSync(input, lines.join("\n") + "\n");
  return buildStore(binary, workDir, `politics-${count}`, input);
}

// Starts `newsgraph serve --port 0` and resolves once it prints where it listens.
export function startServer(binary, db, extra = []) {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(binary, ["serve", "--db", db, "--port", "0", ...extra],
                       { stdio: ["ignore", "ignore", "pipe"] });
    // The server never outlives the test, however the test ends (fail() exits at once).
    process.on("exit", () => { if (proc.exitCode === null) proc.kill("SIGKILL"); });
    let err = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20000);
    proc.stderr.on("data", (chunk) => {
      err += chunk;
      const m = /at http:\/\/([\d.]+):(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolvePromise({
          proc, port: Number(m[2]), base: `http://127.0.0.1:${m[2]}`,
          alive: () => proc.exitCode === null && proc.signalCode === null,
          stop: () => new Promise((done) => {
            if (proc.exitCode !== null || proc.signalCode !== null) return done();
            proc.once("exit", done);
            proc.kill("SIGTERM");
          }),
        });
      }
    });
    proc.once("exit", (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${err}`)); });
  });
}
