// The explorer in a real headless Chromium (Debian's /usr/bin/chromium, driven by
// puppeteer-core): on a store of 200 real corpus articles, load the overview, type into the
// search box, open an actor from a suggestion whose text names them, check their quotes and a
// drawn network canvas, open an article from a quote and find the quote highlighted; no console
// errors anywhere. Screenshots go to WORK_DIR/screenshots/.
//   node browser_test.mjs BUILD/newsgraph SOURCE_DIR WORK_DIR
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { check, fail, SKIP, startServer, storeFromCorpus } from "./harness.mjs";
import { decodePng, inkStats } from "./png.mjs";

const [binary, sourceDir, workDir] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ACTOR = process.env.SERVE_TEST_ACTOR || "Blair";

if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: no Chromium at ${CHROMIUM} (scripts/setup.sh installs Debian's chromium)`);
  process.exit(SKIP);
}
const db = storeFromCorpus(binary, sourceDir, workDir, 200);
if (!db) {
  console.log("SKIP: no ../shared (the browser test needs real corpus articles)");
  process.exit(SKIP);
}
const require = createRequire(resolve(sourceDir, "web", "package.json"));
const puppeteer = require("puppeteer-core");
const shots = join(workDir, "screenshots");
mkdirSync(shots, { recursive: true });

const server = await startServer(binary, db);
const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir: profile,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--window-size=1280,900"],
});
const problems = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });

  // Overview.
  await page.goto(server.base + "/", { waitUntil: "load" });
  await page.waitForSelector(".stats .stat b", { timeout: 15000 });
  const articles = await page.$eval(".stats .stat b", (b) => b.textContent);
  check(articles === "200", `overview counts the store's 200 articles (${articles})`);
  await page.screenshot({ path: join(shots, "overview.png") });

  // Search with suggestions, then open the actor from a link whose text names them.
  await page.focus("input[type=search]");
  await page.keyboard.type(ACTOR, { delay: 30 });
  // Wait for the suggestions that answer the whole name: a list for a prefix typed earlier
  // is replaced when the last answer arrives, and a link in it would be detached.
  await page.waitForFunction(
      (q) => { const l = document.getElementById("suggestions");
               return l && !l.hidden && l.dataset.query === q && l.querySelector("a"); },
      { timeout: 10000 }, ACTOR);
  const names = await page.$$eval("#suggestions a .name", (els) => els.map((e) => e.textContent));
  check(names.some((n) => n.includes(ACTOR)), `suggestions for "${ACTOR}" name them (${names.join(", ")})`);
  const link = (await page.$$("#suggestions a")).find((_, i) => names[i].includes(ACTOR));
  await Promise.all([page.waitForFunction((a) => location.hash.startsWith("#/actor/"), {}, ACTOR), link.click()]);
  await page.waitForSelector("h1", { timeout: 10000 });
  await page.waitForFunction((a) => document.querySelector("h1")?.textContent.includes(a), { timeout: 10000 }, ACTOR);
  const title = await page.$eval("h1", (e) => e.textContent);
  check(title.includes(ACTOR), `actor page opened: "${title}"`);
  const quotes = await page.$$eval(".card", (cards) => {
    const by = cards.find((c) => c.querySelector("h2")?.textContent.startsWith("Quotes by"));
    return by ? [...by.querySelectorAll("blockquote")].map((b) => b.textContent) : [];
  });
  check(quotes.length > 0, `quotes by ${ACTOR} listed (${quotes.length}; first: "${(quotes[0] || "").slice(0, 60)}…")`);

  // The network: sigma's WebGL canvases really draw.
  await page.waitForSelector(".network canvas", { timeout: 10000 });
  await new Promise((r) => setTimeout(r, 2500));  // ForceAtlas2 runs for 1.5 s in its worker
  const stage = await page.$(".network");
  const png = decodePng(Buffer.from(await stage.screenshot({ path: join(shots, "network.png") })));
  const ink = inkStats(png);
  let saturated = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    const [r, g, b] = [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) saturated++;
  }
  check(ink.ink > 500 && saturated > 200,
        `network canvas is drawn (${ink.ink} non-background pixels, ${saturated} coloured, ${ink.colours} colours)`);
  const shown = await page.$eval(".network-host [role=status]", (e) => e.textContent);
  check(/\d+ actors, \d+ links shown/.test(shown), `network status: ${shown}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, "actor.png") });

  // Open an article at a quote, and find the quote highlighted there.
  const quoteLink = await page.$(".quotes a.src");
  if (!quoteLink) fail("no article link under a quote");
  await Promise.all([page.waitForFunction(() => location.hash.startsWith("#/article/")), quoteLink.click()]);
  await page.waitForSelector(".reader mark.quote", { timeout: 10000 });
  const marks = await page.$$eval(".reader mark.quote", (ms) => ms.map((m) => m.getAttribute("title")));
  check(marks.length > 0, `article shows ${marks.length} highlighted quote segments`);
  const target = await page.$$eval(".reader mark.quote.target", (ms) => ms.map((m) => m.textContent).join(""));
  check(target.length > 0, `the quote opened is highlighted as the target: "${target.slice(0, 60)}…"`);
  check(marks.some((t) => /speaker: /.test(t || "")), "hovering a quote names its speaker");
  await page.screenshot({ path: join(shots, "article.png") });

  if (problems.length) fail(`browser reported problems:\n  ${problems.join("\n  ")}`);
  check(true, "no console errors, page errors or failed requests");
} finally {
  await browser.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`browser test passed; screenshots in ${shots}`);
