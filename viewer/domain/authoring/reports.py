"""Reads a report a user adds: its text exactly as it will be quoted, and what the file says
about itself (title, site, author, publication date, address).

Plain text and Markdown are read as UTF-8 (Markdown stays as written: its marks are part of
the text quotes point into). HTML goes through ``trafilatura``, which finds the article's main
text and its metadata; nothing is fetched, and no markup survives into the text. PDF text comes
from ``pypdf``, page by page. Anything else, or a file with no text, is refused with a sentence
that names the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
LARGEST = 20 * 2**20  # bytes; a report is an article, not a book


class ReportUnreadable(ValueError):
    """The file cannot become a report; the message names it and says what to do."""


@dataclass(frozen=True)
class ReportText:
    """A report's text (NFC, ``\\n`` line ends) and what its file says about it; each
    metadata field is ``None`` when the file does not say."""

    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # as the page's metadata gives it (an ISO date, usually)
    url: str | None = None

    @property
    def language(self) -> str:
        return guess_language(self.text)


def read_report(path: Path | str) -> ReportText:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportUnreadable(f"{path.name}: a report must be plain text, Markdown, HTML or "
                               f"PDF (.txt, .md, .html, .pdf), not '{suffix or 'no suffix'}'")
    try:
        size = path.stat().st_size
        if size > LARGEST:
            raise ReportUnreadable(f"{path.name}: {size // 2**20} MB is too large for a report "
                                   f"(at most {LARGEST // 2**20} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReportUnreadable(f"{path.name}: the file does not exist ({path})") from None
    except IsADirectoryError:
        raise ReportUnreadable(f"{path.name}: is a folder, not a report") from None
    except OSError as error:
        raise ReportUnreadable(f"{path.name}: cannot be read: {error.strerror}") from None
    if suffix in HTML_SUFFIXES:
        report = _from_html(path.name, data)
    elif suffix in PDF_SUFFIXES:
        report = _from_pdf(path.name, data)
    else:
        report = ReportText(_decoded(path.name, data), title=_first_heading(data))
    if not report.text.strip():
        raise ReportUnreadable(f"{path.name}: holds no text to quote")
    return report


def normalised(text: str) -> str:
    """The form every stored report has: NFC, ``\\n`` line ends, no byte-order mark."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decoded(name: str, data: bytes) -> str:
    try:
        return normalised(data.decode("utf-8"))
    except UnicodeDecodeError as bad:
        raise ReportUnreadable(f"{name}: is not UTF-8 text (byte {bad.start} cannot be "
                               "decoded); save it as UTF-8") from None


def _first_heading(data: bytes) -> str | None:
    """A Markdown file's first heading, or a text file's first short line, as its title."""
    try:
        lines = data.decode("utf-8").lstrip("\ufeff").splitlines()
    except UnicodeDecodeError:
        return None
    first = next((line.strip() for line in lines if line.strip()), "")
    title = first.lstrip("#").strip()
    return title if 0 < len(title) <= 200 else None


def _from_html(name: str, data: bytes) -> ReportText:
    import trafilatura  # imported here: a second's import only when a page is added

    page = data.decode("utf-8", errors="replace")
    text = trafilatura.extract(page, output_format="txt", include_comments=False,
                               include_tables=False, include_links=False, favor_precision=True,
                               with_metadata=False)
    meta = trafilatura.extract_metadata(page)
    if not text:
        raise ReportUnreadable(f"{name}: no article text was found in this page; save the "
                               "article's text as a .txt file and add that")
    def field(key: str) -> str | None:
        value = getattr(meta, key, None) if meta is not None else None
        return str(value).strip() or None if value else None
    return ReportText(normalised(text), title=field("title"), site=field("sitename"),
                      author=field("author"), published=field("date"), url=field("url"))


def _from_pdf(name: str, data: bytes) -> ReportText:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ReportUnreadable(f"{name}: is not a readable PDF ({error})") from None
    text = normalised("\n\n".join(page.strip() for page in pages if page.strip()))
    if not text.strip():
        raise ReportUnreadable(f"{name}: holds no text layer (a scan?); add the article's text "
                               "as a .txt file instead")
    title = (info.title or "").strip() if info else ""
    author = (info.author or "").strip() if info else ""
    created = info.creation_date.date().isoformat() if info and info.creation_date else None
    return ReportText(text, title=title or None, author=author or None, published=created)


GERMAN_WORDS = {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "dem",
                "den", "ein", "eine", "wird", "von", "zu", "im", "auch", "nach", "laut", "sei"}
ENGLISH_WORDS = {"the", "and", "is", "not", "with", "on", "for", "of", "to", "in", "a", "an",
                 "was", "will", "by", "said", "that", "its", "from", "has", "have"}


def guess_language(text: str) -> str:
    """"de" or "en", by which language's commonest words the text uses more (a guess the
    user confirms)."""
    words = re.findall(r"[a-zäöüß]+", text[:20000].casefold())
    german = sum(word in GERMAN_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    return "de" if german > english else "en"
