"""HTML in other tools' texts (TimelineJS, vis-timeline, The Timeline Project) as plain text.

The standard library's parser only tokenizes: nothing is executed, no image, style or script
is loaded. Text is kept; a link keeps its address as a URL after its text ("Reuters
(https://…)"); paragraphs and line breaks become line breaks; script and style content is
dropped. Plain text in, the same text out (with entities such as ``&amp;`` decoded).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
           "blockquote", "section", "article", "header", "footer", "table", "hr"}
_SKIPPED = {"script", "style", "template", "noscript", "iframe", "object", "svg", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._links: list[tuple[str | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "a":
            self._links.append((dict(attrs).get("href"), len(self.parts)))
        elif tag == "img":
            found = dict(attrs)
            if found.get("alt"):
                self.parts.append(f"[{found['alt']}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "a" and self._links:
            href, at = self._links.pop()
            shown = "".join(self.parts[at:]).strip()
            if href and re.match(r"(?i)(https?|mailto):", href.strip()) and \
                    href.strip() != shown:
                self.parts.append(f" ({href.strip()})")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def plain_text(html: object) -> str:
    """The readable text of ``html``; whitespace within lines collapsed, at most one blank
    line between paragraphs. A number is its digits; anything else that is not text (a list
    or an object where a file should have text) is no text."""
    if isinstance(html, int | float) and not isinstance(html, bool):
        html = str(html)
    if not html or not isinstance(html, str):
        return ""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)
