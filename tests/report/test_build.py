"""check(): web addresses among the inputs (a local web server on 127.0.0.1 only)."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

from factcheck.report import check


def test_check_reads_web_addresses_and_lists_failed_fetches(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text(
        "date 2024-05-02\nAt least 400 people died in the floods, officials said.\n",
        encoding="utf-8",
    )
    (site / "b.txt").write_text(
        "date 2024-05-02\nThe floods killed 90 people, officials said on Thursday.\n",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        report = check([f"{base}/a.txt", f"{base}/b.txt", f"{base}/c.txt"], cache=tmp_path / "c")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert sorted(a.path for a in report.articles) == [f"{base}/a.txt", f"{base}/b.txt"]
    assert [(e.path, e.code) for e in report.errors] == [(f"{base}/c.txt", "fetch")]
    quotes = {c.quote for c in report.claims}
    assert {"At least 400 people", "90 people"} <= quotes
    assert [len(f.claims) for f in report.figures] == [2]
    # the server is gone; the cache still has both pages
    again = check([f"{base}/a.txt", f"{base}/b.txt"], cache=tmp_path / "c")
    assert again.articles == report.articles
