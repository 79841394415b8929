// The candidate's page of a live session, `/sessions/{id}/candidate#token=T`: the
// current exercise's prompt, the shared editor, Run / Submit (with the candidate's
// token: the submission belongs to the session), results, and the time left. It
// follows the interviewer to the next exercise; once the session ends, the editor
// becomes read-only. Nothing of the interviewer's is ever requested.

import { ApiError, followSubmission } from "./api.js";
import { MOD, button, gradingButtons, h, replace } from "./dom.js";
import { highlightedPython, renderMarkdown } from "./markdown.js";
import { errorView, progressView, resultView, verdictTitle } from "./results.js";
import { collabEditor } from "./session-collab.js";
import { countdown, sessionClient, sessionProblem, tokenFor, watchSession } from "./session-api.js";

const MAX_QUEUE_RETRIES = 3;

export function problemPage(main, error, role) {
  const [title, detail] = sessionProblem(error, role);
  document.title = "Drill — " + title;
  replace(
    main,
    h(
      "section.session-problem",
      { dataset: { status: error ? String(error.status) : "no-token" } },
      h("h1", null, title),
      h("p", { role: "alert" }, detail),
    ),
  );
}

/**
 * Hidden tests arrive named "hidden test N" from the server; should a name come
 * through anyway, the page still shows only the number.
 */
export function redactHidden(submission) {
  let n = 0;
  return {
    ...submission,
    tests: (submission.tests || []).map((test) =>
      test.hidden ? { ...test, name: /^hidden test \d+$/.test(test.name) ? test.name : `hidden test ${++n}` } : test,
    ),
  };
}

/** Read the role's token, show `waiting`, then `load(client)`: the loaded value and the
 * client, or null after showing the problem page (no token, refused, aborted). */
export async function openSession(main, sessionId, role, waiting, signal, load) {
  const token = tokenFor(sessionId, role);
  if (!token) {
    problemPage(main, null, role);
    return null;
  }
  replace(main, h("p.loading", { role: "status" }, waiting));
  const client = sessionClient(sessionId, token);
  try {
    const value = await load(client);
    return signal.aborted ? null : { client, value };
  } catch (error) {
    if (!signal.aborted) problemPage(main, error, role);
    return null;
  }
}

export async function showCandidate(main, sessionId, { signal }) {
  document.body.classList.add("session-mode");
  signal.addEventListener("abort", () => document.body.classList.remove("session-mode"));
  const opened = await openSession(
    main, sessionId, "candidate", "Joining the session…", signal, (client) => client.get(),
  );
  if (opened) new CandidatePage(main, opened.client, opened.value, signal);
}

class CandidatePage {
  constructor(main, client, session, signal) {
    this.client = client;
    this.signal = signal;
    this.session = null;
    this.exerciseId = null;
    this.editor = null;
    this.busy = false;
    this.pending = null; // {id, mode} of the submission being graded
    this.shown = null; // id of the submission whose result is on screen
    this.stopFollowing = null;
    this.ended = false;

    this.timer = countdown();
    this.build(main);
    this.apply(session);
    this.stopWatching = watchSession(client, {
      onSession: (s) => this.apply(s),
      onError: (error) => (error.status === 410 ? this.end() : this.lostAccess(error)),
    });
    document.addEventListener("keydown", (event) => this.onKeydown(event), { signal });
    signal.addEventListener("abort", () => this.destroy());
  }

