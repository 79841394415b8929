// What this browser remembers: drafts per exercise, progress (attempted, solved,
// best benchmark ratio), how many hints were revealed. All in localStorage; a
// browser that refuses storage simply forgets.

const PREFIX = "drill:";

function read(key, fallback) {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text === null ? fallback : JSON.parse(text);
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const drafts = {
  get: (id) => read("draft:" + id, null),
  set: (id, code) => write("draft:" + id, code),
  remove: (id) => write("draft:" + id, undefined),
};

export const hintsRevealed = {
  get: (id) => read("hints:" + id, 0),
  set: (id, n) => write("hints:" + id, n),
};

function allProgress() {
  const value = read("progress", {});
  return value && typeof value === "object" ? value : {};
}

export const progress = {
  get(id) {
    return allProgress()[id] || {};
  },
  /** "new", "attempted" or "solved". */
  status(id) {
    const entry = allProgress()[id];
    if (!entry) return "new";
    return entry.solved ? "solved" : entry.attempted ? "attempted" : "new";
  },
  update(id, change) {
    const all = allProgress();
    all[id] = { ...(all[id] || {}), ...change };
    write("progress", all);
    return all[id];
  },
  /** Record a finished submission; returns the updated entry. */
  recordResult(id, submission) {
    const entry = this.get(id);
    const change = { attempted: true };
    if (submission.mode === "submit" && submission.verdict === "accepted") {
      change.solved = true;
      change.acceptedSubmission = submission.id;
      const ratios = submission.benchmarks
        .map((b) => b.ratio)
        .filter((r) => typeof r === "number");
      if (ratios.length) {
        const worst = Math.max(...ratios); // a submission is as fast as its slowest case
        if (entry.bestRatio === undefined || entry.bestRatio === null || worst < entry.bestRatio) {
          change.bestRatio = worst;
        }
      }
    }
    return this.update(id, change);
  },
};
