// The explorer: plain modules-free JavaScript over the JSON API under /v1/ (no build step, nothing fetched from
// elsewhere). Views are chosen by the URL hash: #/entity/<id>, #/document/<id>, #/path/<from>/<to>, #/documents, #/.
"use strict";

const view = document.getElementById("view");
const queryBox = document.getElementById("query");
const suggestionList = document.getElementById("suggestions");

const typeNames = {
  ENTITY_TYPE_PERSON: "person", ENTITY_TYPE_ORGANIZATION: "organisation", ENTITY_TYPE_PRODUCT: "product",
  ENTITY_TYPE_LOCATION: "place", ENTITY_TYPE_EVENT: "event", ENTITY_TYPE_WORK: "work", ENTITY_TYPE_CONCEPT: "concept",
};

// Where the services require API keys, the explorer sends the one pasted into its key form (kept for this tab only).
const keyStorage = "platform-api-key";
const authorization = () => (sessionStorage.getItem(keyStorage) ? { Authorization: `Bearer ${sessionStorage.getItem(keyStorage)}` } : {});

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json", ...authorization() } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.message || `${response.status} ${response.statusText}`);
    error.keyNeeded = response.status === 401;
    throw error;
  }
  return body;
}

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

const entityLink = (entity, text) => h("a", { href: `#/entity/${encodeURIComponent(entity.entityId)}` }, text ?? entity.name);
const documentLink = (documentId, text) => h("a", { href: `#/document/${encodeURIComponent(documentId)}` }, text || documentId);
const typeBadge = (entity) => h("span", { class: "type" }, typeNames[entity.type] ?? "entity");

// A snippet with every occurrence of the mention's text marked.
function highlighted(snippet, text) {
  const parts = [];
  let at = 0;
  for (let found = snippet.indexOf(text); text && found >= 0; found = snippet.indexOf(text, at)) {
    parts.push(snippet.slice(at, found), h("mark", {}, text));
    at = found + text.length;
  }
  parts.push(snippet.slice(at));
  return parts;
}

const rendered = (title, ...content) => ({ title, content });

