// Markdown from the exercise bank (prompts, hints, notes) → sanitized DOM.
// markdown-it renders (raw HTML off), Python code blocks are highlighted with the
// same Lezer parser the editor uses, and DOMPurify cleans the result, which is
// returned as a DocumentFragment: no innerHTML assignment anywhere.

import { pythonLanguage } from "@codemirror/lang-python";
import { classHighlighter, highlightCode } from "@lezer/highlight";
import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";

const PYTHON = new Set(["python", "py", "python3", "pycon"]); // unlabeled blocks stay plain

const md = new MarkdownIt({
  html: false,
  linkify: false,
  typographer: false,
  highlight(code, lang) {
    const language = (lang || "").trim().toLowerCase();
    if (!PYTHON.has(language)) return ""; // markdown-it escapes it as plain text
    let out = "";
    highlightCode(
      code,
      pythonLanguage.parser.parse(code),
      classHighlighter,
      (text, classes) => {
        const escaped = md.utils.escapeHtml(text);
        out += classes ? `<span class="${classes}">${escaped}</span>` : escaped;
      },
      () => {
        out += "\n";
      },
    );
    return `<pre class="code"><code class="language-python">${out}</code></pre>`;
  },
});

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && /^https?:/i.test(node.getAttribute("href") || "")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

function sanitize(html) {
  return DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, USE_PROFILES: { html: true } });
}

/**
 * A Markdown document → DocumentFragment. `headingOffset` demotes its headings
 * (1: `#` becomes <h2>) so they fit under the page's own.
 */
export function renderMarkdown(source, headingOffset = 0) {
  const fragment = sanitize(md.render(source || ""));
  if (headingOffset) {
    for (const heading of fragment.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      const level = Math.min(6, Number(heading.tagName[1]) + headingOffset);
      const demoted = document.createElement("h" + level);
      demoted.append(...heading.childNodes);
      heading.replaceWith(demoted);
    }
  }
  return fragment;
}

/** One paragraph of inline Markdown (a hint) → DocumentFragment. */
export function renderInlineMarkdown(source) {
  return sanitize(md.renderInline(source || ""));
}

/** Python source → a highlighted <pre>, built node by node. */
export function highlightedPython(code) {
  const target = document.createElement("code");
  target.className = "language-python";
  highlightCode(
    code,
    pythonLanguage.parser.parse(code),
    classHighlighter,
    (text, classes) => {
      if (!classes) return target.append(document.createTextNode(text));
      const span = document.createElement("span");
      span.className = classes;
      span.textContent = text;
      target.append(span);
    },
    () => target.append(document.createTextNode("\n")),
  );
  const pre = document.createElement("pre");
  pre.className = "code";
  pre.append(target);
  return pre;
}
