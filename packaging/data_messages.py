"""Write fourier_gui/ui/data_messages.py: the texts that tables and files define (the fields, the presets, the
figures, the sweeps' quantities, the shapes, the verdicts and the ranges the physics words), listed as
QT_TRANSLATE_NOOP marks so that pyside6-lupdate finds them (docs/translations.md). The physics layer knows no
Qt: the window translates these texts where it shows them. `make translations` runs this first;
tests/ui/test_data_messages.py fails when the list is out of date.

    python packaging/data_messages.py [OUT]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fourier_gui" / "ui" / "data_messages.py"

#: The verdict's sentences as physics/fourier_verdict.py writes them, each free-standing number as {0}, {1}, …
#: (ui/language.phrase_template); tests/ui/test_data_messages.py checks that every verdict it makes is here.
VERDICTS = (
    "Fourier's law holds, outside HAM's regime",
    "Fourier's law holds",
    "Fourier's law holds, rate ×{0}",
    "No Fourier's law",
    "Fourier's law undecided",
    "Fourier's law holds, but outside the conditions HAM is derived for: its curves may be off",
    "Fourier's law holds: the currents follow the energy differences",
    "Fourier's law holds: the currents follow the energy differences, faster than HAM's rate",
    "Fourier's law holds: the currents follow the energy differences, slower than HAM's rate",
    "No Fourier's law: no energy can flow between these subunits (their bands do not overlap)",
    "No Fourier's law: the currents do not follow the energy differences",
    "Not decided yet: the run is too short to tell",
    "Not decided: the currents are too noisy to tell",
    "holds, outside HAM's regime",
    "holds",
    "holds, rate ×{0}",
    "fails",
    "undecided",
)
#: The verdict's reasons as physics/fourier_verdict.py writes them, with example numbers (listed as their
#: templates, each part between "; " on its own, as ui/language.translate_phrase looks them up).
REASONS = (
    "too short to tell: the run must go on past t = 12.5 (2 correlation times 4π/δε and 0.2/γ)",
    "too short to tell: fewer than three correlation-time windows past t_fit",
    "no resonant channel: the bands of neighbouring subunits do not overlap, so the golden rule gives no rate "
    "between them (eq. 10) and a longer run cannot change that",
    "too short to tell: no drive yet (the populations are still equal)",
    "but c1 = 0.5 < 1: outside the regime HAM is derived for (eq. 14), its populations may be off",
    "no diffusive window: the correlation time 2π/δε is 12.5× the relaxation time 1/γ (4π²·c2 ≫ 1, eq. 14), so "
    "the populations settle before a rate can form",
    "the currents do not follow the drive and c1 = 0.5 < 1: too few levels in the band for a rate (eq. 14)",
    "too noisy to tell: γ_fit/γ = 0.91 ± 0.35",
    "average more states (samples K) or run longer",
    "no linear law: the currents stray from the drive by more than one state's fluctuations allow (χ² = 3.10 > 1.80)",
    "the currents follow the drive, but HAM's rate is off: γ_fit/γ = 0.61 ± 0.05",
    "the currents follow the golden-rule drive within one state's fluctuations: γ_fit/γ = 0.98 ± 0.04",
)
#: The shapes' titles (physics/geometry.py's Layout.words, as ui/style/rich_text.shape_title makes them).
SHAPES = (
    "Chain",
    "Ring",
    "Star",
    "Graph",
    "Ladder of {0} × {1}",
    "Grid of {0} × {1}",
    "Chain profile",
    "Ring profile",
    "Star profile",
    "Graph profile",
    "Ladder of {0} × {1} profile",
    "Grid of {0} × {1} profile",
)


def messages() -> list[tuple[str, str]]:
    """(context, text) of every message, in a stable order, each once."""
    sys.path.insert(0, str(ROOT))
    from fourier_gui.io.presets import preset_menu
    from fourier_gui.io.run_figures import RUN_FIGURES, figure_tables
    from fourier_gui.physics.fields import FIELDS
    from fourier_gui.physics.sweeps import QUANTITY_LABELS, variable_label
    from fourier_gui.ui.language import phrase_template

    found: list[tuple[str, str]] = []
    for f in FIELDS:
        found += [("fields", f.label), ("fields", f.tooltip), *(("fields", tip) for tip in f.choice_tips)]
        found.append(("allowed", phrase_template(f.allowed)[0]))
    for _name, title, description in preset_menu():
        found += [("presets", title), ("presets", description)]
    found += [("figures", f.title) for f in RUN_FIGURES] + [("figures", d.title) for d in figure_tables()]
    found += [("quantities", label) for label in QUANTITY_LABELS.values()]
    found.append(("variables", variable_label("mode")))
    for f in FIELDS:  # a swept variable's words (physics/sweeps.variable_label), in its four forms
        if f.kind in (int, float):
            found += [("variables", f.words(capital, unit)) for capital in (True, False) for unit in (False, True)]
    found += [("verdicts", text) for text in VERDICTS] + [("shapes", text) for text in SHAPES]
    found += [("verdicts", phrase_template(reason)[0]) for reason in REASONS]
    return list(dict.fromkeys((c, t) for c, t in found if t))


def source() -> str:
    """The module's text."""
    lines = [
        '"""The texts that tables and files define, marked for pyside6-lupdate (generated by',
        'packaging/data_messages.py: do not edit). The window translates them where it shows them."""',
        "",
        "from fourier_gui.ui.language import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    lines += [f"    QT_TRANSLATE_NOOP({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})," for c, t in messages()]
    lines.append(")")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(source(), encoding="utf-8")
    print(f"{out}: {len(messages())} messages")
