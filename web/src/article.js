// The article view: the repaired text with entity mentions, quotes (speaker on hover) and
// repairs highlighted, like displaCy but with speakers. Spans arrive with text_start/text_end
// in UTF-16 units of the repaired text; overlapping spans are drawn nested per segment.
import { api, h, actorHref, actorLink, section, empty } from "./util.js";

function describe(span) {
  if (span.kind === "quote")
    return `${span.label} quote — speaker: ${span.actor_name || (span.actor ? span.actor : "unattributed")}`;
  if (span.kind === "repair")
    return `repair (${span.label}): “${span.original ?? ""}” → “${span.fixed}”`;
  return `${span.label}${span.actor_name ? ` — ${span.actor_name}` : ""}`;
}

// Wraps `node` in the element that shows `span`.
function wrap(span, node) {
  const attrs = { title: describe(span), "data-start": span.start, "data-end": span.end };
  if (span.kind === "quote")
    return h("mark", { ...attrs, class: `quote q-${span.label}`, "data-speaker": span.actor_name || "" }, node);
  if (span.kind === "repair") return h("ins", { ...attrs, class: "repair" }, node);
  const cls = `ent t-${span.label.toLowerCase()}`;
  return span.actor ? h("a", { ...attrs, class: cls, href: actorHref(span.actor) }, node)
                    : h("span", { ...attrs, class: cls }, node);
}

const ORDER = { quote: 0, mention: 1, repair: 2 };

function renderText(text, spans) {
  const bounds = new Set([0, text.length]);
  for (const s of spans) { bounds.add(s.text_start); bounds.add(s.text_end); }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  const byStart = new Map();
  for (const s of spans) {
    if (!byStart.has(s.text_start)) byStart.set(s.text_start, []);
    byStart.get(s.text_start).push(s);
  }
  const out = h("div", { class: "text" });
  let active = [];
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i];
    active = active.filter((s) => s.text_end > at);
    for (const s of byStart.get(at) || []) {
      if (s.text_end > at) active.push(s);
      else out.append(wrap(s, "\u200b"));  // a deletion: a visible marker of width zero
    }
    if (i + 1 === cuts.length) break;
    let node = document.createTextNode(text.slice(at, cuts[i + 1]));
    const layers = [...active].sort((a, b) => ORDER[b.kind] - ORDER[a.kind]);
    for (const s of layers) node = wrap(s, node);
    out.append(node);
  }
  return out;
}

export async function renderArticle(target, id, at) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  document.title = `${a.title || a.id} — newsgraph`;
  const spans = [
    ...a.quotes.map((s) => ({ ...s, kind: "quote" })),
    ...a.mentions.map((s) => ({ ...s, kind: "mention" })),
    ...a.repairs.map((s) => ({ ...s, kind: "repair", fixed: a.text.slice(s.text_start, s.text_end) })),
  ];
  const text = renderText(a.text, spans);
  target.append(
    h("h1", {}, a.title || a.id),
    h("p", { class: "muted" }, [a.date && a.date.slice(0, 10), a.source, a.id].filter(Boolean).join(" · "),
      a.url ? [" · ", h("a", { href: a.url, rel: "noreferrer noopener", target: "_blank" }, "original")] : null,
      a.dup_of ? [" · near-copy of ", h("a", { href: `#/article/${encodeURIComponent(a.dup_of)}` }, a.dup_of)] : null),
    h("p", { class: "legend" },
      h("mark", { class: "quote q-direct" }, "quote"), " ",
      h("span", { class: "ent t-person" }, "person"), " ", h("span", { class: "ent t-org" }, "organisation"), " ",
      h("span", { class: "ent t-gpe" }, "place"), " ", h("span", { class: "ent t-norp" }, "group"), " ",
      h("ins", { class: "repair" }, "repaired text"),
      ` — ${a.quotes.length} quotes, ${a.mentions.length} mentions, ${a.repairs.length} repairs`),
    h("article", { class: "reader" }, text),
    section("Quotes in this article",
      a.quotes.length
        ? h("ol", { class: "quotes" }, a.quotes.map((q) =>
            h("li", {},
              h("a", { href: `#/article/${encodeURIComponent(a.id)}?at=${q.start}` },
                a.text.slice(q.text_start, q.text_end)),
              h("div", { class: "meta" }, q.actor ? actorLink(q.actor, q.actor_name || q.actor)
                                                  : "unattributed", ` · ${q.label}`))))
        : empty("No quotes found.")));
  if (at !== null && at !== undefined) {
    const el = text.querySelector(`mark[data-start="${CSS.escape(at)}"], [data-start="${CSS.escape(at)}"]`);
    if (el) {
      for (const m of text.querySelectorAll(`[data-start="${CSS.escape(at)}"]`)) m.classList.add("target");
      el.scrollIntoView({ block: "center" });
    }
  }
}
