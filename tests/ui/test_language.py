"""The window's language (ui/language.py): the shipped catalogues complete, every shown word translated (a
pseudo-locale marks each translated message), numbers the language's way in the window, never in files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

from fourier_gui.ui import language
from fourier_gui.ui.language import SUPPORTED, translations_path
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL
#: At least this share of each catalogue's messages must be finished (translated, not marked unfinished).
FINISHED_SHARE = 0.98
OPEN, CLOSE = "⟦", "⟧"
#: Words a shown text may carry untranslated: the program's name, the method's, file kinds, symbols' names and
#: the choices' values, which are the parameters' own words in files and on the command line.
KEEP = {
    "fourier",
    "gui",
    "ham",
    "csv",
    "png",
    "svg",
    "pdf",
    "mp4",
    "gif",
    "auto",
    "eigen",
    "chebyshev",
    "complex",
    "real",
    "single",
    "double",
    "chain",
    "ring",
    "ladder",
    "grid",
    "meas",
    "fit",
    "max",
}


def catalogues() -> list[Path]:
    return [translations_path() / f"fourier_gui_{code}.ts" for code in SUPPORTED if code != "en"]


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_every_shipped_language_is_complete(ts: Path):
    messages = list(ET.parse(ts).getroot().iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert len(messages) > 500  # the window's messages, not an empty catalogue
    assert len(unfinished) <= (1 - FINISHED_SHARE) * len(messages), unfinished[:10]


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_translations_keep_their_placeholders(ts: Path):
    """A translation that lost or renamed a {name} would raise in str.format when the window shows it."""
    for m in ET.parse(ts).getroot().iter("message"):
        source, shown = m.findtext("source") or "", m.findtext("translation") or ""
        if shown:
            assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", shown)), source


@pytest.mark.parametrize("code", [c for c in SUPPORTED if c != "en"])
def test_each_catalogue_loads_and_translates(qapp, code):
    translator = QTranslator()
    assert translator.load(f"fourier_gui_{code}", str(translations_path()))
    shown = translator.translate("actions", "&Quit")
    assert shown and shown != "&Quit"


def test_a_language_not_shipped_is_refused():
    with pytest.raises(ValueError, match="allowed: en, de, es"):
        language.set_language("fr")


def test_phrases_with_numbers_are_translated_as_templates(qapp):
    template, numbers = language.phrase_template("holds, rate ×1.31 (c1 = 0.2 < 1, eq. (14))")
    assert template == "holds, rate ×{0} (c1 = {1} < {2}, eq. (14))"
    assert numbers == ["1.31", "0.2", "1"]
    try:
        language.set_language("de")
        assert language.install_translator(qapp)
        assert language.translate_phrase("verdicts", "holds, rate ×1.31") == "gilt, Rate ×1,31"
        assert language.shown_number(0.05, ".3g") == "0,05"
        assert language.translate_phrase("verdicts", "not a known phrase 2.5") == "not a known phrase 2.5"
    finally:
        language.set_language(None)
        language.install_translator(qapp, "en")
    assert language.shown_number(0.05, ".3g") == "0.05"


class Pseudo(QTranslator):
    """Every message wrapped in markers: a shown text without them was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp) -> Iterator[None]:
    translator = Pseudo()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def untranslated(text: str) -> bool:
    """A shown text with a word the translators never saw (numbers, symbols and KEEP's words aside)."""
    bare = re.sub(f"{OPEN}.*?{CLOSE}", " ", text.replace("\n", " "), flags=re.S)
    bare = re.sub(r"<[^>]+>|&\w+;|[A-Za-z]+:[/\w.-]+|\w+\.(?:json|csv|png|pdf)", " ", bare)  # markup, paths
    words = re.findall(r"[A-Za-z]{3,}", bare)
    return any(w.lower() not in KEEP for w in words)


def shown_texts(window) -> list[str]:
    """The words a person sees: labels, buttons, group and tab titles, combo items, menus, plot titles, axes.
    The lessons' own titles come from the lesson files, in the languages a lesson carries (io/lessons.py)."""
    texts = [window.windowTitle()]
    lessons = window.menus["&Help/&Lessons"]
    for w in window.findChildren(QWidget):
        if w is lessons:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not w.isEditable():
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QMenu):
            texts += [w.title()] + [a.text() for a in w.actions() if not a.isSeparator()]
    import pyqtgraph as pg

    for plot in window.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        texts.append(item.titleLabel.text)
        texts += [item.getAxis(side).labelText for side in ("left", "bottom")]
        if item.legend is not None:
            texts += [label.text for _sample, label in item.legend.items]
    return [t for t in texts if t]


