// The interviewer's page of a live session, `/sessions/{id}/interviewer#token=T`:
// the candidate's editor live (one shared document: both may type, each sees the
// other's cursor), every run and submission with full results as they happen, the
// exercise's reference solution and notes, private notes (autosaved), the timer
// with Start / Pause / Extend, "Next exercise" and "End session".

import { h, replace } from "./dom.js";
import { highlightedPython, renderMarkdown } from "./markdown.js";
import { progressView, resultView, verdictTitle } from "./results.js";
import { openSession, problemPage } from "./session-candidate.js";
import { collabEditor } from "./session-collab.js";
import { countdown, watchSession } from "./session-api.js";

const NOTES_DELAY_MS = 800;
const EXTEND_MINUTES = 5;

function button(label, attributes) {
  return h("button", { type: "button", ...attributes }, label);
}

function timeOfDay(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

export function reportUrl(sessionId, token) {
  return `/sessions/${encodeURIComponent(sessionId)}/report#token=${encodeURIComponent(token)}`;
}

export async function showInterviewer(main, sessionId, { signal }) {
  const opened = await openSession(
    main, sessionId, "interviewer", "Opening the session…", signal, (client) => client.get(),
  );
  if (!opened) return;
  if (opened.value.role !== "interviewer") return problemPage(main, { status: 403 }, "interviewer");
  new InterviewerPage(main, opened.client, opened.value, signal);
}

class InterviewerPage {
  constructor(main, client, session, signal) {
    this.client = client;
    this.signal = signal;
    this.session = null;
    this.exerciseId = null;
    this.editor = null;
    this.ended = false;
    this.feedItems = new Map(); // submission id → {key, element}
    this.notesTimer = null;
    this.notesDirty = false;

    this.timer = countdown();
    this.build(main, session);
    this.apply(session);
    this.stopWatching = watchSession(client, {
      onSession: (s) => this.apply(s),
      onError: (error) => this.showError(error.message),
    });
    window.addEventListener("pagehide", () => this.saveNotesNow(true), { signal });
    document.addEventListener(
      "visibilitychange",
      () => document.visibilityState === "hidden" && this.saveNotesNow(true),
      { signal },
    );
    signal.addEventListener("abort", () => this.destroy());
  }

  build(main, session) {
    this.heading = h("h1", null, "Interview");
    this.position = h("span.session-position");
    this.banner = h("div.session-banner", { role: "status", hidden: true });

    this.startButton = button("Start", { class: "primary", onclick: () => this.timerAction("start") });
    this.pauseButton = button("Pause", { onclick: () => this.timerAction("pause") });
    this.extendButton = button(`Extend +${EXTEND_MINUTES} min`, {
      onclick: () => this.timerAction("extend", EXTEND_MINUTES),
    });
    this.nextButton = button("Next exercise", { class: "primary-outline", onclick: () => this.next() });
    this.endButton = button("End session", { class: "danger-outline", onclick: () => this.endSession() });
    this.controls = h(
      "div.session-controls",
      { role: "toolbar", "aria-label": "Session controls" },
      this.timer.element,
      h("div.control-group", { role: "group", "aria-label": "Timer" }, this.startButton, this.pauseButton, this.extendButton),
      h("div.control-group", null, this.nextButton, this.endButton),
    );

    this.linkState = h("span.link-state", { "aria-live": "polite" });
    this.editorHost = h("div.editor.shared-editor");
    this.feed = h("ol.submission-feed", { "aria-live": "polite" });
    this.feedEmpty = h("p.placeholder", null, "No runs or submissions yet: they appear here as the candidate sends them.");
    this.exerciseInfo = h("div.exercise-info");
    this.notesState = h("span.save-state", { "aria-live": "off" });
    this.notes = h("textarea.private-notes", {
      id: "private-notes",
      rows: "10",
      spellcheck: "true",
      placeholder: "Only you see these; they are saved as you type and go into the report.",
      oninput: () => this.scheduleNotes(),
    });
    this.notes.value = typeof session.notes === "string" ? session.notes : (session.notes && session.notes.text) || "";
    this.notesState.textContent = this.notes.value ? "Saved" : "";

    replace(
      main,
      h(
        "section.session-page.interviewer-page",
        { dataset: { session: this.client.id, role: "interviewer" } },
        h(
          "header.session-head",
          null,
          h("div", null, this.heading, h("p.session-sub.muted", null, "Interviewer view · ", this.position)),
          this.controls,
        ),
        this.banner,
        h(
          "div.columns.interviewer-columns",
          null,
          h(
            "div.col-work",
            null,
            h(
              "div.toolbar",
              null,
              h("h2.editor-title", null, "Candidate's code"),
              h("span.cursor-legend", null, h("span.who.who-candidate", null, "Candidate"), h("span.who.who-interviewer", null, "You")),
              this.linkState,
            ),
            this.editorHost,
            h("p.muted.editor-help", { id: "editor-help" }, "Live and shared: what you type appears in the candidate's editor. Press Esc then Tab to leave the editor."),
            h(
              "section.submissions",
              { "aria-labelledby": "feed-title" },
              h("h2", { id: "feed-title" }, "Runs and submissions"),
              this.feedEmpty,
              this.feed,
            ),
          ),
          h(
            "div.col-prompt.col-side",
            null,
            h(
              "section.notes-section",
              { "aria-labelledby": "notes-title" },
              h("h2", null, h("label", { id: "notes-title", for: "private-notes" }, "Your notes"), " ", this.notesState),
              this.notes,
            ),
            this.exerciseInfo,
          ),
        ),
      ),
    );
  }

  destroy() {
    this.saveNotesNow(true);
    if (this.stopWatching) this.stopWatching();
    this.timer.destroy();
    if (this.editor) this.editor.destroy();
  }

  showError(message) {
    this.banner.hidden = false;
    this.banner.className = "session-banner banner-bad";
    this.banner.textContent = message;
  }

  // ---- the session as the server says --------------------------------------

  apply(session) {
    if (this.signal.aborted || !session) return;
    this.session = session;
    this.timer.update(session.timer, session.status);
    const exercises = session.exercises || [];
    const index = Math.min(Math.max(0, session.current_index || 0), Math.max(0, exercises.length - 1));
    const exercise = exercises[index];
    if (exercise && exercise.id !== this.exerciseId) this.showExercise(exercise, index, exercises.length);
    this.updateControls(session, index, exercises.length);
    this.updateFeed(session.submissions || []);
    if (session.status === "ended") this.ended_();
  }

  updateControls(session, index, count) {
    const running = Boolean(session.timer && session.timer.running);
    const ended = session.status === "ended";
    const enable = (b, on) => {
      b.disabled = !on;
    };
    enable(this.startButton, !ended && !running);
    enable(this.pauseButton, !ended && running);
    enable(this.extendButton, !ended);
    enable(this.nextButton, !ended && index + 1 < count);
    this.nextButton.title = index + 1 < count ? "Move the candidate to the next exercise" : "This is the last exercise";
    enable(this.endButton, !ended);
  }

  showExercise(exercise, index, count) {
    this.exerciseId = exercise.id;
    document.title = `Drill — interviewing: ${exercise.title}`;
    this.heading.textContent = exercise.title;
    this.position.textContent = `exercise ${index + 1} of ${count}`;
    const reference = (this.session.references || []).find((r) => r.exercise_id === exercise.id);
    replace(
      this.exerciseInfo,
      h(
        "section.reference",
        { "aria-labelledby": "reference-title" },
        h("h2", { id: "reference-title" }, "Reference solution"),
        reference
          ? h("div.reference-code", { "aria-label": "Reference solution code" }, highlightedPython(reference.reference_code))
          : h("p.muted", null, "Not available."),
      ),
      reference && reference.notes_markdown
        ? h(
            "section.reference-notes",
            { "aria-labelledby": "reference-notes-title" },
            h("h2", { id: "reference-notes-title" }, "Notes on the exercise"),
            h("div.markdown", null, renderMarkdown(reference.notes_markdown, 2)),
          )
        : null,
      h(
        "details.prompt-copy",
        null,
        h("summary", null, "The prompt, as the candidate sees it"),
        h("article.prompt.markdown", null, renderMarkdown(exercise.prompt_markdown, 2)),
      ),
    );
    if (this.editor) this.editor.destroy();
    replace(this.editorHost);
    this.editor = collabEditor({
      parent: this.editorHost,
      client: this.client,
      exerciseId: exercise.id,
      role: "interviewer",
      status: this.linkState,
      label: "The candidate's code, Python (shared)",
    });
    if (this.ended) this.editor.setReadOnly(true);
  }

  ended_() {
    if (this.ended) return;
    this.ended = true;
    if (this.editor) this.editor.setReadOnly(true);
    this.banner.hidden = false;
    this.banner.className = "session-banner banner-ended";
    replace(
      this.banner,
      h("strong", null, "This session has ended."),
      " ",
      h("a.report-link", { href: reportUrl(this.client.id, this.client.token), "data-route": true }, "Open the report →"),
    );
  }

  // ---- actions ------------------------------------------------------------------

  async act(promise) {
    try {
      const session = await promise;
      if (session && session.id) this.apply(session);
      this.banner.hidden = this.ended ? false : true;
    } catch (error) {
      if (!this.signal.aborted) this.showError(error.message);
    }
  }

  timerAction(action, minutes) {
    return this.act(this.client.timer(action, minutes));
  }

  next() {
    const index = (this.session.current_index || 0) + 1;
    if (index >= (this.session.exercises || []).length) return;
    return this.act(this.client.advance(index));
  }

  endSession() {
    const ok = window.confirm("End the session? The candidate's editor becomes read-only and the report is ready.");
    if (!ok) return;
    this.saveNotesNow();
    return this.act(this.client.end());
  }

  // ---- private notes ------------------------------------------------------------

  scheduleNotes() {
    this.notesDirty = true;
    clearTimeout(this.notesTimer);
    this.notesState.textContent = "Editing…";
    this.notesTimer = setTimeout(() => this.saveNotesNow(), NOTES_DELAY_MS);
  }

  async saveNotesNow(keepalive = false) {
    clearTimeout(this.notesTimer);
    if (!this.notesDirty) return;
    this.notesDirty = false;
    const text = this.notes.value;
    this.notesState.textContent = "Saving…";
    try {
      await this.client.saveNotes(text, keepalive);
      if (!this.notesDirty) this.notesState.textContent = "Saved";
    } catch (error) {
      this.notesDirty = true;
      this.notesState.textContent = "Not saved: " + error.message;
    }
  }

  // ---- runs and submissions -------------------------------------------------------

  updateFeed(submissions) {
    this.feedEmpty.hidden = submissions.length > 0;
    const titles = new Map((this.session.exercises || []).map((e) => [e.id, e.title]));
    let number = 0;
    for (const submission of submissions) {
      number += 1;
      const key = `${submission.status}:${submission.verdict}`;
      const known = this.feedItems.get(submission.id);
      if (known && known.key === key) continue;
      const element = this.feedItem(submission, number, titles.get(submission.exercise_id) || submission.exercise_id, known);
      if (known) known.element.replaceWith(element);
      else {
        this.feed.prepend(element); // newest first
        // Only the newest stays open.
        for (const other of this.feed.querySelectorAll("details[open]")) {
          if (other !== element.querySelector("details")) other.open = false;
        }
      }
      this.feedItems.set(submission.id, { key, element });
    }
  }

  feedItem(submission, number, title, known) {
    const done = submission.status === "done";
    const wasOpen = known ? known.element.querySelector("details").open : true;
    const verdict = done ? verdictTitle(submission) : submission.status === "running" ? "Running…" : "Queued…";
    const good = done && submission.verdict === "accepted";
    return h(
      "li.feed-item",
      { dataset: { submission: submission.id, status: submission.status, verdict: submission.verdict || "" } },
      h(
        "details",
        { open: wasOpen },
        h(
          "summary",
          null,
          h("span.feed-number", null, `#${number}`),
          h("span.feed-mode", null, submission.mode === "run" ? "Run" : "Submit"),
          h("span.feed-exercise", null, title),
          h("span.feed-time", null, timeOfDay(submission.created_at)),
          h("span", { class: "feed-verdict " + (done ? (good ? "good" : "bad") : "pending") }, verdict),
        ),
        done
          ? resultView(submission, { goToLine: (n) => this.editor && this.editor.goToLine(n) })
          : progressView(submission.mode, { status: submission.status, position: null, elapsed_ms: null }),
      ),
    );
  }
}
