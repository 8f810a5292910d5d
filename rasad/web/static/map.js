// The map: Leaflet (served by the app), a base of tiles when configured, else the gazetteer's admin outlines
// or a graticule; events as circles coloured by type and sized by fatalities, gathered on a pixel grid when dense.
/* global L */

export const TYPE_COLORS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2e86c1",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const OTHER_COLOR = "#34495e"; // political (PLOVER) events and unknown types
const CELL = 60; // px: points in one grid cell at the current zoom are drawn as one cluster
const MAX_CLUSTER = 54; // px: a cluster's diameter stays below a cell, so clusters never overlap much

export function typeColor(type) {
  return TYPE_COLORS[type] || OTHER_COLOR;
}

export function radius(fatalities) {
  return Math.min(22, 5 + 2.2 * Math.sqrt(fatalities || 0));
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export class EventMap {
  constructor(el, config, { onSelect }) {
    this.onSelect = onSelect;
    this.points = [];
    this.selected = null;
    this.map = L.map(el, { zoomSnap: 0.5, worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([34.8, 38.5], 6);
    this.map.createPane("graticule").style.zIndex = 340;
    this.map.createPane("outlines").style.zIndex = 350;
    this.base(config);
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on("zoomend moveend", () => this.draw());
    this.legend();
  }

  base(config) {
    if (config.tile_url) {
      L.tileLayer(config.tile_url, { maxZoom: 18, attribution: config.tile_attribution || "" }).addTo(this.map);
      return;
    }
    // offline: a graticule for orientation everywhere, and the gazetteer's admin outlines over it
    this.graticule = L.layerGroup().addTo(this.map);
    this.map.on("zoomend moveend", () => this.drawGraticule());
    this.drawGraticule();
    if (config.outlines > 0) {
      fetch("/api/outlines").then((r) => r.json()).then((gj) => {
        L.geoJSON(gj, {
          pane: "outlines", interactive: false, className: "outline",
          style: { color: "#7b8794", weight: 1, fillColor: "#f7f5ef", fillOpacity: 1 },
        }).addTo(this.map);
      });
    }
  }

  drawGraticule() {
    const z = this.map.getZoom();
    const step = z < 4 ? 10 : z < 6 ? 5 : z < 8 ? 1 : z < 10 ? 0.5 : 0.1;
    const b = this.map.getBounds().pad(0.5);
    const south = Math.max(-85, Math.floor(b.getSouth() / step) * step), north = Math.min(85, b.getNorth());
    const west = Math.floor(b.getWest() / step) * step, east = b.getEast();
    const style = { pane: "graticule", color: "#aab7c4", weight: 0.6, interactive: false, className: "graticule" };
    this.graticule.clearLayers();
    for (let lat = south; lat <= north; lat += step) this.graticule.addLayer(L.polyline([[lat, west], [lat, east]], style));
    for (let lon = west; lon <= east; lon += step) this.graticule.addLayer(L.polyline([[south, lon], [north, lon]], style));
  }

  legend() {
    const ctl = L.control({ position: "bottomleft" });
    ctl.onAdd = () => {
      const div = L.DomUtil.create("div", "legend");
      const rows = Object.entries(TYPE_COLORS).map(([t, c]) => `<i style="background:${c}"></i>${escapeHtml(t)}`);
      rows.push(`<i style="background:${OTHER_COLOR}"></i>political / other`);
      div.innerHTML = rows.join("<br>") + "<br><small>size: fatalities · numbers: events gathered</small>";
      return div;
    };
    ctl.addTo(this.map);
  }

  // rows: [{id, lat, lon, date, type, fatalities, n_sources}]; only geocoded ones are drawn
  setPoints(rows, { fit = false } = {}) {
    this.points = rows.filter((p) => p.lat != null && p.lon != null);
    if (fit && this.points.length) {
      const bounds = L.latLngBounds(this.points.map((p) => [p.lat, p.lon]));
      this.map.fitBounds(bounds.pad(0.15), { maxZoom: 9, animate: false });
    }
    this.draw();
  }

  select(id) {
    this.selected = id;
    const p = this.points.find((q) => q.id === id);
    if (p && !this.map.getBounds().contains([p.lat, p.lon])) this.map.panTo([p.lat, p.lon], { animate: false });
    this.draw();
  }

  draw() {
    this.layer.clearLayers();
    const z = this.map.getZoom();
    const b = this.map.getBounds().pad(0.3);
    const s = b.getSouth(), n = b.getNorth(), w = b.getWest(), e = b.getEast();
    const cells = new Map();
    for (const p of this.points) {
      if (p.lat < s || p.lat > n || p.lon < w || p.lon > e) continue;
      const pt = this.map.project([p.lat, p.lon], z);
      const key = Math.floor(pt.x / CELL) + ":" + Math.floor(pt.y / CELL);
      const members = cells.get(key);
      if (members) members.push(p);
      else cells.set(key, [p]);
    }
    let drawn = 0;
    for (const members of cells.values()) {
      this.layer.addLayer(members.length === 1 ? this.marker(members[0]) : this.cluster(members));
      drawn += members.length;
    }
    this.map.getContainer().dataset.drawn = String(drawn);
    this.map.getContainer().dataset.zoom = String(z);
  }

  marker(p) {
    const sel = p.id === this.selected;
    const m = L.circleMarker([p.lat, p.lon], {
      radius: radius(p.fatalities), fillColor: typeColor(p.type), fillOpacity: 0.85,
      color: sel ? "#111" : "#fff", weight: sel ? 3 : 1, className: "ev-marker" + (sel ? " selected" : ""),
    });
    m.bindTooltip(`${escapeHtml(p.date || "?")} · ${escapeHtml(p.type || "event")} · ${p.fatalities} killed`);
    m.on("add", () => {
      const node = m.getElement();
      if (node) node.dataset.id = p.id;
    });
    m.on("click", () => this.onSelect(p.id));
    return m;
  }

  cluster(members) {
    let lat = 0, lon = 0, fat = 0;
    const byType = new Map();
    for (const p of members) {
      lat += p.lat; lon += p.lon; fat += p.fatalities || 0;
      byType.set(p.type, (byType.get(p.type) || 0) + 1);
    }
    const top = [...byType.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const size = Math.round(Math.min(MAX_CLUSTER, 22 + 9 * Math.log10(members.length)));
    const sel = members.some((p) => p.id === this.selected);
    const icon = L.divIcon({
      className: "", iconSize: [size, size],
      html: `<div class="ev-cluster${sel ? " selected" : ""}" data-count="${members.length}" style="width:${size}px;`
        + `height:${size}px;background:${typeColor(top)}">${members.length}</div>`,
    });
    const m = L.marker([lat / members.length, lon / members.length], { icon });
    m.bindTooltip(`${members.length} events · ${fat} killed`);
    m.on("click", () => this.open(members, m));
    return m;
  }

  // a cluster: zoom in while that separates it, else list its events
  open(members, marker) {
    const bounds = L.latLngBounds(members.map((p) => [p.lat, p.lon]));
    const target = this.map.getBoundsZoom(bounds.pad(0.2));
    if (target > this.map.getZoom() + 0.5 && this.map.getZoom() < this.map.getMaxZoom()) {
      this.map.fitBounds(bounds.pad(0.2), { animate: false });
      return;
    }
    const list = document.createElement("ul");
    list.className = "popup-list";
    for (const p of members.slice(0, 50)) {
      const btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = `${p.date || "?"} · ${p.type || "event"} · ${p.fatalities} killed`;
      btn.addEventListener("click", () => this.onSelect(p.id));
      const li = document.createElement("li");
      li.append(btn);
      list.append(li);
    }
    if (members.length > 50) list.append(`… and ${members.length - 50} more (narrow the filters)`);
    marker.bindPopup(list, { maxWidth: 320 }).openPopup();
  }
}
