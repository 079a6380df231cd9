"""The handout and its key as PDFs read back by pypdf (pages, page numbers, the name and date line, questions,
answers only in the key, steps kept whole on a page), the figures' resolution on paper, and the figures drawn
for print: type of at least 8 pt at their size on the page, and no readout that answers a question."""

from __future__ import annotations

import io
import re
from functools import cache

import pypdf
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from fourier_gui.io.presets import load_preset
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.files.handout import (
    Handout,
    HandoutSection,
    file_name,
    handout_pdf,
    page_layout,
    paint_handout,
)
from fourier_gui.ui.files.handout_figures import LOGICAL_DPI, Figure, PrintedView, draw_figure, figure_kind

PT_PER_INCH, MM_PER_INCH = 72.0, 25.4


def png(width: int, height: int, colour: str = "#336699") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def fake_figure(height_mm: float = 100.0) -> Figure:
    """A plain image of a figure's shape at 300 dpi (the layout does not look inside)."""
    return Figure(png(2126, round(2126 * height_mm / 180)), 180.0, height_mm)


def steps(count: int, text: str = "Watch the curves.") -> list[HandoutSection]:
    return [
        HandoutSection(
            f"Step title {n}",
            text,
            SimulationParameters(),
            (fake_figure(),),
            f"Question number {n}?",
            f"Answer number {n}.",
        )
        for n in range(1, count + 1)
    ]


