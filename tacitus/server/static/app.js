// tacitus dashboard: plain JavaScript and SVG, no build step, no outside resources.
// Every text from the store is inserted with textContent / createTextNode, never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const PAGE = 50;
const state = { offset: 0, total: 0, selected: null, world: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function filterParams() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(document.getElementById("filters"))) {
    const v = String(value).trim();
    if (v) params.set(key, v);
  }
  return params;
}

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { const body = await response.json(); detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail); } catch (e) { /* not JSON */ }
    throw new Error(detail);
  }
  return response.json();
}

function showError(error) {
  document.getElementById("error").textContent = error ? String(error.message || error) : "";
}

// ---- stats -------------------------------------------------------------------------------------------------

async function loadStats() {
  const s = await api("/api/stats");
  document.getElementById("stats").textContent =
    `${s.events.toLocaleString()} events · ${s.clusters.toLocaleString()} clusters · ` +
    `${s.documents.toLocaleString()} documents · ${s.first_date || "?"} to ${s.last_date || "?"}`;
}

// ---- timeline ----------------------------------------------------------------------------------------------

async function loadTimeline(params) {
  const p = new URLSearchParams(params);
  p.set("interval", document.getElementById("interval").value);
  const data = await api("/api/aggregate/quad", p);
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const periods = periodRange([...new Set(data.rows.map(r => r[0]))].sort(), p.get("interval"));
  const byPeriod = new Map(periods.map(p => [p, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
  for (const [period, quad, n] of data.rows) if (quad) byPeriod.get(period)[quad] += n;
  const W = 960, H = 180, left = 40, bottom = 20, top = 8;
  const max = Math.max(1, ...periods.map(p => Object.values(byPeriod.get(p)).reduce((a, b) => a + b, 0)));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per period by quad class" });
  const band = (W - left - 4) / Math.max(1, periods.length);
  chart.append(svg("line", { x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: "#999" }));
  chart.append(svg("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, String(max)));
  chart.append(svg("text", { x: left - 4, y: H - bottom, "text-anchor": "end" }, "0"));
  periods.forEach((period, i) => {
    let y = H - bottom;
    for (const quad of [1, 2, 3, 4]) {
      const n = byPeriod.get(period)[quad];
      if (!n) continue;
      const h = (n / max) * (H - bottom - top);
      y -= h;
      const rect = svg("rect", { x: left + i * band + band * 0.1, y, width: Math.max(1, band * 0.8), height: h,
        class: `q${quad} bar`, "data-period": period, "data-quad": quad });
      rect.append(svg("title", {}, `${period}: ${n} ${QUADS[quad]}`));
      chart.append(rect);
    }
    const every = Math.ceil(periods.length / 10);
    if (i % every === 0) chart.append(svg("text", { x: left + i * band, y: H - 5 }, period));
  });
  if (!periods.length) chart.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no dated events"));
  box.append(chart);
}

// Every period from the first to the last (empty ones included), so that the axis is time, not a list.
function periodRange(present, interval) {
  if (present.length < 2) return present;
  const next = d => {
    const t = new Date(d + "T00:00:00Z");
    if (interval === "day") t.setUTCDate(t.getUTCDate() + 1);
    else if (interval === "week") t.setUTCDate(t.getUTCDate() + 7);
    else if (interval === "month") t.setUTCMonth(t.getUTCMonth() + 1);
    else t.setUTCFullYear(t.getUTCFullYear() + 1);
    return t.toISOString().slice(0, 10);
  };
  const all = [present[0]];
  const last = present[present.length - 1];
  while (all[all.length - 1] < last && all.length < 3000) all.push(next(all[all.length - 1]));
  return all.length < 3000 && all[all.length - 1] === last ? all : present;
}

function drawLegend() {
  const legend = document.getElementById("legend");
  legend.replaceChildren(...[1, 2, 3, 4].map(q => el("li", {}, el("span", { class: `q${q}` }), `${q} ${QUADS[q]}`)));
}

// ---- event table -------------------------------------------------------------------------------------------

async function loadEvents(params) {
  const p = new URLSearchParams(params);
  p.set("limit", PAGE);
  p.set("offset", state.offset);
  p.set("with_text", "false");
  const data = await api("/api/events", p);
  state.total = data.total;
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...data.rows.map(row => {
    const tr = el("tr", { tabindex: "0", "data-id": row.id, class: row.id === state.selected ? "selected" : null },
      el("td", {}, row.event_date || ""),
      el("td", {}, row.event_type, row.mode ? el("small", {}, ` ${row.mode}`) : null),
      el("td", { title: row.actor_code || "" }, row.actor_names || ""),
      el("td", { title: row.recipient_code || "" }, row.recipient_names || ""),
      el("td", {}, row.location_name || ""),
      el("td", {}, row.source || ""),
      el("td", {}, row.num_articles ?? ""));
    tr.addEventListener("click", () => openEvent(row.id));
    tr.addEventListener("keydown", e => { if (e.key === "Enter") openEvent(row.id); });
    return tr;
  }));
  const end = Math.min(state.offset + PAGE, state.total);
  document.getElementById("count").textContent = `(${state.total.toLocaleString()})`;
  document.getElementById("page").textContent = state.total ? `${state.offset + 1}–${end} of ${state.total.toLocaleString()}` : "none";
  document.getElementById("prev").disabled = state.offset === 0;
  document.getElementById("next").disabled = end >= state.total;
}

// The sentence as text nodes and <mark>s: trigger over actor over recipient where spans overlap.
function highlighted(event) {
  const ev = event.evidence;
  const text = ev.text;
  const roles = new Array(text.length).fill(null);
  const paint = (start, end, role) => {
    for (let i = Math.max(0, start - ev.start); i < Math.min(text.length, end - ev.start); i++) {
      if (roles[i] === null) roles[i] = role;
    }
  };
  paint(ev.trigger.start, ev.trigger.end, "trigger");
  for (const a of event.actor) paint(a.start, a.end, "actor");
  for (const r of event.recipient) paint(r.start, r.end, "recipient");
  const p = el("p", { class: "sentence" });
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && roles[j] === roles[i]) j++;
    const piece = text.slice(i, j);
    p.append(roles[i] ? el("mark", { class: `hl-${roles[i]}`, title: roles[i] }, piece) : document.createTextNode(piece));
    i = j;
  }
  return p;
}

function entities(list) {
  return list.map(e => `${e.name || e.text} [${[e.country, e.sector].filter(Boolean).join(" ") || "?"}]`).join("; ");
}

function safeLink(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") return el("a", { href: u.href, rel: "noopener noreferrer", target: "_blank" }, label);
  } catch (e) { /* not a URL */ }
  return document.createTextNode(label);
}

async function openEvent(id) {
  state.selected = id;
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.id === id);
  const box = document.getElementById("detail");
  try {
    const d = await api(`/api/events/${encodeURIComponent(id)}`);
    const e = d.event;
    const facts = el("dl", { class: "facts" });
    const add = (k, v) => { if (v !== null && v !== undefined && v !== "") facts.append(el("dt", {}, k), el("dd", {}, v)); };
    add("event", `${e.event_type}${e.mode ? " / " + e.mode : ""}${e.aux_mode.length ? " (" + e.aux_mode.join(", ") + ")" : ""}`);
    add("actor", entities(e.actor));
    add("recipient", entities(e.recipient));
    add("date", `${e.date.value || "unknown"}${e.date.text ? " (“" + e.date.text + "”)" : ""}`);
    add("place", e.location ? `${e.location.name || e.location.text}${e.location.country ? ", " + e.location.country : ""}` : "");
    add("CAMEO", `${e.cameo || ""} · quad ${e.quad_class} · Goldstein ${e.goldstein}`);
    add("contexts", e.contexts.join(", "));
    add("confidence", e.confidence.toFixed(2));
    add("source", d.document.url ? safeLink(d.document.url, d.document.source || d.document.url) : (d.document.source || ""));
    add("title", d.document.title);
    if (d.document.copy_of) add("copy of", d.document.copy_of);
    else if (d.document.n_copies) add("copies", `${d.document.n_copies} other document(s) with this text`);
    if (d.cluster) add("reported by", `${d.cluster.num_articles} article(s), ${d.cluster.num_sources} source(s)`);
    add("model", e.model_version);
    box.replaceChildren(el("h2", {}, "Evidence"), highlighted(e),
      el("p", { class: "hint" }, el("mark", { class: "hl-actor" }, "actor"), " ", el("mark", { class: "hl-trigger" }, "trigger"),
        " ", el("mark", { class: "hl-recipient" }, "recipient")), facts);
  } catch (error) {
    box.replaceChildren(el("h2", {}, "Evidence"), el("p", { class: "hint" }, `could not load: ${error.message}`));
  }
}

