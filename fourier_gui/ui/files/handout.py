"""File → Export handout: a lesson, or the shown run, as a PDF for students (Qt's own QPdfWriter).

The handout is an HTML page laid out by QTextDocument: the title and summary, then per step its title, what
to watch, the parameters in plain words, the pictures of the runs made in that step, and its question with
room to answer (the answers stay with the teacher). Written in memory, then atomically (io/atomic.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from fourier_gui.io.atomic import atomic_write_bytes
from fourier_gui.physics.fields import FIELD_BY_NAME
from fourier_gui.physics.initial_states import parse_initial_spec
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
    """The parameters as a student reads them, with the paper's symbols after the words: the run's system as
    physics resolved it (`p.system()`: shape, n_μ, λ per bond, Δ_μ) and its parsed initial state, named from
    the table of fields."""
    system = p.system()
    length = (
        f"{p.t_max_gamma:g} relaxation times 1/γ" if p.t_max is None else f"{p.t_max:g} ħ/ΔE"
    ) + f", {p.points} time points"
    equal_bands = bool(np.all(system.site_levels == p.levels))
    band = f"a band of {p.levels} levels ({_symbol('levels')})" if equal_bands else "a band of its own size"
    lines = [
        f"{p.sites} subunits ({_symbol('sites')}) joined as {_shape(p)}, each a ground state and {band}",
        f"{_equals('bandwidth', f'{p.bandwidth:g}')}, {_equals('lam', f'{p.lam:.3g}')}",
        f"energy starts in: {_start(p)}"
        + (f", averaged over {p.samples} random starts ({_symbol('samples')})" if p.samples > 1 else ""),
        f"run length: {length}; random couplings from seed {p.seed}",
    ]
    if not equal_bands:
        lines.append(f"{_named('site_levels')}: {_listed(f'{n}' for n in system.site_levels)}")
    if np.any(system.lams != p.lam):
        bonds = (f"{a + 1}–{b + 1}: {lam:.3g}" for (a, b), lam in zip(system.edges, system.lams, strict=True))
        lines.append(f"{_named('bond_lam')}: {_listed(bonds)}")
    if p.disorder:
        lines.append(
            f"random band offsets up to ±{p.disorder / 2:g} ΔE (disorder {_symbol('disorder')} = {p.disorder:g})"
        )
    if np.any(system.offsets):
        unit = FIELD_BY_NAME["disorder"].unit  # Δ_μ's unit, that of the width W they are drawn from
        lines.append(f"{_named('site_offsets', unit)}: {_listed(f'{d:.3g}' for d in system.offsets)}")
    return lines


#: At most this many entries of a per-subunit or per-bond list are written out.
LISTED = 12


def _listed(items: Iterable[str]) -> str:
    """'a, b, c' — or the first LISTED entries and how many there are."""
    shown = list(items)
    if len(shown) <= LISTED:
        return ", ".join(shown)
    return ", ".join(shown[:LISTED]) + f", … ({len(shown)} in all)"


def _symbol(name: str) -> str:
    return FIELD_BY_NAME[name].symbol


def _equals(name: str, value: str) -> str:
    """'label symbol = value unit': the field's words (physics/fields.py), its value and unit."""
    field = FIELD_BY_NAME[name]
    return f"{field.words(capital=False)} = {value}" + (f" {field.unit}" if field.unit else "")


def _named(name: str, unit: str = "") -> str:
    """'levels of each subunit (n_μ)', 'band offset of each subunit (Δ_μ, ΔE)': the field's label with its
    symbol (and a unit) in brackets."""
    field = FIELD_BY_NAME[name]
    return f"{field.label[:1].lower()}{field.label[1:]} ({field.symbol}{', ' + unit if unit else ''})"


def _shape(p: SimulationParameters) -> str:
    """How the resolved system joins its subunits, from its layout: a chain, a ring, a ladder, an R × C grid,
    or the graph of an explicit edge list."""
    system = p.system()
    if p.edges.strip():  # an edge list wins over the geometry
        return f"the graph of an edge list ({len(system.edges)} bonds)"
    return system.layout.words


def _start(p: SimulationParameters) -> str:
    """The initial state in words, from its parsed spec."""
    spec = parse_initial_spec(p.initial, p.sites, p.levels)
    words = {
        "band": f"the band of subunit {spec.site}",
        "level": f"one level: subunit {spec.site}, level {spec.level}",
        "profile": f"the bands, in the shares {', '.join(f'{w:g}' for w in spec.weights)}",
        "centre": f"the band of the centre subunit ({spec.site})",
        "mode": f"a Fourier mode q = {spec.mode} (amplitude A = {spec.amplitude:.3g})",
    }
    return words[spec.kind]


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
