// GEXF 1.3 (static; dates as attributes, which Gephi Lite reads) of the visible part of a
// graphology graph built by network.js.
const esc = (s) => String(s ?? "").replace(/[<>&"']/g, (c) =>
  ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);

export function toGexf(graph) {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '<graph defaultedgetype="directed" mode="static">',
    '<attributes class="node"><attribute id="type" title="type" type="string"/>' +
      '<attribute id="mentions" title="mentions" type="integer"/>' +
      '<attribute id="articles" title="articles" type="integer"/></attributes>',
    '<attributes class="edge"><attribute id="type" title="type" type="string"/>' +
      '<attribute id="first_date" title="first_date" type="string"/>' +
      '<attribute id="last_date" title="last_date" type="string"/>' +
      '<attribute id="articles" title="articles" type="string"/></attributes>',
    "<nodes>",
  ];
  graph.forEachNode((n, a) => {
    if (a.hidden) return;
    out.push(`<node id="${esc(n)}" label="${esc(a.label)}"><attvalues>` +
      `<attvalue for="type" value="${esc(a.kind)}"/><attvalue for="mentions" value="${a.mentions | 0}"/>` +
      `<attvalue for="articles" value="${a.articles | 0}"/></attvalues></node>`);
  });
  out.push("</nodes>", "<edges>");
  let i = 0;
  graph.forEachEdge((e, a, s, t, sa, ta) => {
    if (a.hidden || sa.hidden || ta.hidden) return;
    out.push(`<edge id="${i++}" source="${esc(s)}" target="${esc(t)}" label="${esc(a.kind)}" ` +
      `weight="${a.count || 1}"><attvalues><attvalue for="type" value="${esc(a.kind)}"/>` +
      `<attvalue for="first_date" value="${esc(a.first)}"/><attvalue for="last_date" value="${esc(a.last)}"/>` +
      `<attvalue for="articles" value="${esc(a.articles)}"/></attvalues></edge>`);
  });
  out.push("</edges>", "</graph>", "</gexf>");
  return out.join("\n");
}
