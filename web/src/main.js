// The newsgraph explorer: a hash-routed single-page app over the JSON API of `newsgraph serve`.
//   #/                 corpus overview
//   #/search?q=TEXT    actors matching TEXT
//   #/actor/ID         actor page (with its network)
//   #/article/ID?at=N  article view, scrolled to the span starting at input byte N
import { api, h, empty, HttpError } from "./util.js";
import { setupSearch } from "./search.js";
import { renderOverview } from "./overview.js";
import { renderSearch } from "./search.js";
import { renderActor } from "./actor.js";
import { renderArticle } from "./article.js";

const view = document.getElementById("view");
let cleanup = null;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").map((p) => decodeURIComponent(p));
  return { parts, params: new URLSearchParams(query || "") };
}

async function route() {
  if (cleanup) cleanup();
  cleanup = null;
  const { parts, params } = parseHash();
  const target = h("div", { class: "page" });
  view.replaceChildren(target);
  try {
    if (parts[0] === "actor" && parts[1]) cleanup = await renderActor(target, parts[1]);
    else if (parts[0] === "article" && parts[1])
      await renderArticle(target, parts.slice(1).join("/"), params.get("at"));
    else if (parts[0] === "search") await renderSearch(target, params.get("q") || "");
    else await renderOverview(target);
  } catch (err) {
    const notFound = err instanceof HttpError && err.status === 404;
    target.replaceChildren(
      h("h1", {}, notFound ? "Not found" : "Something went wrong"),
      empty(err.message),
      h("p", {}, h("a", { href: "#/" }, "Back to the overview")),
    );
  }
  view.focus({ preventScroll: true });
}

window.addEventListener("hashchange", route);
setupSearch(document.querySelector("form.search"), document.getElementById("q"),
            document.getElementById("suggestions"));
document.addEventListener("keydown", (e) => {
  const tag = (e.target.tagName || "").toLowerCase();
  if (e.key === "/" && tag !== "input" && tag !== "textarea") {
    e.preventDefault();
    document.getElementById("q").focus();
  }
});
route();
export { api };
