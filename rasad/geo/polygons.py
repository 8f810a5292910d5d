"""Admin-boundary polygons and point-in-polygon, in pure Python.

Rings are GeoJSON ``[lon, lat]`` lists. A polygon's edges are bucketed into horizontal bands so that the
even-odd ray cast for a point only visits the edges crossing its latitude: OCHA governorate outlines have
thousands of vertices and every imported place is tested against them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

Ring = Sequence[Sequence[float]]
Edge = tuple[float, float, float, float]

_BANDS = 64


@dataclass(frozen=True, slots=True)
class Shape:
    """One (multi)polygon: outer rings and holes together, even-odd rule."""

    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    bands: tuple[tuple[Edge, ...], ...] = field(repr=False)

    @classmethod
    def from_geometry(cls, geometry: dict) -> Shape:
        kind = geometry.get("type")
        coords = geometry.get("coordinates")
        if kind == "Polygon":
            rings = list(coords or [])
        elif kind == "MultiPolygon":
            rings = [ring for poly in coords or [] for ring in poly]
        else:
            raise ValueError(f"geometry type {kind!r} is not a Polygon or MultiPolygon")
        edges: list[Edge] = []
        for ring in rings:
            pts = [(float(p[0]), float(p[1])) for p in ring]
            if len(pts) < 3:
                continue
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
                if y1 != y2:
                    edges.append((x1, y1, x2, y2))
        if not edges:
            raise ValueError("polygon without area")
        xs = [e[0] for e in edges] + [e[2] for e in edges]
        ys = [e[1] for e in edges] + [e[3] for e in edges]
        bbox = (min(xs), min(ys), max(xs), max(ys))
        height = (bbox[3] - bbox[1]) or 1e-9
        buckets: list[list[Edge]] = [[] for _ in range(_BANDS)]
        for e in edges:
            lo, hi = min(e[1], e[3]), max(e[1], e[3])
            b0 = min(_BANDS - 1, int((lo - bbox[1]) / height * _BANDS))
            b1 = min(_BANDS - 1, int((hi - bbox[1]) / height * _BANDS))
            for b in range(b0, b1 + 1):
                buckets[b].append(e)
        return cls(bbox=bbox, bands=tuple(tuple(b) for b in buckets))

    def contains(self, lat: float, lon: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        band = min(_BANDS - 1, int((lat - y0) / ((y1 - y0) or 1e-9) * _BANDS))
        inside = False
        for ax, ay, bx, by in self.bands[band]:
            if (ay > lat) != (by > lat) and lon < ax + (lat - ay) * (bx - ax) / (by - ay):
                inside = not inside
        return inside


def centroid(geometry: dict) -> tuple[float, float]:
    """Area-weighted centroid ``(lat, lon)`` of the largest ring set; a fair label point for a governorate."""
    kind = geometry.get("type")
    polys = [geometry["coordinates"]] if kind == "Polygon" else list(geometry["coordinates"])
    total = cx = cy = 0.0
    for poly in polys:
        ring = poly[0]
        for (x1, y1), (x2, y2) in zip(ring, list(ring[1:]) + [ring[0]], strict=True):
            cross = x1 * y2 - x2 * y1
            total += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
    if abs(total) < 1e-12:
        pts = [p for poly in polys for p in poly[0]]
        return (sum(p[1] for p in pts) / len(pts), sum(p[0] for p in pts) / len(pts))
    return (cy / (3 * total), cx / (3 * total))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