function show({ title, content }) {
  document.title = `${title} · Platform explorer`;
  view.replaceChildren(...content.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  // Screen readers and keyboard users land on the new page, unless they are typing a search meanwhile.
  if (document.activeElement !== queryBox) view.focus({ preventScroll: true });
}

const errorPage = (error) => error.keyNeeded ? keyPage(error) : rendered("Error", h("p", { class: "error", role: "alert" }, error.message));

// The services refused the call for want of a valid API key: ask for one, then show the page again.
function keyPage(error) {
  const input = h("input", { id: "api-key", type: "password", autocomplete: "off", required: true, placeholder: "pk_…" });
  const form = h("form", { class: "key-form" },
    h("label", { for: "api-key" }, "API key (read scope or more)"), input, h("button", { type: "submit" }, "Use this key"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(keyStorage, input.value.trim());
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
  return rendered("API key needed",
    h("h1", {}, "This platform requires an API key"),
    h("p", { class: "error", role: "alert" }, error.message),
    h("p", {}, "An admin creates one with ", h("code", {}, "platform keys create --scope read"), ". It is kept for this tab only."),
    form);
}

async function homeView() {
  const top = await api("/v1/entities:search?pageSize=30");
  return rendered("Explorer",
    h("h1", {}, "Entities in your documents"),
    h("p", { class: "facts" }, "Type a name in any language or script above; the most mentioned entities are listed here."),
    h("section", {}, h("h2", {}, "Most mentioned"),
      h("table", {},
        h("tr", {}, h("th", {}, "entity"), h("th", {}, "type"), h("th", {}, "mentions"), h("th", {}, "documents")),
        top.results.map(({ entity }) => h("tr", {},
          h("td", {}, entityLink(entity), entity.nameZh && entity.nameZh !== entity.name ? ` · ${entity.nameZh}` : ""),
          h("td", {}, typeBadge(entity)), h("td", {}, String(entity.mentionCount ?? 0)), h("td", {}, String(entity.documentCount ?? 0)))))));
}

async function entityView(entityId) {
  const id = encodeURIComponent(entityId);
  const [{ entity }, related, mentions, timeline, neighbourhood, history] = await Promise.all([
    api(`/v1/entities/${id}`), api(`/v1/entities/${id}/related?limit=30`), api(`/v1/entities/${id}/mentions?pageSize=50`),
    api(`/v1/entities/${id}/timeline`), api(`/v1/entities/${id}/neighbourhood?depth=2&limit=6&includeCoOccurrence=true`),
    api(`/v1/curations?entityId=${id}&includeUndone=true&pageSize=50`),
  ]);
  const mergedInto = (history.curations ?? []).find((c) => c.action === "CURATION_ACTION_MERGE" && c.entityId === entity.entityId && !c.undoneAt);
  // Stated relations first, then co-occurrence; the API already ranks each group by evidence.
  const relations = [...related.related].sort((a, b) => (a.predicate === "co_occurrence") - (b.predicate === "co_occurrence"));
  const otherNames = (entity.aliases ?? []).filter((alias) => alias !== entity.name);
  return rendered(entity.name,
    h("h1", {}, entity.name, " ", typeBadge(entity)),
    mergedInto ? h("p", { class: "notice", role: "note" }, "Merged into ",
      h("a", { href: `#/entity/${encodeURIComponent(mergedInto.targetEntityId)}` }, mergedInto.targetEntityId),
      ` by ${mergedInto.actor}: ${mergedInto.reason}`) : null,
    entity.nameZh && entity.nameZh !== entity.name ? h("p", { lang: "zh" }, entity.nameZh) : null,
    entity.description ? h("p", {}, entity.description) : null,
    h("p", { class: "facts" },
      `${entity.mentionCount ?? 0} mentions in ${entity.documentCount ?? 0} documents`,
      entity.wikidataId ? [" · ", h("a", { href: `https://www.wikidata.org/wiki/${entity.wikidataId}`, rel: "external" }, `Wikidata ${entity.wikidataId}`)] : null),
    otherNames.length ? h("p", {}, h("strong", {}, "Also written: "), otherNames.join(" · ")) : null,
    h("section", { "aria-labelledby": "timeline" }, h("h2", { id: "timeline" }, "Timeline"), timelineChart(timeline)),
    h("section", { "aria-labelledby": "graph" }, h("h2", { id: "graph" }, "Neighbourhood"), neighbourhoodGraph(neighbourhood),
      pathForm(entity)),
    liveSection(entity),
    h("section", { "aria-labelledby": "relations" }, h("h2", { id: "relations" }, "Relations"),
      relations.length === 0 ? h("p", { class: "facts" }, "No relation found yet.") :
        h("ul", { class: "plain" }, relations.map((relation) => h("li", {},
          relation.direction === "incoming"
            ? [entityLink(relation.entity), " ", h("span", { class: "predicate" }, relation.predicate), " ", entity.name]
            : [entity.name, " ", h("span", { class: "predicate" }, relation.predicate), " ", entityLink(relation.entity)],
          h("span", { class: "facts" }, ` · ${relation.evidenceCount} sentence${relation.evidenceCount === 1 ? "" : "s"}`),
          (relation.evidence ?? []).slice(0, 1).map((evidence) =>
            h("blockquote", {}, evidence.snippet, " ", documentLink(evidence.documentId, "(document)"))))))),
    h("section", { "aria-labelledby": "mentions" }, h("h2", { id: "mentions" }, "Mentions"),
      h("ul", { class: "plain" }, (mentions.mentions ?? []).map((mention) => h("li", {},
        h("div", {}, highlighted(mention.snippet, mention.text)),
        h("div", { class: "facts" }, documentLink(mention.documentId, mention.documentTitle || "untitled document")))))),
    historySection(history));
}

const curationText = {
  CURATION_ACTION_MERGE: (c) => ["merged ", entityIdLink(c.entityId), " into ", entityIdLink(c.targetEntityId)],
  CURATION_ACTION_SPLIT: (c) => [`split “${c.alias}” off `, entityIdLink(c.entityId), " into ", entityIdLink(c.targetEntityId, c.name)],
  CURATION_ACTION_RENAME: (c) => [`renamed “${c.previousName}” to “${c.name}”`],
  CURATION_ACTION_BLOCK: (c) => [`blocked the alias “${c.alias}”`],
};
const entityIdLink = (entityId, text) => h("a", { href: `#/entity/${encodeURIComponent(entityId)}` }, text || entityId);
const day = (timestamp) => timestamp ? new Date(timestamp).toISOString().slice(0, 16).replace("T", " ") : "";

// Why the entity's names are one entity: the engine's reasons beside the operators' corrections, undone ones struck out.
function historySection(history) {
  const reasons = history.engineMergeReasons ?? [];
  const changes = history.curations ?? [];
  return h("section", { "aria-labelledby": "history" }, h("h2", { id: "history" }, "How its names were linked"),
    reasons.length === 0 ? h("p", { class: "facts" }, "The engine linked no separate names to it.") :
      h("ul", { class: "plain" }, reasons.map((r) => h("li", {}, r.reason,
        h("span", { class: "facts" }, ` · ${r.documentCount} document${r.documentCount === 1 ? "" : "s"}`)))),
    h("h3", {}, "Corrections"),
    changes.length === 0 ? h("p", { class: "facts" }, "None. Operators correct the graph with platform merge, split, rename or block.") :
      h("ul", { class: "plain" }, changes.map((c) => h("li", {},
        h(c.undoneAt ? "del" : "span", {}, (curationText[c.action] ?? (() => [c.action]))(c)),
        h("div", { class: "facts" }, `#${c.curationId} by ${c.actor}, ${day(c.createdAt)} UTC: ${c.reason}`,
          c.undoneAt ? ` · undone by ${c.undoneBy}, ${day(c.undoneAt)} UTC: ${c.undoReason}` : "")))));
}

// An SVG element (charts are SVG, so they scale and need no library).
function svgNode(tag, attributes, text) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  return element;
}

// Mentions per day of the documents' dates, as bars on a time axis.
function timelineChart(timeline) {
  const days = timeline.days ?? [];
  if (days.length === 0) return h("p", { class: "facts" }, "No dated mention.");
  const node = svgNode;
  const width = 900, height = 120, pad = 24;
  const time = days.map((d) => Date.parse(`${d.date}T00:00:00Z`));
  const start = Math.min(...time), span = Math.max(Math.max(...time) - start, 86400000);
  const most = Math.max(...days.map((d) => d.mentionCount));
  const chart = node("svg", { viewBox: `0 0 ${width} ${height + pad}`, role: "img", class: "timeline",
    "aria-label": `${days.length} days with mentions, from ${days[0].date} to ${days[days.length - 1].date}` });
  days.forEach((day, i) => {
    const x = pad + ((time[i] - start) / span) * (width - 2 * pad);
    const barHeight = Math.max(2, (day.mentionCount / most) * height);
    const bar = node("rect", { x: x - 3, y: height - barHeight, width: 6, height: barHeight, fill: "#1f5fbf" });
    bar.append(node("title", {}, `${day.date}: ${day.mentionCount} mentions in ${day.documentCount} documents`));
    chart.append(bar);
  });
  chart.append(node("text", { x: pad, y: height + 18, "font-size": 12 }, days[0].date),
    node("text", { x: width - pad, y: height + 18, "font-size": 12, "text-anchor": "end" }, days[days.length - 1].date));
  return [chart, h("p", { class: "facts" },
    `First seen ${timeline.firstSeen?.slice(0, 10)}, last seen ${timeline.lastSeen?.slice(0, 10)} · ${days.length} day${days.length === 1 ? "" : "s"} with mentions`)];
}

// The neighbourhood to depth 2 on two rings: the entity in the centre, its neighbours around it, theirs outside,
// each next to the neighbour it was reached from. Stated relations are solid lines, co-occurrence dashed.
// Rings around the entity (ellipses, to use the wide canvas): its neighbours evenly on the inner ring, theirs evenly on
// the outer ring in the order of the neighbour they hang from, so each sits near it; labels point away from the centre
// so that neighbours' labels do not run into each other.
function neighbourhoodGraph({ nodes = [], edges = [] }) {
  if (edges.length === 0) return h("p", { class: "facts" }, "No relation found yet.");
  const width = 900, height = 560, cx = width / 2, cy = height / 2;
  const radii = [[0, 0], [170, 120], [290, 230]];
  const at = new Map();
  const inner = nodes.filter((n) => n.depth === 1);
  inner.forEach((n, i) => at.set(n.entity.entityId, { angle: -Math.PI / 2 + (2 * Math.PI * i) / inner.length, depth: 1 }));
  const parentOf = (id) => edges.map((e) => (e.subjectEntityId === id ? e.objectEntityId : e.objectEntityId === id ? e.subjectEntityId : null))
    .find((other) => at.get(other)?.depth === 1);
  const outer = nodes.filter((n) => n.depth === 2)
    .map((n) => ({ id: n.entity.entityId, near: at.get(parentOf(n.entity.entityId))?.angle ?? 0 }))
    .sort((a, b) => a.near - b.near);
  // Turn the even spacing so that, on average, each node sits closest to the neighbour it hangs from.
  const step = (2 * Math.PI) / Math.max(outer.length, 1);
  const turn = Math.atan2(
    outer.reduce((sum, o, i) => sum + Math.sin(o.near - step * i), 0),
    outer.reduce((sum, o, i) => sum + Math.cos(o.near - step * i), 0));
  outer.forEach((o, i) => at.set(o.id, { angle: turn + step * i, depth: 2 }));
  const place = (id) => at.get(id) ?? { angle: Math.PI / 2, depth: 0 };
  const point = (id) => {
    const { angle, depth } = place(id);
    return [cx + radii[depth][0] * Math.cos(angle), cy + radii[depth][1] * Math.sin(angle)];
  };
  const names = new Map(nodes.map((n) => [n.entity.entityId, n.entity.name]));
  const chart = svgNode("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "graph",
    "aria-label": `${nodes.length} entities and ${edges.length} relations around ${nodes[0]?.entity.name}` });
  for (const edge of edges) {
    const [x1, y1] = point(edge.subjectEntityId), [x2, y2] = point(edge.objectEntityId);
    const stated = edge.predicate !== "co_occurrence";
    const line = svgNode("line", { x1, y1, x2, y2, class: stated ? "edge stated" : "edge" });
    line.append(svgNode("title", {}, `${names.get(edge.subjectEntityId)} ${edge.predicate} ${names.get(edge.objectEntityId)}` +
      ` (${edge.evidenceCount})${edge.evidence?.[0] ? ` — ${edge.evidence[0].snippet}` : ""}`));
    chart.append(line);
  }
  for (const n of nodes) {
    const [x, y] = point(n.entity.entityId);
    const { angle } = place(n.entity.entityId);
    const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
    const anchor = n.depth === 0 || Math.abs(dx) < 0.35 ? "middle" : dx > 0 ? "start" : "end";
    const link = svgNode("a", { href: `#/entity/${encodeURIComponent(n.entity.entityId)}` });
    link.append(svgNode("circle", { cx: x, cy: y, r: n.depth === 0 ? 10 : 6, class: `node depth-${n.depth}` }),
      svgNode("text", { x: x + dx * 11, y: y + dy * 11 + (dy > 0.35 || n.depth === 0 ? 14 : dy < -0.35 ? -2 : 5), "text-anchor": anchor },
        n.entity.name.length > 20 ? `${n.entity.name.slice(0, 19)}…` : n.entity.name));
    chart.append(link);
  }
  requestAnimationFrame(function separate() {
    if (chart.isConnected) separateLabels(chart, height); else requestAnimationFrame(separate);
  });
  return [chart, h("p", { class: "facts" }, "Solid: a stated relation; dashed: named in the same sentence. Hover a line for its sentence.")];
}

// Where two labels still run into each other (a neighbour's label reaching the node hung from it), the later one moves
// down, or up, by a line until it clears those placed before it. Done once the chart is on the page, because only then
// can a label's size be measured.
function separateLabels(chart, height) {
  const placed = [];
  const clash = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const label of chart.querySelectorAll("text")) {
    const y = Number(label.getAttribute("y"));
    const box = label.getBBox();
    const step = box.height + 2;
    const shift = [0, step, -step, 2 * step, -2 * step, 3 * step, -3 * step]
      .find((d) => box.y + d >= 0 && box.y + box.height + d <= height && !placed.some((p) => clash({ x: box.x, y: box.y + d, width: box.width, height: box.height }, p)))
      ?? 0;
    if (shift !== 0) label.setAttribute("y", y + shift);
    placed.push({ x: box.x, y: box.y + shift, width: box.width, height: box.height });
  }
}

