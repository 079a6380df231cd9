"""The same sweep asked for at the two doors — `fourier-gui sweep` and the Studies tab's sweep and grid tabs —
is the same sweep: the same hold and the same parameters at every point (no run is made here)."""

import pytest

from fourier_gui.cli.main import build_parser
from fourier_gui.cli.sweep import sweep_spec_from_options
from fourier_gui.physics.fields import FIELD_BY_NAME
from fourier_gui.physics.sweeps import SweepSpec, variable_symbol


@pytest.fixture
def studies(qtbot):
    from fourier_gui.ui.studies.studies_tab import StudiesWidget

    widget = StudiesWidget(lambda: None)
    qtbot.addWidget(widget)
    return widget


def from_command_line(*argv: str) -> SweepSpec:
    return sweep_spec_from_options(build_parser("sweep").parse_args([*argv, "--csv", "-"]))


def assert_same_sweep(window: SweepSpec, command_line: SweepSpec) -> None:
    assert (window.vary, window.vary2, window.hold) == (command_line.vary, command_line.vary2, command_line.hold)
    assert window.points() == command_line.points() and window.seeds == command_line.seeds
    assert [run.parameters for run in window.runs()] == [run.parameters for run in command_line.runs()]


@pytest.mark.parametrize(("hold", "option"), [("c1", []), ("lam", ["--hold", "lam"])])
def test_the_accuracy_tab_asks_what_the_command_line_asks(studies, hold, option):
    tab = studies.accuracy
    tab.hold.setCurrentIndex(tab.hold.findData(hold))
    tab.values.setText("100,200,400")
    tab.seeds.setValue(2)
    window = tab.spec()
    assert window.hold == hold
    cli = from_command_line("--preset", "fig3", "--vary", "levels", "--values", "100,200,400", "--seeds", "2", *option)
    assert_same_sweep(window, cli)
    c1 = [2 * r.parameters.lam * r.parameters.levels / r.parameters.bandwidth for r in window.runs()]
    assert c1 == pytest.approx([1.0] * 6 if hold == "c1" else [1.0, 1.0, 2.0, 2.0, 4.0, 4.0], rel=1e-12)


def test_the_mixed_states_tab_asks_what_the_command_line_asks(studies):
    tab = studies.mixed
    tab.values.setText("1,2,4")
    tab.seeds.setValue(1)
    cli = from_command_line(
        "--preset",
        "fig2",
        "--levels",
        "200",
        "--lam",
        "0.000125",
        "--vary",
        "samples",
        "--values",
        "1,2,4",
        "--seeds",
        "1",
    )
    assert_same_sweep(tab.spec(), cli)


@pytest.mark.parametrize(
    ("rows", "columns", "values", "values2"),
    [
        ("lam", "levels", "2e-5,1e-4", "50,100"),  # the default regime map: λ held (it varies)
        ("levels", "bandwidth", "50,100", "0.02,0.05"),  # c1 held: λ follows n and δε
        ("sites", "bandwidth", "3,4", "0.02,0.05"),  # λ held: the window rescaled λ here before
    ],
)
def test_the_grid_tab_asks_what_the_command_line_asks(studies, rows, columns, values, values2):
    tab = studies.grid
    tab.vary.setCurrentIndex(tab.vary.findData(rows))
    tab.vary2.setCurrentIndex(tab.vary2.findData(columns))
    tab.values.setText(values)
    tab.values2.setText(values2)
    tab.seeds.setValue(2)
    cli = from_command_line(
        "--preset", "fig3", "--vary", f"{rows},{columns}", "--values", f"{values};{values2}", "--seeds", "2"
    )
    assert_same_sweep(tab.spec(), cli)


def test_sweep_and_grid_words_come_from_the_table_of_fields(studies):
    """What the tabs, the heat map and --help call a parameter is its row of physics/fields.FIELDS."""
    grid = studies.grid
    assert [grid.vary.itemText(i) for i in range(grid.vary.count())] == [
        "coupling λ",
        "levels per band n",
        "subunits N",
        "band width δε",
    ]
    accuracy = studies.accuracy
    assert [accuracy.vary.itemText(i) for i in range(accuracy.vary.count())] == ["levels per band n", "subunits N"]
    assert accuracy.plot.getAxis("bottom").labelText == "levels per band n"
    accuracy.vary.setCurrentIndex(1)
    assert accuracy.plot.getAxis("bottom").labelText == "subunits N"  # it said n before, whatever varied
    assert studies.mixed.vary.itemText(0) == FIELD_BY_NAME["samples"].words(capital=False)
    help_text = build_parser("sweep").format_help()
    for name in ("levels", "sites", "lam", "bandwidth", "samples"):
        assert f"{name} ({variable_symbol(name)})" in " ".join(help_text.split())


def test_the_heat_map_names_its_axes_from_the_table_of_fields(qtbot):
    from fourier_gui.physics.parameters import SimulationParameters
    from fourier_gui.physics.sweeps import SweepTable
    from fourier_gui.ui.studies.grid_heat_map import GridHeatMap

    spec = SweepSpec(SimulationParameters(), "lam", (1e-4, 2e-4), vary2="bandwidth", values2=(0.02, 0.05))
    heat = GridHeatMap()
    qtbot.addWidget(heat.widget)
    heat.update(SweepTable(spec))
    assert heat.plot.getAxis("left").labelText == "coupling λ (ΔE)"
    assert heat.plot.getAxis("bottom").labelText == "band width δε (ΔE)"


def test_the_sweep_table_shows_significant_digits_not_zeros(studies):
    """The table showed "0.000" for a D₁² or a rate too small for three decimals."""
    tab = studies.accuracy
    point = {
        "value": 200.0,
        "c1": 1.0,
        "count": 5,
        "quantity_mean": 2.3456e-5,
        "quantity_std": 4.1e-6,
        "rate_mean": 0.00042,
    }
    tab._fill_grid([point])
    cells = [tab.grid.item(0, col).text() for col in range(5)]
    assert cells == ["200", "5", "2.35·10⁻⁵", "4.1·10⁻⁶", "4.2·10⁻⁴"]
    assert "0.000" not in cells and tab.grid.item(0, 2).toolTip() == repr(2.3456e-5)
