// Entry point: a client-side router. `/` lists the exercises, `/exercises/{id}`
// shows one, `/sessions/{id}/candidate|interviewer|report` are a live interview's
// pages (the server answers all of them with this page).

import "./app.css";
import { showExercise } from "./exercise.js";
import { showList } from "./list.js";
import { showCandidate } from "./session-candidate.js";
import { showInterviewer } from "./session-interviewer.js";
import { showReport } from "./session-report.js";

const SESSION_PAGES = { candidate: showCandidate, interviewer: showInterviewer, report: showReport };

const main = document.getElementById("main");
let current = null; // AbortController of the page on screen

function route() {
  if (current) current.abort();
  current = new AbortController();
  const { signal } = current;
  const match = location.pathname.match(/^\/exercises\/([^/]+)\/?$/);
  if (match) return showExercise(main, decodeURIComponent(match[1]), { signal });
  const session = location.pathname.match(/^\/sessions\/([^/]+)\/(candidate|interviewer|report)\/?$/);
  if (session) return SESSION_PAGES[session[2]](main, decodeURIComponent(session[1]), { signal });
  return showList(main, { signal });
}

function navigate(url) {
  history.pushState(null, "", url);
  route();
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

// Same-origin links marked data-route change the page without a reload.
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest && event.target.closest("a[data-route]");
  if (!link || link.origin !== location.origin) return;
  event.preventDefault();
  if (link.pathname + link.search !== location.pathname + location.search) navigate(link.href);
});
window.addEventListener("popstate", route);

route();
