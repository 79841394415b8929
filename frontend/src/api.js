// The JSON API under /api/v1. Errors come back as {"detail": ...}; they are thrown
// as ApiError with the HTTP status, the detail as text and any Retry-After.

const BASE = "/api/v1";

export class ApiError extends Error {
  constructor(status, detail, retryAfter) {
    super(detail);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

function detailText(detail) {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    // FastAPI validation errors: [{loc, msg, ...}]
    return detail.map((d) => (d && d.msg) || JSON.stringify(d)).join("; ");
  }
  return JSON.stringify(detail);
}

async function request(path, options = {}) {
  let response;
  try {
    response = await fetch(BASE + path, {
      ...options,
      headers: { Accept: "application/json", ...(options.headers || {}) },
    });
  } catch (error) {
    throw new ApiError(0, "the server could not be reached (" + error.message + ")", null);
  }
  let body = null;
  const type = response.headers.get("content-type") || "";
  if (type.includes("application/json")) body = await response.json();
  if (!response.ok) {
    const detail = body && body.detail !== undefined
      ? detailText(body.detail)
      : "the server answered " + response.status;
    const retry = Number.parseFloat(response.headers.get("retry-after"));
    throw new ApiError(response.status, detail, Number.isFinite(retry) ? retry : null);
  }
  return body;
}

function post(path, body) {
  return request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

export const api = {
  exercises: () => request("/exercises"),
  exercise: (id) => request("/exercises/" + encodeURIComponent(id)),
  hint: (id, n) => request(`/exercises/${encodeURIComponent(id)}/hints/${n}`),
  solution: (id, body) => post(`/exercises/${encodeURIComponent(id)}/solution`, body),
  submit: (exerciseId, code, mode) => post("/submissions", { exercise_id: exerciseId, code, mode }),
  submission: (id) => request("/submissions/" + encodeURIComponent(id)),
  eventsUrl: (id) => `${BASE}/submissions/${encodeURIComponent(id)}/events`,
};

/**
 * Follow a submission until it is done: server-sent events, or, should the stream
 * fail, one GET every 2 s. Calls onProgress({status, position, elapsed_ms}) and
 * finally onDone(submission). Returns a function that stops following.
 */
export function followSubmission(id, { onProgress, onDone, onError }) {
  let stopped = false;
  let source = null;
  let timer = null;

  const stop = () => {
    stopped = true;
    if (source) source.close();
    if (timer) clearTimeout(timer);
  };
  const finish = (submission) => {
    if (stopped) return;
    stop();
    onDone(submission);
  };

  const poll = async () => {
    if (stopped) return;
    try {
      const submission = await api.submission(id);
      if (stopped) return;
      if (submission.status === "done") return finish(submission);
      onProgress({ status: submission.status, position: null, elapsed_ms: null });
    } catch (error) {
      if (error.status === 404) {
        stop();
        return onError(error);
      }
      // A transient failure: keep trying at the same pace.
    }
    timer = setTimeout(poll, 2000);
  };

  if (typeof EventSource === "function") {
    source = new EventSource(api.eventsUrl(id));
    source.addEventListener("progress", (event) => {
      if (!stopped) onProgress(JSON.parse(event.data));
    });
    source.addEventListener("done", (event) => finish(JSON.parse(event.data)));
    source.onerror = () => {
      // The stream broke (or never opened): do not let EventSource reconnect in a
      // loop; read the submission every 2 s instead.
      if (stopped) return;
      source.close();
      source = null;
      timer = setTimeout(poll, 0);
    };
  } else {
    poll();
  }
  return stop;
}
