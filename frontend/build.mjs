// Bundles src/ into dist/: app.js (our code and the npm packages, minified), app.css
// (src/app.css, imported by main.js, minified by the same esbuild run) and
// index.html (copied). `node build.mjs` builds once and prints the sizes;
// `node build.mjs --watch` rebuilds on every change.
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const watch = process.argv.includes("--watch");
const root = new URL(".", import.meta.url).pathname;
const outdir = root + "dist/";

async function report() {
  for (const name of ["app.js", "app.css", "index.html"]) {
    const bytes = await readFile(outdir + name);
    const kib = (n) => (n / 1024).toFixed(1).padStart(7) + " KiB";
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(`dist/${name.padEnd(11)}${kib(bytes.length)} raw ${kib(gzip)} gzip`);
  }
}

const finish = {
  name: "index-html",
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      await mkdir(outdir, { recursive: true });
      await copyFile(root + "src/index.html", outdir + "index.html");
      await report();
    });
  },
};

const options = {
  absWorkingDir: root,
  entryPoints: { app: "src/main.js" },
  outdir,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "eof", // keep the packages' licence notices,
  logLevel: "warning",
  plugins: [finish],
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log("watching src/ …");
} else {
  await esbuild.build(options);
}
