"""Run ``rasad.store.ingest`` over a JSONL file with the fake extractor, slowly: the process a test kills.

``python -m tests.store.slow_ingest DB JSONL SECONDS_PER_ARTICLE BATCH_SIZE``
"""

from __future__ import annotations

import sys
import time

from rasad.io import read_inputs
from rasad.model import Article, Event
from rasad.store import StoreWriter, ingest
from tests.store.fake import extract


def main(db: str, jsonl: str, delay: float, batch: int) -> None:
    def slow(a: Article) -> list[Event]:
        time.sleep(delay)
        return extract(a)

    with StoreWriter.open(db, batch_size=batch, batch_seconds=3600) as w:
        ingest(read_inputs([jsonl]), slow, writer=w)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]))
