// One exercise at `/exercises/{id}`: the prompt, the editor, Run / Submit / Reset,
// live progress, results, hints and (once solved or given up) the reference.

import { api, ApiError, followSubmission } from "./api.js";
import { MOD, button, gradingButtons, h, replace } from "./dom.js";
import { createEditor } from "./editor.js";
import { highlightedPython, renderInlineMarkdown, renderMarkdown } from "./markdown.js";
import { errorView, progressView, resultView, verdictTitle } from "./results.js";
import { drafts, hintsRevealed, progress } from "./store.js";

const SAVE_DELAY_MS = 400;
const MAX_QUEUE_RETRIES = 3;
const STATUS_LABEL = { new: "New", attempted: "Attempted", solved: "Solved" };

function limitsText(limits) {
  return `limits ${limits.wall_time_s} s wall · ${limits.cpu_time_s} s CPU · ${limits.memory_mb} MB`;
}

// The rest of the seven limits, on hover: rarely hit, but named when they are.
function limitsTitle(limits) {
  return (
    `${limits.max_processes} processes/threads · ${limits.scratch_mb} MB scratch disk · ` +
    `${limits.max_file_mb} MB per file · ${limits.max_output_kb} KiB of output per stream`
  );
}

export async function showExercise(main, id, { signal }) {
  replace(main, h("p.loading", { role: "status" }, "Loading the exercise…"));
  let exercise;
  try {
    exercise = await api.exercise(id);
  } catch (error) {
    if (signal.aborted) return;
    document.title = "Drill — not found";
    replace(
      main,
      h(
        "section.not-found",
        null,
        h("h1", null, error.status === 404 ? "No such exercise" : "Could not load the exercise"),
        h("p.error", { role: "alert" }, error.message),
        h("p", null, h("a", { href: "/", "data-route": true }, "← All exercises")),
      ),
    );
    return;
  }
  if (signal.aborted) return;
  document.title = `Drill — ${exercise.title}`;
  new ExercisePage(main, exercise, signal);
}

class ExercisePage {
  constructor(main, exercise, signal) {
    this.exercise = exercise;
    this.id = exercise.id;
    this.signal = signal;
    this.busy = false;
    this.stopFollowing = null;
    this.saveTimer = null;
    this.tick = null;

    this.build(main);
    signal.addEventListener("abort", () => this.destroy());
    document.addEventListener("keydown", (event) => this.onKeydown(event), { signal });
    window.addEventListener("pagehide", () => this.saveDraftNow(), { signal });
    document.addEventListener(
      "visibilitychange",
      () => document.visibilityState === "hidden" && this.saveDraftNow(),
      { signal },
    );
    this.restoreHints();
    this.restoreSolution();
  }

  // ---- layout -------------------------------------------------------------