// "How is it connected to …?": looks the other name up, then opens the path view.
function pathForm(entity) {
  const input = h("input", { type: "text", id: "path-to", placeholder: "another entity: 微软, DeepMind, Copilot…" });
  const message = h("span", { class: "facts", role: "status" });
  const form = h("form", { class: "path-form" },
    h("label", { for: "path-to" }, `How is ${entity.name} connected to `), input, " ", h("button", { type: "submit" }, "Find the path"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const { entity: other } = await api(`/v1/entities:lookup?name=${encodeURIComponent(input.value.trim())}`);
      location.hash = `#/path/${encodeURIComponent(entity.entityId)}/${encodeURIComponent(other.entityId)}`;
    } catch (error) {
      message.textContent = ` ${error.message}`;
    }
  });
  return form;
}

// The shortest chain of relations between two entities, each hop with the sentence and document that state it.
async function pathView(fromId, toId) {
  const path = await api(`/v1/paths:find?fromEntityId=${encodeURIComponent(fromId)}&toEntityId=${encodeURIComponent(toId)}`);
  const entities = path.entities ?? [];
  const names = new Map(entities.map((e) => [e.entityId, e]));
  const title = entities.length ? `${entities[0].name} → ${entities[entities.length - 1].name}` : "No path";
  return rendered(title, h("h1", {}, title),
    entities.length === 0
      ? h("p", { class: "facts" }, "No chain of at most four relations joins them in the stored documents.")
      : h("ol", { class: "plain path" }, (path.hops ?? []).map((hop) => h("li", {},
          entityLink(names.get(hop.subjectEntityId) ?? { entityId: hop.subjectEntityId }, names.get(hop.subjectEntityId)?.name ?? hop.subjectEntityId),
          " ", h("span", { class: "predicate" }, hop.predicate), " ",
          entityLink(names.get(hop.objectEntityId) ?? { entityId: hop.objectEntityId }, names.get(hop.objectEntityId)?.name ?? hop.objectEntityId),
          h("blockquote", {}, hop.evidence, " ", documentLink(hop.documentId, "(document)"))))));
}

