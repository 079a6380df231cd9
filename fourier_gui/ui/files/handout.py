"""File → Export handout, Export answer key and Print: a lesson, or the shown run, on A4 for students.

The page opens with the title, a line for the student's name and the date, and the summary; then per step
its title, what to watch, the parameters in plain words, one large figure of the view the step is about
(ui/files/handout_figures.py: drawn for print, no readout that gives an answer away) and its question with
ruled lines to answer on. The teacher's key is the same handout with each answer in place of the lines.
A step's heading, text, figure and question stay on one page: a step that does not fit the rest of a page
starts the next. Every page carries its number. Blocks of text are laid out by QTextDocument and painted
with the figures by one QPainter, on a QPdfWriter (written in memory, then atomically, io/atomic.py) or
on the printer a QPrintDialog chose (`paint_handout` takes any QPagedPaintDevice). Its fixed words and numbers
are in the handout's language (ui/files/handout_words.py), a lesson's texts in the language it was read in.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from fourier_gui.io.atomic import atomic_write_bytes
from fourier_gui.physics.fields import FIELD_BY_NAME
from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.files.handout_figures import Figure
from fourier_gui.ui.files.handout_words import field_label, listed, number, word
from fourier_gui.ui.language import current_language
from fourier_gui.ui.style.rich_text import rich_text

if TYPE_CHECKING:
    from fourier_gui.io.lessons import Lesson

#: A4 with margins of 15 mm: the text and the figures are 180 mm wide.
MARGIN_MM = 15.0
#: The body's type, the headings', the parameters' and the page footer's, in points.
BODY_PT, TITLE_PT, HEADING_PT, SMALL_PT = 11, 18, 14, 9
#: Ruled lines to answer on under each question, and their spacing (a handwritten line) in mm.
ANSWER_LINES, LINE_SPACING_MM = 5, 9.0
#: Space between the blocks of a step, and between steps, in mm.
GAP_MM, STEP_GAP_MM = 3.0, 8.0
#: The footer's band at the foot of each page, in mm (inside the margin).
FOOTER_MM = 8.0


@dataclass(frozen=True)
class HandoutSection:
    """One step (or the one run): its title, what to watch, its parameters, its figures, question and answer."""

    title: str
    text: str = ""
    parameters: SimulationParameters | None = None
    figures: Sequence[Figure] = field(default_factory=tuple)
    question: str | None = None
    answer: str | None = None


@dataclass(frozen=True)
class Handout:
    """A handout: the title, the summary and its sections; with `answers` the teacher's key; its fixed words in
    `language` (by default the window's)."""

    title: str
    summary: str
    sections: Sequence[HandoutSection]
    answers: bool = False
    #: the numbers (1-based) of the steps that run but have no run of theirs yet: their figures are missing
    unrun: tuple[int, ...] = ()
    language: str = field(default_factory=current_language)

    @property
    def full_title(self) -> str:
        """The title, and for the key the words that say it is the teacher's."""
        return word("{title} — teacher's key", self.language, title=self.title) if self.answers else self.title


def plain_parameters(p: SimulationParameters, language: str = "en") -> list[str]:
    """The parameters as a student reads them in `language`, with the paper's symbols after the words: the run's
    system as physics resolved it (`p.system()`: shape, n_μ, λ per bond, Δ_μ) and its parsed initial state, the
    symbols and units from the table of fields."""
    system = p.system()

    def num(value: float, spec: str = "g") -> str:
        return number(float(value), language, spec)

    length = (
        word("{t} relaxation times 1/γ", language, t=num(p.t_max_gamma or 0.0))
        if p.t_max is None
        else f"{num(p.t_max)} ħ/ΔE"
    ) + word(", {points} time points", language, points=p.points)
    equal_bands = bool(np.all(system.site_levels == p.levels))
    band = (
        word("a band of {levels} levels ({n})", language, levels=p.levels, n=_symbol("levels"))
        if equal_bands
        else word("a band of its own size", language)
    )
    lines = [
        word(
            "{sites} subunits ({N}) joined as {shape}, each a ground state and {band}",
            language,
            sites=p.sites,
            N=_symbol("sites"),
            shape=_shape(p, language),
            band=band,
        ),
        f"{_equals('bandwidth', num(p.bandwidth), language)}, {_equals('lam', num(p.lam, '.3g'), language)}",
        word("energy starts in: {start}", language, start=_start(p, language))
        + (
            word(", averaged over {samples} random starts ({K})", language, samples=p.samples, K=_symbol("samples"))
            if p.samples > 1
            else ""
        ),
        word("run length: {length}; random couplings from seed {seed}", language, length=length, seed=p.seed),
    ]
    if not equal_bands:
        lines.append(f"{_named('site_levels', language)}: {_listed([f'{n}' for n in system.site_levels], language)}")
    if np.any(system.lams != p.lam):
        bonds = [f"{a + 1}–{b + 1}: {num(lam, '.3g')}" for (a, b), lam in zip(system.edges, system.lams, strict=True)]
        lines.append(f"{_named('bond_lam', language)}: {_listed(bonds, language)}")
    if p.disorder:
        lines.append(
            word(
                "random band offsets up to ±{half} ΔE (disorder {W} = {width})",
                language,
                half=num(p.disorder / 2),
                W=_symbol("disorder"),
                width=num(p.disorder),
            )
        )
    if np.any(system.offsets):
        unit = FIELD_BY_NAME["disorder"].unit  # Δ_μ's unit, that of the width W they are drawn from
        offsets = [num(d, ".3g") for d in system.offsets]
        lines.append(f"{_named('site_offsets', language, unit)}: {_listed(offsets, language)}")
    return lines


#: At most this many entries of a per-subunit or per-bond list are written out.
LISTED = 12


def _listed(shown: list[str], language: str) -> str:
    """'a, b, c' (semicolons between numbers with a decimal comma) — or the first LISTED and how many there are."""
    if len(shown) <= LISTED:
        return listed(shown, language)
    return listed([*shown[:LISTED], word("… ({count} in all)", language, count=len(shown))], language)


def _symbol(name: str) -> str:
    return FIELD_BY_NAME[name].symbol


def _equals(name: str, value: str, language: str) -> str:
    """'label symbol = value unit': the field's words (physics/fields.py, or their translation), value and unit."""
    field = FIELD_BY_NAME[name]
    label = field_label(name, language)
    words = field.words(capital=False) if label is None else f"{label} {field.symbol}"
    return f"{words} = {value}" + (f" {field.unit}" if field.unit else "")


def _named(name: str, language: str, unit: str = "") -> str:
    """'levels of each subunit (n_μ)', 'band offset of each subunit (Δ_μ, ΔE)': the field's label (or its
    translation) with its symbol (and a unit) in brackets."""
    field = FIELD_BY_NAME[name]
    label = field_label(name, language) or f"{field.label[:1].lower()}{field.label[1:]}"
    return f"{label} ({field.symbol}{', ' + unit if unit else ''})"


def _shape(p: SimulationParameters, language: str) -> str:
    """How the resolved system joins its subunits, from its layout: a chain, a ring, a ladder, an R × C grid,
    or the graph of an explicit edge list."""
    system = p.system()
    if p.edges.strip():  # an edge list wins over the geometry
        return word("the graph of an edge list ({bonds} bonds)", language, bonds=len(system.edges))
    layout = system.layout
    if layout.shape == "grid":
        return word("a grid of {rows} × {cols}", language, rows=layout.rows, cols=layout.cols)
    if layout.shape == "rails":
        return word("a ladder of 2 × {cols}", language, cols=layout.cols)
    return word("a ring", language) if layout.shape == "circle" else word("a chain", language)


def _start(p: SimulationParameters, language: str) -> str:
    """The initial state in words, from its parsed spec."""
    spec = parse_initial_spec(p.initial, p.sites, p.levels)
    if spec.kind == "level":
        return word("one level: subunit {site}, level {level}", language, site=spec.site, level=spec.level)
    if spec.kind == "profile":
        weights = listed([number(w, language) for w in spec.weights], language)
        return word("the bands, in the shares {weights}", language, weights=weights)
    if spec.kind == "centre":
        return word("the band of the centre subunit ({site})", language, site=spec.site)
    if spec.kind == "mode":
        amplitude = number(spec.amplitude, language, ".3g")
        return word(
            "a Fourier mode q = {mode} (amplitude A = {amplitude})", language, mode=spec.mode, amplitude=amplitude
        )
    return word("the band of subunit {site}", language, site=spec.site)


# --- the page's blocks ------------------------------------------------------------------------
def file_name(title: str, answers: bool = False) -> str:
    """The file a handout is suggested under, after its title in ASCII: "fouriers-law-handout.pdf", "…-key.pdf",
    "relajacion-y-ham-handout.pdf"."""
    ascii_title = unicodedata.normalize("NFKD", title.replace("ß", "ss")).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", ascii_title.lower())).strip("-")[:60].strip("-")
    return f"{slug or 'fourier-gui'}-{'key' if answers else 'handout'}.pdf"


def lesson_handout(lesson: Lesson, figures: Callable[[int], Sequence[Figure]], answers: bool = False) -> Handout:
    """A lesson's handout: a section per step, with the figures `figures(step index)` of the runs made in it."""
    sections = [
        HandoutSection(step.title, step.text, step.parameters, tuple(figures(number)), step.question, step.answer)
        for number, step in enumerate(lesson.steps)
    ]
    unrun = tuple(
        n + 1 for n, (step, s) in enumerate(zip(lesson.steps, sections, strict=True)) if step.run and not s.figures
    )
    return Handout(lesson.title, lesson.summary, sections, answers, unrun, lesson.language)


class _Block:
    """A piece of a page: its height (device pixels) for the page's width, and how to paint it at a top."""

    def __init__(self, height: float, paint: Callable[[QPainter, float], None], gap: float = 0.0) -> None:
        self.height, self.paint, self.gap = height, paint, gap


class _Page:
    """Units of the device a handout is painted on: its dots per mm, the width and height of the text."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpmm = device.logicalDpiY() / 25.4
        self.width = float(device.width())
        self.height = float(device.height()) - FOOTER_MM * self.dpmm  # the footer's band kept free

    def mm(self, value: float) -> float:
        return value * self.dpmm

    def document(self, html: str) -> QTextDocument:
        """Rich text laid out at the page's width in the device's own dots (its points are points on paper)."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        font = QFont()
        font.setPointSize(BODY_PT)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(
            f"h1 {{ font-size: {TITLE_PT}pt; margin: 0; }} h2 {{ font-size: {HEADING_PT}pt; margin: 0 0 4px 0; }}"
            f" p {{ margin: 0 0 6px 0; }} .small, li {{ font-size: {SMALL_PT + 1}pt; }}"
            " .answer { color: #0b5394; }"
        )
        document.setHtml(html)
        document.setTextWidth(self.width)
        return document

    def text(self, html: str, gap_mm: float = GAP_MM) -> list[_Block]:
        """Blocks of rich text: one, or one per page of it when it is taller than a page."""
        document = self.document(html)
        height = document.size().height()
        if height <= self.height:
            return [_Block(height, lambda painter, top: _draw_document(painter, document, top), self.mm(gap_mm))]
        document.setPageSize(QSizeF(self.width, self.height))  # laid out in pages: no line cut in two
        pages = document.pageCount()

        def part(page: int) -> Callable[[QPainter, float], None]:
            clip = QRectF(0, page * self.height, self.width, self.height)
            return lambda painter, top: _draw_document(painter, document, top, clip)

        return [_Block(self.height, part(n), self.mm(gap_mm) if n == pages - 1 else 0.0) for n in range(pages)]

    def figure(self, figure: Figure) -> _Block:
        """A figure at its size on paper (narrower where the page is), centred."""
        image = QImage.fromData(figure.png)
        if image.isNull():
            raise OSError("a figure of the handout is not an image Qt can read")
        width = min(self.mm(figure.width_mm), self.width)
        height = width * figure.height_mm / figure.width_mm

        def paint(painter: QPainter, top: float) -> None:
            target = QRectF((self.width - width) / 2, top, width, height)
            # losslessly (deflate): as JPEG, the PDF writer's default, type and lines got grey halos
            painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            painter.drawImage(target, image)

        return _Block(height, paint, self.mm(GAP_MM))

    def lines(self, count: int) -> _Block:
        """Ruled lines to write an answer on."""
        spacing = self.mm(LINE_SPACING_MM)

        def paint(painter: QPainter, top: float) -> None:
            painter.setPen(QPen(Qt.GlobalColor.gray, self.mm(0.25)))
            for line in range(1, count + 1):
                y = top + line * spacing
                painter.drawLine(QPointF(0, y), QPointF(self.width, y))

        return _Block(count * spacing + self.mm(1), paint, self.mm(GAP_MM))

    def name_and_date(self, language: str) -> _Block:
        """ "Name ______  Date ______": where the student writes who and when."""
        font = QFont()
        font.setPointSize(BODY_PT)
        height = self.mm(LINE_SPACING_MM + 2)

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            painter.setPen(QPen(Qt.GlobalColor.black, self.mm(0.25)))
            base = top + self.mm(LINE_SPACING_MM)
            date_at = self.width * 0.62
            metrics = painter.fontMetrics()
            labels = (word("Name", language), word("Date", language))
            for label, start, end in zip(labels, (0.0, date_at), (date_at - self.mm(8), self.width), strict=True):
                painter.drawText(QPointF(start, base - self.mm(1)), label)
                painter.drawLine(
                    QPointF(start + metrics.horizontalAdvance(label) + self.mm(2), base), QPointF(end, base)
                )

        return _Block(height, paint, self.mm(GAP_MM + 2))


def _draw_document(painter: QPainter, document: QTextDocument, top: float, clip: QRectF | None = None) -> None:
    painter.save()
    if clip is None:
        painter.translate(0, top)
        document.drawContents(painter)
    else:
        painter.translate(0, top - clip.top())
        document.drawContents(painter, clip)
    painter.restore()


def _header(page: _Page, handout: Handout) -> list[_Block]:
    language = handout.language
    blocks = page.text(f"<h1>{escape(handout.full_title)}</h1>", gap_mm=2)
    if handout.answers:
        said = f"<b>{word('With the answers.', language)}</b> {word('Not for the students.', language)}"
        blocks += page.text(f"<p class='answer'>{said}</p>")
    else:
        blocks.append(page.name_and_date(language))
    if handout.summary:
        blocks += page.text(f"<p>{rich_text(handout.summary)}</p>")
    return blocks


def _section(page: _Page, index: int, section: HandoutSection, answers: bool, language: str) -> list[_Block]:
    """A step's blocks: heading and text (with its parameters), figures, question and room or answer."""
    html = f"<h2>{index}. {rich_text(section.title)}</h2>"
    if section.text:
        html += f"<p>{rich_text(section.text)}</p>"
    if section.parameters is not None:
        items = "".join(f"<li>{rich_text(line)}</li>" for line in plain_parameters(section.parameters, language))
        html += f"<p class='small'><b>{word('Parameters', language)}</b></p><ul style='margin-top: 0'>{items}</ul>"
    blocks = page.text(html)
    blocks += [page.figure(figure) for figure in section.figures]
    if section.question:
        question = f"<b>{word('Question:', language)}</b> {rich_text(section.question)}"
        blocks += page.text(f"<p>{question}</p>", gap_mm=0)
        if answers:
            answer = rich_text(section.answer) if section.answer else word("(no answer given)", language)
            blocks += page.text(f"<p class='answer'><b>{word('Answer:', language)}</b> {answer}</p>")
        else:
            blocks.append(page.lines(ANSWER_LINES))
    return blocks


def _pages(page: _Page, groups: Sequence[list[_Block]]) -> list[list[tuple[float, _Block]]]:
    """The blocks placed on pages: a group (a step) that does not fit the rest of a page starts the next, and
    one taller than a page is placed block by block from the top of one."""
    pages: list[list[tuple[float, _Block]]] = [[]]
    y = 0.0
    for group in groups:
        total = sum(block.height + block.gap for block in group) - group[-1].gap
        if pages[-1] and y + total > page.height:
            pages.append([])
            y = 0.0
        for block in group:
            if pages[-1] and y + block.height > page.height:
                pages.append([])
                y = 0.0
            pages[-1].append((y, block))
            y += block.height + block.gap
        y += page.mm(STEP_GAP_MM)
    return pages


def paint_handout(device: QPagedPaintDevice, handout: Handout) -> int:
    """Lay the handout out on `device`'s pages and paint it there (a PDF writer or a printer); the pages."""
    page = _Page(device)
    groups = [_header(page, handout)]
    groups += [_section(page, n, s, handout.answers, handout.language) for n, s in enumerate(handout.sections, start=1)]
    pages = _pages(page, [g for g in groups if g])
    footer = QFont()
    footer.setPointSize(SMALL_PT)
    made = "fourier-gui · Michel, Mahler, Gemmer, PRL 95, 180602 (2005)"
    painter = QPainter(device)
    try:
        for page_number, placed in enumerate(pages, start=1):
            if page_number > 1:
                device.newPage()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for top, block in placed:
                block.paint(painter, top)
            painter.setFont(footer)
            painter.setPen(Qt.GlobalColor.darkGray)
            band = QRectF(0, device.height() - page.mm(FOOTER_MM) + page.mm(2), page.width, page.mm(FOOTER_MM - 2))
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, made)
            painter.drawText(
                band,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                word("Page {page} of {pages}", handout.language, page=page_number, pages=len(pages)),
            )
    finally:
        painter.end()
    return len(pages)


def page_layout() -> QPageLayout:
    """A4, portrait, margins of MARGIN_MM."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins)


def handout_pdf(handout: Handout) -> bytes:
    """The handout as PDF bytes (A4, margins of 15 mm)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(handout.full_title)
    writer.setCreator("fourier-gui")
    writer.setResolution(300)
    writer.setPageLayout(page_layout())
    paint_handout(writer, handout)
    del writer  # ends the PDF
    return bytes(buffer.data().data())


def write_handout(path: str | os.PathLike, handout: Handout) -> None:
    atomic_write_bytes(path, handout_pdf(handout))
