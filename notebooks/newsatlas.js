// What the notebooks share: where the run's output is, DuckDB with one view per table, rows as
// plain objects, and display of tables and charts. Plain CommonJS, so tslab's JavaScript kernel
// and plain `node` both load it (outside a kernel, show() and chart() print text).
"use strict";
const fs = require("fs");
const path = require("path");
const { DuckDBInstance } = require("@duckdb/node-api");

const PROJECT = path.resolve(__dirname, "..");

/**
 * The output folder of a newsatlas run: NEWSATLAS_OUTPUT, else reports/latest. A relative path is
 * read from the project folder (where bin/newsatlas writes), whatever folder the kernel runs in.
 */
function outputDir() {
  const dir = path.resolve(PROJECT, process.env.NEWSATLAS_OUTPUT || "reports/latest");
  if (!fs.existsSync(path.join(dir, "tables"))) {
    throw new Error(`${dir} has no tables/ folder. Set NEWSATLAS_OUTPUT to the output folder of a newsatlas run `
      + `(bin/newsatlas --input seeds --output reports/latest writes one) and restart the kernel.`);
  }
  return dir;
}

/** Every table folder under <output>/tables (whatever tables the run wrote), with its Parquet files. */
function tableFolders(dir) {
  const root = path.join(dir, "tables");
  return fs.readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !e.name.startsWith("_"))
    .map((e) => {
      const folder = path.join(root, e.name);
      const files = fs.readdirSync(folder).filter((f) => f.endsWith(".parquet"));
      return { name: e.name, folder, files: files.length };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * DuckDB in memory with one view per table folder, named after the folder, so SQL names tables
 * directly (`SELECT * FROM documents`). Returns the folder, the connection, the tables and query().
 */
async function open(dir = outputDir()) {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  const tables = tableFolders(dir);
  for (const t of tables) {
    // Spark writes at least one file per table, even an empty one; a folder without any has no schema to read.
    if (t.files === 0) continue;
    await con.run(`CREATE VIEW ${ident(t.name)} AS SELECT * FROM read_parquet(${literal(path.join(t.folder, "*.parquet"))})`);
  }
  const manifestFile = path.join(dir, "run_manifest.json");
  const manifest = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, "utf8")) : null;
  return { dir, con, db, tables, manifest, query: (sql, params) => query(con, sql, params) };
}

const BIG_INTEGERS = new Set(["BIGINT", "UBIGINT", "HUGEINT", "UHUGEINT"]);

/**
 * Runs SQL ($name parameters from params) and returns rows as plain objects: dates as 'YYYY-MM-DD',
 * lists and maps as JSON values, and counts (BIGINT) as numbers rather than strings. The array's
 * `columns` property names the columns.
 */
async function query(con, sql, params) {
  const reader = await con.runAndReadAll(sql, params);
  const bigColumns = reader.columnNames().filter((name, i) => BIG_INTEGERS.has(String(reader.columnTypes()[i])));
  const rows = reader.getRowObjectsJson().map((row) => {
    for (const c of bigColumns) {
      const n = Number(row[c]);
      if (row[c] !== null && Number.isSafeInteger(n)) row[c] = n;
    }
    return row;
  });
  // The column names travel with the rows, so show() can draw the header of an empty result.
  Object.defineProperty(rows, "columns", { value: reader.columnNames(), enumerable: false, configurable: true, writable: true });
  return rows;
}

function ident(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

function literal(text) {
  return `'${String(text).replace(/'/g, "''")}'`;
}

function cellText(value, maxChars) {
  const text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > maxChars ? oneLine.slice(0, maxChars - 1) + "…" : oneLine;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Shows rows as a table: HTML for the notebook, and a Markdown pipe table as the text form (what
 * `jupyter nbconvert --to markdown`, diffs and the notebook test read). Long values are cut at
 * maxChars (Infinity keeps them whole); at most maxRows rows are shown.
 */
function show(rows, { maxRows = 50, maxChars = 80, columns = null } = {}) {
  const cols = columns || rows.columns || (rows.length ? Object.keys(rows[0]) : []);
  const shown = rows.slice(0, maxRows);
  const cells = shown.map((row) => cols.map((c) => cellText(row[c], maxChars)));
  const more = rows.length > shown.length ? `${rows.length - shown.length} more rows not shown (${rows.length} in all)` : "";
  const pipe = (values) => `| ${values.map((v) => v.replace(/\|/g, "\\|")).join(" | ")} |`;
  const text = [pipe(cols), pipe(cols.map(() => "---")), ...cells.map(pipe)]
    .concat(rows.length ? [] : ["(no rows)"], more ? [more] : []).join("\n");
  const html = `<table><thead><tr>${cols.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>`
    + cells.map((r) => `<tr>${r.map((v) => `<td style="text-align:left">${escapeHtml(v)}</td>`).join("")}</tr>`).join("")
    + `</tbody></table>${rows.length ? "" : "<p>(no rows)</p>"}${more ? `<p>${escapeHtml(more)}</p>` : ""}`;
  displayBundle({ "text/html": html, "text/plain": text });
}

/** Draws a Vega-Lite spec as SVG (no browser needed), shows it and returns the SVG text to save. */
async function chart(spec) {
  const vega = require("vega");
  const vegaLite = require("vega-lite");
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const title = typeof spec.title === "object" ? spec.title.text : spec.title;
    displayBundle({ "image/svg+xml": svg, "text/plain": `[chart: ${title || "untitled"}]` });
    return svg;
  } finally {
    view.finalize();
  }
}

// tslab's public display API sends one MIME type per output; sending HTML and its text form together
// (as every Jupyter kernel does) needs the writer behind it. The tslab version is pinned in package.json.
function displayBundle(data) {
  let write = null;
  try {
    write = require("tslab/dist/jupyter").lastWriteDisplayData;
  } catch (e) {
    write = null;
  }
  if (!write) {
    console.log(data["text/plain"]);
    return;
  }
  write({ data, metadata: {}, transient: {} }, false);
}

module.exports = { outputDir, tableFolders, open, query, show, chart, ident, literal };