// Follows the entity: each newly extracted document that mentions it is added here as it arrives (WatchEntity,
// one JSON object per line), until the reader leaves the page.
let liveWatch;

function liveSection(entity) {
  const list = h("ul", { class: "plain", "aria-live": "polite" });
  const status = h("span", { class: "facts" }, " Not following.");
  const button = h("button", { type: "button" }, "Follow new mentions");
  button.addEventListener("click", async () => {
    if (liveWatch) { liveWatch.abort(); return; }
    const watch = liveWatch = new AbortController();
    button.textContent = "Stop following";
    status.textContent = " Connecting…";
    try {
      const response = await fetch(`/v1/entities/${encodeURIComponent(entity.entityId)}:watch`, { signal: watch.signal, headers: authorization() });
      if (!response.ok) throw new Error((await response.json().catch(() => ({}))).message || response.statusText);
      status.textContent = " Following: new documents appear here as they are extracted.";
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop();
        for (const line of lines.filter((l) => l.trim())) {
          const notice = JSON.parse(line);
          list.prepend(h("li", {},
            h("div", {}, documentLink(notice.documentId, notice.documentTitle || "untitled document"),
              h("span", { class: "facts" }, ` · ${new Date().toLocaleTimeString()}`)),
            (notice.mentions ?? []).map((m) => h("div", {}, highlighted(m.snippet, m.text)))));
        }
      }
      status.textContent = " The service ended the watch.";
    } catch (error) {
      status.textContent = watch.signal.aborted ? " Not following." : ` Stopped: ${error.message}`;
    } finally {
      if (liveWatch === watch) liveWatch = undefined;
      button.textContent = "Follow new mentions";
    }
  });
  return h("section", { "aria-labelledby": "live" }, h("h2", { id: "live" }, "Live"), h("p", {}, button, status), list);
}

