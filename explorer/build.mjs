// Builds the explorer into app/explorer/static/: the bundle and stylesheet (named by
// content hash, so a changed file is a new URL), the Arabic font and the world map.
// Deterministic: the same sources and lock file give the same bytes, which `.ci/run`
// checks by rebuilding and diffing against what is committed.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const out = join(root, "app", "explorer", "static");
const modules = join(root, "node_modules");

function hashed(name, bytes) {
  const digest = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  return name.replace(/(\.[a-z]+)$/, `-${digest}$1`);
}

async function bundle(entry, options) {
  const result = await build({
    entryPoints: [join(here, "src", entry)],
    bundle: true,
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
    ...options,
  });
  return result.outputFiles[0].contents;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "fonts"), { recursive: true });
mkdirSync(join(out, "world"), { recursive: true });

const js = await bundle("main.ts", { format: "esm", target: "es2020", platform: "browser", outfile: "explorer.js" });
const css = await bundle("style.css", { external: ["./fonts/*"], outfile: "explorer.css" });
const files = { js: hashed("explorer.js", js), css: hashed("explorer.css", css) };
writeFileSync(join(out, files.js), js);
writeFileSync(join(out, files.css), css);

for (const weight of [400, 700]) {
  const font = `noto-sans-arabic-arabic-${weight}-normal.woff2`;
  cpSync(join(modules, "@fontsource", "noto-sans-arabic", "files", font), join(out, "fonts", font));
}
const world = readFileSync(join(modules, "world-atlas", "countries-110m.json"));
files.world = `world/${hashed("countries-110m.json", world)}`;
writeFileSync(join(out, files.world), world);

const html = readFileSync(join(here, "index.html"), "utf8").replace(/\{\{(\w+)\}\}/g, (_, key) => files[key]);
writeFileSync(join(out, "index.html"), html);
console.log(`explorer built: ${Object.values(files).join(", ")}`);