  build(main) {
    this.heading = h("h1", null, "Interview");
    this.position = h("span.session-position");
    this.banner = h("div.session-banner", { role: "status", hidden: true });
    ({ runButton: this.runButton, submitButton: this.submitButton } = gradingButtons(
      (mode) => this.send(mode),
    ));
    this.linkState = h("span.link-state", { "aria-live": "polite" });
    this.prompt = h("div.col-prompt");
    this.editorHost = h("div.editor.shared-editor");
    this.announcer = h("p.visually-hidden", { role: "status", "aria-live": "polite" });
    this.results = h("div.results-body");
    replace(
      main,
      h(
        "section.session-page.candidate-page",
        { dataset: { session: this.client.id, role: "candidate" } },
        h(
          "header.session-head",
          null,
          h("div", null, this.heading, h("p.session-sub.muted", null, "Live interview · ", this.position)),
          this.timer.element,
        ),
        this.banner,
        h(
          "div.columns",
          null,
          this.prompt,
          h(
            "div.col-work",
            null,
            h(
              "div.toolbar",
              { role: "toolbar", "aria-label": "Code actions" },
              this.runButton,
              this.submitButton,
              this.linkState,
            ),
            this.editorHost,
            h(
              "p.muted.editor-help",
              { id: "editor-help" },
              `The interviewer sees this editor live and may type in it too. ${MOD}+Enter runs, ${MOD}+Shift+Enter submits. Press Esc then Tab to leave the editor.`,
            ),
            h(
              "section.results",
              { "aria-labelledby": "results-title" },
              h("h2", { id: "results-title" }, "Results"),
              this.announcer,
              this.results,
            ),
          ),
        ),
      ),
    );
  }

  destroy() {
    if (this.stopWatching) this.stopWatching();
    if (this.stopFollowing) this.stopFollowing();
    clearTimeout(this.retryTimer);
    this.timer.destroy();
    if (this.editor) this.editor.destroy();
  }

  lostAccess(error) {
    this.banner.hidden = false;
    this.banner.className = "session-banner banner-bad";
    this.banner.textContent = sessionProblem(error, "candidate").join(": ");
  }

  // ---- the session as the server says --------------------------------------

  apply(session) {
    if (this.signal.aborted) return;
    this.session = session;
    this.timer.update(session.timer, session.status);
    const exercises = session.exercises || [];
    const index = Math.min(Math.max(0, session.current_index || 0), Math.max(0, exercises.length - 1));
    const exercise = exercises[index];
    if (exercise && exercise.id !== this.exerciseId && !this.ended) this.showExercise(exercise, index, exercises.length);
    this.showSubmission(session.submissions || []);
    if (session.status === "ended") this.end();
  }

  showExercise(exercise, index, count) {
    const first = this.exerciseId === null;
    this.exerciseId = exercise.id;
    this.exercise = exercise;
    document.title = `Drill — interview: ${exercise.title}`;
    this.heading.textContent = exercise.title;
    this.position.textContent = `exercise ${index + 1} of ${count}`;

    const prompt = h("article.prompt.markdown", { "aria-label": "Task" }, renderMarkdown(exercise.prompt_markdown, 1));
    const top = prompt.firstElementChild;
    if (top && top.tagName === "H2" && top.textContent.trim() === exercise.title.trim()) top.remove();
    replace(
      this.prompt,
      prompt,
      exercise.public_tests && exercise.public_tests.length
        ? h(
            "details.public-tests",
            null,
            h("summary", null, `Public tests (${exercise.public_tests.length})`),
            exercise.public_tests.map((t) =>
              h("div.public-test", null, h("h3", null, h("code", null, t.name)), highlightedPython(t.code)),
            ),
          )
        : null,
    );

    if (this.stopFollowing) this.stopFollowing();
    this.stopFollowing = null;
    this.pending = null;
    this.shown = null;
    this.setBusy(false);
    replace(this.results, h("p.placeholder", null, "Run checks the public tests; Submit adds the hidden tests."));
    // After a reload: the last finished run or submission of this exercise.
    const earlier = (this.session.submissions || []).filter((s) => s.exercise_id === exercise.id && s.status === "done");
    if (earlier.length) this.showResult(earlier[earlier.length - 1]);
    if (this.editor) this.editor.destroy();
    replace(this.editorHost);
    this.editor = collabEditor({
      parent: this.editorHost,
      client: this.client,
      exerciseId: exercise.id,
      role: "candidate",
      starterCode: exercise.starter_code,
      status: this.linkState,
      label: "Code editor, Python (shared with the interviewer)",
      shortcuts: [
        { key: "Mod-Enter", run: () => (this.send("run"), true) },
        { key: "Mod-Shift-Enter", run: () => (this.send("submit"), true) },
      ],
    });
    if (!first) {
      this.banner.hidden = false;
      this.banner.className = "session-banner banner-info";
      this.banner.textContent = `The interviewer moved on: exercise ${index + 1} of ${count}, ${exercise.title}.`;
    }
  }

