// The results panel: verdict banner, one row per test, tracebacks whose
// `File "solution.py", line N` jump to the editor, stdout/stderr, timings and a
// bar chart of the benchmarks. Every string from the server is set as text.

import { formatMs, h, plural, svg } from "./dom.js";

export const VERDICTS = {
  accepted: "Accepted",
  wrong_answer: "Wrong answer",
  too_slow: "Too slow",
  runtime_error: "Runtime error",
  syntax_error: "Syntax error",
  time_limit_exceeded: "Time limit exceeded",
  memory_limit_exceeded: "Memory limit exceeded",
  output_limit_exceeded: "Output limit exceeded",
  internal_error: "Internal error",
};

const TEST_STATUS = {
  passed: "✓ passed",
  failed: "✗ failed",
  error: "✗ error",
  timeout: "⏱ timeout",
  skipped: "– skipped",
};

const BENCHMARK_STATUS = {
  passed: "within the bound",
  too_slow: "too slow",
  implausible: "implausibly fast (not trusted)",
  stopped: "stopped (a lower bound)",
  wrong_output: "wrong output",
  error: "error",
  not_run: "not run",
};

export function verdictTitle(submission) {
  if (submission.mode === "run" && submission.verdict === "accepted") return "Public tests passed";
  return VERDICTS[submission.verdict] || submission.verdict || "Unknown verdict";
}

// `File "solution.py", line 12` (tracebacks) and `line 3: invalid syntax` (syntax errors).
const LINE_REFERENCE = /File "solution\.py", line (\d+)|^line (\d+)(?=:)/gm;