  build(main) {
    const ex = this.exercise;
    this.statusBadge = h("span.badge.status");
    this.updateStatusBadge();

    this.saveState = h("span.save-state", { "aria-live": "off" });
    ({ runButton: this.runButton, submitButton: this.submitButton } = gradingButtons(
      (mode) => this.send(mode), { benchmarks: ex.has_benchmarks },
    ));
    const resetButton = button("Reset", {
      class: "quiet",
      title: "Replace the editor's content with the starter code",
      onclick: () => this.reset(),
    });

    this.editorHost = h("div.editor");
    this.announcer = h("p.visually-hidden", { role: "status", "aria-live": "polite" });
    this.results = h(
      "div.results-body",
      null,
      h("p.placeholder", null, `Run checks the public tests; Submit adds the hidden tests${ex.has_benchmarks ? " and the benchmarks" : ""}.`),
    );

    this.hintList = h("ol.hint-list");
    this.hintButton = button("", { class: "quiet", onclick: () => this.revealNextHint() });
    this.hintSection = h(
      "section.hints",
      { "aria-labelledby": "hints-title" },
      h("h2", { id: "hints-title" }, "Hints"),
      this.hintList,
      ex.hints_count ? this.hintButton : h("p.muted", null, "This exercise has no hints."),
    );
    this.updateHintButton(0);

    this.solutionBody = h(
      "div.solution-body",
      null,
      h("p.muted", null, "Shown after an accepted submission, or if you give up."),
      button("Give up", { class: "danger-outline", onclick: () => this.giveUp() }),
    );
    this.solutionSection = h(
      "section.solution",
      { "aria-labelledby": "solution-title" },
      h("h2", { id: "solution-title", tabindex: "-1" }, "Reference solution"),
      this.solutionBody,
    );

    const prompt = h("article.prompt.markdown", { "aria-label": "Task" }, renderMarkdown(ex.prompt_markdown, 1));
    // Prompts usually open with the title as `# Title`: the page already shows it.
    const first = prompt.firstElementChild;
    if (first && first.tagName === "H2" && first.textContent.trim() === ex.title.trim()) first.remove();
    const publicTests = ex.public_tests.length
      ? h(
          "details.public-tests",
          null,
          h("summary", null, `Public tests (${ex.public_tests.length})`),
          ex.public_tests.map((t) => h("div.public-test", null, h("h3", null, h("code", null, t.name)), highlightedPython(t.code))),
        )
      : null;
    const benchmarksInfo = ex.has_benchmarks
      ? h(
          "section.bench-info",
          { "aria-labelledby": "bench-title" },
          h("h2", { id: "bench-title" }, "Benchmarks on Submit"),
          h(
            "ul",
            null,
            ex.benchmarks.map((b) =>
              h("li", null, h("code", null, b.name), ` — ${b.summary}; pass within ${b.max_ratio}× the reference`),
            ),
          ),
          ex.benchmark_budget_s ? h("p.muted", null, `Time budget for all benchmarks: ${ex.benchmark_budget_s} s.`) : null,
        )
      : null;

    const entry = progress.get(this.id);
    this.bestRatio = h("span.best-ratio");
    this.updateBestRatio(entry);

    replace(
      main,
      h(
        "section.exercise-page",
        { dataset: { id: this.id } },
        h(
          "nav.crumbs",
          { "aria-label": "Breadcrumb" },
          h("a", { href: "/", "data-route": true }, "← All exercises"),
          h("a.jump-to-editor", {
            href: "#editor-help",
            onclick: (event) => {
              event.preventDefault();
              this.editorHost.scrollIntoView({ block: "start" });
              this.editor.focus();
            },
          }, "Jump to the editor ↓"),
        ),
        h(
          "header.exercise-head",
          null,
          h("h1", null, ex.title),
          h(
            "div.exercise-meta",
            null,
            h("span", { class: "badge difficulty difficulty-" + ex.difficulty }, ex.difficulty),
            this.statusBadge,
            h("ul.tags", { "aria-label": "Tags" }, ex.tags.map((t) => h("li.tag", null, t))),
            h("span.minutes", null, `about ${ex.estimated_minutes} min`),
            h("span.limits", { title: limitsTitle(ex.limits) }, limitsText(ex.limits)),
            this.bestRatio,
          ),
        ),
        h(
          "div.columns",
          null,
          h("div.col-prompt", null, prompt, publicTests, benchmarksInfo, this.hintSection, this.solutionSection),
          h(
            "div.col-work",
            null,
            h(
              "div.toolbar",
              { role: "toolbar", "aria-label": "Code actions" },
              this.runButton,
              this.submitButton,
              resetButton,
              this.saveState,
            ),
            this.editorHost,
            h(
              "p.muted.editor-help",
              { id: "editor-help" },
              `${MOD}+Enter runs, ${MOD}+Shift+Enter submits. Tab indents; press Esc then Tab to leave the editor.`,
            ),
            h("section.results", { "aria-labelledby": "results-title" }, h("h2", { id: "results-title" }, "Results"), this.announcer, this.results),
          ),
        ),
      ),
    );

    const draft = drafts.get(this.id);
    const starting = typeof draft === "string" ? draft : ex.starter_code;
    this.editor = createEditor({
      parent: this.editorHost,
      doc: starting,
      label: "Code editor, Python",
      onChange: () => this.scheduleSave(),
      shortcuts: [
        { key: "Mod-Enter", run: () => (this.send("run"), true) },
        { key: "Mod-Shift-Enter", run: () => (this.send("submit"), true) },
      ],
    });
    this.saveState.textContent = typeof draft === "string" ? "Draft restored" : "Starter code";
  }

