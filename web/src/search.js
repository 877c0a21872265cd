// The search box (suggestions over names and aliases, keyboard navigable) and the results page.
import { api, h, actorHref, actorLink, empty, fmt, section } from "./util.js";

export function setupSearch(form, input, list) {
  let items = [], query = "", active = -1, timer = 0, seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const show = () => {
    list.replaceChildren(
      ...items.map((a, i) =>
        h("li", { role: "option", id: `sug-${i}`, "aria-selected": i === active ? "true" : "false" },
          h("a", { href: actorHref(a.id), tabindex: "-1", onmousedown: (e) => e.preventDefault(),
                   onclick: close },
            h("span", { class: "name" }, a.name),
            h("span", { class: `badge t-${a.type.toLowerCase()}` }, a.type),
            h("span", { class: "muted" }, `${fmt(a.mentions)} mentions`)))));
    list.hidden = items.length === 0;
    list.dataset.query = query;  // which query these suggestions answer (read by tests)
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `sug-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const suggest = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return close();
    try {
      const r = await api(`/api/actors?limit=8&q=${encodeURIComponent(q.slice(0, 200))}`);
      if (mine !== seq) return;
      items = r.actors;
      query = q;
      active = -1;
      show();
    } catch {
      close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 80);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) return;
      e.preventDefault();
      const n = items.length;
      active = e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n;
      show();
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (active >= 0 && items[active]) location.hash = actorHref(items[active].id);
    else if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
    close();
  });
}

export async function renderSearch(target, q) {
  const r = await api(`/api/actors?limit=50&q=${encodeURIComponent(q.slice(0, 200))}`);
  target.append(
    h("h1", {}, `Actors matching “${q}”`),
    section(`${r.actors.length} found`,
      r.actors.length
        ? h("ol", { class: "results" },
            r.actors.map((a) =>
              h("li", {}, actorLink(a.id, a.name, a.type), " ",
                h("span", { class: `badge t-${a.type.toLowerCase()}` }, a.type),
                h("span", { class: "muted" },
                  ` ${fmt(a.mentions)} mentions in ${fmt(a.articles)} articles`))))
        : empty("No actor has this name or alias.")));
}
