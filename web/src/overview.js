// The corpus overview: totals, most mentioned actors, most quoted speakers, articles over time.
import { api, h, actorLink, empty, fmt, histogram, section } from "./util.js";

function ranking(rows, count, unit) {
  if (!rows.length) return empty("Nothing yet.");
  const max = Math.max(...rows.map((r) => r[count]));
  return h("ol", { class: "ranking" },
    rows.map((r) =>
      h("li", {},
        actorLink(r.id, r.name, r.type),
        h("span", { class: "bar", style: `width:${(100 * r[count]) / max}%` }),
        h("span", { class: "muted" }, `${fmt(r[count])} ${unit}`))));
}

export async function renderOverview(target) {
  const s = await api("/api/stats");
  const stat = (n, label) => h("div", { class: "stat" }, h("b", {}, fmt(n)), h("span", {}, label));
  target.append(
    h("h1", {}, "Corpus overview"),
    h("div", { class: "stats" },
      stat(s.articles, "articles"), stat(s.actors, "actors"), stat(s.mentions, "mentions"),
      stat(s.quotes, "quotes"), stat(s.relations, "relations"), stat(s.duplicates, "near-copies")),
    h("div", { class: "grid2" },
      section("Most mentioned actors", ranking(s.most_mentioned, "mentions", "mentions")),
      section("Most quoted speakers", ranking(s.most_quoted, "quotes", "quotes"))),
    section("Articles over time", histogram(s.over_time, "Articles per month")));
}
