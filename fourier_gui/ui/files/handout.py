"""File → Export handout: a lesson, or the shown run, as a PDF for students (Qt's own QPdfWriter).

The handout is an HTML page laid out by QTextDocument: the title and summary, then per step its title, what
to watch, the parameters in plain words, the pictures of the runs made in that step, and its question with
room to answer (the answers stay with the teacher). Written in memory, then atomically (io/atomic.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from fourier_gui.io.atomic import atomic_write_bytes
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.style.rich_text import rich_text

#: The width of a figure on the page, in the document's pixels (the text width at 96 dpi, A4, 15 mm margins).
FIGURE_WIDTH = 680


@dataclass(frozen=True)
class HandoutSection:
    """One step (or the one run): its title, what to watch, its parameters, pictures (PNG) and question."""

    title: str
    text: str = ""
    parameters: SimulationParameters | None = None
    pictures: Sequence[bytes] = field(default_factory=tuple)
    question: str | None = None


def plain_parameters(p: SimulationParameters) -> list[str]:
    """The parameters as a student reads them, with the paper's symbols after the words."""
    length = (
        f"{p.t_max_gamma:g} relaxation times 1/γ" if p.t_max is None else f"{p.t_max:g} ħ/ΔE"
    ) + f", {p.points} time points"
    shape = (
        "an explicit graph"
        if p.edges
        else {"chain": "a chain", "ring": "a ring", "ladder": "a ladder"}.get(
            p.geometry, p.geometry.replace("grid:", "a grid of ").replace("x", " × ")
        )
    )
    lines = [
        f"{p.sites} subunits (N) joined as {shape}, each a ground state and a band of {p.levels} levels (n)",
        f"band width δε = {p.bandwidth:g} ΔE, coupling strength λ = {p.lam:.3g}",
        f"energy starts in: {_start(p.initial)}"
        + (f", averaged over {p.samples} random starts (K)" if p.samples > 1 else ""),
        f"run length: {length}; random couplings from seed {p.seed}",
    ]
    for value, words in (
        (p.site_levels, "levels of each subunit (n_μ)"),
        (p.bond_lam, "coupling of each bond (λ)"),
        (p.site_offsets, "band offsets (Δ_μ, ΔE)"),
    ):
        if value:
            lines.append(f"{words}: {value}")
    if p.disorder:
        lines.append(f"random band offsets up to ±{p.disorder / 2:g} ΔE (disorder W = {p.disorder:g})")
    return lines


def _start(spec: str) -> str:
    kind, _, rest = spec.partition(":")
    words = {
        "band": f"the band of subunit {rest}",
        "level": "one level: subunit {}, level {}".format(*[*rest.split(":"), "?"][:2]),
        "profile": f"the bands, in the shares {rest}",
        "centre": "the band of the centre subunit",
        "mode": f"a Fourier mode q = {rest}",
    }
    return words.get(kind, spec)


def handoutrich_text(title: str, summary: str, sections: Sequence[HandoutSection]) -> tuple[str, list[bytes]]:
    """The handout as HTML with its pictures numbered fig0.png, fig1.png, … (returned in that order)."""
    pictures: list[bytes] = []
    parts = [f"<h1>{escape(title)}</h1>"]
    if summary:
        parts.append(f"<p>{rich_text(summary)}</p>")
    for number, section in enumerate(sections, start=1):
        parts.append(f"<h2>{number}. {rich_text(section.title)}</h2>")
        if section.text:
            parts.append(f"<p>{rich_text(section.text)}</p>")
        if section.parameters is not None:
            items = "".join(f"<li>{rich_text(line)}</li>" for line in plain_parameters(section.parameters))
            parts.append(f"<p><b>Parameters</b></p><ul>{items}</ul>")
        for picture in section.pictures:
            parts.append(f'<p><img src="fig{len(pictures)}.png" width="{FIGURE_WIDTH}"></p>')
            pictures.append(picture)
        if section.question:
            parts.append(f"<p><b>Question:</b> {rich_text(section.question)}</p>")
            parts.append("<p>" + "&nbsp;<br>" * 4 + "</p>")
    parts.append("<p><small>Made with fourier-gui (Michel, Mahler, Gemmer, PRL 95, 180602, 2005).</small></p>")
    return "\n".join(parts), pictures


def handout_pdf(title: str, summary: str, sections: Sequence[HandoutSection]) -> bytes:
    """The handout as PDF bytes (A4, 15 mm margins)."""
    html, pictures = handoutrich_text(title, summary, sections)
    document = QTextDocument()
    document.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } p, li { font-size: 11pt; }"
    )
    for number, picture in enumerate(pictures):
        image = QImage.fromData(picture)
        if image.isNull():
            raise OSError(f"figure {number + 1} of the handout is not an image Qt can read")
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"fig{number}.png"), image)
    document.setHtml(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("fourier-gui")
    writer.setResolution(96)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)
    )
    writer.setPageLayout(layout)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # ends the PDF
    return bytes(buffer.data().data())


def write_handout(path: str | os.PathLike, title: str, summary: str, sections: Sequence[HandoutSection]) -> None:
    atomic_write_bytes(path, handout_pdf(title, summary, sections))