  end() {
    if (this.ended) return;
    this.ended = true;
    this.timer.update(null, "ended");
    this.banner.hidden = false;
    this.banner.className = "session-banner banner-ended";
    replace(this.banner, h("strong", null, "This session has ended"), " — the editor is read-only now. Thank you!");
    if (this.editor) {
      this.editor.setReadOnly(true);
      this.editor.disconnect();
    }
    if (this.stopFollowing) this.stopFollowing();
    if (this.stopWatching) this.stopWatching();
    for (const b of [this.runButton, this.submitButton]) {
      b.disabled = true;
      b.setAttribute("aria-disabled", "true");
    }
    this.linkState.textContent = "Session ended";
  }

  // ---- run and submit ----------------------------------------------------------

  onKeydown(event) {
    if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    this.send(event.shiftKey ? "submit" : "run");
  }

  setBusy(busy) {
    this.busy = busy;
    for (const b of [this.runButton, this.submitButton]) {
      if (busy) b.setAttribute("aria-disabled", "true");
      else if (!this.ended) b.removeAttribute("aria-disabled");
    }
  }

  async send(mode, attempt = 0) {
    if (this.ended || !this.editor || (this.busy && attempt === 0)) return;
    this.setBusy(true);
    const exerciseId = this.exerciseId;
    replace(this.results, progressView(mode, { status: null }));
    this.announcer.textContent = mode === "run" ? "Running the public tests" : "Submitted";
    let submission;
    try {
      submission = await this.client.submit(exerciseId, this.editor.getCode(), mode);
    } catch (error) {
      if (this.signal.aborted || exerciseId !== this.exerciseId) return;
      if (error instanceof ApiError && error.status === 503 && error.retryAfter !== null && attempt < MAX_QUEUE_RETRIES) {
        const wait = Math.max(1, error.retryAfter);
        replace(this.results, errorView("The grading queue is busy", `${error.message} — retrying in ${wait} s.`));
        this.retryTimer = setTimeout(() => this.send(mode, attempt + 1), wait * 1000);
        return;
      }
      if (error.status === 410) this.end();
      replace(this.results, errorView("Could not send the code", error.message));
      this.setBusy(false);
      return;
    }
    if (this.signal.aborted || exerciseId !== this.exerciseId) return;
    this.pending = { id: submission.id, mode };
    if (submission.status === "done") return this.showResult(submission);
    replace(this.results, progressView(mode, { status: submission.status, position: null, elapsed_ms: null }));
    this.stopFollowing = followSubmission(submission.id, {
      onProgress: (state) => {
        if (this.pending && this.pending.id === submission.id) replace(this.results, progressView(mode, state));
      },
      // The result shown is the session's copy (hidden tests redacted by the server).
      onDone: () => this.refresh(),
      onError: () => this.refresh(),
    });
  }

  async refresh() {
    try {
      const session = await this.client.get();
      this.apply(session);
    } catch (error) {
      if (error.status === 410) this.end();
    }
  }

  /** Show the pending submission once the session lists it as done. */
  showSubmission(submissions) {
    if (!this.pending) return;
    const done = submissions.find((s) => s.id === this.pending.id && s.status === "done");
    if (done) this.showResult(done);
  }

  showResult(submission) {
    if (this.shown === submission.id) return;
    this.shown = submission.id;
    this.pending = null;
    if (this.stopFollowing) this.stopFollowing();
    this.stopFollowing = null;
    const safe = redactHidden(submission);
    const view = resultView(safe, { goToLine: (n) => this.editor && this.editor.goToLine(n) });
    replace(this.results, view);
    this.announcer.textContent = verdictTitle(safe) + (safe.message ? ": " + safe.message : "");
    this.setBusy(false);
  }
}
