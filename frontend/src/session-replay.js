// The replay of one exercise: the stored Yjs updates (GET /sessions/{id}/history/
// {exercise_id}) applied in order to a fresh Y.Doc give the candidate's code after
// each one; a range input scrubs through time, play/pause runs it at 1×–8×, and
// pastes (and submissions) are marked on the timeline.

import { fromBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { h, plural, replace } from "./dom.js";
import { highlightedPython } from "./markdown.js";
import { formatClock } from "./session-api.js";

const SPEEDS = [1, 2, 4, 8];

/** Seconds since the epoch, or milliseconds (Date.now()) → milliseconds. */
function toMs(t) {
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  return n > 1e11 ? n : n * 1000;
}

/** [{t (ms), text}] after each update, in time order. */
export function buildFrames(updates) {
  const doc = new Y.Doc();
  const text = doc.getText("code");
  const frames = [];
  const sorted = [...updates].map((u, i) => ({ ...u, ms: toMs(u.t), i })).filter((u) => u.ms !== null);
  sorted.sort((a, b) => a.ms - b.ms || a.i - b.i);
  for (const update of sorted) {
    try {
      Y.applyUpdate(doc, fromBase64(update.update));
    } catch {
      continue; // a damaged update: skip it, keep the rest
    }
    const code = text.toString();
    const last = frames[frames.length - 1];
    if (last && last.text === code) continue; // awareness-free no-ops change nothing
    frames.push({ t: update.ms, text: code });
  }
  doc.destroy();
  return frames;
}

/** The last frame at or before `t` (binary search); the first one before it starts. */
function frameAt(frames, t) {
  let lo = 0;
  let hi = frames.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (frames[mid].t <= t) lo = mid;
    else hi = mid - 1;
  }
  return frames[lo];
}

/**
 * A replay widget for one exercise. `history`: {updates, events}; `submissions`:
 * the exercise's submissions (marked on the timeline at their created_at).
 */
export function replayView(history, { submissions = [], label = "Replay" } = {}) {
  const frames = buildFrames(history.updates || []);
  if (!frames.length) return h("div.replay.replay-empty", null, h("p.muted", null, "No edits were recorded for this exercise."));

  const pastes = (history.events || [])
    .filter((e) => e && e.kind === "paste")
    .map((e) => ({ ms: toMs(e.t), length: e.length }))
    .filter((e) => e.ms !== null);
  const sent = submissions
    .map((s) => ({ ms: Date.parse(s.created_at), submission: s }))
    .filter((s) => Number.isFinite(s.ms));
  const start = frames[0].t;
  const end = Math.max(frames[frames.length - 1].t, ...pastes.map((p) => p.ms), start);
  const duration = end - start;

  let position = duration; // open at the end: the final code
  let speed = 1;
  let playing = false;
  let raf = 0;
  let lastTick = 0;

  const code = h("div.replay-code", { "aria-label": "The code at this moment" });
  const clock = h("span.replay-clock");
  const size = h("span.replay-size.muted");
  const scrubber = h("input.replay-scrubber", {
    type: "range",
    min: "0",
    max: String(duration),
    step: "any",
    value: String(position),
    "aria-label": label + ": time",
  });
  const playButton = h("button.replay-play", { type: "button", "aria-pressed": "false" }, "▶ Play");
  const speedSelect = h(
    "select.replay-speed",
    { "aria-label": "Replay speed" },
    SPEEDS.map((s) => h("option", { value: String(s) }, s + "×")),
  );
  const at = (ms) => ((ms - start) / (duration || 1)) * 100;
  const markers = h(
    "div.replay-markers",
    { "aria-label": "Marks on the timeline" },
    pastes.map((p) =>
      h("button.replay-marker.marker-paste", {
        type: "button",
        style: `left: ${at(p.ms).toFixed(3)}%`,
        title: `Paste of ${plural(p.length || 0, "character")} at ${formatClock((p.ms - start) / 1000)}`,
        "aria-label": `Paste of ${plural(p.length || 0, "character")} at ${formatClock((p.ms - start) / 1000)}`,
        dataset: { kind: "paste", t: String(p.ms - start) },
        onclick: () => seek(p.ms - start),
      }),
    ),
    sent
      .filter((s) => s.ms >= start && s.ms <= end)
      .map((s) =>
        h("button.replay-marker.marker-submission", {
          type: "button",
          style: `left: ${at(s.ms).toFixed(3)}%`,
          title: `${s.submission.mode === "run" ? "Run" : "Submit"} at ${formatClock((s.ms - start) / 1000)}`,
          "aria-label": `${s.submission.mode === "run" ? "Run" : "Submit"} at ${formatClock((s.ms - start) / 1000)}`,
          dataset: { kind: "submission", t: String(s.ms - start) },
          onclick: () => seek(s.ms - start),
        }),
      ),
  );

  let shownText = null;
  const render = () => {
    const frame = frameAt(frames, start + position);
    if (frame.text !== shownText) {
      shownText = frame.text;
      replace(code, highlightedPython(frame.text));
      size.textContent = `${plural(frame.text.split("\n").length, "line")}, ${plural(frame.text.length, "character")}`;
    }
    scrubber.value = String(position);
    const text = `${formatClock(position / 1000)} / ${formatClock(duration / 1000)}`;
    clock.textContent = text;
    scrubber.setAttribute("aria-valuetext", text);
    element.dataset.position = String(Math.round(position));
  };

  const pause = () => {
    playing = false;
    cancelAnimationFrame(raf);
    playButton.textContent = "▶ Play";
    playButton.setAttribute("aria-pressed", "false");
    element.dataset.playing = "false";
  };
  const step = (now) => {
    if (!playing) return;
    if (!element.isConnected) return pause();
    position = Math.min(duration, position + (now - lastTick) * speed);
    lastTick = now;
    render();
    if (position >= duration) return pause();
    raf = requestAnimationFrame(step);
  };
  const play = () => {
    if (position >= duration) position = 0; // from the start again
    playing = true;
    lastTick = performance.now();
    playButton.textContent = "❚❚ Pause";
    playButton.setAttribute("aria-pressed", "true");
    element.dataset.playing = "true";
    raf = requestAnimationFrame(step);
  };
  function seek(ms) {
    position = Math.min(duration, Math.max(0, ms));
    render();
  }

  playButton.addEventListener("click", () => (playing ? pause() : play()));
  speedSelect.addEventListener("change", () => {
    speed = Number(speedSelect.value) || 1;
  });
  scrubber.addEventListener("input", () => seek(Number(scrubber.value)));

  const element = h(
    "div.replay",
    { dataset: { frames: String(frames.length), duration: String(Math.round(duration)) } },
    h(
      "div.replay-controls",
      null,
      playButton,
      h("label.replay-speed-label", null, "Speed ", speedSelect),
      clock,
      size,
    ),
    h("div.replay-track", null, scrubber, markers),
    pastes.length || sent.length
      ? h(
          "p.replay-legend.muted",
          null,
          pastes.length ? h("span.legend-paste", null, plural(pastes.length, "paste")) : null,
          sent.length ? h("span.legend-submission", null, plural(sent.length, "run or submission", "runs and submissions")) : null,
        )
      : null,
    code,
  );
  render();
  return element;
}
