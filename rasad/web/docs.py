"""``/docs``: the OpenAPI description as one self-contained HTML page.

FastAPI's own docs page loads Swagger UI from a CDN, which an offline analyst's machine cannot reach (and which
would leak every visit); this page is rendered on the server from the same OpenAPI document, with no script
and no outside request.
"""

from __future__ import annotations

from html import escape
from typing import Any

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h2{margin-top:2rem;border-bottom:1px solid #ddd}.op{margin:1.2rem 0;padding:.6rem .9rem;border:1px solid #ddd;
border-radius:6px}.m{display:inline-block;min-width:4rem;font-weight:700;color:#fff;border-radius:4px;
text-align:center;margin-right:.5rem}.get{background:#2b6cb0}.post{background:#2f855a}code{font-size:13px}
table{border-collapse:collapse;width:100%;margin:.4rem 0}td,th{border-top:1px solid #eee;padding:.25rem .4rem;
text-align:left;vertical-align:top}th{font-weight:600}.req{color:#c53030}
"""


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(repr(v) for v in schema["enum"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    t = schema.get("type", "any")
    if schema.get("format"):
        t += f" ({schema['format']})"
    bounds = [
        f"{k} {schema[k]}"
        for k in ("minimum", "maximum", "exclusiveMinimum", "maxLength", "pattern")
        if k in schema
    ]
    return t + (f" [{', '.join(bounds)}]" if bounds else "")


def _params_table(params: list[dict[str, Any]]) -> str:
    if not params:
        return ""
    rows = []
    for p in params:
        schema = p.get("schema", {})
        default = (
            f"<br>default: <code>{escape(repr(schema['default']))}</code>" if "default" in schema else ""
        )
        req = ' <span class="req">required</span>' if p.get("required") else ""
        rows.append(
            f"<tr><td><code>{escape(p['name'])}</code>{req}</td><td>{escape(p.get('in', ''))}</td>"
            f"<td><code>{escape(_type(schema))}</code>{default}</td>"
            f"<td>{escape(p.get('description') or schema.get('description') or '')}</td></tr>"
        )
    return (
        "<table><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _body_table(spec: dict[str, Any], op: dict[str, Any]) -> str:
    content = op.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    if "$ref" not in schema:
        return ""
    name = schema["$ref"].rsplit("/", 1)[-1]
    model = spec.get("components", {}).get("schemas", {}).get(name, {})
    required = set(model.get("required", []))
    params = [
        {"name": k, "in": "body", "required": k in required, "schema": v, "description": v.get("description")}
        for k, v in model.get("properties", {}).items()
    ]
    return "<p>JSON body:</p>" + _params_table(params)


def render_docs(spec: dict[str, Any]) -> str:
    info = spec.get("info", {})
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(info.get('title', 'API'))} — API</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(info.get('title', 'API'))} <small>{escape(info.get('version', ''))}</small></h1>",
        f"<p>{escape(info.get('description', ''))}</p>",
        "<p>Machine-readable description: <a href='/openapi.json'>/openapi.json</a> (OpenAPI "
        f"{escape(spec.get('openapi', ''))}). Errors: 404 unknown id, 413 body too large, 422 bad parameter "
        '(<code>{"detail": [{"loc", "msg", "type"}]}</code>).</p>',
        "<h2>Endpoints</h2>",
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            parts.append(
                f"<div class='op' id='{escape(method)}-{escape(path)}'><div><span class='m {escape(method)}'>"
                f"{escape(method.upper())}</span><code>{escape(path)}</code> — {escape(op.get('summary', ''))}</div>"
                + _params_table(op.get("parameters", []))
                + _body_table(spec, op)
                + "</div>"
            )
    parts.append("</body></html>")
    return "".join(parts)
