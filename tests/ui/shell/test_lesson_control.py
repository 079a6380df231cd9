"""A lesson step applied in the window (ui/shell/lesson_control.py): an earlier step's run kept as a labelled
reference behind the new one, playback from t = 0 after the run, and the shown time a step names."""

from __future__ import annotations

import json

import numpy as np
import pytest

from fourier_gui.io.lessons import read_lesson

LESSON = {
    "format": "fourier-gui lesson",
    "version": 1,
    "title": "Side by side",
    "steps": [
        {
            "title": "Many levels",
            "preset": "fig2",
            "parameters": {"levels": 200, "lam": 0.000125, "points": 41},
            "run": True,
            "label": "200 levels",
            "text": "The first run.",
        },
        {
            "title": "Fewer levels",
            "parameters": {"levels": 50, "points": 41},
            "run": True,
            "reference": "previous",
            "playback": "start",
            "text": "The second run, over the first.",
        },
        {"title": "At γt = 2", "show_time_gamma": 2.0, "text": "The same run, at one time."},
        {"title": "Again, alone", "parameters": {"levels": 60}, "run": True, "text": "No reference."},
    ],
}


@pytest.fixture
def lesson(tmp_path):
    path = tmp_path / "side.json"
    path.write_text(json.dumps(LESSON), encoding="utf-8")
    return read_lesson(path)


def test_a_step_keeps_the_previous_run_as_a_labelled_reference_and_plays_from_the_start(qtbot, open_window, lesson):
    window = open_window()
    window.run_view.set_compare(False)  # the reference is the lesson's, whatever View → Compare says
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.open(lesson)
    first = window.model.result
    dynamics = window.run_view.dynamics
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.panel.next()
    second = window.model.result
    assert second is not first and second.parameters == lesson.steps[1].parameters
    # the first step's run, dashed behind the second, named by the first step's label, at the same γt
    assert dynamics.ghost_label == "200 levels" and dynamics.ghost_data is not None
    times, probabilities = dynamics.ghost_data
    np.testing.assert_allclose(times * second.parameters.gamma, first.times * first.parameters.gamma)
    np.testing.assert_array_equal(probabilities, first.exact_mean)
    legend = [label.text for _sample, label in dynamics.legend.items]
    assert "200 levels (dashed)" in legend
    # after the run, playback from t = 0
    bar = window.run_view.playback
    assert bar.playing and bar.index <= 3, bar.index
    # a step without a run shows the run there at its time
    window.lessons.panel.next()
    gamma_t = second.times[bar.index] * second.parameters.gamma
    assert not bar.playing and gamma_t == pytest.approx(2.0, abs=0.5 * (second.times[1] * second.parameters.gamma))
    # a step without a reference: no lesson ghost
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.lessons.panel.next()
    assert dynamics.ghost_label != "200 levels"
    assert "200 levels (dashed)" not in [label.text for _sample, label in dynamics.legend.items]
    window.lessons.close()
    assert window.run_view.reference is None


THREE = {
    "format": "fourier-gui lesson",
    "version": 1,
    "languages": ["en", "de", "es"],
    "title": {"en": "Words", "de": "Wörter", "es": "Palabras"},
    "steps": [
        {"title": {"en": "One", "de": "Eins", "es": "Uno"}, "text": {"en": "Read.", "de": "Lesen.", "es": "Lee."}},
        {
            "title": {"en": "Two", "de": "Zwei", "es": "Dos"},
            "text": "κ(T) = γ·c(T)",
            "question": {"en": "Why?", "de": "Warum?", "es": "¿Por qué?"},
            "answer": {"en": "So.", "de": "Darum.", "es": "Así."},
        },
    ],
}


def test_a_lesson_speaks_the_windows_language_and_follows_a_change_in_place(qtbot, open_window, tmp_path, monkeypatch):
    from fourier_gui.ui import language

    monkeypatch.setattr(language, "_chosen", "de")
    path = tmp_path / "three.lesson.json"
    path.write_text(json.dumps(THREE), encoding="utf-8")
    window = open_window()
    window.lessons.open(read_lesson(path))  # read in English: opened in the window's language
    panel = window.lessons.panel
    assert panel.lesson.title == "Wörter" and "Lesen." in panel.text.toPlainText()
    panel.next()
    panel.show_answer(True)
    state = window.model.state
    monkeypatch.setattr(language, "_chosen", "es")
    applied = []
    panel.step_requested.connect(applied.append)
    window.lessons.show_language()
    assert (panel.index, panel.answer_shown, panel.lesson.title) == (1, True, "Palabras")
    shown = panel.text.toPlainText()
    assert "Dos" in shown and "¿Por qué?" in shown and "Así." in shown and "Darum." not in shown
    assert applied == [] and window.model.state is state  # nothing applied or run again
    window.lessons.close()


def test_the_lessons_menu_names_the_lessons_in_the_windows_language(qtbot, open_window, monkeypatch):
    from fourier_gui.io.lessons import load_lesson
    from fourier_gui.ui import language

    monkeypatch.setattr(language, "_chosen", "es")
    window = open_window()
    action = window.action["lesson:02-fouriers-law"]
    assert action.text() == load_lesson("02-fouriers-law", "es").title == "La ley de Fourier"
    assert action.toolTip().startswith("La corriente de calor")
