// The code editor: CodeMirror 6 with Python support, line numbers, bracket
// matching, Python indentation (4 spaces; Tab indents, Shift-Tab dedents) and
// undo history. Tab stays inside the editor as an indent; Escape then Tab moves
// focus on (CodeMirror's tab-focus mode), so the editor is no keyboard trap.

import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import {
  bracketMatching,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { Compartment, EditorState, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";

// Colours come from CSS variables (app.css), which follow prefers-color-scheme;
// the `dark` flag (CodeMirror's own defaults, e.g. the selection) follows it too.
const theme = EditorView.theme({
  "&": {
    color: "var(--code-fg)",
    backgroundColor: "var(--code-bg)",
    fontSize: "14px",
    height: "100%",
  },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.5" },
  ".cm-content": { caretColor: "var(--caret)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--caret)" },
  "&.cm-focused": { outline: "2px solid var(--focus)", outlineOffset: "-2px" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection":
    { backgroundColor: "var(--selection)" },
  ".cm-gutters": {
    backgroundColor: "var(--gutter-bg)",
    color: "var(--muted)",
    borderRight: "1px solid var(--line)",
  },
  ".cm-activeLine": { backgroundColor: "var(--active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--active-line)", color: "var(--fg)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--bracket)", outline: "none" },
  "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "var(--bad-bg)" },
  ".cm-errorLine": { backgroundColor: "var(--bad-bg)" },
});

const darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

// A line picked from a traceback stays marked until the code changes.
const markLine = StateEffect.define();
const markedLine = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (effect.is(markLine)) {
        return Decoration.set([Decoration.line({ class: "cm-errorLine" }).range(effect.value)]);
      }
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Build an editor in `parent` holding `doc`. `onChange(code)` is called after each
 * edit; `shortcuts` are extra key bindings that win over the defaults.
 */
export function createEditor({ parent, doc, onChange, shortcuts = [], label = "Code editor" }) {
  const darkness = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        keymap.of(shortcuts), // first: wins over defaultKeymap's Mod-Enter
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        EditorState.allowMultipleSelections.of(false),
        indentOnInput(),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        syntaxHighlighting(classHighlighter),
        bracketMatching(),
        highlightActiveLine(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        markedLine,
        theme,
        darkness.of(EditorView.darkTheme.of(Boolean(darkQuery && darkQuery.matches))),
        EditorView.contentAttributes.of({
          "aria-label": label,
          "aria-describedby": "editor-help",
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && onChange) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  const followScheme = (event) =>
    view.dispatch({ effects: darkness.reconfigure(EditorView.darkTheme.of(event.matches)) });
  if (darkQuery) darkQuery.addEventListener("change", followScheme);

  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        selection: { anchor: 0 },
      });
    },
    /** Put the cursor at the start of line `n` (1-based), mark it, scroll to it, focus. */
    goToLine(n) {
      const doc = view.state.doc;
      const line = doc.line(Math.min(Math.max(1, n), doc.lines));
      view.dispatch({
        selection: { anchor: line.from },
        effects: [markLine.of(line.from), EditorView.scrollIntoView(line.from, { y: "center" })],
      });
      view.focus();
    },
    focus: () => view.focus(),
    destroy() {
      if (darkQuery) darkQuery.removeEventListener("change", followScheme);
      view.destroy();
    },
  };
}
