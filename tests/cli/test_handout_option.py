"""`fourier-gui --lesson NAME --handout FILE.pdf [--answers]` (docs/contracts.md): a lesson's handout and its key
written without a window, each step's run made as the window makes it; bad input refused in one line with exit
status 2 and nothing written."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pypdf
import pytest

from fourier_gui.cli import main
from tests.ui.files.test_handout import figure_placements

LESSON = {
    "format": "fourier-gui lesson",
    "version": 1,
    "title": "Handout from the shell",
    "summary": "Two steps for the command line's tests.",
    "steps": [
        {
            "title": "Conductivity, short",
            "preset": "fig4",
            "parameters": {"points": 21},
            "view": "kappa",
            "run": True,
            "text": "Read κ(T).",
            "question": "Where is κ largest?",
            "answer": "Near the dot's temperature.",
        },
        {"title": "Think", "text": "Nothing runs here.", "question": "Why?", "answer": "Because."},
    ],
}


@pytest.fixture
def lesson_file(tmp_path):
    path = tmp_path / "shell.lesson.json"
    path.write_text(json.dumps(LESSON), encoding="utf-8")
    return path


def read(path) -> tuple[int, str, int]:
    """(pages, the text with its spaces made single, images) of a PDF."""
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return len(reader.pages), text, sum(len(page.images) for page in reader.pages)


def test_the_handout_and_its_key_are_written_without_a_window(qapp, lesson_file, tmp_path, capsys):
    student, key = tmp_path / "students.pdf", tmp_path / "teacher.pdf"
    assert main(["--lesson", str(lesson_file), "--handout", str(student)]) == 0
    assert main(["--lesson", str(lesson_file), "--handout", str(key), "--answers"]) == 0
    pages, text, images = read(student)
    assert pages == 2  # the step with its figure fills a page; the second follows
    assert images == 1  # the one step that runs: its κ(T), drawn for print
    assert "Name" in text and "Date" in text and "Page 1 of" in text
    assert "Where is κ largest?" in text and "Why?" in text
    assert "Near the dot's temperature." not in text and "Because." not in text
    assert "max κ" not in text
    ((pixels, width_pt, _height_pt),) = figure_placements(student.read_bytes())
    assert width_pt / 72 * 25.4 > 170 and pixels / (width_pt / 72) >= 295  # the page's width, at 300 dpi
    _pages, key_text, key_images = read(key)
    assert key_images == 1
    assert "teacher's key" in key_text and "Near the dot's temperature." in key_text and "Because." in key_text
    assert capsys.readouterr().out == ""


def test_a_bundled_lesson_from_a_shell_without_a_display(tmp_path):
    """The installed command, no DISPLAY: the offscreen platform draws; the first lesson is two runs of fig2."""
    target = tmp_path / "relaxation.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "fourier_gui", "--lesson", "01-relaxation-and-ham", "--handout", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    pages, text, images = read(target)
    assert images >= 1 and f"Page {pages} of {pages}" in text


BAD = [
    (["--lesson", "02-fouriers-law", "--answers"], "--answers"),  # no --handout
    (["--handout", "{out}"], "--handout"),  # no lesson
    (["--lesson", "no-such-lesson", "--handout", "{out}"], "--lesson"),
    (["--lesson", "02-fouriers-law", "--handout", "{folder}/handout.txt"], "--handout"),
    (["--lesson", "02-fouriers-law", "--handout", "{folder}/missing/handout.pdf"], "--handout"),
    (["--lesson", "02-fouriers-law", "--handout", "{out}", "--screenshot", "{folder}/x.png"], "--handout"),
    (["--lesson", "02-fouriers-law", "--handout", "{out}", "--presentation"], "--handout"),
    (["{session}", "--handout", "{out}"], "FILE"),
    (["--lesson", "02-fouriers-law", "--handout", "{out}", "--language", "fr"], "--language"),
]


@pytest.mark.parametrize(("args", "option"), BAD)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, args, option):
    session = tmp_path / "run.fourier.json"
    from fourier_gui.io.session import write_session
    from fourier_gui.physics.parameters import SimulationParameters

    write_session(session, SimulationParameters(), None)
    before = set(tmp_path.rglob("*"))
    given = [a.format(out=tmp_path / "out.pdf", folder=tmp_path, session=session) for a in args]
    assert main(given) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fourier-gui: error: ") and option in err, err
    assert set(tmp_path.rglob("*")) == before  # nothing written


def test_the_handout_in_the_language_given(qapp, tmp_path, monkeypatch):
    """`--language de|es`: the handout's fixed words, numbers and a lesson's texts in that language."""
    from fourier_gui.ui import language

    monkeypatch.setattr(language, "_chosen", None)  # restored after: the choice is the process's
    lesson = json.loads(json.dumps(LESSON))
    lesson["title"] = {"en": "Shell", "de": "Kommandozeile", "es": "Consola"}
    lesson["steps"] = [lesson["steps"][1]]
    lesson["steps"][0]["question"] = {"en": "Why?", "de": "Warum?", "es": "¿Por qué?"}
    path = tmp_path / "three.lesson.json"
    path.write_text(json.dumps(lesson), encoding="utf-8")
    german, spanish = tmp_path / "de.pdf", tmp_path / "es.pdf"
    assert main(["--lesson", str(path), "--handout", str(german), "--language", "de"]) == 0
    _pages, text, _images = read(german)
    assert "Kommandozeile" in text and "Datum" in text and "Frage: Warum?" in text and "Seite 1 von 1" in text
    assert "Date" not in text and "Question" not in text
    assert main(["--lesson", str(path), "--handout", str(spanish), "--answers", "--language", "es"]) == 0
    _pages, text, _images = read(spanish)
    assert "Consola — respuestas para el profesorado" in text and "Pregunta: ¿Por qué?" in text
    assert "Respuesta: Because." in text  # the answer has one language: it falls back to it
    language.install_translator(qapp, "en")  # the next test's window speaks English again
