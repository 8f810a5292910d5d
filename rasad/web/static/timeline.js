// The timeline: events per day as SVG bars. Drag to pick a date range, click a bar for one day.

const NS = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const M = { left: 34, right: 10, top: 6, bottom: 16 };

export function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS : null;
}

export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export class Timeline {
  constructor(svg, { onRange }) {
    this.svg = svg;
    this.onRange = onRange;
    this.counts = new Map();
    this.range = null;
    this.drag = null;
    svg.addEventListener("pointerdown", (e) => this.down(e));
    svg.addEventListener("pointermove", (e) => this.move(e));
    svg.addEventListener("pointerup", (e) => this.up(e));
    window.addEventListener("resize", () => this.render());
  }

  // byDay: [{key: "YYYY-MM-DD", events}]; range: {since, until} (ISO days, either may be empty)
  setData(byDay, range) {
    this.counts = new Map();
    for (const d of byDay) {
      const day = dayNumber(d.key);
      if (day != null) this.counts.set(day, (this.counts.get(day) || 0) + d.events);
    }
    this.range = range;
    this.render();
  }

  extent() {
    const days = [...this.counts.keys()];
    for (const v of [this.range?.since, this.range?.until]) if (dayNumber(v) != null) days.push(dayNumber(v));
    if (!days.length) return null;
    return [Math.min(...days), Math.max(...days)];
  }

  x(day) {
    const [d0, d1] = this.ext;
    return M.left + ((day - d0) / (d1 - d0 + 1)) * this.innerW;
  }

  dayAt(px) {
    const [d0, d1] = this.ext;
    const f = (px - M.left) / this.innerW;
    return Math.max(d0, Math.min(d1, d0 + Math.floor(f * (d1 - d0 + 1))));
  }

  render() {
    const svg = this.svg;
    svg.replaceChildren();
    const W = svg.clientWidth, H = svg.clientHeight;
    this.ext = this.extent();
    if (!this.ext || W < 50 || H < 30) return;
    this.innerW = W - M.left - M.right;
    const innerH = H - M.top - M.bottom;
    const [d0, d1] = this.ext;
    const n = d1 - d0 + 1;
    const max = Math.max(1, ...this.counts.values());
    const bw = Math.max(1, this.innerW / n - (this.innerW / n > 4 ? 1 : 0));
    const since = dayNumber(this.range?.since), until = dayNumber(this.range?.until);
    const g = svgEl("g", { class: "bars" });
    for (const [day, count] of this.counts) {
      const h = Math.max(1, (count / max) * innerH);
      const out = (since != null && day < since) || (until != null && day > until);
      const rect = svgEl("rect", {
        x: this.x(day), y: M.top + innerH - h, width: bw, height: h,
        class: "bar-day" + (out ? " out" : ""), "data-day": isoDay(day), "data-count": count,
      });
      const title = svgEl("title", {});
      title.textContent = `${isoDay(day)}: ${count} event${count === 1 ? "" : "s"}`;
      rect.append(title);
      g.append(rect);
    }
    svg.append(g);
    this.axis(max, innerH);
    if (since != null || until != null) {
      const a = since ?? d0, b = until ?? d1;
      svg.append(svgEl("rect", { class: "brush", x: this.x(a), y: M.top, width: Math.max(2, this.x(b + 1) - this.x(a)), height: innerH }));
    }
    this.brush = svgEl("rect", { class: "brush", x: 0, y: M.top, width: 0, height: innerH, visibility: "hidden" });
    svg.append(this.brush);
  }

  axis(max, innerH) {
    const [d0, d1] = this.ext;
    const g = svgEl("g", { class: "axis" });
    const y0 = M.top + innerH;
    g.append(svgEl("line", { x1: M.left, x2: M.left + this.innerW, y1: y0, y2: y0 }));
    const label = svgEl("text", { x: M.left - 4, y: M.top + 8, "text-anchor": "end" });
    label.textContent = String(max);
    g.append(label);
    const ticks = Math.max(1, Math.floor(this.innerW / 90));
    const step = Math.max(1, Math.ceil((d1 - d0 + 1) / ticks));
    for (let d = d0; d <= d1; d += step) {
      const t = svgEl("text", { x: this.x(d), y: y0 + 12 });
      t.textContent = isoDay(d);
      g.append(t);
    }
    this.svg.append(g);
  }

  px(e) {
    return e.clientX - this.svg.getBoundingClientRect().left;
  }

  down(e) {
    if (!this.ext) return;
    this.svg.setPointerCapture(e.pointerId);
    this.drag = { x0: this.px(e), x1: this.px(e) };
  }

  move(e) {
    if (!this.drag) return;
    this.drag.x1 = this.px(e);
    const a = Math.min(this.drag.x0, this.drag.x1), b = Math.max(this.drag.x0, this.drag.x1);
    this.brush.setAttribute("x", a);
    this.brush.setAttribute("width", b - a);
    this.brush.setAttribute("visibility", "visible");
  }

  up(e) {
    if (!this.drag) return;
    const { x0 } = this.drag;
    const x1 = this.px(e);
    this.drag = null;
    const a = this.dayAt(Math.min(x0, x1)), b = this.dayAt(Math.max(x0, x1));
    // a click (no real drag) picks its day alone
    this.onRange({ since: isoDay(a), until: isoDay(Math.abs(x1 - x0) < 3 ? a : b) });
  }
}
