"""The Lesson panel: a guided lesson (io/lessons.py) step by step, under the plots.

Each step says what to watch and may ask a question, its answer behind a button; Back and Next (PageUp,
PageDown, also in presentation mode) move between steps. The panel only shows text and asks for steps:
`LessonControl` (ui/shell/lesson_control.py) applies them to the window. In presentation mode it is a band of
fixed height (`set_band`): the step's title on a line of its own, the text scrolling under it, so the stage's
view keeps its size from step to step and when the answer opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.io.lessons import Lesson, LessonStep
from fourier_gui.ui.language import translate
from fourier_gui.ui.style.rich_text import plain, rich_text

#: Presentation mode's band: the step's title on one line, its question in up to QUESTION_LINES (as many as
#: the lesson's longest question needs), and BAND_LINES of its text, which scrolls (the answer, too).
BAND_LINES = 3
QUESTION_LINES = 2


class LessonPanel(QWidget):
    """The current step of a lesson; `step_requested(step)` when the user moves to a step."""

    step_requested = Signal(object)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson-panel")
        self.setAccessibleName(translate("lesson_panel", "Lesson"))
        self.lesson: Lesson | None = None
        self.index = 0
        self.answer_shown = False
        self.band = False  # presentation mode: fixed height, the title on its own line (set_band)
        self.heading = QLabel()
        self.heading.setObjectName("lesson-heading")
        # elided to its width (_elide_heading): its text must not set the band's, and so the window's, least width
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setAccessibleName(translate("lesson_panel", "Lesson step title"))
        self.heading.installEventFilter(self)  # cut again whenever the line's own width changes
        self.heading.hide()
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        # one scrolling text, a few lines tall: the plots keep the height (P_μ(t) was 60 px at 1024×768)
        self.text = QTextBrowser()
        self.text.setObjectName("lesson-text")
        self.text.setAccessibleName(
            translate("lesson_panel", "Lesson step: what to watch, the question and its answer")
        )
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # PageDown/PageUp stay the lesson's, not a scroll
        self.question = QTextBrowser()  # the band's: the question stays in sight while the text scrolls
        self.question.setObjectName("lesson-question")
        self.question.setAccessibleName(translate("lesson_panel", "Lesson step: the question"))
        self.question.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.question.setFrameShape(QFrame.Shape.NoFrame)
        self.question.hide()
        self.answer_button = QPushButton(translate("lesson_panel", "Answer"))
        self.answer_button.setToolTip(translate("lesson_panel", "Show or hide the answer to the question (A)"))
        self.answer_button.clicked.connect(lambda: self.show_answer(not self.answer_shown))
        self.back_button = QPushButton(translate("lesson_panel", "◀ Back"))
        self.back_button.setToolTip(translate("lesson_panel", "The previous step (Page Up)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("lesson_panel", "Next ▶"))
        self.next_button.setToolTip(
            translate("lesson_panel", "The next step (Page Down): sets its parameters and, where it says so, runs")
        )
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(translate("lesson_panel", "Close"))
        self.close_button.setToolTip(
            translate("lesson_panel", "Close the lesson; the window keeps its parameters and runs")
        )
        self.close_button.clicked.connect(self.close_requested)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for i, button in enumerate((self.back_button, self.next_button, self.answer_button, self.close_button)):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # PageDown/PageUp and Space stay the window's
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setRowStretch(2, 1)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.heading)
        words.addWidget(self.question)
        words.addWidget(self.text, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addLayout(words, 1)
        layout.addLayout(buttons)  # its height fits the text when shown (resizeEvent)

    def set_band(self, on: bool) -> None:
        """Presentation mode's band: a fixed height whatever the step or its answer (the text scrolls)."""
        self.band = on
        self.heading.setVisible(on)
        self.question.setVisible(on)
        if self.step is not None:
            self._show()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the step's text, between three lines and nine (and 30 % of the window): the
        question showed below the fold at 1024×768 with a fixed four lines, and only the wheel scrolled.
        In the band, always BAND_LINES lines."""
        lines = self.text.fontMetrics().lineSpacing()
        self._elide_heading()
        if self.band:
            self.question.setFixedHeight(self._question_height())
            margins = 2 * (self.text.frameWidth() + round(self.text.document().documentMargin()))
            self.text.setFixedHeight(BAND_LINES * lines + margins + 2)  # whole lines, none cut at the bottom
            return
        document = self.text.document()
        document.setTextWidth(max(self.text.viewport().width(), 200))
        window = self.window()
        cap = min(9 * lines, window.height() * 3 // 10) if window is not self else 9 * lines
        need = round(document.size().height()) + 2 * self.text.frameWidth() + 4
        self.text.setFixedHeight(max(3 * lines, min(need, max(cap, 3 * lines))))

    def _question_height(self) -> int:
        """The band's question: as tall as the lesson's longest question, one line to QUESTION_LINES."""
        lines = self.question.fontMetrics().lineSpacing()
        need = 0.0
        if self.lesson is not None:
            document = QTextDocument()
            document.setDefaultFont(self.question.font())
            document.setDocumentMargin(self.question.document().documentMargin())
            document.setTextWidth(max(self.question.viewport().width(), 200))
            for step in self.lesson.steps:
                document.setHtml(self._question_html(step))
                need = max(need, document.size().height())
        return round(min(max(need, lines), QUESTION_LINES * lines)) + 2 * self.question.frameWidth() + 8

    @staticmethod
    def _question_html(step: LessonStep) -> str:
        return (
            translate("lesson_panel", "<b>Question:</b> {question}").format(question=rich_text(step.question))
            if step.question is not None
            else ""
        )

    def eventFilter(self, watched, event) -> bool:
        if watched is self.heading and event.type() == QEvent.Type.Resize:
            self._elide_heading()
        return super().eventFilter(watched, event)

    def _elide_heading(self) -> None:
        """The title line, cut with "…" where it is longer than the band is wide (in full in its tooltip): cut
        to the line's own width after every change of it (a Spanish title was cut to the band's width before
        the window laid the band out narrower)."""
        full = self.heading.toolTip()
        width = max(self.heading.contentsRect().width(), 50)
        self.heading.setText(self.heading.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_height()
        super().changeEvent(event)

    @property
    def step(self) -> LessonStep | None:
        return self.lesson.steps[self.index] if self.lesson is not None else None

    def open(self, lesson: Lesson) -> None:
        """Start `lesson` at its first step."""
        self.lesson = lesson
        self.go(0)

    def go(self, index: int) -> None:
        """Show step `index` and ask for it to be applied."""
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        self.index = index
        self.answer_shown = False
        self._show()
        self.step_requested.emit(self.lesson.steps[index])

    def next(self) -> None:
        self.go(self.index + 1)

    def back(self) -> None:
        self.go(self.index - 1)

    @property
    def at_end(self) -> bool:
        return self.lesson is not None and self.index == len(self.lesson.steps) - 1

    def _html(self, index: int, answer: bool) -> str:
        """Step `index` as the text shows it: its title (but in the band), text, question, answer if `answer`."""
        lesson = self.lesson
        assert lesson is not None
        step, count = lesson.steps[index], len(lesson.steps)
        heading = translate("lesson_panel", "<b>{lesson}</b> — step {step} of {count}: <b>{title}</b>").format(
            lesson=rich_text(lesson.title), step=index + 1, count=count, title=rich_text(step.title)
        )
        parts = [] if self.band else [heading]
        parts.append(f"<p style='margin-top:{0 if self.band else 2}px'>{rich_text(step.text)}</p>")
        if step.question is not None and not self.band:  # the band shows it on its own
            parts.append(f"<p>{self._question_html(step)}</p>")
        if answer and step.answer is not None:
            said = translate("lesson_panel", "<b>Answer:</b> {answer}").format(answer=rich_text(step.answer))
            parts.append(f"<p><a name='answer'></a>{said}</p>")
        if index == count - 1:
            parts.append(
                translate("lesson_panel", "<p><i>End of the lesson: File → Export handout saves it as a PDF.</i></p>")
            )
        return "".join(parts)

    def _show(self) -> None:
        lesson, step = self.lesson, self.step
        assert lesson is not None and step is not None
        count = len(lesson.steps)
        self.heading.setToolTip(
            plain(
                translate("lesson_panel", "{lesson} — step {step} of {count}: {title}").format(
                    lesson=lesson.title, step=self.index + 1, count=count, title=step.title
                )
            )
        )
        self.text.setHtml(self._html(self.index, self.answer_shown))
        self.question.setHtml(self._question_html(step))
        self.question.setVisible(self.band)  # empty where the step asks nothing: the band keeps its height
        self._fit_height()
        if self.answer_shown:  # the answer's first line at the top (or as high as the text goes)
            self.text.scrollToAnchor("answer")
        self.answer_button.setVisible(step.question is not None)
        self.answer_button.setText(
            translate("lesson_panel", "Hide") if self.answer_shown else translate("lesson_panel", "Answer")
        )
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)

    def show_answer(self, shown: bool) -> None:
        """The answer to the step's question, shown under it (or hidden again)."""
        self.answer_shown = shown
        if self.step is not None:
            self._show()