  destroy() {
    this.saveDraftNow();
    if (this.stopFollowing) this.stopFollowing();
    clearTimeout(this.retryTimer);
    clearInterval(this.tick);
    this.editor.destroy();
  }

  updateStatusBadge() {
    const status = progress.status(this.id);
    this.statusBadge.className = "badge status status-" + status;
    this.statusBadge.textContent = STATUS_LABEL[status];
    this.statusBadge.title = "Your progress in this browser";
  }

  updateBestRatio(entry) {
    this.bestRatio.textContent =
      typeof entry.bestRatio === "number" ? `best ${entry.bestRatio.toFixed(2)}× the reference` : "";
  }

  // ---- keyboard -----------------------------------------------------------

  onKeydown(event) {
    // Inside the editor its own keymap already handled (and prevented) these.
    if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    this.send(event.shiftKey ? "submit" : "run");
  }

  // ---- drafts -------------------------------------------------------------

  scheduleSave() {
    clearTimeout(this.saveTimer);
    this.saveState.textContent = "Editing…";
    this.saveTimer = setTimeout(() => this.saveDraftNow(), SAVE_DELAY_MS);
  }

  saveDraftNow() {
    if (!this.editor) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const code = this.editor.getCode();
    if (code === this.exercise.starter_code) {
      drafts.remove(this.id);
      this.saveState.textContent = "Starter code";
    } else if (drafts.set(this.id, code)) {
      this.saveState.textContent = "Draft saved";
    } else {
      this.saveState.textContent = "Draft not saved (storage unavailable)";
    }
  }

  reset() {
    const ok = window.confirm("Reset the editor to the starter code? Your draft for this exercise will be lost.");
    if (!ok) return;
    this.editor.setCode(this.exercise.starter_code);
    this.saveDraftNow();
    this.editor.focus();
  }

  // ---- run and submit -----------------------------------------------------

  setBusy(busy) {
    this.busy = busy;
    for (const b of [this.runButton, this.submitButton]) {
      if (busy) b.setAttribute("aria-disabled", "true");
      else b.removeAttribute("aria-disabled");
    }
  }

  async send(mode, attempt = 0) {
    if (this.busy && attempt === 0) return;
    this.setBusy(true);
    this.saveDraftNow();
    const code = this.editor.getCode();
    this.showProgress(mode, { status: null });
    this.announcer.textContent = mode === "run" ? "Running the public tests" : "Submitted";
    let submission;
    try {
      submission = await api.submit(this.id, code, mode);
    } catch (error) {
      if (this.signal.aborted) return;
      if (error instanceof ApiError && error.status === 503 && error.retryAfter !== null && attempt < MAX_QUEUE_RETRIES) {
        const wait = Math.max(1, error.retryAfter);
        replace(this.results, errorView("The grading queue is busy", `${error.message} — retrying in ${wait} s.`));
        this.retryTimer = setTimeout(() => this.send(mode, attempt + 1), wait * 1000);
        return;
      }
      this.finishWithError("Could not send the code", error.message);
      return;
    }
    if (this.signal.aborted) return;
    if (submission.status === "done") return this.showResult(submission);
    this.showProgress(mode, { status: submission.status, position: null, elapsed_ms: null });
    this.stopFollowing = followSubmission(submission.id, {
      onProgress: (state) => this.showProgress(mode, state),
      onDone: (done) => this.showResult(done),
      onError: (error) => this.finishWithError("Lost track of the submission", error.message),
    });
  }

  showProgress(mode, state) {
    clearInterval(this.tick);
    const started = performance.now();
    const render = () => {
      const elapsed =
        state.elapsed_ms === null || state.elapsed_ms === undefined
          ? null
          : state.elapsed_ms + (performance.now() - started);
      replace(this.results, progressView(mode, { ...state, elapsed_ms: elapsed }));
    };
    render();
    if (state.elapsed_ms !== null && state.elapsed_ms !== undefined) this.tick = setInterval(render, 200);
  }

  finishWithError(title, detail) {
    clearInterval(this.tick);
    this.stopFollowing = null;
    replace(this.results, errorView(title, detail));
    this.announcer.textContent = title;
    this.setBusy(false);
  }

