// The actor page: name, type, aliases; dated roles with evidence; quotes by and about the actor;
// typed relations with evidence; co-occurring actors; articles over time; the network; and why
// its names were merged (with merge/split buttons when the server allows edits).
import { api, post, h, actorLink, articleHref, empty, fmt, histogram, section } from "./util.js";
import { mountNetwork } from "./network.js";

function articleRef(q, start) {
  return h("a", { href: articleHref(q.article, start), class: "src" },
    q.date ? q.date.slice(0, 10) : "undated", " · ", q.title || q.article);
}

function quoteList(quotes, showSpeaker) {
  if (!quotes.length) return empty("None found.");
  return h("ul", { class: "quotes" },
    quotes.map((q) =>
      h("li", {},
        h("blockquote", { class: `q-${q.type}` }, q.text),
        h("div", { class: "meta" },
          showSpeaker && (q.speaker ? actorLink(q.speaker, q.speaker_name)
                                    : h("span", {}, q.speaker_name || "unattributed")),
          showSpeaker && " — ",
          h("span", { class: "badge" }, q.type), " ",
          articleRef(q, q.start),
          q.copies > 1 ? h("span", { class: "muted" }, ` (${q.copies} copies)`) : null))));
}

function roleTimeline(roles) {
  if (!roles.length) return empty("No roles given.");
  const sorted = [...roles].sort((a, b) => (a.date || "").localeCompare(b.date || ""));
  return h("ol", { class: "timeline" },
    sorted.map((r) =>
      h("li", {},
        h("time", {}, r.date ? r.date.slice(0, 10) : "undated"),
        h("span", { class: "role" }, r.role),
        h("a", { href: articleHref(r.article), class: "src" }, "evidence"))));
}

function relationList(relations) {
  if (!relations.length) return empty("No relations found.");
  return h("ul", { class: "relations" },
    relations.map((r) =>
      h("li", {},
        actorLink(r.subject, r.subject_name), " ",
        h("span", { class: `rel r-${r.type}` }, r.type.replace(/_/g, " ")), " ",
        actorLink(r.object, r.object_name),
        h("div", { class: "meta" }, "“", r.evidence.text, "” — ",
          h("a", { href: articleHref(r.article, r.evidence.start), class: "src" },
            r.date ? r.date.slice(0, 10) : r.article)))));
}

function whyMerged(a, target) {
  const reasons = a.why_merged;
  const list = reasons.length
    ? h("ul", { class: "reasons" },
        reasons.map((r) =>
          h("li", {},
            h("b", {}, r.name), " ", h("span", { class: "badge" }, r.rule), " ",
            h("span", { class: "muted" }, r.evidence), " ",
            h("a", { href: articleHref(r.article), class: "src" }, r.article),
            a.edits && h("button", { type: "button", class: "small",
              onclick: () => edit(`/api/actors/${encodeURIComponent(a.id)}/split`,
                                  { article: r.article }, target) }, "Split off"))))
    : empty("Every mention carries this name; nothing was merged.");
  const mergeForm = a.edits &&
    h("form", { class: "merge", onsubmit: (e) => {
      e.preventDefault();
      const other = e.target.elements.other.value.trim();
      if (other) edit(`/api/actors/${encodeURIComponent(a.id)}/merge`, { other }, target);
    } },
      h("label", {}, "Merge another actor into this one (id, e.g. a42): ",
        h("input", { name: "other", pattern: "a[0-9]+", required: true, size: 8 })),
      h("button", { type: "submit" }, "Merge"));
  return section("Why merged", list, mergeForm);
}

async function edit(path, params, target) {
  try {
    await post(path, params);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } catch (err) {
    target.prepend(h("p", { class: "error", role: "alert" }, err.message));
  }
}

export async function renderActor(target, id) {
  const a = await api(`/api/actors/${encodeURIComponent(id)}`);
  document.title = `${a.name} — newsgraph`;
  const aliases = a.aliases.filter((x) => x.name !== a.name);
  const net = h("div", { class: "network-host" });
  target.append(
    h("h1", {}, a.name, " ", h("span", { class: `badge t-${a.type.toLowerCase()}` }, a.type)),
    h("p", { class: "muted" }, `${a.id} · ${fmt(a.mentions)} mentions in ${fmt(a.articles)} articles`),
    aliases.length
      ? h("p", { class: "aliases" }, "Also named: ",
          aliases.map((x) => h("span", { class: "chip", title: `${x.count} mentions` }, x.name)))
      : null,
    section("Network", net),
    h("div", { class: "grid2" },
      h("div", {},
        section(`Quotes by ${a.name}`, quoteList(a.quotes, false)),
        section(`Quotes about ${a.name}`, quoteList(a.quotes_about, true)),
        section("Relations", relationList(a.relations))),
      h("div", {},
        section("Roles over time", roleTimeline(a.roles)),
        section("Articles over time", histogram(a.over_time, `Articles naming ${a.name} per month`)),
        section("Often named with",
          a.cooccurring.length
            ? h("ol", { class: "ranking" }, a.cooccurring.map((c) =>
                h("li", {}, actorLink(c.id, c.name, c.type),
                  h("span", { class: "muted" }, ` ${fmt(c.articles)} articles`))))
            : empty("Nobody yet.")),
        whyMerged(a, target),
        section("Articles",
          h("ul", { class: "articles" }, a.articles.map((x) =>
            h("li", {}, h("a", { href: articleHref(x.id) }, x.title || x.id),
              h("span", { class: "muted" }, ` ${x.date ? x.date.slice(0, 10) : ""} ${x.source || ""}`))))))));
  return mountNetwork(net, a.id);
}
