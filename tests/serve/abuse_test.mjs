// Malformed and hostile requests against a real `newsgraph serve` on a real store: each class
// must get a 4xx (JSON {"error"} where the server answers in JSON), nothing outside the page is
// ever served, the store is unchanged, and the server keeps answering after every request.
//   node abuse_test.mjs BUILD/newsgraph SOURCE_DIR WORK_DIR
import net from "node:net";
import { join } from "node:path";
import { buildStore, check, fail, startServer, storeFromCorpus } from "./harness.mjs";

const [binary, sourceDir, workDir] = process.argv.slice(2);

// Sends raw bytes; resolves {status, body} of the first response (connection closed after).
function raw(port, bytes) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1");
    const chunks = [];
    sock.setTimeout(10000, () => { sock.destroy(); reject(new Error("timeout")); });
    sock.on("data", (c) => chunks.push(c));
    sock.on("error", reject);
    sock.on("end", () => {
      sock.end();
      const text = Buffer.concat(chunks).toString("latin1");
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const sep = text.indexOf("\r\n\r\n");
      resolve({ status: m ? Number(m[1]) : 0, body: sep >= 0 ? text.slice(sep + 4) : "" });
    });
    // Not end(): a half-closed socket reads as a gone client, and the server drops the answer.
    sock.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "latin1"));
  });
}
const get = (port, target) =>
  raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

const big = "x".repeat(20000);
const longQ = "B".repeat(300);
// [class, raw request target or full request, expected status range]
const CASES = [
  ["huge query string (20 kB URI)", `/api/actors?q=${big}`, 414],
  ["query text over 200 bytes", `/api/actors?q=${longQ}`, 400],
  ["bad UTF-8 in q (%FF%FE)", "/api/actors?q=%FF%FE", 400],
  ["bad UTF-8 in q (overlong %C0%AF)", "/api/actors?q=%C0%AF", 400],
  ["control characters in q", "/api/actors?q=a%00b", 400],
  ["bad UTF-8 in an actor id", "/api/actors/%FF", 404],
  ["bad UTF-8 in an article id", "/api/articles/%ED%A0%80", 404],
  ["../ path", "/../../../../etc/passwd", 404],
  ["encoded %2e%2e/ path", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 404],
  ["encoded ..%2f path", "/..%2f..%2f..%2fetc%2fpasswd", 404],
  ["../ after a page file", "/app.js/../../../etc/passwd", 404],
  ["../ inside an article id", "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd", 404],
  ["backslash traversal", "/..%5c..%5cetc%5cpasswd", 404],
  ["SQL in an actor id", "/api/actors/a1'%20OR%20'1'='1", 404],
  ["SQL in an article id", "/api/articles/x'%3B%20DROP%20TABLE%20articles%3B--", 404],
  ["SQL in limit", "/api/actors?limit=1%3BDROP%20TABLE%20actors", 400],
  ["SQL in depth", "/api/graph?actor=a1&depth=1%20OR%201=1", 400],
  ["SQL in relation types", "/api/graph?actor=a1&types=supports')--", 400],
  ["negative limit", "/api/actors?limit=-1", 400],
  ["zero limit", "/api/actors?limit=0", 400],
  ["limit over the cap", "/api/actors?limit=100000", 400],
  ["limit past 64 bits", "/api/actors?limit=99999999999999999999999", 400],
  ["negative actor limit", "/api/actors/a1?limit=-5", 400],
  ["depth 1000", "/api/graph?actor=a1&depth=1000", 400],
  ["depth -1", "/api/graph?actor=a1&depth=-1", 400],
  ["depth not a number", "/api/graph?actor=a1&depth=abc", 400],
  ["graph without actor", "/api/graph", 400],
  ["bad date", "/api/graph?actor=a1&from=2016-13-99x", 400],
  ["unknown actor id", "/api/actors/a999999999", 404],
  ["actor name instead of id", "/api/actors/Blair", 404],
  ["unknown actor in graph", "/api/graph?actor=a999999999", 404],
  ["unknown article id", "/api/articles/no-such-article", 404],
  ["unknown API path", "/api/nothing", 404],
  ["unknown page", "/secret.txt", 404],
];
const RAW_CASES = [
  ["raw non-UTF-8 bytes in the request line",
   Buffer.concat([Buffer.from("GET /api/actors?q="), Buffer.from([0xff, 0xfe, 0x80]),
                  Buffer.from(" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")]), [400, 404]],
  ["garbage request line", "\x01\x02 NOT HTTP\r\n\r\n", [400, 400]],
  ["no method or version", "/api/actors\r\n\r\n", [400, 400]],
  ["merge without --allow-edits",
   "POST /api/actors/a1/merge HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
   "Content-Length: 8\r\nConnection: close\r\n\r\nother=a2", [403, 403]],
  ["DELETE an actor", "DELETE /api/actors/a1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", [400, 405]],
  ["request body over 64 kB",
   `POST /api/actors/a1/merge HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\nConnection: close\r\n\r\n${"a".repeat(200000)}`,
   [413, 413]],
  ["header section over the limit",
   `GET /api/actors HTTP/1.1\r\nHost: x\r\nX-Big: ${"h".repeat(9000)}\r\nConnection: close\r\n\r\n`, [400, 431]],
];

let db = storeFromCorpus(binary, sourceDir, workDir, 200);
if (!db) {
  console.log("SKIP-NOTE: no ../shared; the store is built from examples/ instead");
  db = buildStore(binary, workDir, "examples", join(sourceDir, "examples"));
}
const server = await startServer(binary, db);
try {
  const before = await get(server.port, "/api/stats");
  check(before.status === 200, `GET /api/stats answers 200 before the abuse (${before.status} ${before.body.slice(0, 80)})`);
  const results = [];
  const after = async (what) => {
    const health = await get(server.port, "/api/health");
    if (health.status !== 200 || !server.alive()) fail(`server not answering after: ${what}`);
  };
  for (const [what, target, want] of CASES) {
    const r = await get(server.port, target);
    results.push([what, r.status]);
    if (r.status !== want) fail(`${what}: got ${r.status}, want ${want} (${r.body.slice(0, 120)})`);
    if (r.body.includes("root:") || r.body.includes("/bin/")) fail(`${what}: served a system file`);
    if (!/"error":/.test(r.body)) fail(`${what}: no JSON error body (${r.body.slice(0, 120)})`);
    await after(what);
  }
  for (const [what, bytes, [lo, hi]] of RAW_CASES) {
    const r = await raw(server.port, bytes);
    results.push([what, r.status]);
    if (r.status < lo || r.status > hi) fail(`${what}: got ${r.status}, want ${lo}..${hi}`);
    await after(what);
  }
  // SQL metacharacters in search text are text: searched for, never executed.
  for (const q of ["' OR 1=1 --", "\"); DROP TABLE actors; --", "%_%", "Blair' UNION SELECT s FROM strings --"]) {
    const r = await get(server.port, `/api/actors?q=${encodeURIComponent(q)}`);
    results.push([`SQL metacharacters as search text: ${q}`, r.status]);
    if (r.status !== 200) fail(`search text ${q}: got ${r.status}`);
    const n = JSON.parse(r.body).actors.length;
    if (q.startsWith("'") && n > 0) fail(`search text ${q} matched ${n} actors (injection?)`);
  }
  const end = await get(server.port, "/api/stats");
  check(end.status === 200 && end.body === before.body, "the store is unchanged and still answering");
  check(server.alive(), `server still running after ${results.length} hostile requests`);
  for (const [what, status] of results) console.log(`  ${status}  ${what}`);
} finally {
  await server.stop();
}
console.log("abuse test passed");
