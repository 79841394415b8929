// A tiny element builder. Text always goes through textContent (never parsed as
// HTML), so anything the server or a submission sends is shown as text.

/**
 * h("p.note", {id: "x", onclick: fn}, "text", child, [children]) → an element.
 * Attributes: `class`, `dataset`, `on<event>` handlers, booleans, anything else
 * via setAttribute. Children: nodes, strings (text nodes), arrays, null/false (skipped).
 */
export function h(tag, attributes, ...children) {
  const [name, ...classes] = tag.split(".");
  const node = document.createElement(name || "div");
  if (classes.length) node.className = classes.join(" ");
  if (attributes) setAttributes(node, attributes);
  append(node, children);
  return node;
}

function setAttributes(node, attributes) {
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.classList.add(...String(value).split(/\s+/).filter(Boolean));
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (key === "text") node.textContent = value;
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element built with createElementNS (attributes only, no markup). */
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  return append(node, children);
}

export function formatMs(ms) {
  if (ms === null || ms === undefined) return "–";
  if (ms < 1) return ms.toFixed(2) + " ms";
  if (ms < 100) return ms.toFixed(1) + " ms";
  if (ms < 10000) return Math.round(ms) + " ms";
  return (ms / 1000).toFixed(1) + " s";
}

export function plural(n, one, many = one + "s") {
  return n + " " + (n === 1 ? one : many);
}

const MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
/** The modifier key's name as people see it on this machine. */
export const MOD = MAC ? "⌘" : "Ctrl";

export function button(label, attributes) {
  return h("button", { type: "button", ...attributes }, label);
}

/** "Run" and "Submit" with their shortcuts (Mod+Enter, Mod+Shift+Enter), as on every
 * page that grades code. */
export function gradingButtons(send, { benchmarks = false } = {}) {
  return {
    runButton: button("Run", {
      class: "primary-outline",
      "aria-keyshortcuts": "Control+Enter Meta+Enter",
      title: `Run the public tests (${MOD}+Enter)`,
      onclick: () => send("run"),
    }),
    submitButton: button("Submit", {
      class: "primary",
      "aria-keyshortcuts": "Control+Shift+Enter Meta+Shift+Enter",
      title: `Submit: public and hidden tests${benchmarks ? " and benchmarks" : ""} (${MOD}+Shift+Enter)`,
      onclick: () => send("submit"),
    }),
  };
}
