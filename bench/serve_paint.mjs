// First paint of every page of the explorer in headless Chromium (Debian's chromium, driven by
// puppeteer-core from web/node_modules) over loopback: for the overview, the most mentioned
// actor's page, its network and an article, the first-contentful-paint and the time until the
// page's data is on screen, from navigation start. Each page is loaded RUNS times in a fresh
// tab: the first load is cold (nothing in the server's answer cache), the rest warm. Reports;
// asserts nothing.
//   node bench/serve_paint.mjs BUILD/newsgraph DB [RUNS=3]
// SERVE_URL=http://127.0.0.1:PORT measures a server that is already running; PAINT_ACTOR=NAME
// measures the best match of NAME instead of the most mentioned actor (whose answers the server
// prepares at start).
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../tests/serve/harness.mjs";

const [binary, db, runsArg] = process.argv.slice(2);
if (!db && !process.env.SERVE_URL) {
  console.error("usage: node bench/serve_paint.mjs BUILD/newsgraph DB [RUNS]");
  process.exit(2);
}
const runs = Number(runsArg || 3);
const source = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const puppeteer = createRequire(join(source, "web", "package.json"))("puppeteer-core");

const server = process.env.SERVE_URL
  ? { base: process.env.SERVE_URL, stop: async () => {} }
  : await startServer(binary, db);
const base = server.base;
const getJson = async (path) => (await fetch(base + path)).json();
// Ids through the API's cheapest calls (not the ones measured): the most mentioned actor and
// the first article of a quote by them (else of their article list).
const top = (await getJson(`/api/actors?limit=1&q=${encodeURIComponent(process.env.PAINT_ACTOR || "")}`)).actors[0];
const stats = await getJson("/api/stats").catch(() => ({}));
// [page, hash, [[what, selector]...]]: the actor page and its network are one load.
const pages = [
  ["overview", "#/", [["overview", ".stats .stat b"]]],
  ["actor", `#/actor/${top.id}`, [["actor", "h1 .badge"], ["network", ".network canvas"]]],
];
const profile = mkdtempSync(join(tmpdir(), "newsgraph-paint-"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  userDataDir: profile,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--window-size=1280,900"],
});

// One load of `hash` in a fresh tab: { fcp, data: [ms per selector] } from navigation start.
async function measure(hash, selectors) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setCacheEnabled(true);
  // Records, in the page, the moment each selector first exists.
  await page.evaluateOnNewDocument((sels) => {
    window.__ready = sels.map(() => undefined);
    const look = () => sels.forEach((sel, i) => {
      if (window.__ready[i] === undefined && document.querySelector(sel)) window.__ready[i] = performance.now();
    });
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
  }, selectors.map((s) => s[1]));
  await page.goto(base + "/" + hash, { waitUntil: "load" });
  await page.waitForFunction(() => window.__ready.every((t) => t !== undefined), { timeout: 30000 });
  const r = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    data: window.__ready,
  }));
  await page.close();
  return r;
}

try {
  // The article page: one the actor is quoted in.
  const first = await browser.newPage();
  await first.goto(base + "/", { waitUntil: "load" });
  await first.close();
  const actor = await getJson(`/api/actors/${top.id}?limit=5`);
  const article = (actor.quotes[0] || actor.articles[0]).article || actor.articles[0].id;
  pages.push(["article", `#/article/${encodeURIComponent(article)}`, [["article", ".reader"]]]);
  console.log(`store: ${stats.articles ?? "?"} articles; actor ${top.id} (${top.name}); article ${article}`);
  console.log(`Chromium headless, loopback, ${runs} loads per page (first: cold answer cache)`);
  console.log(`${"page".padEnd(10)} ${"FCP ms".padStart(8)} ${"data ms".padStart(8)}  (each load: fcp/data)`);
  for (const [, hash, selectors] of pages) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await measure(hash, selectors));
    selectors.forEach(([what], k) => {
      const fcp = Math.max(...all.map((r) => r.fcp)), data = Math.max(...all.map((r) => r.data[k]));
      console.log(`${what.padEnd(10)} ${fcp.toFixed(0).padStart(8)} ${data.toFixed(0).padStart(8)}  ` +
                  all.map((r) => `${r.fcp.toFixed(0)}/${r.data[k].toFixed(0)}`).join(" "));
    });
  }
  console.log("(worst of the loads shown; FCP: first-contentful-paint; data: the page's data drawn)");
} finally {
  await browser.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}
