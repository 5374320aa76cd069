"""The detail pane: everything known about the selected event, each fact with its passage.

The pane is a read-only rich-text browser; "Open in source" links carry ``quote:N`` and are
handed to the document, which asks the source pane to show that passage.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from viewer.domain.format.model import Claim, Event
from viewer.domain.story.conflicts import Conflict, contested_title
from viewer.domain.wording.describe import (
    describe_amount,
    describe_basis,
    describe_date,
    describe_day,
    describe_kind,
    describe_status,
)
from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.numbers import title_of, ui_language


class DetailPane(QTextBrowser):
    """Shows the document's selected event; follows ``selection_changed``."""

    def __init__(self, document: TimelineDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Event details"))
        self._html = ""  # what the pane shows
        self.anchorClicked.connect(self._follow)
        document.selection_changed.connect(self._show)
        document.timeline_changed.connect(self._show_selected)  # methods, not lambdas: Qt
        document.timeline_edited.connect(self._show_selected)
        self._show(document.selected)                          # disconnects them on delete

    def _show_selected(self) -> None:
        self._show(self._document.selected)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "quote":
            self._document.open_quote(self._document.selected, int(url.path()))
        elif url.scheme() == "event":
            self._document.select(int(url.path()))

    def _show(self, index: int) -> None:
        event = self._document.selected_event()
        if event is None:
            hint = self.tr("Select an event on the timeline or in the list to see its evidence.")
            html = f"<p><i>{escape(hint)}</i></p>"
        else:
            html = self.event_html(event)
        if html != self._html:  # an edit is heard twice (the new snapshot, its selection)
            self._html = html
            self.setHtml(html)

    def event_html(self, event: Event) -> str:
        doc = self._document
        date_word, other_word = self.tr("Date"), self.tr("From other reporting")
        status_word, kind_word = self.tr("Status"), self.tr("Kind")
        actors_word, evidence_word = self.tr("Actors"), self.tr("Evidence")
        lang = ui_language()
        title = title_of(event)
        parts = [f"<h2>{escape(title)}</h2>"]
        other = event.title if title != event.title else event.title_de
        if other:
            parts.append(f"<p><i>{escape(other)}</i></p>")
        parts.append(f"<p><b>{date_word}:</b> {escape(describe_date(event.date, lang))} · "
                     f"{escape(describe_basis(event.date, doc.sources, lang))}</p>")
        if event.context_date is not None and event.context_date.start is not None:
            parts.append(f"<p><b>{other_word}:</b> "
                         f"{escape(describe_day(event.context_date.start, lang))}: "
                         f"<i>{escape(event.context_date.basis.note or '')}</i></p>")
        actors = ", ".join(escape(doc.name_of(a)) for a in event.actors)
        parts.append(f"<p><b>{status_word}:</b> {escape(describe_status(event.status, lang))} · "
                     f"<b>{kind_word}:</b> {escape(describe_kind(event.kind, lang))}<br>"
                     f"<b>{actors_word}:</b> {actors}</p>")
        if event.summary:
            parts.append(f"<p>{escape(event.summary)}</p>")
        for conflict in doc.conflicts_of(doc.selected):
            parts.append(self._conflict_html(event, conflict))
        if doc.thread_of(doc.selected):
            parts.append(self._thread_html(event))
        parts.append(f"<h3>{evidence_word}</h3>")
        if event.unsourced:
            parts.append("<p style='color:#b9770e'><b>" + escape(self.tr(
                "Unsourced: no passage of a report backs this event yet.")) + "</b> " +
                escape(self.tr("Select its passage in a report and choose Add Selection as "
                               "Evidence to anchor it.")) + "</p>")
        if event.media:
            # References only: shown as text, never loaded.
            items = "".join(f"<li>{escape(m.url)}" + (f" <small>({escape(m.credit)})</small>"
                                                      if m.credit else "") + "</li>"
                            for m in event.media)
            references = self.tr("References")
            parts.append(f"<p><b>{escape(references)}:</b></p><ul>{items}</ul>")
        number = 0
        for claim in event.claims:
            parts.append(self._claim_html(claim, number))
            number += len(claim.quotes)
        return "".join(parts)

    def _thread_html(self, event: Event) -> str:
        """The story this event is part of, in order; the other steps are links."""
        doc = self._document
        rows = []
        for index in doc.thread_of(doc.selected):
            member = doc.events[index]
            figures = "; ".join(describe_amount(a, ui_language()) for a in member.amounts)
            line = f"{escape(describe_date(member.date, ui_language()))}: " \
                f"{escape(title_of(member))}"
            line += f" <small>({escape(figures)})</small>" if figures else ""
            rows.append(f"<li><b>{line}</b></li>" if index == doc.selected else
                        f"<li><a href='event:{index}'>{line}</a></li>")
        title = self.tr("Story: {title}").format(title=doc.threads.get(event.thread, ""))
        return f"<h3>{escape(title)}</h3><ol>{''.join(rows)}</ol>"

    def _conflict_html(self, event: Event, conflict: Conflict) -> str:
        """The disagreeing claims side by side, each with its voice, figure and passage."""
        doc = self._document
        cells = []
        for index in conflict.claims:
            claim = event.claims[index]
            who = ", ".join(doc.name_of(w) for w in claim.attributed_to) or self.tr("The report")
            figure = describe_amount(claim.amounts[0], ui_language()) \
                if conflict.field == "amount" else describe_date(claim.date, ui_language())
            cells.append(f"<td width='50%' style='padding:6px; border:1px solid #c0392b'>"
                         f"<b>{escape(who)}</b><br><big>{escape(figure)}</big><br>"
                         f"<i>„{escape(claim.quotes[0].text)}“</i></td>")
        title = self.tr("Reports disagree on the {field}").format(
            field=self.tr("amount") if conflict.field == "amount" else self.tr("date"))
        return (f"<h3 style='color:#c0392b'>{escape(contested_title(title))}</h3>"
                f"<table width='100%' cellspacing='4'><tr>{''.join(cells)}</tr></table>")

    def _claim_html(self, claim: Claim, first_quote: int) -> str:
        doc = self._document
        who = ", ".join(doc.name_of(w) for w in claim.attributed_to) or self.tr("The report")
        figures = "; ".join(describe_amount(a, ui_language()) for a in claim.amounts)
        head = f"<p><b>{escape(who)}</b>" + (f": {escape(figures)}" if figures else "")
        if claim.statement:
            head += f"<br><i>{escape(claim.statement)}</i>"
        html = [head + "</p>"]
        open_word = self.tr("Open in source")
        for offset, quote in enumerate(claim.quotes):
            source = doc.sources.get(quote.source)
            origin = f"{source.title} · {describe_date(source.published, ui_language())}" \
                if source else \
                quote.source
            html.append(
                f"<blockquote>„{escape(quote.text)}“</blockquote>"
                f"<p style='margin-left:20px'><small>{escape(origin)} · "
                f"<a href='quote:{first_quote + offset}'>{open_word}</a>"
                "</small></p>")
        return "".join(html)
