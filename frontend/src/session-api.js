// Live interview sessions: the token, the session's REST API (every call carries
// `Authorization: Bearer <token>`), its event stream, the shared document's
// WebSocket address, and the countdown shown on every session page.
//
// The token arrives in the URL fragment (`#token=…`), which browsers never send to
// the server, so it stays out of its access logs. It is kept in sessionStorage (this
// tab only) and removed from the address bar, so a reload still works and a shared
// screen does not show it.

import { ApiError } from "./api.js";
import { h } from "./dom.js";

const BASE = "/api/v1";

/** The interviewer's token opens the interviewer page and the report. */
export function tokenFor(sessionId, role) {
  const key = `drill:session-token:${sessionId}:${role}`;
  const match = location.hash.match(/[#&]token=([^&]+)/);
  if (match) {
    const token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(key, token);
    } catch {
      // No storage: the fragment is gone after this, so a reload needs the link again.
    }
    history.replaceState(history.state, "", location.pathname + location.search);
    return token;
  }
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function detailText(body, status) {
  if (!body || body.detail === undefined) return "the server answered " + status;
  const detail = body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) return detail.map((d) => (d && d.msg) || JSON.stringify(d)).join("; ");
  return JSON.stringify(detail);
}

/** The session API for one session, authenticated with `token`. */
export function sessionClient(sessionId, token) {
  const path = `/sessions/${encodeURIComponent(sessionId)}`;

  async function request(url, { method = "GET", body, text = false, keepalive = false } = {}) {
    const headers = { Accept: text ? "text/markdown, text/plain" : "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(BASE + url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        keepalive,
      });
    } catch (error) {
      throw new ApiError(0, "the server could not be reached (" + error.message + ")", null);
    }
    const type = response.headers.get("content-type") || "";
    if (!response.ok) {
      const json = type.includes("application/json") ? await response.json().catch(() => null) : null;
      const retry = Number.parseFloat(response.headers.get("retry-after"));
      throw new ApiError(response.status, detailText(json, response.status), Number.isFinite(retry) ? retry : null);
    }
    if (text) return response.text();
    return type.includes("application/json") ? response.json() : null;
  }

  return {
    id: sessionId,
    token,
    get: () => request(path),
    notes: () => request(path + "/notes"),
    saveNotes: (text, keepalive = false) => request(path + "/notes", { method: "PUT", body: { text }, keepalive }),
    timer: (action, minutes) =>
      request(path + "/timer", { method: "POST", body: minutes === undefined ? { action } : { action, minutes } }),
    advance: (index) => request(path + "/advance", { method: "POST", body: { index } }),
    end: () => request(path + "/end", { method: "POST", body: {} }),
    report: () => request(path + "/report"),
    reportMarkdown: () => request(path + "/report.md", { text: true }),
    history: (exerciseId) => request(`${path}/history/${encodeURIComponent(exerciseId)}`),
    submit: (exerciseId, code, mode) =>
      request("/submissions", { method: "POST", body: { exercise_id: exerciseId, code, mode } }),
    // EventSource and WebSocket cannot send headers: the token goes in the query.
    eventsUrl: () => `${BASE}${path}/events?token=${encodeURIComponent(token || "")}`,
    docUrl: () => (location.protocol === "https:" ? "wss://" : "ws://") + location.host + `${BASE}${path}/doc`,
  };
}

/**
 * Follow the session: `session` events from the server-sent stream (sent on every
 * change and at least every 5 s). If the stream closes for good (the server refused
 * it), GET the session every 5 s instead and try the stream again. Calls
 * onSession(session), and onError(ApiError) for a refusal (401, 403, 404, or 410
 * once a candidate's session ended, also sent as an `ended` event). Returns a
 * function that stops.
 */
export function watchSession(client, { onSession, onError }) {
  let stopped = false;
  let source = null;
  let timer = null;
  let failures = 0;

  const stop = () => {
    stopped = true;
    if (source) source.close();
    source = null;
    clearTimeout(timer);
  };

  const poll = async () => {
    if (stopped) return;
    try {
      const session = await client.get();
      if (stopped) return;
      onSession(session);
      failures += 1;
      // The GET works but the stream did not: try the stream again now and then.
      if (failures % 3 === 0 && typeof EventSource === "function") return open();
    } catch (error) {
      if (stopped) return;
      if ([401, 403, 404, 410].includes(error.status)) {
        stop();
        return onError(error);
      }
    }
    timer = setTimeout(poll, 5000);
  };

  const open = () => {
    if (stopped) return;
    source = new EventSource(client.eventsUrl());
    source.addEventListener("session", (event) => {
      if (stopped) return;
      failures = 0;
      let session;
      try {
        session = JSON.parse(event.data);
      } catch {
        return;
      }
      onSession(session);
    });
    // The server says `ended` (and closes the stream) once this token stops
    // working: the candidate's, when the session ends.
    source.addEventListener("ended", () => {
      if (stopped) return;
      stop();
      onError(new ApiError(410, "this session has ended", null));
    });
    source.onerror = () => {
      if (stopped || !source) return;
      // CONNECTING: the browser reconnects by itself; CLOSED: it gave up.
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        timer = setTimeout(poll, 0);
      }
    };
  };

  if (typeof EventSource === "function") open();
  else poll();
  return stop;
}

function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

export { clock as formatClock };

/**
 * The countdown: `remaining_s` as the server last said, counted down locally while
 * the timer runs (no clock comparison between machines needed).
 */
export function countdown() {
  const value = h("span.timer-value", { role: "timer", "aria-live": "off" }, "–:––");
  const state = h("span.timer-state");
  const element = h("div.session-timer", { dataset: { running: "false" } }, h("span.timer-label", null, "Time left"), value, state);
  let remaining = null;
  let running = false;
  let received = 0;
  let ended = false;

  const left = () => (running ? remaining - (performance.now() - received) / 1000 : remaining);
  const render = () => {
    if (remaining === null) return;
    const seconds = left();
    value.textContent = clock(seconds);
    element.dataset.running = String(running && !ended);
    element.classList.toggle("timer-low", seconds < 300);
    element.classList.toggle("timer-up", seconds <= 0);
    state.textContent = ended ? "ended" : seconds <= 0 ? "time is up" : running ? "" : "paused";
  };
  const tick = setInterval(render, 250);

  return {
    element,
    /** Take the server's timer ({running, remaining_s, ...}) and the session status. */
    update(timer, status) {
      if (timer && typeof timer.remaining_s === "number") {
        remaining = timer.remaining_s;
        running = Boolean(timer.running);
        received = performance.now();
      }
      ended = status === "ended";
      if (ended && running && remaining !== null) {
        remaining = left(); // stop where it stands
        running = false;
      }
      render();
    },
    remaining: () => (remaining === null ? null : left()),
    destroy: () => clearInterval(tick),
  };
}

/** A page that could not open the session: a message and nothing else. */
export function sessionProblem(error, role) {
  if (!error) return ["No access token", "Open the link you were given (it ends in #token=…)."];
  if (error.status === 401) return ["This link is not valid", "The server refused its token: ask for a new link."];
  if (error.status === 403) {
    return ["Not for this link", role === "candidate" ? "This page is the candidate's." : "This page is the interviewer's: the candidate's link cannot open it."];
  }
  if (error.status === 404) return ["No such session", error.message];
  if (error.status === 410) return ["This session has ended", "Thank you! You can close this page."];
  return ["Could not load the session", error.message];
}