async function documentView(documentId) {
  const id = encodeURIComponent(documentId);
  const [{ document: stored }, { entities }, mentions] = await Promise.all([
    api(`/v1/documents/${id}?includeContent=true`), api(`/v1/documents/${id}/entities`), documentMentions(id),
  ]);
  // Offsets count code points; Array.from splits the text the same way.
  const codePoints = Array.from(stored.content ?? "");
  const text = [];
  let at = 0;
  for (const mention of mentions) {
    const start = mention.start ?? 0;
    if (start < at) continue;
    text.push(codePoints.slice(at, start).join(""),
      h("mark", {}, entityLink({ entityId: mention.entityId }, codePoints.slice(start, mention.end).join(""))));
    at = mention.end;
  }
  text.push(codePoints.slice(at).join(""));
  return rendered(stored.title || "Document",
    h("h1", {}, stored.title || "Untitled document"),
    h("p", { class: "facts" }, [stored.language, stored.publishedAt?.slice(0, 10), stored.sourceUri].filter(Boolean).join(" · ")),
    h("section", {}, h("h2", {}, "Entities"),
      h("p", {}, entities.map(({ entity, mentionCount }, i) => [i ? " · " : "", entityLink(entity), ` (${mentionCount})`]))),
    h("section", {}, h("h2", {}, "Text"), h("div", { class: "document-text" }, text)));
}

