"""Small hostile cases of the files layer (docs/contracts.md): a folder renamed under an animation export keeps
no temporary file, a refusal quotes the value as given (not rounded into the range), a lesson's version must be
the integer 1, and its titles hold no control characters, bidi overrides or lone surrogates."""

from __future__ import annotations

import os
import unicodedata

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.io.animation_file import AnimationError, AnimationSpec, AnimationWriter
from fourier_gui.io.lessons import LessonError, parse_lesson
from fourier_gui.physics.errors import FourierGuiError

FRAME = (240, 320, 3)
BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("kind", [".mp4", ".gif"])
def test_a_folder_renamed_during_an_export_keeps_no_temporary_file(tmp_path, kind):
    folder = tmp_path / "a"
    folder.mkdir()
    spec = AnimationSpec(str(folder / f"v{kind}"), (320, 240), 20.0, None, "presentation", None)
    writer = AnimationWriter(spec, np.zeros(FRAME, np.uint8))
    for i in range(6):
        writer.add(np.full(FRAME, 30 * i, np.uint8))
    moved = tmp_path / "b"
    os.rename(folder, moved)
    with pytest.raises(FourierGuiError):
        writer.finish()
    assert list(moved.iterdir()) == [] and not folder.exists()


def test_a_folder_left_in_place_gets_its_video(tmp_path):
    """The reference: the same export without the rename writes the file and nothing else."""
    spec = AnimationSpec(str(tmp_path / "v.gif"), (320, 240), 20.0, None, "presentation", None)
    writer = AnimationWriter(spec, np.zeros(FRAME, np.uint8))
    for i in range(6):
        writer.add(np.full(FRAME, 30 * i, np.uint8))
    writer.finish()
    assert [p.name for p in tmp_path.iterdir()] == ["v.gif"]


@pytest.mark.parametrize(("fps", "shown"), [(60.0000001, "60.0000001"), (0.99999999, "0.99999999")])
def test_a_refused_rate_is_quoted_as_given_not_rounded_into_the_range(fps, shown):
    with pytest.raises(AnimationError) as refused:
        AnimationSpec("v.mp4", (320, 240), fps).validated()
    assert f"fps: {shown} is out of range" in str(refused.value)


def _lesson(**top) -> dict:
    data = {"format": "fourier-gui lesson", "version": 1, "title": "Lesson"}
    data.update(top)
    data.setdefault("steps", [{"title": "One", "text": "A step."}])
    return data


@pytest.mark.parametrize("version", [1.0, True, "1", 2])
def test_a_lesson_version_is_the_integer_1(version):
    with pytest.raises(LessonError, match="'version'"):
        parse_lesson(_lesson(version=version), "l.json")
    assert parse_lesson(_lesson(), "l.json").title == "Lesson"


@pytest.mark.parametrize("odd", ["\x00", "\x1b[31m", "\u202e", "\u2066", "\ud800", "\x7f", "\n"])
@pytest.mark.parametrize("where", ["lesson", "step"])
def test_a_title_with_unshowable_characters_is_refused(odd, where):
    title = f"Fourier{odd}law"
    data = _lesson(title=title) if where == "lesson" else _lesson(steps=[{"title": title, "text": "A step."}])
    with pytest.raises(LessonError, match="is not allowed"):
        parse_lesson(data, "l.json")


def test_a_step_text_keeps_its_line_breaks():
    lesson = parse_lesson(_lesson(steps=[{"title": "One", "text": "First line.\nSecond line.\tTabbed."}]), "l.json")
    assert lesson.steps[0].text == "First line.\nSecond line.\tTabbed."


@given(st.text(max_size=40))
def test_any_title_is_taken_as_it_is_or_refused_in_one_line(title):
    try:
        lesson = parse_lesson(_lesson(title=title), "l.json")
    except LessonError as exc:
        assert "\n" not in str(exc)
    else:
        assert lesson.title == title.strip()
        assert not any(unicodedata.category(c) in ("Cc", "Cs") or c in BIDI_OVERRIDES for c in lesson.title)


@pytest.mark.parametrize("odd", ["\x1b[2J", "\u202e", "\ud800", "\x00"])
def test_a_preset_title_with_unshowable_characters_is_refused(tmp_path, odd):
    import json

    from fourier_gui.io.presets import PresetError, read_preset

    path = tmp_path / "p.json"
    data = {"title": f"Mine{odd}", "description": "d", "parameters": {"levels": 100, "t_max_gamma": 5}}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PresetError, match="is not allowed"):
        read_preset(path)
    data["title"] = "Mine"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_preset(path).title == "Mine"
