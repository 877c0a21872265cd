// The network view: an actor's neighbourhood (depth 1–2) drawn by sigma (WebGL canvases) and
// laid out by ForceAtlas2 in a web worker; edges coloured by type; filters by relation type
// and date range; a click on a node opens its page; the visible graph exports as GEXF or PNG.
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { api, h, actorHref, empty } from "./util.js";
import { toGexf } from "./gexf.js";

export const EDGE_COLORS = {
  supports: "#2e9e44", opposes: "#d62728", member_of: "#1f77b4", leader_of: "#6a3d9a",
  employee_of: "#17becf", spokesperson_of: "#bcbd22", deputy_of: "#9467bd",
  ambassador_to: "#8c564b", quotes: "#ff7f0e", located_in: "#7f7f7f", part_of: "#a6a6a6",
  citizen_of: "#e377c2", child_of: "#c49c94", spouse_of: "#f7b6d2", relative_of: "#c5b0d5",
};
const NODE_COLORS = { PERSON: "#3366cc", ORG: "#e08a00", GPE: "#2ca02c", LOC: "#1b9e77",
                      NORP: "#9467bd" };
const edgeColor = (t) => EDGE_COLORS[t] || "#999999";

function buildGraph(data, center) {
  const g = new Graph({ multi: true, type: "directed" });
  const n = data.nodes.length;
  data.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const isCenter = node.id === center;
    g.addNode(node.id, {
      label: node.name, kind: node.type, mentions: node.mentions, articles: node.articles,
      x: isCenter ? 0 : 10 * Math.cos(angle), y: isCenter ? 0 : 10 * Math.sin(angle),
      size: isCenter ? 16 : Math.min(14, 4 + Math.sqrt(node.mentions || 1)),
      color: NODE_COLORS[node.type] || "#666666",
      forceLabel: isCenter,
    });
  });
  for (const e of data.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addEdge(e.source, e.target, {
      kind: e.type, count: e.count, first: e.first_date || "", last: e.last_date || "",
      articles: (e.articles || []).join(" "), color: edgeColor(e.type),
      size: Math.min(6, 1 + Math.log2(1 + e.count)), label: e.type,
    });
  }
  return g;
}

function download(name, blob) {
  const a = h("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

// Mounts the network of actor `id` into `host`; returns a function that tears it down.
export function mountNetwork(host, id) {
  let renderer = null, layout = null, graph = null, center = id;
  const state = { depth: 1, types: null, from: "", to: "" };
  const stage = h("div", { class: "network", "aria-label": "Network of related actors" });
  const status = h("p", { class: "muted", role: "status" }, "Loading the network…");
  const typeBox = h("fieldset", { class: "types" }, h("legend", {}, "Relation types"));
  const depthSel = h("select", { "aria-label": "Depth" },
    h("option", { value: "1" }, "depth 1"), h("option", { value: "2" }, "depth 2"));
  const from = h("input", { type: "month", "aria-label": "From month" });
  const to = h("input", { type: "month", "aria-label": "To month" });
  const controls = h("div", { class: "controls" },
    h("label", {}, "Show ", depthSel), h("label", {}, "from ", from), h("label", {}, "to ", to),
    h("button", { type: "button", onclick: () => exportGexf() }, "Export GEXF"),
    h("button", { type: "button", onclick: () => exportPng() }, "Export PNG"));
  host.replaceChildren(controls, typeBox, stage, status);

  const applyFilters = () => {
    if (!graph) return;
    graph.forEachEdge((e, a) => {
      const visible = (!state.types || state.types.has(a.kind)) &&
        (!state.from || !a.last || a.last.slice(0, 7) >= state.from) &&
        (!state.to || !a.first || a.first.slice(0, 7) <= state.to);
      graph.setEdgeAttribute(e, "hidden", !visible);
    });
    graph.forEachNode((node) => {
      const linked = graph.edges(node).some((e) => !graph.getEdgeAttribute(e, "hidden"));
      graph.setNodeAttribute(node, "hidden", node !== center && !linked);
    });
    const shown = graph.filterNodes((n, a) => !a.hidden).length;
    const edges = graph.filterEdges((e, a) => !a.hidden).length;
    status.textContent = `${shown} actors, ${edges} links shown`;
  };

  const typeBoxes = (types) => {
    typeBox.replaceChildren(h("legend", {}, "Relation types"),
      ...types.map((t) => h("label", { class: "type" },
        h("input", { type: "checkbox", value: t, checked: !state.types || state.types.has(t),
          onchange: () => {
            state.types = new Set([...typeBox.querySelectorAll("input:checked")].map((c) => c.value));
            applyFilters();
          } }),
        h("span", { class: "swatch", style: `background:${edgeColor(t)}` }), t.replace(/_/g, " "))));
  };

  const teardown = () => {
    if (layout) layout.kill();
    if (renderer) renderer.kill();
    layout = renderer = null;
  };

  const load = async () => {
    teardown();
    const data = await api(`/api/graph?actor=${encodeURIComponent(id)}&depth=${state.depth}`);
    graph = buildGraph(data, center);
    typeBoxes([...new Set(data.edges.map((e) => e.type))].sort());
    if (graph.order <= 1) {
      stage.replaceChildren(empty("No relations or quotations link this actor to others yet."));
    }
    renderer = new Sigma(graph, stage, {
      renderEdgeLabels: false, labelRenderedSizeThreshold: 8, defaultEdgeType: "arrow",
      labelFont: "system-ui, sans-serif", zIndex: true,
    });
    renderer.on("clickNode", ({ node }) => { if (node !== center) location.hash = actorHref(node); });
    renderer.on("enterNode", () => stage.classList.add("pointer"));
    renderer.on("leaveNode", () => stage.classList.remove("pointer"));
    applyFilters();
    if (graph.order > 2) {
      layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
      layout.start();
      setTimeout(() => layout && layout.stop(), 1500);
    }
  };

  function exportGexf() {
    if (!graph) return;
    download(`newsgraph-${id}.gexf`, new Blob([toGexf(graph)], { type: "application/xml" }));
  }
  function exportPng() {
    if (!renderer) return;
    renderer.refresh();  // draws synchronously, so the WebGL buffers are still readable
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = h("canvas", { width: width * ratio, height: height * ratio });
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const c of stage.querySelectorAll("canvas")) ctx.drawImage(c, 0, 0, out.width, out.height);
    out.toBlob((blob) => blob && download(`newsgraph-${id}.png`, blob), "image/png");
  }

  depthSel.addEventListener("change", () => { state.depth = Number(depthSel.value); load().catch(fail); });
  from.addEventListener("change", () => { state.from = from.value; applyFilters(); });
  to.addEventListener("change", () => { state.to = to.value; applyFilters(); });
  const fail = (err) => { status.textContent = `The network could not be loaded: ${err.message}`; };
  load().catch(fail);
  return teardown;
}
