// The exercise list at `/`: filter by difficulty, tag and status, and search.
// Filters live in the query string, so Back and a reload keep them.

import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { progress } from "./store.js";

const DIFFICULTIES = ["easy", "medium", "hard"];
const STATUSES = ["new", "attempted", "solved"];
const STATUS_LABEL = { new: "New", attempted: "Attempted", solved: "Solved" };

function select(id, label, values, current, labelOf = (v) => v) {
  return h(
    "div.field",
    null,
    h("label", { for: id }, label),
    h(
      "select",
      { id, name: id },
      h("option", { value: "" }, "All"),
      values.map((v) => h("option", { value: v, selected: v === current }, labelOf(v))),
    ),
  );
}

function matches(exercise, filters, status) {
  if (filters.difficulty && exercise.difficulty !== filters.difficulty) return false;
  if (filters.tag && !exercise.tags.includes(filters.tag)) return false;
  if (filters.status && status !== filters.status) return false;
  if (filters.q) {
    const haystack = [exercise.title, exercise.summary, exercise.id, ...exercise.tags]
      .join(" ")
      .toLowerCase();
    return filters.q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => haystack.includes(w));
  }
  return true;
}

function row(exercise, status) {
  const entry = progress.get(exercise.id);
  return h(
    "li.exercise-card",
    { dataset: { id: exercise.id, status } },
    h(
      "div.card-head",
      null,
      h("h2.card-title", null, h("a", { href: "/exercises/" + encodeURIComponent(exercise.id), "data-route": true }, exercise.title)),
      h("span", { class: "badge difficulty difficulty-" + exercise.difficulty }, exercise.difficulty),
      h("span", { class: "badge status status-" + status, title: "Your progress in this browser" }, STATUS_LABEL[status]),
    ),
    h("p.summary", null, exercise.summary),
    h(
      "div.card-meta",
      null,
      h("ul.tags", { "aria-label": "Tags" }, exercise.tags.map((t) => h("li.tag", null, t))),
      h("span.minutes", null, `about ${exercise.estimated_minutes} min`),
      typeof entry.bestRatio === "number"
        ? h("span.best-ratio", { title: "Best benchmark ratio (slowest case), this browser" }, `best ${entry.bestRatio.toFixed(2)}×`)
        : null,
    ),
  );
}

export async function showList(main, { signal }) {
  const params = new URLSearchParams(location.search);
  const filters = {
    q: params.get("q") || "",
    difficulty: params.get("difficulty") || "",
    tag: params.get("tag") || "",
    status: params.get("status") || "",
  };
  document.title = "Drill — exercises";
  replace(main, h("p.loading", { role: "status" }, "Loading exercises…"));

  let exercises;
  try {
    exercises = await api.exercises();
  } catch (error) {
    replace(main, h("p.error", { role: "alert" }, "Could not load the exercises: " + error.message));
    return;
  }
  if (signal.aborted) return;

  const tags = [...new Set(exercises.flatMap((e) => e.tags))].sort();
  const list = h("ul.exercise-list", { "aria-label": "Exercises" });
  const count = h("p.count", { role: "status", "aria-live": "polite" });
  const search = h("input", {
    id: "search",
    type: "search",
    name: "q",
    placeholder: "title, summary, tag…",
    value: filters.q,
    autocomplete: "off",
  });
  const form = h(
    "form.filters",
    { role: "search", "aria-label": "Filter exercises", onsubmit: (e) => e.preventDefault() },
    h("div.field.field-search", null, h("label", { for: "search" }, "Search"), search),
    select("difficulty", "Difficulty", DIFFICULTIES, filters.difficulty),
    select("tag", "Tag", tags, filters.tag),
    select("status", "Status", STATUSES, filters.status, (s) => STATUS_LABEL[s]),
  );

  const counts = { new: 0, attempted: 0, solved: 0 };
  const statuses = new Map(exercises.map((e) => [e.id, progress.status(e.id)]));
  for (const s of statuses.values()) counts[s] += 1;

  const render = () => {
    const shown = exercises.filter((e) => matches(e, filters, statuses.get(e.id)));
    replace(list, shown.map((e) => row(e, statuses.get(e.id))));
    count.textContent =
      shown.length === exercises.length
        ? `${exercises.length} exercises`
        : `${shown.length} of ${exercises.length} exercises`;
    if (!shown.length) list.append(h("li.empty", null, "No exercise matches these filters."));
  };
  const sync = () => {
    const before = JSON.stringify(filters);
    filters.q = search.value.trim();
    for (const name of ["difficulty", "tag", "status"]) filters[name] = form.elements[name].value;
    // A search box fires `change` again when it loses focus (say, to a click on a
    // result): re-rendering then would swap the link out from under the click.
    if (JSON.stringify(filters) === before) return;
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    history.replaceState(history.state, "", query ? "/?" + query : "/");
    render();
  };
  form.addEventListener("input", sync);
  form.addEventListener("change", sync);

  replace(
    main,
    h(
      "section.list-page",
      null,
      h(
        "div.list-head",
        null,
        h("h1", null, "Exercises"),
        h(
          "p.progress-summary",
          null,
          `Solved ${counts.solved} · attempted ${counts.attempted} · new ${counts.new} (in this browser)`,
        ),
      ),
      form,
      count,
      list,
    ),
  );
  render();
}