// Every mention in the document, in text order, page by page.
async function documentMentions(id) {
  const mentions = [];
  let pageToken = "";
  do {
    const page = await api(`/v1/documents/${id}/mentions?pageSize=500&pageToken=${encodeURIComponent(pageToken)}`);
    mentions.push(...(page.mentions ?? []));
    pageToken = page.nextPageToken ?? "";
  } while (pageToken);
  return mentions;
}

async function documentsView() {
  const { documents } = await api("/v1/documents?pageSize=100");
  return rendered("Documents", h("h1", {}, "Documents"),
    h("ul", { class: "plain" }, documents.map((d) => h("li", {},
      documentLink(d.documentId, d.title || "Untitled document"),
      h("span", { class: "facts" }, ` · ${d.language || "?"} · ${d.sizeChars} characters`)))));
}

// Only the latest navigation is shown: a slow page must not replace the one the reader has moved on to.
let navigation = 0;

async function route() {
  const ticket = ++navigation;
  liveWatch?.abort();
  const [, kind, ...rest] = location.hash.slice(1).split("/");
  const id = decodeURIComponent(rest.join("/"));
  let page;
  try {
    if (kind === "entity" && id) page = await entityView(id);
    else if (kind === "document" && id) page = await documentView(id);
    else if (kind === "documents") page = await documentsView();
    else if (kind === "path" && rest.length === 2) page = await pathView(decodeURIComponent(rest[0]), decodeURIComponent(rest[1]));
    else page = await homeView();
  } catch (error) {
    page = errorPage(error);
  }
  if (ticket === navigation) show(page);
}

// Suggestions as you type: the search API ranks by match quality, then prominence, and says which alias matched.
let suggestions = [];
let selected = -1;
let typed = 0;

function renderSuggestions() {
  suggestionList.replaceChildren(...suggestions.map((result, i) => h("li", {
    role: "option", id: `suggestion-${i}`, "aria-selected": i === selected ? "true" : "false",
  }, h("span", {}, result.entity.name, result.matchedAlias && result.matchedAlias !== result.entity.name ? ` (${result.matchedAlias})` : ""),
     h("span", { class: "how" }, [result.match?.replace("_", " "), typeNames[result.entity.type]].filter(Boolean).join(" · ")))));
  suggestionList.hidden = suggestions.length === 0;
  queryBox.setAttribute("aria-expanded", String(suggestions.length > 0));
  queryBox.setAttribute("aria-activedescendant", selected >= 0 ? `suggestion-${selected}` : "");
}

// Asks once typing pauses (a request per keystroke would also let a slow early answer replace a later one).
const typingPause = 120;
let pending;

queryBox.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(suggest, typingPause);
});

async function suggest() {
  const text = queryBox.value.trim();
  const ticket = ++typed;
  if (!text) {
    suggestions = [];
    renderSuggestions();
    return;
  }
  try {
    const response = await api(`/v1/entities:search?query=${encodeURIComponent(text)}&pageSize=8`);
    if (ticket !== typed) return; // a later pause already asked
    suggestions = response.results ?? [];
    selected = suggestions.length ? 0 : -1;
    renderSuggestions();
  } catch (error) {
    suggestions = [];
    renderSuggestions();
  }
}

queryBox.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    if (suggestions.length === 0) return;
    selected = (selected + (event.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length;
    renderSuggestions();
    event.preventDefault();
  } else if (event.key === "Escape") {
    suggestions = [];
    renderSuggestions();
  }
});

function open(result) {
  suggestions = [];
  renderSuggestions();
  location.hash = `#/entity/${encodeURIComponent(result.entity.entityId)}`;
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  if (suggestions[selected]) open(suggestions[selected]);
});

suggestionList.addEventListener("click", (event) => {
  const item = event.target.closest("li");
  if (item) open(suggestions[Number(item.id.split("-")[1])]);
});

window.addEventListener("hashchange", route);
route();