@pytest.mark.usefixtures("pseudo_locale")
def test_every_shown_word_goes_through_translation(qtbot, open_window, run_to_end):
    from fourier_gui.engine.run_model import RunState

    window = open_window(SMALL)
    assert run_to_end(window) is RunState.FINISHED
    window.show_explain()
    for tab in range(window.tabs.count()):  # the Transport and Studies tabs built and shown too
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
    missed = {t for t in shown_texts(window) if untranslated(t)}
    window.set_presentation(True)  # the stage: its strip, its layouts and the legends' short names
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
    missed |= {t for t in shown_texts(window) if untranslated(t)}
    window.set_presentation(False)
    assert not missed, "\n".join(sorted(missed))


def test_the_window_in_german_says_german_words(qtbot, open_window, qapp):
    try:
        language.set_language("de")
        language.install_translator(qapp)
        window = open_window(SMALL)
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Datei" in menus and "&Hilfe" in menus
        assert window.panel.group_boxes["Chain"].title() == "Kette"
        assert "," in window.panel.field_widgets["bandwidth"].text()  # 0,05: the decimal comma
        window.panel.field_widgets["bandwidth"].lineEdit().setText("0,07")  # typed the German way
        qtbot.waitUntil(lambda: window.model.parameters is not None and window.model.parameters.bandwidth == 0.07)
    finally:
        language.set_language(None)
        language.install_translator(qapp, "en")


def test_a_csv_written_in_german_is_the_english_one(qtbot, open_window, qapp, run_to_end, tmp_path, monkeypatch):
    """File → Export data as CSV keeps the documented format whatever the window speaks: the same bytes but
    for the clock's lines (decimal points, English column names and the English command in its provenance)."""
    from PySide6.QtWidgets import QFileDialog

    written = {}
    for code in ("en", "de"):
        path = tmp_path / f"{code}.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, p=path: (str(p), "CSV (*.csv)"))
        try:
            language.set_language(code)
            language.install_translator(qapp)
            window = open_window(SMALL)
            run_to_end(window)
            window.files.export_csv()
            written[code] = path.read_text(encoding="utf-8")
        finally:
            language.set_language(None)
            language.install_translator(qapp, "en")
    clock = re.compile(r"^.*(?:created|elapsed|_s\b|seconds|date|time_).*$", re.M | re.I)
    german, english = clock.sub("", written["de"]), clock.sub("", written["en"])
    assert german == english
    assert "window: Export data as CSV" in written["de"]


def test_view_language_keeps_the_choice_for_the_next_start(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    names = [a.text() for a in window.menus["&View/&Language"].actions()]
    assert names == ["English", "Deutsch", "Español"]  # each language by its own name
    try:
        window.action["language:de"].trigger()
        assert language.saved_language() == "de"
        assert window.action["language:de"].isChecked() and not window.action["language:en"].isChecked()
        assert said and "Deutsch" in said[0] and "next start" in said[0]
        window.action["language:en"].trigger()  # the language it speaks: kept, nothing to say
        assert language.saved_language() == "en" and len(said) == 1
    finally:
        language.save_language(None)
    assert language.saved_language() is None


def _marked(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in a module, read as lupdate reads it."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }


def test_the_texts_tables_define_are_listed_for_the_translators():
    """fourier_gui/ui/data_messages.py is what packaging/data_messages.py makes of today's tables."""
    import importlib.util

    from fourier_gui.physics.fields import FIELDS

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("data_messages", root / "packaging" / "data_messages.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    listed = _marked(root / "fourier_gui" / "ui" / "data_messages.py")
    assert listed == set(generator.messages())
    assert {("fields", f.label) for f in FIELDS} <= listed  # the table itself, not only what the list says


@pytest.mark.parametrize("outside", [False, True])
@pytest.mark.parametrize(("verdict", "ratio", "reason"), [
    ("holds", 1.0, ""), ("holds", 1.6, ""), ("holds", 0.5, ""), ("fails", 1.0, "the currents do not follow"),
    ("fails", 1.0, "no resonant channel: bands apart"), ("undecided", 1.0, "too short to tell: x"),
    ("undecided", 1.0, "too noisy to tell"),
])  # fmt: skip
def test_every_verdict_the_physics_words_is_listed(verdict, ratio, reason, outside):
    """Each label, sentence and badge word a verdict can show is a message the translators have."""
    from fourier_gui.physics.fourier_verdict import FourierVerdict

    v = FourierVerdict(verdict, reason, ratio, 0.01, 1.0, 2.0, 10, 5.0, outside_regime=outside)
    root = Path(__file__).resolve().parents[2]
    listed = {
        text for context, text in _marked(root / "fourier_gui" / "ui" / "data_messages.py") if context == "verdicts"
    }
    for shown in (v.label, v.plain, v.badge[1]):
        assert language.phrase_template(shown)[0] in listed, shown


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_the_shipped_catalogues_are_built_from_their_sources(ts: Path, tmp_path):
    """The .qm the wheel and the bundle ship is what pyside6-lrelease makes of the .ts today."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    built = tmp_path / f"{ts.stem}.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True, timeout=120)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run make translations"
