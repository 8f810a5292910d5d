// The article panel: an event, its sources, and the article text right-to-left with the evidence highlighted.
//
// Evidence offsets are Python string indexes: code points of the raw text. JavaScript strings index UTF-16
// code units, which agree for Arabic (all in the BMP) but not past an astral character (an emoji, a rare CJK
// ideograph, U+1EE00 Arabic mathematical letters): so the text is split into code points once and sliced there.

export const ROLES = ["trigger", "actor1", "actor2", "place", "date", "fatalities", "weapon", "source", "event"];

// Split `text` at every span boundary. `spans`: [{start, end, role, eventId?}] in code points.
// Returns [{text, spans}] covering the whole text in order; `spans` are those covering the piece.
export function segments(text, spans) {
  const cps = Array.from(text);
  const n = cps.length;
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(n, s.start | 0)), end: Math.max(0, Math.min(n, s.end | 0)) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, n]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i], b = bounds[i + 1];
    out.push({ text: cps.slice(a, b).join(""), spans: valid.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

// Spans whose recorded text differs from the slice of the raw text at their offsets (should be none).
export function mismatches(text, spans) {
  const cps = Array.from(text);
  return spans.filter((s) => s.text != null && cps.slice(s.start, s.end).join("") !== s.text);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

export function actorLabel(a) {
  if (!a) return "—";
  return a.name || a.code || a.name_ar || "—";
}

export function eventTypeLabel(ev) {
  return ev.event_type || ev.plover_type || ev.category;
}

function eventHead(ev) {
  const loc = ev.location || {};
  const place = [loc.name || loc.name_ar, loc.admin1, loc.country].filter(Boolean).join(", ") || "—";
  const rows = [
    ["date", `${ev.event_date || "?"}${ev.status && ev.status !== "occurred" ? " (" + ev.status + ")" : ""}`],
    ["actor 1", actorLabel(ev.actor1)],
    ["actor 2", actorLabel(ev.actor2)],
    ["place", place],
    ["fatalities", String(ev.fatalities ?? 0) + (ev.injuries ? `, ${ev.injuries} injured` : "")],
  ];
  if (ev.weapons && ev.weapons.length) rows.push(["weapons", ev.weapons.join(", ")]);
  const dl = el("dl");
  for (const [k, v] of rows) dl.append(el("dt", {}, k), el("dd", { dir: "auto" }, v));
  const title = [eventTypeLabel(ev), ev.sub_event_type].filter(Boolean).join(" · ");
  return el("div", { class: "event-head" }, el("h2", {}, title), dl);
}

function sourcesList(ev, currentArticle, onSource) {
  const ul = el("ul", { class: "sources" });
  for (const s of ev.sources || []) {
    // each part in its own direction: an ISO date inside Arabic text would otherwise be reordered
    const label = el("button", { type: "button", onclick: () => onSource(s.article_id) });
    const parts = [[s.outlet || s.article_id, "auto"], [s.published, "ltr"], [s.title, "auto"]].filter(([v]) => v);
    parts.forEach(([v, dir], i) => label.append(...(i ? [" · "] : []), el("bdi", { dir }, v)));
    const li = el(
      "li",
      { class: s.article_id === currentArticle ? "current" : null, "data-article": s.article_id },
      label,
    );
    if (s.merge_note) li.append(" ", el("span", { class: "merge-note" }, `(${s.merge_note})`));
    // only web links: a stored "javascript:" URL must never become clickable
    if (/^https?:\/\//i.test(s.url || "")) {
      li.append(" ", el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, "↗"));
    }
    ul.append(li);
  }
  return ul;
}

// Render event `ev` (with sources) and article `art` (with text and its events' evidence) into `root`.
export function renderArticle(root, ev, art, { onSelect, onSource }) {
  root.replaceChildren();
  root.append(eventHead(ev));
  root.append(el("h3", {}, `${(ev.sources || []).length} source${(ev.sources || []).length === 1 ? "" : "s"}`));
  root.append(sourcesList(ev, art.id, onSource));

  const mine = (art.events || []).filter((r) => r.event_id === ev.id);
  const spans = [];
  for (const r of mine) for (const e of r.evidence || []) spans.push({ ...e });
  // the other events of this article: their triggers are marked and clickable
  for (const r of art.events || []) {
    if (r.event_id === ev.id) continue;
    for (const e of r.evidence || []) if (e.role === "trigger") spans.push({ ...e, role: "other", eventId: r.event_id });
  }
  const present = new Set(spans.map((s) => s.role));
  const legend = el("div", { class: "roles" });
  for (const role of ROLES) if (present.has(role)) legend.append(el("span", { class: "role-" + role }, role));
  root.append(legend);

  const bad = mismatches(art.text, spans.filter((s) => s.role !== "other"));
  if (bad.length) root.append(el("p", { class: "hint" }, `${bad.length} evidence span(s) do not match the text`));

  const body = el("div", { class: "article-text", dir: "rtl", lang: "ar" });
  if (art.title) body.append(el("strong", { dir: "auto" }, art.title), "\n\n");
  let first = null;
  for (const seg of segments(art.text, spans)) {
    if (!seg.spans.length) { body.append(seg.text); continue; }
    const roles = [...new Set(seg.spans.map((s) => s.role))];
    const own = roles.filter((r) => r !== "other");
    const cls = ["ev", ...own.map((r) => "role-" + r)];
    const other = seg.spans.find((s) => s.role === "other");
    if (!own.length && other) cls.push("other");
    const mark = el("mark", { class: cls.join(" "), title: own.join(", ") || "another event" }, seg.text);
    if (!own.length && other) mark.addEventListener("click", () => onSelect(other.eventId));
    if (!first && own.includes("trigger")) first = mark;
    body.append(mark);
  }
  root.append(body);
  if (first) root.scrollTop = Math.max(0, first.offsetTop - root.clientHeight / 3);
}
