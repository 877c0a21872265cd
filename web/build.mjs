// Bundles the page into OUTDIR (default dist/): index.html, app.js (every npm dependency
// included; no CDN, works offline) and app.css. Run by the CMake build (src/serve/).
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] || join(here, "dist"));
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: [join(here, "src/main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  outfile: join(outdir, "app.js"),
  logLevel: "warning",
  metafile: true,
});
// licenses.txt: the licence of every npm package bundled into app.js (served at /licenses.txt).
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join(here, "node_modules", name);
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = ["LICENSE", "LICENSE.txt", "LICENSE.md", "license"].map((f) => join(dir, f)).find(existsSync);
  const text = file ? readFileSync(file, "utf8").trim() : `License: ${meta.license}`;
  return `${name} ${meta.version} (${meta.license})\n\n${text}\n`;
});
writeFileSync(join(outdir, "licenses.txt"),
  "The page of newsgraph serve bundles these npm packages:\n\n" + notices.join("\n----\n\n"));
copyFileSync(join(here, "src/index.html"), join(outdir, "index.html"));
copyFileSync(join(here, "src/style.css"), join(outdir, "app.css"));
