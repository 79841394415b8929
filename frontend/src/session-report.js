// The report of a session, `/sessions/{id}/report#token=T` (interviewer only): per
// exercise the final code, each run and submission with its verdict and timings, a
// replay of the candidate's typing; the interviewer's notes; Markdown and JSON
// downloads of the report endpoint.

import { formatMs, h, plural, replace } from "./dom.js";
import { highlightedPython } from "./markdown.js";
import { resultView, verdictTitle } from "./results.js";
import { openSession } from "./session-candidate.js";
import { formatClock } from "./session-api.js";
import { replayView } from "./session-replay.js";

function button(label, attributes) {
  return h("button", { type: "button", ...attributes }, label);
}

function dateTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "–" : date.toLocaleString();
}

function timeOfDay(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "–" : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** Save `text` as a file named `name` (a Blob URL and a download link). */
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function showReport(main, sessionId, { signal }) {
  const opened = await openSession(
    main, sessionId, "interviewer", "Loading the report…", signal, (client) => client.report(),
  );
  if (!opened) return;
  document.title = "Drill — session report";
  renderReport(main, opened.client, opened.value, signal);
}

function testsSummary(submission) {
  const tests = submission.tests || [];
  if (!tests.length) return "–";
  const passed = tests.filter((t) => t.status === "passed").length;
  return `${passed} / ${tests.length}`;
}

function submissionsTable(submissions) {
  if (!submissions.length) return h("p.muted", null, "No runs or submissions.");
  return h(
    "div.table-scroll",
    null,
    h(
      "table.report-submissions",
      null,
      h("caption", { class: "visually-hidden" }, "Runs and submissions"),
      h(
        "thead",
        null,
        h("tr", null, ["#", "Time", "Mode", "Verdict", "Tests passed", "Queue", "Run", "CPU", "Peak memory"].map((t) => h("th", { scope: "col" }, t))),
      ),
      h(
        "tbody",
        null,
        submissions.map((s, i) => {
          const timings = s.timings || {};
          const good = s.status === "done" && s.verdict === "accepted";
          return h(
            "tr.report-submission",
            { dataset: { submission: s.id, verdict: s.verdict || "", mode: s.mode } },
            h("td.num", null, String(i + 1)),
            h("td", null, timeOfDay(s.created_at)),
            h("td", null, s.mode === "run" ? "Run" : "Submit"),
            h("td", { class: "report-verdict " + (good ? "good" : "bad") }, s.status === "done" ? verdictTitle(s) : s.status),
            h("td.num", null, testsSummary(s)),
            h("td.num", null, formatMs(timings.queued_ms)),
            h("td.num", null, formatMs(timings.run_ms)),
            h("td.num", null, formatMs(timings.cpu_ms)),
            h("td.num", null, typeof timings.peak_memory_mb === "number" ? timings.peak_memory_mb.toFixed(1) + " MB" : "–"),
          );
        }),
      ),
    ),
  );
}

function submissionDetails(submissions) {
  const done = submissions.filter((s) => s.status === "done");
  if (!done.length) return null;
  return h(
    "details.report-details",
    null,
    h("summary", null, `Full results (${plural(done.length, "result")})`),
    done.map((s, i) =>
      h(
        "section.report-result",
        { "aria-label": `Result ${i + 1}` },
        h("h4", null, `#${submissions.indexOf(s) + 1} · ${s.mode === "run" ? "Run" : "Submit"} · ${timeOfDay(s.created_at)}`),
        resultView(s, { goToLine: () => {} }),
      ),
    ),
  );
}

function notesBlock(notes) {
  const text = typeof notes === "string" ? notes : (notes && notes.text) || "";
  return text.trim() ? h("div.report-notes", null, text) : h("p.muted", null, "No notes.");
}

function renderReport(main, client, report, signal) {
  const session = report.session || {};
  const exercises = report.exercises || [];
  const status = h("p.report-status", { role: "status" });
  const say = (text) => (status.textContent = text);

  const downloads = h(
    "div.report-downloads",
    { role: "group", "aria-label": "Downloads" },
    button("Download Markdown", {
      class: "primary",
      onclick: async () => {
        try {
          download(`drill-session-${client.id}.md`, await client.reportMarkdown(), "text/markdown");
          say("Markdown report downloaded.");
        } catch (error) {
          say("Could not download the Markdown report: " + error.message);
        }
      },
    }),
    button("Download JSON", {
      onclick: () => {
        download(`drill-session-${client.id}.json`, JSON.stringify(report, null, 2) + "\n", "application/json");
        say("JSON report downloaded.");
      },
    }),
    status,
  );

  const meta = [
    ["Status", session.status === "ended" ? "Ended" : session.status || "–"],
    ["Exercises", String(exercises.length)],
    ["Duration", session.duration_minutes ? `${session.duration_minutes} min planned` : "–"],
    session.timer && typeof session.timer.remaining_s === "number"
      ? ["Time left at the end", formatClock(session.timer.remaining_s)]
      : null,
    session.created_at ? ["Created", dateTime(session.created_at)] : null,
    session.ended_at ? ["Ended", dateTime(session.ended_at)] : null,
  ].filter(Boolean);

  const sections = exercises.map((exercise, i) => {
    const submissions = exercise.submissions || [];
    const replayHost = h("div.replay-host", null, h("p.loading", { role: "status" }, "Loading the edit history…"));
    const section = h(
      "section.report-exercise",
      { dataset: { exercise: exercise.exercise_id }, "aria-labelledby": `report-ex-${i}` },
      h("h2", { id: `report-ex-${i}` }, `${i + 1}. ${exercise.title || exercise.exercise_id}`),
      h("h3", null, "Final code"),
      exercise.final_code
        ? h("div.final-code", { "aria-label": "Final code" }, highlightedPython(exercise.final_code))
        : h("p.muted.final-code", null, "Empty: nothing was written for this exercise."),
      typeof exercise.pastes === "number"
        ? h("p.report-pastes.muted", null, `${plural(exercise.pastes, "paste")} recorded in the candidate's editor.`)
        : null,
      h("h3", null, `Runs and submissions (${submissions.length})`),
      submissionsTable(submissions),
      submissionDetails(submissions),
      exercise.notes ? [h("h3", null, "Notes"), notesBlock(exercise.notes)] : null,
      h("h3", null, "Replay"),
      replayHost,
    );
    client
      .history(exercise.exercise_id)
      .then((history) => {
        if (!signal.aborted) replace(replayHost, replayView(history, { submissions, label: `Replay of ${exercise.title || exercise.exercise_id}` }));
      })
      .catch((error) => {
        if (!signal.aborted) replace(replayHost, h("p.error", null, "Could not load the edit history: " + error.message));
      });
    return section;
  });

  replace(
    main,
    h(
      "section.session-page.report-page",
      { dataset: { session: client.id } },
      h(
        "header.report-head",
        null,
        h("h1", null, "Session report"),
        h("dl.report-meta", null, meta.map(([term, value]) => h("div", null, h("dt", null, term), h("dd", null, value)))),
        downloads,
      ),
      h("section.report-notes-section", { "aria-labelledby": "report-notes-title" }, h("h2", { id: "report-notes-title" }, "Interviewer's notes"), notesBlock(report.notes)),
      sections,
    ),
  );
}
