// Small DOM and data helpers shared by the views.

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// GET a JSON API path; throws HttpError with the server's {"error"} message.
export async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new HttpError(res.status, body.error || res.statusText);
  return body;
}

export async function post(path, params) {
  const res = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new HttpError(res.status, body.error || res.statusText);
  return body;
}

// h("a", {href: "#/"}, "text", child, ...): an element; null/false children are skipped.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export const actorHref = (id) => `#/actor/${encodeURIComponent(id)}`;
export const articleHref = (id, start) =>
  `#/article/${encodeURIComponent(id)}` + (start !== undefined ? `?at=${start}` : "");

export function actorLink(id, name, type) {
  return h("a", { href: actorHref(id), class: `actor t-${(type || "").toLowerCase()}` }, name);
}

export function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", {}, title), ...children);
}

export function empty(text) {
  return h("p", { class: "muted" }, text);
}

export const fmt = (n) => Number(n || 0).toLocaleString("en");

// A bar chart of {period, count} rows as inline SVG (articles over time).
export function histogram(rows, label) {
  const data = rows.filter((r) => r.period);
  if (!data.length) return empty("No dated articles.");
  const max = Math.max(...data.map((r) => r.count));
  const w = 640, hgt = 120, bw = w / data.length;
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${w} ${hgt + 16}`);
  svg.setAttribute("class", "histogram");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  data.forEach((r, i) => {
    const bh = Math.max(1, (r.count / max) * hgt);
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("x", i * bw + 1);
    rect.setAttribute("y", hgt - bh);
    rect.setAttribute("width", Math.max(1, bw - 2));
    rect.setAttribute("height", bh);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${r.period}: ${r.count}`;
    rect.append(title);
    svg.append(rect);
  });
  for (const [i, anchor] of [[0, "start"], [data.length - 1, "end"]]) {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", anchor === "start" ? 0 : w);
    t.setAttribute("y", hgt + 14);
    t.setAttribute("text-anchor", anchor);
    t.textContent = data[i].period;
    svg.append(t);
  }
  return svg;
}
