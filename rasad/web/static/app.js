// The page: filters → one query string → map points, timeline counts, a table page; clicking an event opens
// its article. The filters live in the URL, so a view can be bookmarked or shared.
import { EventMap, typeColor } from "./map.js";
import { Timeline } from "./timeline.js";
import { actorLabel, eventTypeLabel, renderArticle } from "./article.js";

const MAP_LIMIT = 50000;
const PAGE = 50;
const FIELDS = ["since", "until", "type", "actor", "country", "admin1", "text"];

const $ = (sel) => document.querySelector(sel);
const state = { offset: 0, total: 0, selected: null, loaded: 0, token: 0 };

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) {
    let msg = `${r.status} ${r.statusText}`;
    try {
      const body = await r.json();
      const d = body.detail;
      msg = Array.isArray(d) ? d.map((x) => `${(x.loc || []).slice(1).join(".")}: ${x.msg}`).join("; ") : String(d);
    } catch (_) { /* not JSON */ }
    throw new Error(msg);
  }
  return r.json();
}

function showError(err) {
  const box = $("#error");
  box.textContent = err ? String(err.message || err) : "";
  box.hidden = !err;
}

function readFilters() {
  const data = new FormData($("#filters"));
  const out = {};
  for (const k of FIELDS) {
    const v = String(data.get(k) || "").trim();
    if (v) out[k] = v;
  }
  return out;
}

function writeFilters(f) {
  const form = $("#filters");
  for (const k of FIELDS) form.elements[k].value = f[k] || "";
}

function query(f, omit = []) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (!omit.includes(k)) p.set(k, v);
  return p.toString();
}

function fillOptions(stats) {
  const select = $("#filters").elements.type;
  const current = select.value;
  for (const t of stats.by_type) {
    if (t.key == null || [...select.options].some((o) => o.value === t.key)) continue;
    select.append(new Option(`${t.key} (${t.events})`, t.key));
  }
  select.value = current;
  const admin1 = $("#admin1-list");
  admin1.replaceChildren(...stats.by_admin1.filter((a) => a.key).map((a) => new Option(a.key)));
}

function renderTable(events) {
  const body = $("#events tbody");
  body.replaceChildren();
  for (const ev of events) {
    const loc = ev.location || {};
    const tr = document.createElement("tr");
    tr.dataset.id = ev.id;
    if (ev.id === state.selected) tr.classList.add("selected");
    const cells = [
      ev.event_date || "?", eventTypeLabel(ev), ev.sub_event_type || "", actorLabel(ev.actor1), actorLabel(ev.actor2),
      loc.name || loc.name_ar || "—", loc.admin1 || "", String(ev.fatalities ?? 0), String(ev.n_sources ?? 1),
    ];
    cells.forEach((text, i) => {
      const td = document.createElement("td");
      td.dir = "auto";
      if (i === 1) {
        const sw = document.createElement("span");
        sw.className = "swatch";
        sw.style.background = typeColor(ev.event_type || ev.plover_type);
        td.append(sw);
      }
      td.append(text);
      tr.append(td);
    });
    tr.tabIndex = 0;
    tr.addEventListener("click", () => select(ev.id));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") select(ev.id); });
    body.append(tr);
  }
  const end = Math.min(state.total, state.offset + events.length);
  $("#page").textContent = state.total ? `${state.offset + 1}–${end} of ${state.total}` : "no events";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = end >= state.total;
}

async function loadTable(f) {
  const page = await getJSON(`/api/events?limit=${PAGE}&offset=${state.offset}&${query(f)}`);
  state.total = page.total;
  renderTable(page.events);
}

function setExports(f) {
  const q = query(f);
  $("#export-csv").href = `/api/export?format=acled-csv${q ? "&" + q : ""}`;
  $("#export-geojson").href = `/api/export?format=geojson${q ? "&" + q : ""}`;
}

// Apply the filters in the form: everything that depends on them is fetched again.
async function apply({ fit = false } = {}) {
  const token = ++state.token;
  document.body.dataset.state = "loading";
  const f = readFilters();
  const q = query(f);
  history.replaceState(null, "", q ? `?${q}` : location.pathname);
  setExports(f);
  state.offset = 0;
  try {
    const [pts, st] = await Promise.all([
      getJSON(`/api/events?format=points&limit=${MAP_LIMIT}&${q}`),
      getJSON(`/api/stats?${query(f, ["since", "until"])}`),
      loadTable(f),
    ]);
    if (token !== state.token) return; // a newer apply() is under way
    const rows = pts.rows.map((r) => Object.fromEntries(pts.fields.map((k, i) => [k, r[i]])));
    map.setPoints(rows, { fit });
    timeline.setData(st.by_day, { since: f.since, until: f.until });
    const shown = rows.filter((r) => r.lat != null).length;
    $("#summary").textContent = `${pts.total} event${pts.total === 1 ? "" : "s"}, ${shown} on the map`
      + (pts.total > MAP_LIMIT ? ` (first ${MAP_LIMIT})` : "");
    $("#clear-range").hidden = !(f.since || f.until);
    showError(null);
  } catch (err) {
    showError(err);
  } finally {
    if (token === state.token) {
      if (!state.loaded) performance.mark("rasad-ready"); // first view interactive (benchmarks read it)
      state.loaded += 1;
      document.body.dataset.loaded = String(state.loaded);
      document.body.dataset.state = "ready";
    }
  }
}

async function showArticle(ev, articleId) {
  const art = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
  renderArticle($("#detail"), ev, art, {
    onSelect: (id) => select(id),
    onSource: (aid) => showArticle(ev, aid).catch(showError),
  });
}

async function select(id) {
  state.selected = id;
  map.select(id);
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.id === id);
  document.body.dataset.article = "loading";
  try {
    const ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    if (state.selected !== id) return;
    const primary = (ev.sources || []).find((s) => s.article_id === ev.article_id) ? ev.article_id
      : (ev.sources || [])[0]?.article_id || ev.article_id;
    await showArticle(ev, primary);
    showError(null);
  } catch (err) {
    showError(err);
  } finally {
    document.body.dataset.article = "ready";
  }
}

let map, timeline;

async function main() {
  const config = await getJSON("/api/config");
  map = new EventMap($("#map"), config, { onSelect: select });
  timeline = new Timeline($("#timeline"), {
    onRange: ({ since, until }) => {
      const form = $("#filters");
      form.elements.since.value = since || "";
      form.elements.until.value = until || "";
      apply();
    },
  });
  const params = new URLSearchParams(location.search);
  writeFilters(Object.fromEntries(FIELDS.map((k) => [k, params.get(k) || ""])));
  getJSON("/api/stats").then(fillOptions).catch(showError);

  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  $("#reset").addEventListener("click", () => { writeFilters({}); apply(); });
  $("#clear-range").addEventListener("click", () => {
    const form = $("#filters");
    form.elements.since.value = "";
    form.elements.until.value = "";
    apply();
  });
  const page = (delta) => {
    state.offset = Math.max(0, state.offset + delta);
    loadTable(readFilters()).catch(showError);
  };
  $("#prev").addEventListener("click", () => page(-PAGE));
  $("#next").addEventListener("click", () => page(PAGE));
  await apply({ fit: true });
}

main().catch((err) => { showError(err); document.body.dataset.state = "error"; });
