// Bundles the page into OUTDIR (default dist/): index.html, app.js (every npm dependency
// included; no CDN, works offline) and app.css. Run by the CMake build (src/serve/).
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] || join(here, "dist"));
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(here, "src/main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  outfile: join(outdir, "app.js"),
  logLevel: "warning",
});
copyFileSync(join(here, "src/index.html"), join(outdir, "index.html"));
copyFileSync(join(here, "src/style.css"), join(outdir, "app.css"));
