"""The handout's fixed words in each shipped language: Name, Date, Question, Answer, the page numbers, the
teacher's key and the parameters in plain words (ui/files/handout.py), with numbers the language's way.

`WORDS` holds German and Spanish, reviewed for the terms a physics lecture uses (Teilsystem, Energieband,
Kopplung; subsistema, banda de energía, acoplamiento); the English source texts are marked for Qt Linguist
(context "handout"), so a language added there prints its handout without a change here. Symbols and units
stay (N, n, δε, λ, ΔE, 1/γ). A handout is printed in one language whatever the window shows meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Every fixed text of the handout, in English (the source); `{name}` fields are filled after translation.
SOURCES: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("handout", "Name"),
        QT_TRANSLATE_NOOP("handout", "Date"),
        QT_TRANSLATE_NOOP("handout", "{title} — teacher's key"),
        QT_TRANSLATE_NOOP("handout", "With the answers."),
        QT_TRANSLATE_NOOP("handout", "Not for the students."),
        QT_TRANSLATE_NOOP("handout", "Parameters"),
        QT_TRANSLATE_NOOP("handout", "Question:"),
        QT_TRANSLATE_NOOP("handout", "Answer:"),
        QT_TRANSLATE_NOOP("handout", "(no answer given)"),
        QT_TRANSLATE_NOOP("handout", "Page {page} of {pages}"),
        QT_TRANSLATE_NOOP("handout", "{sites} subunits ({N}) joined as {shape}, each a ground state and {band}"),
        QT_TRANSLATE_NOOP("handout", "a band of {levels} levels ({n})"),
        QT_TRANSLATE_NOOP("handout", "a band of its own size"),
        QT_TRANSLATE_NOOP("handout", "a chain"),
        QT_TRANSLATE_NOOP("handout", "a ring"),
        QT_TRANSLATE_NOOP("handout", "a ladder of 2 × {cols}"),
        QT_TRANSLATE_NOOP("handout", "a grid of {rows} × {cols}"),
        QT_TRANSLATE_NOOP("handout", "the graph of an edge list ({bonds} bonds)"),
        QT_TRANSLATE_NOOP("handout", "energy starts in: {start}"),
        QT_TRANSLATE_NOOP("handout", "the band of subunit {site}"),
        QT_TRANSLATE_NOOP("handout", "one level: subunit {site}, level {level}"),
        QT_TRANSLATE_NOOP("handout", "the bands, in the shares {weights}"),
        QT_TRANSLATE_NOOP("handout", "the band of the centre subunit ({site})"),
        QT_TRANSLATE_NOOP("handout", "a Fourier mode q = {mode} (amplitude A = {amplitude})"),
        QT_TRANSLATE_NOOP("handout", ", averaged over {samples} random starts ({K})"),
        QT_TRANSLATE_NOOP("handout", "run length: {length}; random couplings from seed {seed}"),
        QT_TRANSLATE_NOOP("handout", "{t} relaxation times 1/γ"),
        QT_TRANSLATE_NOOP("handout", ", {points} time points"),
        QT_TRANSLATE_NOOP("handout", "random band offsets up to ±{half} ΔE (disorder {W} = {width})"),
        QT_TRANSLATE_NOOP("handout", "… ({count} in all)"),
    )
)

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "Name": "Name",
        "Date": "Datum",
        "{title} — teacher's key": "{title} — Lösungen für die Lehrkraft",
        "With the answers.": "Mit den Lösungen.",
        "Not for the students.": "Nicht für die Lernenden.",
        "Parameters": "Parameter",
        "Question:": "Frage:",
        "Answer:": "Antwort:",
        "(no answer given)": "(keine Antwort angegeben)",
        "Page {page} of {pages}": "Seite {page} von {pages}",
        "{sites} subunits ({N}) joined as {shape}, each a ground state and {band}": (
            "{sites} Teilsysteme ({N}), verbunden zu {shape}, jedes mit einem Grundzustand und {band}"
        ),
        "a band of {levels} levels ({n})": "einem Energieband aus {levels} Niveaus ({n})",
        "a band of its own size": "einem Energieband eigener Größe",
        "a chain": "einer Kette",
        "a ring": "einem Ring",
        "a ladder of 2 × {cols}": "einer Leiter aus 2 × {cols}",
        "a grid of {rows} × {cols}": "einem Gitter aus {rows} × {cols}",
        "the graph of an edge list ({bonds} bonds)": "dem Graphen einer Kantenliste ({bonds} Bindungen)",
        "energy starts in: {start}": "die Energie startet {start}",
        "the band of subunit {site}": "im Band von Teilsystem {site}",
        "one level: subunit {site}, level {level}": "in einem Niveau: Teilsystem {site}, Niveau {level}",
        "the bands, in the shares {weights}": "in den Bändern, in den Anteilen {weights}",
        "the band of the centre subunit ({site})": "im Band des mittleren Teilsystems ({site})",
        "a Fourier mode q = {mode} (amplitude A = {amplitude})": (
            "in einer Fourier-Mode q = {mode} (Amplitude A = {amplitude})"
        ),
        ", averaged over {samples} random starts ({K})": ", gemittelt über {samples} zufällige Anfangszustände ({K})",
        "run length: {length}; random couplings from seed {seed}": (
            "Laufzeit: {length}; zufällige Kopplungen aus dem Startwert (Seed) {seed}"
        ),
        "{t} relaxation times 1/γ": "{t} Relaxationszeiten 1/γ",
        ", {points} time points": ", {points} Zeitpunkte",
        "random band offsets up to ±{half} ΔE (disorder {W} = {width})": (
            "zufällige Bandverschiebungen bis ±{half} ΔE (Unordnung {W} = {width})"
        ),
        "… ({count} in all)": "… ({count} insgesamt)",
    },
    "es": {
        "Name": "Nombre",
        "Date": "Fecha",
        "{title} — teacher's key": "{title} — respuestas para el profesorado",
        "With the answers.": "Con las respuestas.",
        "Not for the students.": "No es para el alumnado.",
        "Parameters": "Parámetros",
        "Question:": "Pregunta:",
        "Answer:": "Respuesta:",
        "(no answer given)": "(sin respuesta)",
        "Page {page} of {pages}": "Página {page} de {pages}",
        "{sites} subunits ({N}) joined as {shape}, each a ground state and {band}": (
            "{sites} subsistemas ({N}) unidos en {shape}, cada uno con un estado fundamental y {band}"
        ),
        "a band of {levels} levels ({n})": "una banda de energía de {levels} niveles ({n})",
        "a band of its own size": "una banda de energía de tamaño propio",
        "a chain": "una cadena",
        "a ring": "un anillo",
        "a ladder of 2 × {cols}": "una escalera de 2 × {cols}",
        "a grid of {rows} × {cols}": "una rejilla de {rows} × {cols}",
        "the graph of an edge list ({bonds} bonds)": "el grafo de una lista de aristas ({bonds} enlaces)",
        "energy starts in: {start}": "la energía empieza {start}",
        "the band of subunit {site}": "en la banda del subsistema {site}",
        "one level: subunit {site}, level {level}": "en un nivel: subsistema {site}, nivel {level}",
        "the bands, in the shares {weights}": "en las bandas, en las proporciones {weights}",
        "the band of the centre subunit ({site})": "en la banda del subsistema central ({site})",
        "a Fourier mode q = {mode} (amplitude A = {amplitude})": (
            "en un modo de Fourier q = {mode} (amplitud A = {amplitude})"
        ),
        ", averaged over {samples} random starts ({K})": ", promediada sobre {samples} estados iniciales aleatorios ({K})",
        "run length: {length}; random couplings from seed {seed}": (
            "duración: {length}; acoplamientos aleatorios de la semilla {seed}"
        ),
        "{t} relaxation times 1/γ": "{t} tiempos de relajación 1/γ",
        ", {points} time points": ", {points} instantes",
        "random band offsets up to ±{half} ΔE (disorder {W} = {width})": (
            "desplazamientos de banda aleatorios de hasta ±{half} ΔE (desorden {W} = {width})"
        ),
        "… ({count} in all)": "… ({count} en total)",
    },
}

#: The parameters' labels the handout names (the English ones are the table's, physics/fields.py), by field.
FIELD_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "bandwidth": "Bandbreite",
        "lam": "Kopplung",
        "site_levels": "Niveaus jedes Teilsystems",
        "bond_lam": "Kopplung jeder Bindung",
        "site_offsets": "Bandverschiebung jedes Teilsystems",
    },
    "es": {
        "bandwidth": "ancho de banda",
        "lam": "acoplamiento",
        "site_levels": "niveles de cada subsistema",
        "bond_lam": "acoplamiento de cada enlace",
        "site_offsets": "desplazamiento de banda de cada subsistema",
    },
}

#: The languages that write a decimal comma (and so separate the entries of a list by semicolons).
DECIMAL_COMMA = frozenset({"de", "es"})


def word(text: str, language: str, **fields: object) -> str:
    """`text` (one of SOURCES) in `language`, its `{fields}` filled: from WORDS, else from the window's Qt
    translation when `language` is the window's, else in English."""
    from fourier_gui.ui.language import current_language

    if language in WORDS:
        translated = WORDS[language][text]
    elif language != "en" and language == current_language():
        translated = QCoreApplication.translate("handout", text)
    else:
        translated = text
    return translated.format(**fields) if fields else translated


def field_label(name: str, language: str) -> str | None:
    """The label of the field `name` in `language` where FIELD_WORDS has it (None: the table's English)."""
    return FIELD_WORDS.get(language, {}).get(name)


def number(value: float, language: str, spec: str = "g") -> str:
    """`value` formatted by `spec`, with the language's decimal separator (0,05 in German and Spanish)."""
    text = format(value, spec)
    return text.replace(".", ",") if language in DECIMAL_COMMA else text


def listed(items: list[str], language: str) -> str:
    """Items in a row: by commas, by semicolons where numbers carry a decimal comma."""
    return ("; " if language in DECIMAL_COMMA else ", ").join(items)
