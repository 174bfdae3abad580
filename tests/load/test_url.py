"""Web addresses as input: fetched from a local web server on 127.0.0.1 only."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load import load_many
from factcheck.load._url import fetch, is_url, read_url, url_id
from factcheck.models import PublishedDate

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Flood toll rises</title>
<meta property="og:site_name" content="River Gazette">
<meta property="article:published_time" content="2024-05-04">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Flood toll rises</h1>
<p>At least 400 people died in the floods along the river, the regional government said
on Saturday, adding that rescue teams were still searching villages cut off by the water.</p>
<p>Officials said 12,000 homes had been damaged and more than 3,000 people were in
shelters. The weather service expects more rain in the coming days across the region.</p>
</article><footer>Contact us</footer></body></html>
"""
TEXT = "date 2024-05-05\nThe floods killed 650 people, the regional government said.\n"


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        routes = {
            "/page.html": ("text/html; charset=utf-8", PAGE.encode()),
            "/plain.txt": ("text/plain; charset=utf-8", TEXT.encode()),
            "/big.html": ("text/html", b"<p>" + b"x" * 3000 + b"</p>"),
            "/image.png": ("image/png", b"\x89PNG\r\n\x1a\n"),
        }
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.end_headers()
            return
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        route = self.path.split("?")[0]
        if route not in routes:
            self.send_error(404, "Not Found")
            return
        ctype, body = routes[route]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_is_url_and_ids() -> None:
    assert is_url("http://127.0.0.1:8000/page.html") and is_url("HTTPS://example.org/a")
    assert not is_url("articles/page.html") and not is_url("file:///etc/passwd")
    assert not is_url("http://") and not is_url("ftp://example.org/a")
    assert url_id("https://example.org/news/quake.html") == "example.org_news_quake"
    assert url_id("https://example.org/a?id=1") != url_id("https://example.org/a?id=2")


def test_a_page_is_read_with_the_html_loader(server: str) -> None:
    article = read_url(f"{server}/page.html", language=None, default_published=PublishedDate())
    assert "At least 400 people died" in article.text
    assert "Contact us" not in article.text  # the page's frame is left out
    assert article.path == f"{server}/page.html"
    assert article.url == f"{server}/page.html"
    assert article.title == "Flood toll rises"
    assert article.language == "en"
    path, agent = _Handler.seen[0]
    assert path == "/page.html" and agent.startswith("factcheck/")


def test_plain_text_is_read_as_text(server: str) -> None:
    article = read_url(f"{server}/plain.txt", language=None, default_published=PublishedDate())
    assert str(article.published) == "2024-05-05"
    assert article.text.endswith("the regional government said.\n")


def test_redirects_are_followed_to_web_pages_only(server: str) -> None:
    page = fetch(f"{server}/moved")
    assert page.final_url.endswith("/page.html") and b"Flood toll" in page.data
    with pytest.raises(InputReadError) as info:
        fetch(f"{server}/to-file")
    assert info.value.code is ErrorCode.FETCH


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/missing.html", "404"),
        ("/big.html", "larger than 1,000 bytes"),
        ("/image.png", "image/png"),
    ],
)
def test_failed_fetches_say_why(server: str, path: str, words: str) -> None:
    with pytest.raises(InputReadError) as info:
        read_url(server + path, language=None, default_published=PublishedDate(), max_bytes=1000)
    assert info.value.code is ErrorCode.FETCH
    assert words in str(info.value)
    assert str(info.value).startswith(server + path)


def test_no_server_is_an_entry_in_errors(server: str) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = load_many([f"http://127.0.0.1:{port}/page.html", f"{server}/page.html"])
    assert [a.path for a in result.articles] == [f"{server}/page.html"]
    (problem,) = result.errors
    assert problem.path == f"http://127.0.0.1:{port}/page.html"
    assert problem.code == "fetch"
    assert "could not be reached" in problem.message


def test_timeout(server: str) -> None:
    import socket

    with socket.socket() as s:  # listens, never answers
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        with pytest.raises(InputReadError) as info:
            fetch(f"http://127.0.0.1:{port}/slow.html", timeout=0.3)
    assert "did not answer within 0.3 seconds" in str(info.value)


def test_cache_keeps_pages_for_reruns(server: str, tmp_path: Path) -> None:
    url = f"{server}/page.html"
    first = load_many([url], cache=tmp_path / "cache")
    assert len(_Handler.seen) == 1
    again = load_many([url], cache=tmp_path / "cache")
    assert len(_Handler.seen) == 1  # read from the cache, not fetched again
    assert again.articles == first.articles
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_url_with_a_query_is_not_a_glob(server: str) -> None:
    result = load_many([f"{server}/page.html?x=1"])
    assert result.errors == [] and len(result.articles) == 1
    assert _Handler.seen[0][0] == "/page.html?x=1"
