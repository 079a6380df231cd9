"""The table of fields is the one declaration of the parameters: it must agree with the dataclass, the
validation, the command line and the panel."""

import dataclasses
import math

import pytest

from fourier_gui.cli.main import build_parser, main
from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.fields import FIELDS
from fourier_gui.physics.parameters import SimulationParameters


def test_one_row_per_dataclass_field_with_the_same_default():
    declared = {f.name: f.default for f in dataclasses.fields(SimulationParameters)}
    table = {f.name: f.default for f in FIELDS}
    assert table == declared


def test_every_row_has_a_tooltip_a_flag_and_the_dataclass_accepts_its_default():
    flags = [f.cli for f in FIELDS]
    assert len(set(flags)) == len(flags)
    for f in FIELDS:
        assert len(f.tooltip) > 20 and f.cli.startswith("--") and f.label
    SimulationParameters().validated()


@pytest.mark.parametrize("f", [f for f in FIELDS if f.low is not None], ids=lambda f: f.name)
def test_numbers_below_the_range_are_refused_by_name(f):
    below = f.low - 1 if not f.open_low else f.low
    below = int(below) if f.kind is int else float(below)
    with pytest.raises(ParameterError) as info:
        f.check(below)
    assert info.value.name == f.name and info.value.allowed == f.allowed


@pytest.mark.parametrize("f", [f for f in FIELDS if f.kind is float], ids=lambda f: f.name)
def test_floats_must_be_finite(f):
    for bad in (math.nan, math.inf):
        with pytest.raises(ParameterError):
            f.check(bad)


def test_every_field_is_a_command_line_option_with_its_range_in_the_help():
    text = build_parser("simulate").format_help()
    for f in FIELDS:
        assert f.cli in text, f.cli


@pytest.mark.parametrize(
    ("spec", "allowed"),
    [
        ("spiral:1", "unknown kind"),
        ("band:0", "site μ must be 1 … 3"),
        ("band:4", "site μ must be 1 … 3"),
        ("level:1:9", "level i must be 1 … 5"),
        ("level:2", "level"),
        ("profile:0.5,0.5", "exactly 3 weights"),
        ("profile:0.5,0.6,-0.1", "≥ 0"),
        ("profile:0.2,0.2,0.2", "sum to 1"),
        ("profile:a,b,c", "needs numbers"),
        ("mode:3", "mode q must be 1 … 2"),
        ("mode:1:0.9", "amplitude"),
        ("centre:2", "no arguments"),
    ],
)
def test_every_malformed_initial_spec_is_one_line_naming_the_option(tmp_path, capsys, spec, allowed):
    out = tmp_path / "x.csv"
    argv = ["simulate", "--sites", "3", "--levels", "5", "--lam", "0.01", "--points", "3", "--initial", spec]
    assert main([*argv, "--csv", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--initial" in err and allowed in err, err
    assert not out.exists()


def test_the_panel_has_a_row_for_every_field_of_a_group(qtbot):
    from fourier_gui.ui.controls.parameter_panel import ParameterPanel

    panel = ParameterPanel()
    qtbot.addWidget(panel)
    assert set(panel.field_widgets) == {f.name for f in FIELDS if f.group}
    p = SimulationParameters(sites=5, levels=40, lam=3e-4, seed=7, initial="level:2:3", samples=2, points=50)
    panel.set_parameters(p)
    assert panel.parameters() == p


def test_a_fields_words_are_its_label_symbol_and_unit():
    from fourier_gui.physics.fields import FIELD_BY_NAME

    assert FIELD_BY_NAME["lam"].words() == "Coupling λ"
    assert FIELD_BY_NAME["levels"].words(capital=False) == "levels per band n"
    assert FIELD_BY_NAME["bandwidth"].words(unit=True) == "Band width δε (ΔE)"
    assert FIELD_BY_NAME["sites"].words(capital=False, unit=True) == "subunits N"  # no unit
    assert FIELD_BY_NAME["seed"].words() == "Coupling seed"  # the label says the symbol already


def test_no_copy_of_a_fields_words_beside_the_table():
    """Sweep and grid tabs, the heat map, the command line and the handout name parameters through the table
    (Field.words), never with their own copy of its words."""
    from pathlib import Path

    import fourier_gui
    from fourier_gui.physics.fields import FIELDS

    root = Path(fourier_gui.__file__).parent
    sources = [*root.joinpath("ui", "studies").glob("*.py"), *root.joinpath("cli").glob("*.py")]
    sources += [root / "ui" / "files" / "handout.py", *root.joinpath("io").glob("*.py")]
    for path in sources:
        text = path.read_text(encoding="utf-8").lower()
        for f in FIELDS:
            words = f.words(capital=False).lower()
            if words != f.label.lower():  # a label and its symbol, as a copy would spell them
                assert words not in text, f"{path.name} spells {words!r}: use physics/fields.FIELD_BY_NAME"