def pages_text(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_the_student_copy_has_numbered_pages_a_name_line_and_the_questions_not_the_answers():
    pages = pages_text(handout_pdf(Handout("A lesson", "What it is about.", steps(4))))
    assert len(pages) >= 3  # four steps with a 100 mm figure each: two will not share a page
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text, text[-80:]
    assert "Name" in pages[0] and "Date" in pages[0]
    assert pages[0].index("A lesson") < pages[0].index("Name") < pages[0].index("What it is about.")
    everything = " ".join(pages)
    for n in range(1, 5):
        assert f"Question number {n}?" in everything
        assert f"Answer number {n}." not in everything


def test_the_key_carries_every_answer_under_its_question():
    pages = pages_text(handout_pdf(Handout("A lesson", "", steps(4), answers=True)))
    everything = " ".join(pages)
    assert "teacher's key" in pages[0]
    for n in range(1, 5):
        assert everything.index(f"Question number {n}?") < everything.index(f"Answer number {n}.")


def test_a_step_stays_on_one_page_with_its_figure_and_question():
    """No heading alone at a page's foot: each step's title, figure and question share a page."""
    data = handout_pdf(Handout("A lesson", "Summary. " * 40, steps(5, "Some words to read. " * 30)))
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = pages_text(data)
    for n in range(1, 6):
        (page,) = [i for i, text in enumerate(texts) if f"Step title {n}" in text]
        assert f"Question number {n}?" in texts[page]
        assert len(reader.pages[page].images) >= 1


def test_a_step_longer_than_a_page_flows_on_without_losing_a_word():
    long = " ".join(f"word{i}" for i in range(1500))
    pages = pages_text(handout_pdf(Handout("Long", "", steps(1, long))))
    everything = "".join("".join(pages).split())  # pypdf splits a word now and then ("word52 5")
    assert len(pages) >= 2
    found = [int(n) for n in re.findall(r"word(\d+)", everything)]
    assert sorted(set(found)) == list(range(1500))


def figure_placements(data: bytes) -> list[tuple[int, float, float]]:
    """(pixel width, width on the page in points, height in points) of every image drawn, from the content
    streams' transformation matrices."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        images = {name: obj.get_object() for name, obj in page["/Resources"]["/XObject"].items()}
        matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        stack = []
        for args, op in pypdf.generic.ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                stack.append(matrix)
            elif op == b"Q":
                matrix = stack.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(x) for x in args)
                m = matrix
                matrix = [
                    a * m[0] + b * m[2],
                    a * m[1] + b * m[3],
                    c * m[0] + d * m[2],
                    c * m[1] + d * m[3],
                    e * m[0] + f * m[2] + m[4],
                    e * m[1] + f * m[3] + m[5],
                ]
            elif op == b"Do" and images[args[0]].get("/Subtype") == "/Image":
                found.append((int(images[args[0]]["/Width"]), abs(matrix[0]), abs(matrix[3])))
    return found


def test_figures_are_printed_at_their_size_at_300_dpi_without_lossy_compression():
    data = handout_pdf(Handout("A lesson", "", steps(2)))
    placements = figure_placements(data)
    assert len(placements) == 2
    for pixels, width_pt, _height_pt in placements:
        assert width_pt / PT_PER_INCH * MM_PER_INCH == pytest.approx(180, abs=0.5)
        assert pixels / (width_pt / PT_PER_INCH) >= 295
    reader = pypdf.PdfReader(io.BytesIO(data))
    filters = {str(x.get_object().get("/Filter")) for p in reader.pages for x in p["/Resources"]["/XObject"].values()}
    assert "/DCTDecode" not in filters  # JPEG left grey halos round the type


def test_printing_paints_the_same_pages_on_a_printer(tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout())
    handout = Handout("Printed", "", steps(3))
    pages = paint_handout(printer, handout)
    printed = pages_text((tmp_path / "printed.pdf").read_bytes())
    assert len(printed) == pages == len(pages_text(handout_pdf(handout)))
    assert "Question number 3?" in " ".join(printed)


def test_files_are_named_after_the_lesson():
    assert file_name("Fourier's law") == "fouriers-law-handout.pdf"
    assert file_name("Fourier's law", answers=True) == "fouriers-law-key.pdf"
    assert file_name("Relaxation & HAM: a first look") == "relaxation-ham-a-first-look-handout.pdf"
    assert file_name("???") == "fourier-gui-handout.pdf"


def test_a_step_is_drawn_in_the_view_it_names():
    assert figure_kind(None, None) == "dynamics"
    assert figure_kind("kappa", None) == "kappa"
    assert figure_kind("profile", "dynamics") == "profile"
    assert figure_kind("levels", "transport") == "transport"


# --- the figures drawn from a run ---------------------------------------------------------------
@cache
def short_run():
    from fourier_gui.execution import ExactRun

    run = ExactRun(load_preset("fig4").parameters.with_changes(points=21))
    for _ in run.chunks():
        pass
    return run.result


def type_sizes_pt(printed: PrintedView) -> list[tuple[str, float]]:
    """Every piece of type the printed view shows, with its size in points: the axes' ticks and labels, the
    titles, legends and text items of its plots, and its labels."""
    sizes = []
    plots = [printed.widget, *printed.widget.findChildren(pg.PlotWidget)]
    for plot in (p for p in plots if isinstance(p, pg.PlotWidget)):
        for item in plot.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, pg.AxisItem):
                sizes.append((f"{item.orientation} ticks", item.style["tickFont"].pointSizeF()))
                if item.label.isVisible() and item.labelText:
                    sizes.append((item.labelText, float(item.labelStyle["font-size"].removesuffix("pt"))))
            elif isinstance(item, pg.LabelItem) and item.text:
                sizes.append((item.text, float(str(item.opts["size"]).removesuffix("pt"))))
            elif isinstance(item, pg.TextItem) and item.toPlainText():
                sizes.append((item.toPlainText(), item.textItem.font().pointSizeF()))
    for label in printed.widget.findChildren(QLabel):
        if label.isVisible() and label.text():
            sizes.append((label.text(), label.font().pointSizeF()))
    return sizes


def visible_text(printed: PrintedView) -> str:
    return " ".join(text for text, _size in type_sizes_pt(printed))


@pytest.mark.parametrize("kind", ["dynamics", "levels", "profile", "kappa", "transport"])
def test_each_view_prints_at_the_pages_width_with_type_of_8_pt_or_more(qapp, kind):
    result = short_run()
    with PrintedView(result, kind, (180.0, 100.0), 300 / LOGICAL_DPI) as printed:
        # laid out as wide as it prints: a point of its type is a point on paper
        assert printed.widget.width() / LOGICAL_DPI * MM_PER_INCH == pytest.approx(180, abs=0.5)
        sizes = type_sizes_pt(printed)
        assert len(sizes) >= 4, sizes  # ticks, labels, a title at least
        small = [(text, size) for text, size in sizes if size < 8]
        assert not small, small


def test_no_readout_gives_an_answer_away(qapp):
    result = short_run()
    with PrintedView(result, "kappa", (180.0, 100.0), 300 / LOGICAL_DPI) as printed:
        assert not printed.view.conductivity.peak_label.isVisible()
        assert "max κ" not in visible_text(printed) and "T*" not in visible_text(printed)
        assert printed.view.conductivity.kappa.isVisible()  # the curve is there to read
    with PrintedView(result, "transport", (180.0, 150.0), 300 / LOGICAL_DPI) as printed:
        assert not printed.view.transport.verdict.isVisible()
        assert "Fourier's law holds" not in visible_text(printed)
    with PrintedView(result, "levels", (180.0, 100.0), 300 / LOGICAL_DPI) as printed:
        assert "P=" not in visible_text(printed)


def test_a_drawn_figure_is_a_300_dpi_image_of_its_size_in_the_light_style(qapp):
    figure = draw_figure(short_run(), "dynamics", 180.0, 100.0)
    image = QImage.fromData(figure.png)
    assert image.width() == pytest.approx(180 / MM_PER_INCH * 300, abs=3)
    assert image.height() == pytest.approx(100 / MM_PER_INCH * 300, abs=3)
    corners = [QColor(image.pixel(x, y)).name() for x in (2, image.width() - 3) for y in (2, image.height() - 3)]
    assert corners == ["#ffffff"] * 4  # paper white, whatever the desktop's scheme
    dark = sum(
        1
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
    assert dark > 200  # curves, axes and type were drawn


def test_the_figures_type_is_the_prints_in_presentation_mode_too(qapp):
    """The window's type in F5 (20 pt) is not the page's: the profile's line of temperatures stays at 10 pt."""
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSize(20)
    qapp.setFont(large)
    try:
        with PrintedView(short_run(), "profile", (180.0, 95.0), 300 / LOGICAL_DPI) as printed:
            label = printed.view.profile.temperatures
            assert label.isVisible() and label.font().pointSizeF() == 10
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        ("de", ["Datum", "Seite 1 von", "Frage:", "Parameter", "Teilsysteme"], ["Date", "Page 1", "Question:"]),
        ("es", ["Nombre", "Fecha", "Página 1 de", "Pregunta:", "Parámetros", "subsistemas"], ["Date", "Page 1"]),
    ],
)
def test_the_handout_prints_its_fixed_words_in_its_language(language, said, not_said):
    pages = pages_text(handout_pdf(Handout("Eine Lektion", "", steps(2), language=language)))
    text = " ".join(pages)
    assert all(word in text for word in said), text
    assert not any(word in text for word in not_said), text
    assert pages[-1].endswith(f"{len(pages)}")


def test_the_teachers_key_says_so_in_its_language():
    text = " ".join(pages_text(handout_pdf(Handout("La ley", "", steps(1), answers=True, language="es"))))
    assert "La ley — respuestas para el profesorado" in text and "Respuesta: Answer number 1." in text
    assert "Con las respuestas." in text and "teacher's key" not in text and "Answer:" not in text


def test_a_lesson_handout_is_in_the_language_the_lesson_was_read_in():
    from fourier_gui.io.lessons import load_lesson
    from fourier_gui.ui.files.handout import lesson_handout

    for language in ("en", "de", "es"):
        lesson = load_lesson("02-fouriers-law", language)
        handout = lesson_handout(lesson, lambda _number: ())
        assert handout.language == language and handout.title == lesson.title
        assert [s.question for s in handout.sections] == [s.question for s in lesson.steps]


def test_a_file_name_from_a_title_in_any_language_is_plain_ascii():
    assert file_name("Relajación y HAM") == "relajacion-y-ham-handout.pdf"
    assert file_name("Wärme fließt", answers=True) == "warme-fliesst-key.pdf"