// ---- network -----------------------------------------------------------------------------------------------

async function loadNetwork(params) {
  const p = new URLSearchParams(params);
  p.set("max_nodes", 24);
  const data = await api("/api/network", p);
  const box = document.getElementById("network");
  box.replaceChildren();
  const W = 480, H = 420, cx = W / 2, cy = H / 2, R = 160;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "dyad network" });
  const defs = svg("defs", {});
  for (const [id, colour] of [["arrow-neg", "#b3261e"], ["arrow-pos", "#1f6f43"]]) {
    defs.append(svg("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour })));
  }
  chart.append(defs);
  const pos = new Map();
  data.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, data.nodes.length) - Math.PI / 2;
    pos.set(n.id, [cx + R * Math.cos(a), cy + R * Math.sin(a)]);
  });
  const maxNode = Math.max(1, ...data.nodes.map(n => n.events));
  const radius = n => 4 + 10 * Math.sqrt(n / maxNode);
  const weight = new Map(data.nodes.map(n => [n.id, n.events]));
  const maxEdge = Math.max(1, ...data.edges.map(e => e.events));
  for (const e of data.edges) {
    if (e.source === e.target) continue;
    const [ax, ay] = pos.get(e.source), [bx, by] = pos.get(e.target);
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const ux = (bx - ax) / len, uy = (by - ay) / len;
    // Offset to the right of the direction of travel, so that A->B and B->A stay apart.
    const ox = -uy * 3, oy = ux * 3;
    const rs = radius(weight.get(e.source)) + 2, rt = radius(weight.get(e.target)) + 3;
    const mean = e.goldstein_sum / e.events;
    const line = svg("line", { x1: ax + ux * rs + ox, y1: ay + uy * rs + oy, x2: bx - ux * rt + ox, y2: by - uy * rt + oy,
      "stroke-width": 0.6 + 4 * Math.sqrt(e.events / maxEdge), stroke: mean < 0 ? "#b3261e" : "#1f6f43",
      "marker-end": mean < 0 ? "url(#arrow-neg)" : "url(#arrow-pos)", class: "edge" });
    line.append(svg("title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${mean.toFixed(1)}`));
    chart.append(line);
  }
  for (const n of data.nodes) {
    const [x, y] = pos.get(n.id);
    const g = svg("g", { class: "node" });
    const c = svg("circle", { cx: x, cy: y, r: radius(n.events) });
    c.append(svg("title", {}, `${n.id}: ${n.events} events`));
    // The label sits outside the ring, along the node's radius.
    const a = Math.atan2(y - cy, x - cx), out = radius(n.events) + 5;
    const anchor = Math.abs(Math.cos(a)) < 0.3 ? "middle" : (Math.cos(a) > 0 ? "start" : "end");
    g.append(c, svg("text", { x: x + out * Math.cos(a), y: y + out * Math.sin(a) + 4 + (Math.sin(a) < -0.9 ? -4 : Math.sin(a) > 0.9 ? 6 : 0),
      "text-anchor": anchor }, n.id));
    chart.append(g);
  }
  if (!data.nodes.length) chart.append(svg("text", { x: cx, y: cy, "text-anchor": "middle" }, "no dyads"));
  box.append(chart);
}

// ---- map (equirectangular: x = lon + 180, y = 90 - lat) ------------------------------------------------------

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${(lon + 180).toFixed(2)},${(90 - lat).toFixed(2)}`).join("") + "Z";
}

async function loadWorld() {
  if (!state.world) {
    const response = await fetch("/static/world.json");
    state.world = await response.json();
  }
  return state.world;
}

async function loadMap(params) {
  const p = new URLSearchParams(params);
  p.set("limit", 3000);
  const [world, data] = await Promise.all([loadWorld(), api("/api/aggregate/places", p)]);
  const box = document.getElementById("map");
  box.replaceChildren();
  const chart = svg("svg", { viewBox: "0 0 360 170", role: "img", "aria-label": "map of geocoded events" });
  chart.append(svg("rect", { x: 0, y: 0, width: 360, height: 170, class: "sea" }));
  for (const f of world.features) {
    const d = f.geometry.coordinates.map(poly => poly.map(ringPath).join("")).join("");
    const path = svg("path", { d, class: "country" });
    path.append(svg("title", {}, f.properties.name || ""));
    chart.append(path);
  }
  const cols = Object.fromEntries(data.columns.map((c, i) => [c, i]));
  const max = Math.max(1, ...data.rows.map(r => r[cols.events]));
  for (const r of data.rows) {
    const lat = r[cols.lat], lon = r[cols.lon];
    if (lat === null || lon === null) continue;
    const c = svg("circle", { cx: lon + 180, cy: 90 - lat, r: 0.6 + 4 * Math.sqrt(r[cols.events] / max), class: "point" });
    c.append(svg("title", {}, `${r[cols.name] || "?"}: ${r[cols.events]} events`));
    chart.append(c);
  }
  box.append(chart);
}

// ---- wiring ------------------------------------------------------------------------------------------------

async function refresh(resetPage = true) {
  if (resetPage) state.offset = 0;
  const params = filterParams();
  showError(null);
  document.body.dataset.loading = "true";
  try {
    await Promise.all([loadEvents(params), loadTimeline(params), loadNetwork(params), loadMap(params)]);
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loading = "false";
  }
}

function init() {
  const select = document.getElementById("f-type");
  for (const t of EVENT_TYPES) select.append(el("option", { value: t }, t));
  drawLegend();
  document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); refresh(); });
  document.getElementById("filters").addEventListener("reset", () => setTimeout(() => refresh(), 0));
  document.getElementById("interval").addEventListener("change", () => loadTimeline(filterParams()).catch(showError));
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(filterParams()).catch(showError); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; loadEvents(filterParams()).catch(showError); });
  loadStats().catch(showError);
  refresh();
}

document.addEventListener("DOMContentLoaded", init);
