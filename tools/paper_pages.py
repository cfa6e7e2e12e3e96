"""The pages of a briefing pack of every record, as PNG at 100 dpi, for docs/.

    .venv/bin/python tools/paper_pages.py docs/paper            # in English
    .venv/bin/python tools/paper_pages.py docs/paper-ru --lang ru

The pack is the one File > Briefing Pack… makes with no filter set, on A4, in the
language given (its chrome translated as the window translates it; the source's words
stay the document's).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "ru", "pseudo"))
    args = parser.parse_args(argv)

    from coopdesk import paths
    from coopdesk.model import Filters
    from coopdesk.paper.document import PaperOptions, pack_document
    from coopdesk.paper.engine import compile_document
    from coopdesk.store import Store
    from coopdesk.ui.language import install_language

    if install_language(args.lang) != args.lang:
        print(f"the {args.lang!r} translation is not built: run `make translations`")
        return 2
    with Store(paths.bundled_db()) as store:
        document = pack_document(store, Filters(), PaperOptions(paper="a4"))
    pages = compile_document(document, "png", ppi=100)
    assert isinstance(pages, list)
    args.folder.mkdir(parents=True, exist_ok=True)
    for old in args.folder.glob("pack-page-*.png"):
        old.unlink()
    for number, page in enumerate(pages, 1):
        out = args.folder / f"pack-page-{number:02d}.png"
        out.write_bytes(page)
        print(f"Saved {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
