// The actor page: name, type, aliases; dated roles with evidence; quotes by and about the actor;
// typed relations with evidence; co-occurring actors; articles over time; the network; and why
// its names were merged (with merge/split buttons when the server allows edits).
import { api, post, h, actorLink, articleHref, empty, fmt, histogram, section } from "./util.js";
import { mountNetwork } from "./network.js";

function articleRef(q, start) {
  return h("a", { href: articleHref(q.article, start), class: "src" },
    q.date ? q.date.slice(0, 10) : "undated", " · ", q.title || q.article);
}

// The first `shown` items, and a button that reveals the rest.
function collapsed(items, shown, render) {
  const list = h("ul", { class: "quotes" }, items.slice(0, shown).map(render));
  if (items.length <= shown) return list;
  const more = h("button", { type: "button", class: "more", onclick: () => {
    list.append(...items.slice(shown).map(render));
    more.remove();
  } }, `Show all ${items.length}`);
  return h("div", {}, list, more);
}

function quoteList(quotes, showSpeaker) {
  if (!quotes.length) return empty("None found.");
  return collapsed(quotes, 6, (q) =>
      h("li", {},
        h("blockquote", { class: `q-${q.type}` }, q.text),
        h("div", { class: "meta" },
          showSpeaker && (q.speaker ? actorLink(q.speaker, q.speaker_name)
                                    : h("span", {}, q.speaker_name || "unattributed")),
          showSpeaker && " — ",
          h("span", { class: "badge" }, q.type), " ",
          articleRef(q, q.start),
          q.copies > 1 ? h("span", { class: "muted" }, ` (${q.copies} copies)`) : null)));
}

// Roles as a timeline: one line per role, placed at the first article that gives it, with
// the date range and a link to each article that is its evidence.
function roleTimeline(roles) {
  if (!roles.length) return empty("No roles given.");
  const byRole = new Map();
  for (const r of roles) {
    if (!byRole.has(r.role)) byRole.set(r.role, []);
    byRole.get(r.role).push(r);
  }
  const day = (d) => (d ? d.slice(0, 10) : "");
  const lines = [...byRole.entries()].map(([role, rs]) => {
    rs.sort((a, b) => (a.date || "").localeCompare(b.date || ""));
    return { role, rs, first: day(rs[0].date), last: day(rs[rs.length - 1].date) };
  }).sort((a, b) => a.first.localeCompare(b.first) || b.rs.length - a.rs.length);
  return h("ol", { class: "timeline" },
    lines.map(({ role, rs, first, last }) =>
      h("li", {},
        h("time", {}, first ? (last !== first ? `${first} – ${last}` : first) : "undated"),
        h("span", { class: "role" }, role),
        h("span", { class: "src" }, " ", rs.slice(0, 8).map((r, i) =>
          [i ? " " : "", h("a", { href: articleHref(r.article), title: r.article }, `[${i + 1}]`)]),
          rs.length > 8 ? ` +${rs.length - 8}` : ""))));
}

function relationList(relations) {
  if (!relations.length) return empty("No relations found.");
  return collapsed(relations, 8, (r) =>
      h("li", { class: "relation" },
        actorLink(r.subject, r.subject_name), " ",
        h("span", { class: `rel r-${r.type}` }, r.type.replace(/_/g, " ")), " ",
        actorLink(r.object, r.object_name),
        h("div", { class: "meta" },
          // No evidence span: a gazetteer relation (capitals, heads of government).
          r.evidence.text ? ["“", r.evidence.text, "” — "] : "from the gazetteer — ",
          h("a", { href: articleHref(r.article, r.evidence.start), class: "src" },
            r.date ? r.date.slice(0, 10) : r.article))));
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
  const titles = new Map(a.articles.map((x) => [x.id, x.title]));
  for (const q of [...a.quotes, ...a.quotes_about]) q.title = titles.get(q.article);
  document.title = `${a.name} — newsgraph`;
  const aliases = a.aliases.filter((x) => x.name !== a.name);
  const net = h("div", { class: "network-host" });
  target.append(
    h("h1", {}, a.name, " ", h("span", { class: `badge t-${a.type.toLowerCase()}` }, a.type)),
    h("p", { class: "muted" }, `${a.id} · ${fmt(a.mentions)} mentions in ${fmt(a.article_count)} articles`),
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
        section(`Articles (${fmt(a.articles.length)})`,
          collapsed(a.articles, 10, (x) =>
            h("li", {}, h("a", { href: articleHref(x.id) }, x.title || x.id),
              h("span", { class: "muted" }, ` ${x.date ? x.date.slice(0, 10) : ""} ${x.source || ""}`)))))));
  return mountNetwork(net, a.id);
}