  showResult(submission) {
    clearInterval(this.tick);
    this.stopFollowing = null;
    const view = resultView(submission, { goToLine: (n) => this.editor.goToLine(n) });
    replace(this.results, view);
    const banner = view.querySelector(".verdict");
    if (banner && banner.scrollIntoView) banner.scrollIntoView({ block: "nearest" });
    this.announcer.textContent = verdictTitle(submission) + (submission.message ? ": " + submission.message : "");
    const entry = progress.recordResult(this.id, submission);
    this.updateStatusBadge();
    this.updateBestRatio(entry);
    this.setBusy(false);
    if (submission.mode === "submit" && submission.verdict === "accepted") {
      this.loadSolution({ submission_id: submission.id });
      banner.append(
        h(
          "p",
          null,
          button("Compare with the reference solution", {
            class: "quiet",
            onclick: () => {
              const title = this.solutionSection.querySelector("h2");
              title.scrollIntoView({ block: "start" });
              title.focus({ preventScroll: true });
            },
          }),
        ),
      );
    }
  }

  // ---- hints --------------------------------------------------------------

  updateHintButton(shown) {
    const count = this.exercise.hints_count;
    if (shown >= count) {
      this.hintButton.hidden = true;
    } else {
      this.hintButton.hidden = false;
      this.hintButton.textContent = `Show hint ${shown + 1} of ${count}`;
    }
  }

  appendHint(hint) {
    this.hintList.append(h("li.hint", { dataset: { index: String(hint.index) } }, renderInlineMarkdown(hint.text)));
  }

  async restoreHints() {
    const shown = Math.min(hintsRevealed.get(this.id), this.exercise.hints_count);
    if (!shown) return;
    try {
      const hints = await Promise.all(Array.from({ length: shown }, (_, i) => api.hint(this.id, i + 1)));
      if (this.signal.aborted) return;
      hints.forEach((hint) => this.appendHint(hint));
      this.updateHintButton(shown);
    } catch {
      // The reveal button still works; nothing to restore.
    }
  }

  async revealNextHint() {
    const next = this.hintList.children.length + 1;
    if (next > this.exercise.hints_count) return;
    this.hintButton.setAttribute("aria-disabled", "true");
    try {
      const hint = await api.hint(this.id, next);
      if (this.signal.aborted) return;
      this.appendHint(hint);
      hintsRevealed.set(this.id, next);
      this.updateHintButton(next);
      this.announcer.textContent = `Hint ${next} of ${this.exercise.hints_count} shown`;
      // Keep keyboard focus somewhere sensible once the button disappears.
      if (this.hintButton.hidden) {
        const last = this.hintList.lastElementChild;
        last.setAttribute("tabindex", "-1");
        last.focus();
      }
    } catch (error) {
      this.hintList.append(h("li.error", null, "Could not load the hint: " + error.message));
    } finally {
      this.hintButton.removeAttribute("aria-disabled");
    }
  }

  // ---- the reference solution --------------------------------------------

  restoreSolution() {
    const entry = progress.get(this.id);
    if (entry.acceptedSubmission) this.loadSolution({ submission_id: entry.acceptedSubmission }, true);
    else if (entry.gaveUp) this.loadSolution({ give_up: true }, true);
  }

  giveUp() {
    const ok = window.confirm(
      "Give up and show the reference solution and notes? You can still solve it afterwards.",
    );
    if (!ok) return;
    progress.update(this.id, { gaveUp: true, attempted: true });
    this.updateStatusBadge();
    this.loadSolution({ give_up: true });
  }

  async loadSolution(body, quiet = false) {
    let solution;
    try {
      solution = await api.solution(this.id, body);
    } catch (error) {
      if (!quiet && !this.signal.aborted) {
        this.solutionBody.append(h("p.error", null, "Could not load the solution: " + error.message));
      }
      return;
    }
    if (this.signal.aborted) return;
    replace(
      this.solutionBody,
      body.give_up
        ? h("p.muted", null, "You gave up on this one: here is how the reference does it.")
        : h("p.muted", null, "Solved! Compare with the reference."),
      h("div.reference-code", { "aria-label": "Reference solution code" }, highlightedPython(solution.reference_code)),
      solution.notes_markdown
        ? h("details.notes", { open: true }, h("summary", null, "Notes"), h("div.markdown", null, renderMarkdown(solution.notes_markdown, 2)))
        : null,
    );
  }
}

