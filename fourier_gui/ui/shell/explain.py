"""The Explain panel: what to look for in the current regime and preset, written for an undergraduate.

Links set the parameters to show a point: `preset:NAME` loads a preset, `set:FIELD=VALUE` changes one
field of the current parameters.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from fourier_gui.physics.criteria import diffusion_criteria
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, shown_number_text, translate
from fourier_gui.ui.style.rich_text import for_people

CSS = "<style>h3{margin:4px 0} p{margin:4px 0 8px 0} .eq{font-style:italic; white-space:nowrap}</style>"

PRESET_NOTES = {
    "fig2": QT_TRANSLATE_NOOP(
        "explain",
        "The paper's Fig. 2. Watch the exact points (one random pure state!) follow HAM's smooth lines: "
        "site 1 empties, site 2 fills first, site 3 last, and all meet at 1/3.",
    ),
    "fig3": QT_TRANSLATE_NOOP(
        "explain",
        "The first point of the paper's Fig. 3. The Studies tab repeats this run for n = 100…500 and shows "
        "the deviation D₁² shrinking like 1/n: more levels, more self-averaging.",
    ),
    "fig4": QT_TRANSLATE_NOOP(
        "explain",
        "Look at the κ(T) panel: the conductivity of eq. (16) has a maximum. Few excitations are around at low "
        "T; at high T the subunits saturate and c(T) falls.",
    ),
    "ten-sites": QT_TRANSLATE_NOOP(
        "explain",
        "Ten subunits, the paper's largest chain. The profile panel shows a smooth, diffusive front moving "
        "down the chain; far sites fill late, with the delay of a random walk, t ∝ μ²/γ.",
    ),
    "ballistic": QT_TRANSLATE_NOOP(
        "explain",
        "c1 = 0.1: the band holds too few levels within the coupling's energy width. The exact curves "
        "oscillate and overshoot instead of relaxing; HAM's rate picture does not apply.",
    ),
    "fourier-law": QT_TRANSLATE_NOOP(
        "explain",
        "Open the Transport tab. Each blue point is one bond at one moment: the heat current J "
        "flowing from a subunit to the next, against how much more excited the first one is (P_μ − P_μ₊₁). "
        "They lie on one straight line through zero, with the slope γ that HAM predicts: the current is "
        "proportional to the difference, which is Fourier's law, J = κ·ΔT, obtained from the Schrödinger "
        "equation alone. Compare <a href='preset:no-fourier-law'>a chain with too few levels</a>.",
    ),
    "no-fourier-law": QT_TRANSLATE_NOOP(
        "explain",
        "The same chain with ten times weaker coupling, so c1 = 0.2: each level reaches fewer "
        "than one level of the neighbour. In the Transport tab the points scatter widely: the current is not "
        "set by the population difference (the verdict: no Fourier's law), energy sloshes back and forth coherently, and σ² grows "
        "faster than t for a while. No Fourier's law here, although the Schrödinger equation is the same. "
        "Compare <a href='preset:fourier-law'>the diffusive chain</a>.",
    ),
    "strong-coupling": QT_TRANSLATE_NOOP(
        "explain",
        "c2 = 4: the coupling is strong compared with the band. Energy does not hop by small "
        "independent steps, the exact run departs from HAM's rate equation.",
    ),
}


def regime_html(p: SimulationParameters) -> str:
    crit = diffusion_criteria(p.levels, p.lam, p.bandwidth)
    values = f"c1 = 2λn/δε ≈ {shown_number_text(for_people(crit.c1))}, c2 = λ²n/δε² ≈ {shown_number_text(for_people(crit.c2))}"
    if crit.c1_verdict == "violated":
        return translate(
            "explain",
            "<h3>Not diffusive: too few levels (c1 &lt; 1)</h3><p>{values}. The coupling λ connects each level to "
            "only a handful of levels on the neighbour, so the band behaves like a few discrete states. The "
            "excitation swings back and forth (like a Rabi oscillation) instead of flowing at a fixed rate. "
            "Try <a href='{more_levels}'>ten times more levels</a> or "
            "<a href='{stronger}'>a stronger coupling</a>.</p>",
        ).format(
            values=values, more_levels=f"set:levels={max(p.levels * 10, 100)}", stronger=f"set:lam={p.lam * 10:.3g}"
        )
    if crit.c2_verdict != "met":
        return translate(
            "explain",
            "<h3>Coupling too strong (c2 {relation} 1)</h3><p>{values}. "
            "Eq. (14) asks c2 ≪ 1: the coupling must be weak compared with the band width, so that each hop is "
            "an independent, Fermi-golden-rule event. Here it is not, and HAM's rate γ overestimates the "
            "transport. Try <a href='{weaker}'>a ten times weaker coupling</a> or "
            "<a href='preset:fig2'>the Fig. 2 chain</a>.</p>",
        ).format(
            relation="≈" if crit.c2_verdict == "marginal" else "&gt;", values=values, weaker=f"set:lam={p.lam / 10:.3g}"
        )
    return translate(
        "explain",
        "<h3>Diffusive regime (eq. 14 is met)</h3><p>{values}. Energy hops between neighbours at the rate γ, "
        "like a random walk: the exact points follow HAM's lines, and P<sub>μ</sub> relaxes smoothly without "
        "oscillating. Compare <a href='preset:ballistic'>too few levels</a> and "
        "<a href='preset:strong-coupling'>too strong a coupling</a>.</p>",
    ).format(values=values)


def equilibrium_html(p: SimulationParameters | None) -> str:
    """Where the excitation ends: 1/N on equal aligned bands, ∝ n_μ on unequal ones, per energy otherwise."""
    try:
        system = p.system() if p is not None else None
    except FourierGuiError:  # parameters being typed: the plain chain's text
        system = None
    if system is not None and np.ptp(system.offsets) > 0:
        return translate(
            "explain",
            "<h3>Bands at different energies</h3><p>Energy is conserved: a level exchanges energy only with the "
            "neighbour's levels at its own energy. Where neighbouring bands do not overlap, energy stays where "
            "it is, so the excitation does not spread to 1/N; HAM follows it energy by energy (the golden rule "
            "per energy, docs/physics.md §6) and ends at the share of each energy's states.</p>",
        )
    if system is not None and np.ptp(system.site_levels) > 0:
        return translate(
            "explain",
            "<h3>Where equilibrium lies</h3><p>The subunits have different numbers of levels n<sub>μ</sub>: in "
            "the end the excitation is spread evenly over all states with its energy, so each subunit holds it "
            "in proportion to its levels, <span class='eq'>P<sub>μ</sub> = n<sub>μ</sub>/Σn</span>.</p>",
        )
    return translate(
        "explain",
        "<h3>Why equilibrium is 1/N</h3><p>Every subunit has the same band of n levels, so in the end the "
        "excitation is spread evenly over all N·n states with its energy: each subunit holds it with "
        "probability <span class='eq'>P<sub>μ</sub> = 1/N</span> (the dashed line in the profile). In HAM this "
        "is the mode of the rate equations that never decays.</p>",
    )


def offset_note_html(p: SimulationParameters) -> str:
    """Where neighbouring bands sit at different energies, what HAM's lines leave out (docs/physics.md §6)."""
    try:
        step = p.largest_offset_step
    except (ValueError, ArithmeticError):  # parameters not yet valid: nothing to say
        return ""
    if step <= 0:
        return ""
    overlap = translate("explain", "overlap only partly") if step < 1 else translate("explain", "do not overlap")
    return translate(
        "explain",
        "<h3>HAM's lines leave something out here</h3><p>Neighbouring bands {overlap} (offsets up to "
        "{step} δε). HAM moves energy only between levels at the same energy of neighbours; the exact "
        "dynamics also hops <i>through</i> a neighbour at another energy (second order in λ). Expect the exact "
        "points to run ahead of HAM's lines, most on a subunit whose band matches a subunit two steps away: "
        "a few hundredths of P over ten relaxation times.</p>",
    ).format(overlap=overlap, step=shown_number(step, ".2g"))


