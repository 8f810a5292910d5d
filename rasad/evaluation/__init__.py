"""Scoring rasad (or any system) against the hand-made gold of ``../shared/eval/``.

The public entry points live in :mod:`rasad.evaluate`; this package holds the parts: ``gold`` (reading and
checking gold files), ``system`` (reading system JSONL defensively), ``places`` (the README's place-name
key), ``scoring`` (matching and scores) and ``report`` (the result, as JSON and text).
"""
