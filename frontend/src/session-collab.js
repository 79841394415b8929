// The shared editor of a session: the practice page's CodeMirror setup (editor.js)
// bound to a Yjs document that y-websocket keeps in sync with the server
// (pycrdt-websocket at /api/v1/sessions/{id}/doc/{exercise_id}?token=T).
// Shared types: `code` (Y.Text, the editor) and `events` (Y.Array, pastes).
// Each side shows the other's cursor and selection through Yjs awareness.

import { Compartment, EditorState, Prec, StateEffect } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createEditor } from "./editor.js";

export const PEOPLE = {
  candidate: { name: "Candidate", color: "#1f7a4d", colorLight: "#1f7a4d33" },
  interviewer: { name: "Interviewer", color: "#8b3fc6", colorLight: "#8b3fc633" },
};

const STATUS_TEXT = {
  connecting: "Connecting…",
  connected: "Connected",
  disconnected: "Reconnecting…",
};

/**
 * A collaborative editor in `parent` for one exercise of a session.
 * role: "candidate" (seeds the starter code into an empty document after the first
 * sync, records pastes) or "interviewer". `status` (an element) shows the link state.
 */
export function collabEditor({ parent, client, exerciseId, role, starterCode, shortcuts = [], status, label }) {
  const ydoc = new Y.Doc();
  const ytext = ydoc.getText("code");
  const yevents = ydoc.getArray("events");
  const provider = new WebsocketProvider(client.docUrl(), exerciseId, ydoc, {
    params: { token: client.token || "" },
    disableBc: true, // the server is the only channel, also between tabs of one browser
  });
  provider.awareness.setLocalStateField("user", PEOPLE[role]);

  const editor = createEditor({ parent, doc: ytext.toString(), shortcuts, label });
  const readOnly = new Compartment();
  const undoManager = new Y.UndoManager(ytext);
  editor.view.dispatch({
    effects: StateEffect.appendConfig.of([
      Prec.highest(keymap.of(yUndoManagerKeymap)), // undo only one's own edits
      yCollab(ytext, provider.awareness, { undoManager }),
      readOnly.of([]),
      role === "candidate"
        ? EditorView.domEventHandlers({
            paste(event) {
              const text = (event.clipboardData && event.clipboardData.getData("text/plain")) || "";
              if (text.length) yevents.push([{ t: Date.now(), kind: "paste", length: text.length }]);
              return false; // CodeMirror still inserts it
            },
          })
        : [],
    ]),
  });

  parent.dataset.synced = "false";
  const showStatus = (text, state) => {
    if (!status) return;
    status.textContent = text;
    status.dataset.state = state;
  };
  showStatus(STATUS_TEXT.connecting, "connecting");
  provider.on("status", ({ status: state }) => {
    if (state !== "connected" || provider.synced) showStatus(STATUS_TEXT[state] || state, state);
  });
  let seeded = false;
  provider.on("sync", (synced) => {
    parent.dataset.synced = String(Boolean(synced));
    if (!synced) return;
    showStatus("Live", "synced");
    // The server seeds nothing: the candidate's page puts the starter code into an
    // empty document, once (the interviewer's never does, so it is not inserted twice).
    if (role === "candidate" && !seeded) {
      seeded = true;
      if (ytext.length === 0 && starterCode) ytext.insert(0, starterCode);
    }
  });
  provider.on("closed", ({ code, reason }) => {
    showStatus("Disconnected" + (reason ? ": " + reason : ` (${code})`), "closed");
  });

  return {
    ...editor,
    ydoc,
    provider,
    setReadOnly(on) {
      editor.view.dispatch({
        effects: readOnly.reconfigure(on ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []),
      });
    },
    /** Stop syncing (the text stays on screen). */
    disconnect() {
      provider.disconnect();
      showStatus("Offline", "offline");
    },
    destroy() {
      provider.destroy();
      undoManager.destroy();
      editor.destroy();
      ydoc.destroy();
    },
  };
}