def explanation_html(p: SimulationParameters | None, preset: str | None = None) -> str:
    parts = [CSS]
    if preset in PRESET_NOTES:
        note = translate("explain", PRESET_NOTES[preset])
        parts.append(translate("explain", "<h3>What to look for</h3><p>{note}</p>").format(note=note))
    if p is not None:
        parts.append(regime_html(p))
        parts.append(offset_note_html(p))
    # rounded for people (6 400, not 6.37e+03); the panel's γ readout gives four digits
    gamma = (
        translate("explain", " Here γ ≈ {gamma}, so 1/γ ≈ {time} ħ/ΔE.").format(
            gamma=shown_number_text(for_people(p.gamma)), time=shown_number_text(for_people(1 / p.gamma))
        )
        if p is not None
        else ""
    )
    parts.append(
        translate(
            "explain",
            "<h3>What γ means</h3><p><span class='eq'>γ = 2πλ²n/δε</span> (eq. 10) is Fermi's golden rule: the "
            "coupling squared times the density of final states n/δε. It is the rate at which energy hops to a "
            "neighbour; 1/γ is the time scale of the whole process.{gamma}</p>",
        ).format(gamma=gamma)
        + equilibrium_html(p)
        + translate(
            "explain",
            "<h3>What κ means</h3><p>Near equilibrium every subunit is at its own temperature T<sub>μ</sub>. The "
            "current between neighbours is <span class='eq'>J = −γ ΔP = −γ c(T) ΔT</span>: Fourier's law with "
            "<span class='eq'>κ = γ·c(T)</span> (eq. 16). κ peaks where the specific heat c(T) does "
            "(<a href='preset:fig4'>Fig. 4</a>).</p>"
            "<h3>Is it really Fourier's law?</h3><p>The Transport tab measures it in the exact run, without HAM: "
            "the current through every bond, <span class='eq'>J = 2 Im(ψ<sub>μ+1</sub>† B ψ<sub>μ</sub>)</span>, "
            "is plotted against the population step. Points scattered about a straight line of slope γ are "
            "Fourier's law: one pure state's currents fluctuate from one correlation time 2π/δε to the next, so the "
            "verdict compares them, averaged over such windows, with the fluctuations a state must show; "
            "the green squares on the κ(T) plot are the conductivity J/ΔT it implies (the measured rate J/ΔP times the local slope c = du/dT). The spreading σ²(t) tells the "
            "same story in time: σ² ∝ t (a random walk) in the diffusive window 2π/δε ≪ t ≪ 1/γ, σ² ∝ t² while "
            "the motion is coherent (<a href='preset:fourier-law'>holds</a>, "
            "<a href='preset:no-fourier-law'>fails</a>).</p>",
        )
    )
    return "".join(parts)


class ExplainPanel(QTextBrowser):
    """Rich text that follows the parameters; its links ask the window to change them."""

    preset_link = Signal(str)
    set_link = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(translate("explain", "Explanation"))
        self.setAccessibleDescription(
            translate("explain", "What to look for in the current regime, with links that set parameters")
        )
        self.anchorClicked.connect(self._follow)
        self.preset: str | None = None

    def show_for(self, params: SimulationParameters | None, preset: str | None = None) -> None:
        if preset is not None:
            self.preset = preset
        self.setHtml(explanation_html(params, self.preset))

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        kind, _, rest = text.partition(":")
        if kind == "preset":
            self.preset_link.emit(rest)
        elif kind == "set" and "=" in rest:
            key, _, value = rest.partition("=")
            self.set_link.emit(key, value)