/** Text with every reference to a line of the user's code turned into a button. */
export function linkLines(text, goToLine) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(LINE_REFERENCE)) {
    const line = Number(match[1] || match[2]);
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      h("button.line-link", {
        type: "button",
        title: `Go to line ${line} in the editor`,
        dataset: { line: String(line) },
        onclick: () => goToLine(line),
        text: match[0],
      }),
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function isTraceback(message) {
  return message.includes("Traceback (most recent call last)") || message.split("\n").length > 3;
}

function lastNonEmptyLine(text) {
  const lines = text.trimEnd().split("\n");
  return lines[lines.length - 1] || text;
}

function testRows(test, goToLine) {
  const message = test.message || "";
  const traceback = message && isTraceback(message);
  const row = h(
    "tr",
    { class: "test test-" + test.status, dataset: { name: test.name, status: test.status } },
    h(
      "th.test-name",
      { scope: "row" },
      h("code", null, test.name),
      test.hidden
        ? h("span.badge.hidden-badge", { title: "A hidden test: its code is not shown" }, "hidden")
        : null,
    ),
    h("td.test-status", null, TEST_STATUS[test.status] || test.status),
    h("td.num", null, formatMs(test.duration_ms)),
    h(
      "td.test-message",
      null,
      traceback
        ? h("span.message", null, lastNonEmptyLine(message))
        : message
          ? h("span.message", null, linkLines(message, goToLine))
          : "",
    ),
  );
  if (!traceback) return [row];
  // The whole traceback, collapsed, on a full-width row of its own.
  const detail = h(
    "tr.test-detail",
    { dataset: { name: test.name } },
    h(
      "td",
      { colspan: "4" },
      h(
        "details.traceback",
        null,
        h("summary", null, `Traceback of ${test.name}`),
        h("pre", null, linkLines(message, goToLine)),
      ),
    ),
  );
  return [row, detail];
}

function testsTable(tests, goToLine) {
  return h(
    "table.tests",
    null,
    h("caption", { class: "visually-hidden" }, "Tests"),
    h(
      "thead",
      null,
      h("tr", null, ["Test", "Result", "Time", "Message"].map((t) => h("th", { scope: "col" }, t))),
    ),
    h("tbody", null, tests.map((test) => testRows(test, goToLine))),
  );
}

function outputBlock(name, text) {
  if (!text) return null;
  const lines = text.replace(/\n$/, "").split("\n").length;
  return h(
    "details.output",
    { open: true, dataset: { stream: name } },
    h("summary", null, `${name} (${plural(lines, "line")})`),
    h("pre", null, text),
  );
}

function timingsList(timings) {
  const items = [
    ["Queue", formatMs(timings.queued_ms)],
    ["Run", formatMs(timings.run_ms)],
    ["CPU", formatMs(timings.cpu_ms)],
    [
      "Peak memory",
      timings.peak_memory_mb === null || timings.peak_memory_mb === undefined
        ? "–"
        : timings.peak_memory_mb.toFixed(1) + " MB",
    ],
  ];
  return h(
    "dl.timings",
    { "aria-label": "Timings" },
    items.map(([term, value]) => h("div", null, h("dt", null, term), h("dd", null, value))),
  );
}

/** One benchmark: bars for you and the reference, the bound marked, as inline SVG. */
function benchmarkChart(b) {
  const width = 320;
  const barHeight = 18;
  const labelWidth = 78;
  const bound = b.reference_ms !== null ? b.reference_ms * b.max_ratio : null;
  const scale = Math.max(b.user_ms || 0, b.reference_ms || 0, bound || 0) || 1;
  const x = (ms) => labelWidth + ((width - labelWidth - 4) * ms) / scale;
  const bar = (row, label, ms, cls) =>
    svg(
      "g",
      { class: cls },
      svg("text", { x: 0, y: row * 26 + 13, class: "chart-label" }, label),
      ms === null || ms === undefined
        ? null
        : svg("rect", { x: labelWidth, y: row * 26, width: Math.max(1, x(ms) - labelWidth), height: barHeight, rx: 2 }),
    );
  const chart = svg(
    "svg",
    {
      class: "bench-chart",
      viewBox: `0 0 ${width} 50`,
      width,
      height: 50,
      role: "img",
      "aria-label": `You ${formatMs(b.user_ms)}, reference ${formatMs(b.reference_ms)}`,
    },
    bar(0, "you", b.user_ms, "bar-user" + (b.passed ? "" : " bar-bad")),
    bar(1, "reference", b.reference_ms, "bar-reference"),
    bound === null
      ? null
      : svg(
          "line",
          { class: "bound", x1: x(bound), x2: x(bound), y1: 0, y2: 46 },
          svg("title", null, `bound: ${b.max_ratio}× the reference = ${formatMs(bound)}`),
        ),
  );
  return chart;
}

function benchmarksSection(benchmarks) {
  if (!benchmarks.length) return null;
  return h(
    "section.benchmarks",
    { "aria-label": "Benchmarks" },
    h("h3", null, "Benchmarks"),
    benchmarks.map((b) =>
      h(
        "div",
        { class: "benchmark " + (b.passed ? "ok" : "bad"), dataset: { name: b.name, status: b.status } },
        h(
          "p.benchmark-head",
          null,
          h("code", null, b.name),
          " ",
          h("span.badge", { class: b.passed ? "badge-ok" : "badge-bad" }, BENCHMARK_STATUS[b.status] || b.status),
        ),
        benchmarkChart(b),
        h(
          "p.benchmark-numbers",
          null,
          `you ${formatMs(b.user_ms)} · reference ${formatMs(b.reference_ms)} · ratio `,
          h("strong", null, b.ratio === null || b.ratio === undefined ? "–" : b.ratio.toFixed(2) + "×"),
          ` (bound ≤ ${b.max_ratio}×) · ${b.device}` + (b.repetitions ? ` · ${plural(b.repetitions, "repetition")}` : ""),
        ),
        b.message ? h("p.benchmark-message", null, b.message) : null,
      ),
    ),
  );
}

/** The full result of a finished submission. */
export function resultView(submission, { goToLine }) {
  const tests = submission.tests || [];
  const passed = tests.filter((t) => t.status === "passed").length;
  const hidden = tests.filter((t) => t.hidden).length;
  const verdictClass = submission.verdict === "accepted" ? "good" : "bad";
  const modeText = submission.mode === "run" ? "Run: public tests only" : "Submit: all tests and benchmarks";
  return h(
    "div.result",
    { dataset: { submission: submission.id, verdict: submission.verdict || "", mode: submission.mode } },
    h(
      "div",
      { class: "verdict verdict-" + verdictClass, dataset: { verdict: submission.verdict || "" } },
      h("p.verdict-title", null, verdictTitle(submission)),
      h("p.verdict-mode", null, modeText),
      submission.message ? h("p.verdict-message", null, linkLines(submission.message, goToLine)) : null,
    ),
    benchmarksSection(submission.benchmarks || []),
    tests.length
      ? h(
          "section.tests-section",
          { "aria-label": "Tests" },
          h(
            "h3",
            null,
            `Tests: ${passed} of ${tests.length} passed` + (hidden ? ` (${hidden} hidden)` : ""),
          ),
          testsTable(tests, goToLine),
        )
      : null,
    outputBlock("stdout", submission.stdout),
    outputBlock("stderr", submission.stderr),
    timingsList(submission.timings || {}),
  );
}

/** While queued or running. */
export function progressView(mode, state) {
  let text;
  if (state.status === "queued") {
    text =
      state.position === null || state.position === undefined
        ? "Queued…"
        : state.position === 0
          ? "Queued, next in line…"
          : `Queued, ${plural(state.position, "submission")} ahead…`;
  } else if (state.status === "running") {
    text = "Running" + (mode === "submit" ? " all tests and benchmarks…" : " the public tests…");
  } else {
    text = "Sending…";
  }
  const elapsed = state.elapsed_ms === null || state.elapsed_ms === undefined ? null : state.elapsed_ms;
  return h(
    "div.verdict.verdict-pending",
    { dataset: { status: state.status || "sending" } },
    h("p.verdict-title", null, h("span.spinner", { "aria-hidden": "true" }), text),
    elapsed === null ? null : h("p.verdict-mode", null, (elapsed / 1000).toFixed(1) + " s"),
  );
}

export function errorView(title, detail) {
  return h(
    "div.verdict.verdict-bad",
    { dataset: { verdict: "error" } },
    h("p.verdict-title", null, title),
    detail ? h("p.verdict-message", null, detail) : null,
  );
}
