<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>fourier-gui — Fourier&apos;s law from Schrödinger dynamics</source>
        <extracomment>The title bar&apos;s text; an opened session&apos;s file name goes in front of it.</extracomment>
        <translation>fourier-gui — das Fouriersche Gesetz aus der Schrödinger-Dynamik</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>Die Diagramme werden geladen…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>t in ħ/ΔE</source>
        <translation>t in ħ/ΔE</translation>
    </message>
    <message>
        <source>Time axis unit</source>
        <translation>Einheit der Zeitachse</translation>
    </message>
    <message>
        <source>Show time in units of ħ/ΔE or as γt, the HAM time scale</source>
        <translation>Zeit in Einheiten von ħ/ΔE oder als γt, der Zeitskala von HAM</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>A guided lesson: each step sets the parameters and asks a question (PageDown: next)</source>
        <translation>Eine geführte Lektion: Jeder Schritt setzt die Parameter und stellt eine Frage (Bild ab: weiter)</translation>
    </message>
    <message>
        <source> Time: </source>
        <translation> Zeit: </translation>
    </message>
    <message>
        <source>Cannot run: {reason}</source>
        <translation>Start nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Preset: {title}</source>
        <translation>Voreinstellung: {title}</translation>
    </message>
    <message>
        <source>a run is in progress</source>
        <translation>ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run (Ctrl+R)</source>
        <translation>Starten (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Paused — Resume to continue</source>
        <translation>Angehalten — Fortsetzen, um weiterzurechnen</translation>
    </message>
    <message>
        <source>The plots show the previous parameters: Run to update</source>
        <translation>Die Diagramme zeigen die vorigen Parameter: Starten, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>fourier-gui will speak {language} from its next start.</source>
        <translation>fourier-gui spricht ab dem nächsten Start {language}.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>About fourier-gui</source>
        <translation>Über fourier-gui</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch Fourier&apos;s law emerge from Schrödinger dynamics.&lt;/p&gt;&lt;p&gt;After M. Michel, G. Mahler and J. Gemmer, &lt;i&gt;Fourier&apos;s Law from Schrödinger Dynamics&lt;/i&gt;, Phys. Rev. Lett. &lt;b&gt;95&lt;/b&gt;, 180602 (2005), doi:10.1103/PhysRevLett.95.180602.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sehen Sie, wie das Fouriersche Gesetz aus der Schrödinger-Dynamik entsteht.&lt;/p&gt;&lt;p&gt;Nach M. Michel, G. Mahler und J. Gemmer, &lt;i&gt;Fourier&apos;s Law from Schrödinger Dynamics&lt;/i&gt;, Phys. Rev. Lett. &lt;b&gt;95&lt;/b&gt;, 180602 (2005), doi:10.1103/PhysRevLett.95.180602.&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy citation (BibTeX)</source>
        <translation>Zitat kopieren (BibTeX)</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry of the paper to the clipboard</source>
        <translation>Einen BibTeX-Eintrag der Arbeit in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the shown run (also a stopped one) as CSV, with the parameters it was run with</source>
        <translation>Den gezeigten Lauf (auch einen angehaltenen) als CSV speichern, mit den Parametern, mit denen er lief</translation>
    </message>
    <message>
        <source>Export &amp;animation (MP4 or GIF)…</source>
        <translation>&amp;Animation exportieren (MP4 oder GIF)…</translation>
    </message>
    <message>
        <source>Save the run&apos;s playback as a video for slides: P_μ(t) with its cursor and the small views</source>
        <translation>Die Wiedergabe des Laufs als Video für Folien speichern: P_μ(t) mit seinem Cursor und den kleinen Ansichten</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>&amp;Arbeitsblatt exportieren (PDF)…</translation>
    </message>
    <message>
        <source>The lesson (or the shown run) as a PDF for students: a figure per step, its question and lines to answer</source>
        <translation>Die Lektion (oder der gezeigte Lauf) als PDF für Studierende: eine Abbildung je Schritt, ihre Frage und Zeilen für die Antwort</translation>
    </message>
    <message>
        <source>Export answer &amp;key (PDF)…</source>
        <translation>&amp;Lösungsblatt exportieren (PDF)…</translation>
    </message>
    <message>
        <source>The lesson&apos;s handout with the answers, for the teacher</source>
        <translation>Das Arbeitsblatt der Lektion mit den Antworten, für die Lehrkraft</translation>
    </message>
    <message>
        <source>P&amp;rint handout…</source>
        <translation>Arbeitsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the lesson&apos;s handout (or the shown run&apos;s) on a printer chosen in the print dialog</source>
        <translation>Das Arbeitsblatt der Lektion (oder des gezeigten Laufs) auf einem im Druckdialog gewählten Drucker drucken</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson file (docs/contracts.md)</source>
        <translation>Eine Lektionsdatei öffnen (docs/contracts.md)</translation>
    </message>
    <message>
        <source>Add to lesso&amp;n…</source>
        <translation>Zur Lektio&amp;n hinzufügen…</translation>
    </message>
    <message>
        <source>The shown run as a lesson step: its parameters, tab and view, your text, question and answer</source>
        <translation>Der gezeigte Lauf als Lektionsschritt: seine Parameter, Registerkarte und Ansicht, Ihr Text, Frage und Antwort</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;window</source>
        <translation>&amp;Fenster kopieren</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Run the exact and HAM dynamics (Ctrl+R)</source>
        <translation>Die exakte und die HAM-Dynamik berechnen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run (Ctrl+P)</source>
        <translation>Den Lauf anhalten oder fortsetzen (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the run, keeping what was computed (Esc)</source>
        <translation>Den Lauf beenden, das Berechnete bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all: clear the results and restore the preset&apos;s parameters</source>
        <translation>Alles zurücksetzen: Ergebnisse löschen und die Parameter der Voreinstellung wiederherstellen</translation>
    </message>
    <message>
        <source>Reset parameters to &amp;defaults</source>
        <translation>Parameter auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Show or fold away the parameters (F4)</source>
        <translation>Die Parameter zeigen oder einklappen (F4)</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklärung</translation>
    </message>
    <message>
        <source>What you see, and what to try next (F1)</source>
        <translation>Was Sie sehen und was Sie als Nächstes ausprobieren können (F1)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large fonts, thick curves, high contrast, advanced fields hidden: for a projector (F5)</source>
        <translation>Große Schrift, dicke Kurven, hoher Kontrast, erweiterte Felder ausgeblendet: für den Beamer (F5)</translation>
    </message>
    <message>
        <source>&amp;Next view on the stage</source>
        <translation>&amp;Nächste Ansicht auf der Bühne</translation>
    </message>
    <message>
        <source>Presentation mode: show the next view large (V); a click on a view in the strip does too</source>
        <translation>Präsentationsmodus: die nächste Ansicht groß zeigen (V); ein Klick auf eine Ansicht in der Leiste ebenso</translation>
    </message>
    <message>
        <source>Previous view on the stage</source>
        <translation>Vorige Ansicht auf der Bühne</translation>
    </message>
    <message>
        <source>Presentation mode: show the previous view large (Shift+V)</source>
        <translation>Präsentationsmodus: die vorige Ansicht groß zeigen (Umschalt+V)</translation>
    </message>
    <message>
        <source>Draw with the &amp;pen</source>
        <translation>Mit dem &amp;Stift zeichnen</translation>
    </message>
    <message>
        <source>Presentation mode: draw over the stage with the mouse (P); cleared at the next step and by C</source>
        <translation>Präsentationsmodus: mit der Maus über die Bühne zeichnen (P); beim nächsten Schritt und mit C gelöscht</translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation>Zeichnung &amp;löschen</translation>
    </message>
    <message>
        <source>Presentation mode: wipe the pen&apos;s strokes (C)</source>
        <translation>Präsentationsmodus: die Striche des Stifts löschen (C)</translation>
    </message>
    <message>
        <source>The window&apos;s language from its next start (kept in the settings)</source>
        <translation>Die Sprache des Fensters ab dem nächsten Start (in den Einstellungen gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>Show the welcome: what you see and what to try</source>
        <translation>Die Begrüßung zeigen: was Sie sehen und was Sie ausprobieren können</translation>
    </message>
    <message>
        <source>&amp;About fourier-gui</source>
        <translation>&amp;Über fourier-gui</translation>
    </message>
    <message>
        <source>Copy {plot}</source>
        <translation>{plot} kopieren</translation>
    </message>
    <message>
        <source>&amp;Play / pause playback</source>
        <translation>Wiedergabe &amp;abspielen / anhalten</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>To the &amp;start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <source>To the &amp;end (follow the run)</source>
        <translation>Zum &amp;Ende (dem Lauf folgen)</translation>
    </message>
    <message>
        <source>System view coloured by &amp;temperature</source>
        <translation>Systemansicht nach &amp;Temperatur gefärbt</translation>
    </message>
    <message>
        <source>Colour the system view&apos;s subunits by their local temperature T_μ instead of their excitation P_μ</source>
        <translation>Die Teilsysteme der Systemansicht nach ihrer lokalen Temperatur T_μ statt nach ihrer Anregung P_μ färben</translation>
    </message>
    <message>
        <source>System view as a &amp;heat map (grids)</source>
        <translation>Systemansicht als &amp;Wärmebild (Gitter)</translation>
    </message>
    <message>
        <source>Draw a grid of subunits as a heat map of P_μ (or T_μ) instead of discs</source>
        <translation>Ein Gitter von Teilsystemen als Wärmebild von P_μ (oder T_μ) statt als Scheiben zeichnen</translation>
    </message>
    <message>
        <source>&amp;Compare with previous run</source>
        <translation>Mit dem vorigen Lauf &amp;vergleichen</translation>
    </message>
    <message>
        <source>Draw the previous run&apos;s P_μ(t) faintly, dashed, behind the new one</source>
        <translation>P_μ(t) des vorigen Laufs blass und gestrichelt hinter dem neuen zeichnen</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>Laufsteuerung</translation>
    </message>
</context>
<context>
    <name>add_to_lesson</name>
    <message>
        <source>Dynamics</source>
        <extracomment>The tabs&apos; names (TABS, capitalized) for the translators.</extracomment>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Levels or system</source>
        <extracomment>The small views by the names the window&apos;s tabs show them under.</extracomment>
        <translation>Niveaus oder System</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add to lesson</source>
        <translation>Zur Lektion hinzufügen</translation>
    </message>
    <message>
        <source>The lesson file: the step is added at its end; a new file starts a new lesson</source>
        <translation>Die Lektionsdatei: Der Schritt wird am Ende angefügt; eine neue Datei beginnt eine neue Lektion</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>for a new lesson file (else the file&apos;s name)</source>
        <translation>für eine neue Lektionsdatei (sonst der Dateiname)</translation>
    </message>
    <message>
        <source>e.g. Too few levels</source>
        <translation>z. B. Zu wenige Niveaus</translation>
    </message>
    <message>
        <source>What the class should watch, in plain words</source>
        <translation>Was die Klasse beobachten soll, in einfachen Worten</translation>
    </message>
    <message>
        <source>about what is on screen in this step (optional)</source>
        <translation>zu dem, was in diesem Schritt zu sehen ist (optional)</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(wie es ist)</translation>
    </message>
    <message>
        <source>Run when the step opens</source>
        <translation>Beim Öffnen des Schritts starten</translation>
    </message>
    <message>
        <source>Lesson file</source>
        <translation>Lektionsdatei</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Was zu beobachten ist</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Registerkarte</translation>
    </message>
    <message>
        <source>Small view</source>
        <translation>Kleine Ansicht</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Lessons (*.lesson.json *.json)</source>
        <translation>Lektionen (*.lesson.json *.json)</translation>
    </message>
    <message>
        <source>choose a lesson file</source>
        <translation>wählen Sie eine Lektionsdatei</translation>
    </message>
    <message>
        <source>Cannot add the step</source>
        <translation>Schritt kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>allowed</name>
    <message>
        <source>integer {0} … {1}</source>
        <translation>ganze Zahl {0} … {1}</translation>
    </message>
    <message>
        <source>{0} &lt; bandwidth &lt; {1}</source>
        <translation>{0} &lt; bandwidth &lt; {1}</translation>
    </message>
    <message>
        <source>{0} &lt; lam, finite</source>
        <translation>{0} &lt; lam, endlich</translation>
    </message>
    <message>
        <source>one of complex, real</source>
        <translation>complex oder real</translation>
    </message>
    <message>
        <source>one of single, double</source>
        <translation>eines von single, double</translation>
    </message>
    <message>
        <source>Initial state ψ(0): a random state in one site&apos;s band (the paper&apos;s choice), one single level, or a random band state on every site with chosen weights P_μ(0).</source>
        <translation>Anfangszustand ψ(0): ein zufälliger Zustand im Band eines Platzes (die Wahl der Arbeit), ein einzelnes Niveau oder ein zufälliger Bandzustand auf jedem Platz mit gewählten Gewichten P_μ(0).</translation>
    </message>
    <message>
        <source>{0} &lt; t_max, finite</source>
        <translation>{0} &lt; t_max, endlich</translation>
    </message>
    <message>
        <source>{0} &lt; t_max_gamma, finite</source>
        <translation>{0} &lt; t_max_gamma, endlich</translation>
    </message>
    <message>
        <source>one of auto, eigen, chebyshev</source>
        <translation>auto, eigen oder chebyshev</translation>
    </message>
    <message>
        <source>How the subunits are joined (docs/physics.md §{0}): chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major); the chain is the paper&apos;s.</source>
        <translation>Wie die Teilsysteme verbunden sind (docs/physics.md §{0}): chain (Kette), ring (Ring), ladder (Leiter, 2×L Plätze) oder grid:RxC (Gitter, R·C = N Plätze, zeilenweise); die Kette ist die der Arbeit.</translation>
    </message>
    <message>
        <source>n_μ for every subunit, comma separated (e.g. {0},{1},{2}); empty: all have n levels. A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).</source>
        <translation>n_μ für jedes Teilsystem, durch Kommas getrennt (z. B. {0},{1},{2}); leer: alle haben n Niveaus. Ein Teilsystem mit mehr Niveaus trägt im Gleichgewicht mehr Energie (P_μ ∝ n_μ).</translation>
    </message>
    <message>
        <source>λ for every edge, comma separated, in the geometry&apos;s edge order; empty: all have λ. A weak bond is a contact resistance: a temperature step forms across it.</source>
        <translation>λ für jede Kante, durch Kommas getrennt, in der Kantenreihenfolge der Geometrie; leer: alle haben λ. Eine schwache Bindung ist ein Kontaktwiderstand: An ihr bildet sich eine Temperaturstufe.</translation>
    </message>
    <message>
        <source>{0} ≤ disorder, finite</source>
        <translation>{0} ≤ disorder, endlich</translation>
    </message>
    <message>
        <source>Δ_μ for every subunit in ΔE, comma separated (e.g. {0},{1},{2}): band centres at ΔE + Δ_μ. A level exchanges energy only with the neighbour&apos;s levels at its own energy, so energy stays where the bands do not overlap (HAM&apos;s energy-resolved golden rule, docs/physics.md §{3}). Empty: drawn from the disorder width W, or all 0.</source>
        <translation>Δ_μ für jedes Teilsystem in ΔE, durch Kommas getrennt (z. B. {0},{1},{2}): Bandmitten bei ΔE + Δ_μ. Ein Niveau tauscht Energie nur mit den Niveaus des Nachbarn bei seiner eigenen Energie aus, daher bleibt die Energie, wo die Bänder nicht überlappen (die energieaufgelöste Goldene Regel von HAM, docs/physics.md §{3}). Leer: aus der Unordnungsbreite W gezogen, sonst alle 0.</translation>
    </message>
    <message>
        <source>An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites {0} … N, # comments); wins over the geometry. The command line reads it from such a CSV file (--edges FILE).</source>
        <translation>Ein expliziter Graph: eine Kante a,b oder a,b,λ je Zeile oder zwischen Semikolons (Plätze {0} … N, # Kommentare); hat Vorrang vor der Geometrie. Die Kommandozeile liest ihn aus einer solchen CSV-Datei (--edges DATEI).</translation>
    </message>
</context>
<context>
    <name>animation_dialog</name>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>MP4-Video (*.mp4);;GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>For a class: one view large, big type</source>
        <extracomment>The looks and the views as the dialog names them (io/animation_file.LOOKS and VIEWS, in their order).</extracomment>
        <translation>Für den Unterricht: eine Ansicht groß, große Schrift</translation>
    </message>
    <message>
        <source>As in the window: all four views</source>
        <translation>Wie im Fenster: alle vier Ansichten</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>For a class: the chosen view fills two thirds of the frame in projector type, the views that move beside it small; κ(T) only when chosen (it is the same in every frame). As in the window: the Dynamics tab&apos;s four views in the window&apos;s type</source>
        <translation>Für den Unterricht: Die gewählte Ansicht füllt zwei Drittel des Bildes in Beamerschrift, die bewegten Ansichten klein daneben; κ(T) nur, wenn gewählt (es ist in jedem Bild gleich). Wie im Fenster: die vier Ansichten der Registerkarte Dynamik in der Schrift des Fensters</translation>
    </message>
    <message>
        <source>Animation look</source>
        <translation>Aussehen der Animation</translation>
    </message>
    <message>
        <source>The view shown large in a video for a class</source>
        <translation>Die Ansicht, die in einem Video für den Unterricht groß gezeigt wird</translation>
    </message>
    <message>
        <source>Large view</source>
        <translation>Große Ansicht</translation>
    </message>
    <message>
        <source>The video&apos;s frame size in pixels: 1280 × 720 for slides, 1920 × 1080 for a projector</source>
        <translation>Die Bildgröße des Videos in Pixeln: 1280 × 720 für Folien, 1920 × 1080 für den Beamer</translation>
    </message>
    <message>
        <source>Animation size</source>
        <translation>Größe der Animation</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Frames a second ({low} … {high})</source>
        <translation>Bilder pro Sekunde ({low} … {high})</translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source> s per 1/γ</source>
        <translation> s je 1/γ</translation>
    </message>
    <message>
        <source>Seconds of video for each relaxation time 1/γ of the run; the default plays as the window&apos;s playback at 1× (20 output times a second)</source>
        <translation>Sekunden Video je Relaxationszeit 1/γ des Laufs; der Standardwert spielt wie die Wiedergabe des Fensters bei 1× (20 Ausgabezeiten pro Sekunde)</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Geschwindigkeit der Animation</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source> s of video</source>
        <translation> s Video</translation>
    </message>
    <message>
        <source>Video length</source>
        <translation>Videolänge</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation>Nichts zu animieren</translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation>Starten Sie zuerst eine Simulation.</translation>
    </message>
    <message>
        <source>Drawing and encoding the frames…</source>
        <translation>Die Bilder werden gezeichnet und kodiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Animation cancelled; {path} was not written</source>
        <translation>Animation abgebrochen; {path} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>chain_profile</name>
    <message>
        <source>Chain profile</source>
        <translation>Kettenprofil</translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation>Teilsystem μ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Exact P_μ as bars and HAM as markers at the current time</source>
        <translation>Exaktes P_μ als Balken und HAM als Marken zur aktuellen Zeit</translation>
    </message>
    <message>
        <source>Local temperatures</source>
        <translation>Lokale Temperaturen</translation>
    </message>
    <message>
        <source>Local temperature of each subunit from (ΔE + Δ_μ)/T = ln(n_μ(1−P)/P), its own levels n_μ and band offset Δ_μ, in ΔE/k_B (docs/physics.md §4)</source>
        <translation>Lokale Temperatur jedes Teilsystems aus (ΔE + Δ_μ)/T = ln(n_μ(1−P)/P), seinen eigenen Niveaus n_μ und seiner Bandverschiebung Δ_μ, in ΔE/k_B (docs/physics.md §4)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>HAM</source>
        <translation>HAM</translation>
    </message>
    <message>
        <source>, from {low} to {high}</source>
        <translation>, von {low} bis {high}</translation>
    </message>
    <message>
        <source>Local temperatures (ΔE/k_B):  </source>
        <translation>Lokale Temperaturen (ΔE/k_B):  </translation>
    </message>
    <message>
        <source>Local temperatures T_μ of the subunits μ = 1, 2, … (ΔE/k_B): {numbers}</source>
        <translation>Lokale Temperaturen T_μ der Teilsysteme μ = 1, 2, … (ΔE/k_B): {numbers}</translation>
    </message>
    <message>
        <source>Local temperatures (ΔE/k_B): T₁ = {first} … {index} = {last}</source>
        <translation>Lokale Temperaturen (ΔE/k_B): T₁ = {first} … {index} = {last}</translation>
    </message>
    <message>
        <source>inverted (T &lt; 0)</source>
        <extracomment>A subunit holding more than its equilibrium share at infinite temperature (P_μ &gt; n_μ/(n_μ + 1), e.g. all the energy at t = 0) has an inverted population: T &lt; 0 is the physics (docs/physics.md §4), said in words.</extracomment>
        <translation>invertiert (T &lt; 0)</translation>
    </message>
    <message>
        <source>Inverted: the subunit holds more energy than even an infinite temperature gives it (P_μ &gt; n_μ/(n_μ + 1)), as subunit 1 does at the start. Its temperature is negative — hotter than any positive one: energy flows from it to every subunit at T &gt; 0.</source>
        <translation>Invertiert: Das Teilsystem trägt mehr Energie, als selbst eine unendliche Temperatur ihm gäbe (P_μ &gt; n_μ/(n_μ + 1)), wie Teilsystem 1 zu Beginn. Seine Temperatur ist negativ — heißer als jede positive: Energie fließt von ihm zu jedem Teilsystem mit T &gt; 0.</translation>
    </message>
</context>
<context>
    <name>conductivity_plot</name>
    <message>
        <source>Green squares: the conductivity the exact run measured, from the whole run (every time past t_fit), grouped by temperature; the bars span the middle half of each group. Groups with few samples, and all but the fullest of groups that would overlap, are left out; a bar stops at 15 % of the axis each way and at its edges, a square beyond the axis is drawn at its edge (▲/▼). κ_meas = (J/ΔP)·c(T̄), docs/physics.md §5.</source>
        <extracomment>κ_meas shows the temperature bins that hold at least this share of the fullest bin&apos;s samples: the median of a handful of bond-moments is noise. Markers at least this share of the T axis apart: twelve bins over 0.04 ΔE/k_B drew one solid green bar over κ(T)&apos;s peak. Of bins closer than that, the one with the most samples is shown (the figure data and the CSV keep them all). A bar reaches at most this share of the κ axis above and below its square (the rest of a wider spread is cut): a bin of few, scattered bond-moments drew a bar over the whole axis, through κ(T) and the other squares. What the green squares are, in words, then the physics.</extracomment>
        <translation>Grüne Quadrate: die im exakten Lauf gemessene Leitfähigkeit, aus dem ganzen Lauf (jede Zeit nach t_fit), nach Temperatur gruppiert; die Balken umfassen die mittlere Hälfte jeder Gruppe. Gruppen mit wenigen Werten und von sich überlappenden Gruppen alle außer der vollsten werden weggelassen; ein Balken endet nach je 15 % der Achse nach oben und unten und an ihren Rändern, ein Quadrat jenseits der Achse wird an ihrem Rand gezeichnet (▲/▼). κ_meas = (J/ΔP)·c(T̄), docs/physics.md §5.</translation>
    </message>
    <message>
        <source>κ(T), uniform chain</source>
        <extracomment>κ(T)&apos;s legend entry on a system whose bonds differ, short enough for the small view; the tooltip says more.</extracomment>
        <translation>κ(T), gleichförmige Kette</translation>
    </message>
    <message>
        <source>κ(T) of a uniform chain with the global n and λ: the bonds of this system differ (docs/physics.md §6)</source>
        <translation>κ(T) einer gleichförmigen Kette mit dem globalen n und λ: Die Bindungen dieses Systems unterscheiden sich davon (docs/physics.md §6)</translation>
    </message>
    <message>
        <source>Conductivity κ(T), eq. (16)</source>
        <translation>Leitfähigkeit κ(T), Gl. (16)</translation>
    </message>
    <message>
        <source>Conductivity and specific heat against temperature</source>
        <translation>Wärmeleitfähigkeit und spezifische Wärme über der Temperatur</translation>
    </message>
    <message>
        <source>c(T) (right axis)</source>
        <translation>c(T) (rechts)</translation>
    </message>
    <message>
        <source>κ_meas, whole run</source>
        <translation>κ_meas, ganzer Lauf</translation>
    </message>
    <message>
        <source>max κ = {kappa}
at T = {temperature}</source>
        <translation>max κ = {kappa}
bei T = {temperature}</translation>
    </message>
</context>
<context>
    <name>diffusion_plot</name>
    <message>
        <source>decay rate / γ_q</source>
        <translation>Abklingrate / γ_q</translation>
    </message>
    <message>
        <source>wavelength 2N/q (sites)</source>
        <translation>Wellenlänge 2N/q (Plätze)</translation>
    </message>
    <message>
        <source>Where diffusion ends: {quantity} against {variable}</source>
        <translation>Wo die Diffusion endet: {quantity} über {variable}</translation>
    </message>
    <message>
        <source>1/γ_q shorter than the correlation time 2π/δε: the mode is gone before a rate holds</source>
        <translation>1/γ_q kürzer als die Korrelationszeit 2π/δε: Die Mode ist abgeklungen, bevor eine Rate gilt</translation>
    </message>
    <message>
        <source>1/γ_q longer than the Heisenberg time 2πn/δε: the band&apos;s levels are resolved first</source>
        <translation>1/γ_q länger als die Heisenberg-Zeit 2πn/δε: Die Niveaus des Bandes werden vorher aufgelöst</translation>
    </message>
    <message>
        <source>runs (seeds)</source>
        <translation>Läufe (Startwerte)</translation>
    </message>
    <message>
        <source>first e-fold&lt;br&gt;median, range over seeds</source>
        <translation>erster e-Abfall&lt;br&gt;Median, Bereich</translation>
    </message>
    <message>
        <source>late decay, fit from τ_c to 20 %&lt;br&gt;median, range</source>
        <translation>spätes Abklingen ab τ_c&lt;br&gt;Median, Bereich</translation>
    </message>
</context>
<context>
    <name>diffusion_tab</name>
    <message>
        <source>Each run starts in one Fourier mode. Blue: the rate of its first e-fold, orange: of its late decay, both over HAM&apos;s γ_q. Left band: 1/γ_q under the correlation time 2π/δε; right band: over the Heisenberg time 2πn/δε (Steinigeweg, Breuer and Gemmer 2007).</source>
        <translation>Jeder Lauf startet in einer Fourier-Mode. Blau: die Rate ihres ersten Abfalls um den Faktor e, orange: ihres späten Abklingens, beide durch γ_q von HAM. Linkes Band: 1/γ_q unter der Korrelationszeit 2π/δε; rechtes Band: über der Heisenberg-Zeit 2πn/δε (Steinigeweg, Breuer und Gemmer 2007).</translation>
    </message>
    <message>
        <source>The profile 1/N + A·cos(qπ(μ−½)/N) (on a ring the even q = 2k, cos(2πk(μ−½)/N)). First e-fold: ln a_q fitted through its start up to a_q(0)/e. Late decay: fitted from τ_c while a_q stays above 20 %. A mode HAM would take to 1/e within one correlation time loses its first e-fold slower than γ_q; a mode slower than the Heisenberg time decays late slower than γ_q (docs/physics.md §5, Where diffusion ends).</source>
        <translation>Das Profil 1/N + A·cos(qπ(μ−½)/N) (auf einem Ring die geraden q = 2k, cos(2πk(μ−½)/N)). Erster e-Abfall: ln a_q angepasst vom Start bis a_q(0)/e. Spätes Abklingen: angepasst ab τ_c, solange a_q über 20 % bleibt. Eine Mode, die HAM innerhalb einer Korrelationszeit auf 1/e brächte, verliert ihren ersten Faktor e langsamer als mit γ_q; eine Mode, langsamer als die Heisenberg-Zeit, klingt spät langsamer ab als mit γ_q (docs/physics.md §5, Where diffusion ends).</translation>
    </message>
    <message>
        <source>wavelength (sites)</source>
        <extracomment>The table&apos;s columns, translated where shown (the CSV keeps its own English names, io/study_csv.py).</extracomment>
        <translation>Wellenlänge (Plätze)</translation>
    </message>
    <message>
        <source>e-fold / γ_q</source>
        <translation>e-Abfall / γ_q</translation>
    </message>
    <message>
        <source>late / γ_q</source>
        <translation>spät / γ_q</translation>
    </message>
    <message>
        <source>short</source>
        <extracomment>A mode outside diffusion&apos;s window, as the table&apos;s e-fold cell says it (transport.mode_window).</extracomment>
        <translation>kurz</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <source>Seeds per mode</source>
        <translation>Startwerte je Mode</translation>
    </message>
    <message>
        <source>Modes q</source>
        <translation>Moden q</translation>
    </message>
    <message>
        <source>c1 = 2λn/δε (eq. 14): λ = c1·δε/(2n)</source>
        <translation>c1 = 2λn/δε (Gl. 14): λ = c1·δε/(2n)</translation>
    </message>
    <message>
        <source>spread over the wavelengths</source>
        <translation>über die Wellenlängen verteilt</translation>
    </message>
    <message>
        <source>Comma-separated q (on a ring even q = 2k); empty: about eleven spread in wavelength</source>
        <translation>Durch Kommas getrennte q (auf einem Ring gerade q = 2k); leer: etwa elf, über die Wellenlängen verteilt</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschätzte Zeit</translation>
    </message>
    <message>
        <source>Study table</source>
        <translation>Tabelle der Studie</translation>
    </message>
    <message>
        <source>Cannot run: {reason}</source>
        <translation>Start nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>{runs} runs (modes {modes}), ≈ {time} on 2 quiet cores (physics/cost.py)</source>
        <translation>{runs} Läufe (Moden {modes}), ≈ {time} auf 2 freien Kernen (physics/cost.py)</translation>
    </message>
    <message>
        <source>, ≈ {time} left</source>
        <translation>, noch ≈ {time}</translation>
    </message>
    <message>
        <source>%v of %m runs ({percent} % of the work{left})</source>
        <translation>%v von %m Läufen ({percent} % der Arbeit{left})</translation>
    </message>
    <message>
        <source>Running: {done} of {total} runs{left}.</source>
        <translation>Läuft: {done} von {total} Läufen{left}.</translation>
    </message>
</context>
<context>
    <name>dynamics_plot</name>
    <message>
        <source>Site probabilities P_μ(t)</source>
        <extracomment>Opacity of the other sites&apos; curves while one site is hovered or selected. Pixels each side of the time cursor&apos;s old place painted again when it moves (its pen is at most a few wide).</extracomment>
        <translation>Besetzungen P_μ(t)</translation>
    </message>
    <message>
        <source>Exact P_μ(t) as points, the HAM prediction as lines, one colour per site</source>
        <translation>Exaktes P_μ(t) als Punkte, die HAM-Vorhersage als Linien, eine Farbe je Platz</translation>
    </message>
    <message>
        <source>previous run</source>
        <translation>voriger Lauf</translation>
    </message>
    <message>
        <source>{run} (dashed)</source>
        <translation>{run} (gestrichelt)</translation>
    </message>
    <message>
        <source>γt (dimensionless)</source>
        <translation>γt (dimensionslos)</translation>
    </message>
    <message>
        <source>site {site}</source>
        <translation>Platz {site}</translation>
    </message>
    <message>
        <source>colour: subunit μ</source>
        <translation>Farbe: Teilsystem μ</translation>
    </message>
    <message>
        <source>exact, sites 1 … {sites} (colour bar)</source>
        <translation>exakt, Plätze 1 … {sites} (Farbskala)</translation>
    </message>
    <message>
        <source>HAM (lines)</source>
        <translation>HAM (Linien)</translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation>Teilsystem μ</translation>
    </message>
    <message>
        <source>exact P_μ(t) of {sites} subunits (colour)</source>
        <translation>exaktes P_μ(t) von {sites} Teilsystemen (Farbe)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>The app keeps running. If this looks like a bug, copy the details into a report.</source>
        <translation>Das Programm läuft weiter. Wenn das nach einem Fehler aussieht, kopieren Sie die Details in einen Bericht.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Put the traceback and the versions on the clipboard</source>
        <translation>Traceback und Versionen in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>The paper&apos;s Fig. 2. Watch the exact points (one random pure state!) follow HAM&apos;s smooth lines: site 1 empties, site 2 fills first, site 3 last, and all meet at 1/3.</source>
        <translation>Abb. 2 der Arbeit. Sehen Sie, wie die exakten Punkte (ein einziger zufälliger reiner Zustand!) den glatten HAM-Linien folgen: Platz 1 leert sich, Platz 2 füllt sich zuerst, Platz 3 zuletzt, und alle treffen sich bei 1/3.</translation>
    </message>
    <message>
        <source>The first point of the paper&apos;s Fig. 3. The Studies tab repeats this run for n = 100…500 and shows the deviation D₁² shrinking like 1/n: more levels, more self-averaging.</source>
        <translation>Der erste Punkt von Abb. 3 der Arbeit. Die Registerkarte Studien wiederholt diesen Lauf für n = 100…500 und zeigt, wie die Abweichung D₁² wie 1/n schrumpft: mehr Niveaus, mehr Selbstmittelung.</translation>
    </message>
    <message>
        <source>Look at the κ(T) panel: the conductivity of eq. (16) has a maximum. Few excitations are around at low T; at high T the subunits saturate and c(T) falls.</source>
        <translation>Sehen Sie auf das κ(T)-Diagramm: Die Wärmeleitfähigkeit aus Gl. (16) hat ein Maximum. Bei tiefem T gibt es wenige Anregungen; bei hohem T sättigen die Teilsysteme, und c(T) fällt.</translation>
    </message>
    <message>
        <source>Ten subunits, the paper&apos;s largest chain. The profile panel shows a smooth, diffusive front moving down the chain; far sites fill late, with the delay of a random walk, t ∝ μ²/γ.</source>
        <translation>Zehn Teilsysteme, die längste Kette der Arbeit. Das Profil zeigt eine glatte, diffusive Front, die die Kette entlangläuft; ferne Plätze füllen sich spät, mit der Verzögerung einer Zufallsbewegung, t ∝ μ²/γ.</translation>
    </message>
    <message>
        <source>c1 = 0.1: the band holds too few levels within the coupling&apos;s energy width. The exact curves oscillate and overshoot instead of relaxing; HAM&apos;s rate picture does not apply.</source>
        <translation>c1 = 0,1: Das Band hat zu wenige Niveaus innerhalb der Energiebreite der Kopplung. Die exakten Kurven schwingen und überschießen, statt zu relaxieren; das Ratenbild von HAM gilt nicht.</translation>
    </message>
    <message>
        <source>Open the Transport tab. Each blue point is one bond at one moment: the heat current J flowing from a subunit to the next, against how much more excited the first one is (P_μ − P_μ₊₁). They lie on one straight line through zero, with the slope γ that HAM predicts: the current is proportional to the difference, which is Fourier&apos;s law, J = κ·ΔT, obtained from the Schrödinger equation alone. Compare &lt;a href=&apos;preset:no-fourier-law&apos;&gt;a chain with too few levels&lt;/a&gt;.</source>
        <translation>Öffnen Sie die Registerkarte Transport. Jeder blaue Punkt ist eine Bindung zu einem Zeitpunkt: der Wärmestrom J von einem Teilsystem zum nächsten, aufgetragen gegen den Überschuss an Anregung des ersten (P_μ − P_μ₊₁). Die Punkte liegen auf einer Geraden durch null mit der von HAM vorhergesagten Steigung γ: Der Strom ist proportional zur Differenz — das ist das Fouriersche Gesetz, J = κ·ΔT, allein aus der Schrödinger-Gleichung gewonnen. Vergleichen Sie &lt;a href=&apos;preset:no-fourier-law&apos;&gt;eine Kette mit zu wenigen Niveaus&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The same chain with ten times weaker coupling, so c1 = 0.2: each level reaches fewer than one level of the neighbour. In the Transport tab the points scatter widely: the current is not set by the population difference (the verdict: no Fourier&apos;s law), energy sloshes back and forth coherently, and σ² grows faster than t for a while. No Fourier&apos;s law here, although the Schrödinger equation is the same. Compare &lt;a href=&apos;preset:fourier-law&apos;&gt;the diffusive chain&lt;/a&gt;.</source>
        <translation>Dieselbe Kette mit zehnmal schwächerer Kopplung, also c1 = 0,2: Jedes Niveau erreicht weniger als ein Niveau des Nachbarn. In der Registerkarte Transport streuen die Punkte weit: Der Strom wird nicht von der Besetzungsdifferenz bestimmt (das Urteil: kein Fouriersches Gesetz), die Energie schwappt kohärent hin und her, und σ² wächst eine Weile schneller als t. Hier gilt kein Fouriersches Gesetz, obwohl die Schrödinger-Gleichung dieselbe ist. Vergleichen Sie &lt;a href=&apos;preset:fourier-law&apos;&gt;die diffusive Kette&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>c2 = 4: the coupling is strong compared with the band. Energy does not hop by small independent steps, the exact run departs from HAM&apos;s rate equation.</source>
        <translation>c2 = 4: Die Kopplung ist stark im Vergleich zum Band. Die Energie springt nicht in kleinen unabhängigen Schritten, der exakte Lauf weicht von der Ratengleichung von HAM ab.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not diffusive: too few levels (c1 &amp;lt; 1)&lt;/h3&gt;&lt;p&gt;{values}. The coupling λ connects each level to only a handful of levels on the neighbour, so the band behaves like a few discrete states. The excitation swings back and forth (like a Rabi oscillation) instead of flowing at a fixed rate. Try &lt;a href=&apos;{more_levels}&apos;&gt;ten times more levels&lt;/a&gt; or &lt;a href=&apos;{stronger}&apos;&gt;a stronger coupling&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nicht diffusiv: zu wenige Niveaus (c1 &amp;lt; 1)&lt;/h3&gt;&lt;p&gt;{values}. Die Kopplung λ verbindet jedes Niveau nur mit einer Handvoll Niveaus des Nachbarn, sodass sich das Band wie wenige diskrete Zustände verhält. Die Anregung pendelt hin und her (wie eine Rabi-Oszillation), statt mit fester Rate zu fließen. Versuchen Sie &lt;a href=&apos;{more_levels}&apos;&gt;zehnmal mehr Niveaus&lt;/a&gt; oder &lt;a href=&apos;{stronger}&apos;&gt;eine stärkere Kopplung&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coupling too strong (c2 {relation} 1)&lt;/h3&gt;&lt;p&gt;{values}. Eq. (14) asks c2 ≪ 1: the coupling must be weak compared with the band width, so that each hop is an independent, Fermi-golden-rule event. Here it is not, and HAM&apos;s rate γ overestimates the transport. Try &lt;a href=&apos;{weaker}&apos;&gt;a ten times weaker coupling&lt;/a&gt; or &lt;a href=&apos;preset:fig2&apos;&gt;the Fig. 2 chain&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kopplung zu stark (c2 {relation} 1)&lt;/h3&gt;&lt;p&gt;{values}. Gl. (14) verlangt c2 ≪ 1: Die Kopplung muss schwach gegenüber der Bandbreite sein, damit jeder Sprung ein unabhängiges Ereignis nach Fermis Goldener Regel ist. Hier ist sie es nicht, und die Rate γ von HAM überschätzt den Transport. Versuchen Sie &lt;a href=&apos;{weaker}&apos;&gt;eine zehnmal schwächere Kopplung&lt;/a&gt; oder &lt;a href=&apos;preset:fig2&apos;&gt;die Kette aus Abb. 2&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diffusive regime (eq. 14 is met)&lt;/h3&gt;&lt;p&gt;{values}. Energy hops between neighbours at the rate γ, like a random walk: the exact points follow HAM&apos;s lines, and P&lt;sub&gt;μ&lt;/sub&gt; relaxes smoothly without oscillating. Compare &lt;a href=&apos;preset:ballistic&apos;&gt;too few levels&lt;/a&gt; and &lt;a href=&apos;preset:strong-coupling&apos;&gt;too strong a coupling&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diffusives Regime (Gl. 14 erfüllt)&lt;/h3&gt;&lt;p&gt;{values}. Die Energie springt mit der Rate γ zwischen Nachbarn, wie bei einer Zufallsbewegung: Die exakten Punkte folgen den HAM-Linien, und P&lt;sub&gt;μ&lt;/sub&gt; relaxiert glatt, ohne zu schwingen. Vergleichen Sie &lt;a href=&apos;preset:ballistic&apos;&gt;zu wenige Niveaus&lt;/a&gt; und &lt;a href=&apos;preset:strong-coupling&apos;&gt;eine zu starke Kopplung&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bands at different energies&lt;/h3&gt;&lt;p&gt;Energy is conserved: a level exchanges energy only with the neighbour&apos;s levels at its own energy. Where neighbouring bands do not overlap, energy stays where it is, so the excitation does not spread to 1/N; HAM follows it energy by energy (the golden rule per energy, docs/physics.md §6) and ends at the share of each energy&apos;s states.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Energiebänder bei verschiedenen Energien&lt;/h3&gt;&lt;p&gt;Die Energie ist erhalten: Ein Niveau tauscht Energie nur mit den Niveaus des Nachbarn bei seiner eigenen Energie aus. Wo benachbarte Bänder nicht überlappen, bleibt die Energie, wo sie ist, und die Anregung verteilt sich nicht auf 1/N; HAM verfolgt sie Energie für Energie (die Goldene Regel je Energie, docs/physics.md §6) und endet beim Anteil der Zustände jeder Energie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where equilibrium lies&lt;/h3&gt;&lt;p&gt;The subunits have different numbers of levels n&lt;sub&gt;μ&lt;/sub&gt;: in the end the excitation is spread evenly over all states with its energy, so each subunit holds it in proportion to its levels, &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = n&lt;sub&gt;μ&lt;/sub&gt;/Σn&lt;/span&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wo das Gleichgewicht liegt&lt;/h3&gt;&lt;p&gt;Die Teilsysteme haben verschieden viele Niveaus n&lt;sub&gt;μ&lt;/sub&gt;: Am Ende ist die Anregung gleichmäßig über alle Zustände ihrer Energie verteilt, jedes Teilsystem trägt sie also im Verhältnis seiner Niveaus, &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = n&lt;sub&gt;μ&lt;/sub&gt;/Σn&lt;/span&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why equilibrium is 1/N&lt;/h3&gt;&lt;p&gt;Every subunit has the same band of n levels, so in the end the excitation is spread evenly over all N·n states with its energy: each subunit holds it with probability &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = 1/N&lt;/span&gt; (the dashed line in the profile). In HAM this is the mode of the rate equations that never decays.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warum das Gleichgewicht bei 1/N liegt&lt;/h3&gt;&lt;p&gt;Jedes Teilsystem hat dasselbe Band aus n Niveaus, also ist die Anregung am Ende gleichmäßig über alle N·n Zustände ihrer Energie verteilt: Jedes Teilsystem trägt sie mit der Wahrscheinlichkeit &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = 1/N&lt;/span&gt; (die gestrichelte Linie im Profil). In HAM ist das die Mode der Ratengleichungen, die nie abklingt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>overlap only partly</source>
        <translation>überlappen nur teilweise</translation>
    </message>
    <message>
        <source>do not overlap</source>
        <translation>überlappen nicht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HAM&apos;s lines leave something out here&lt;/h3&gt;&lt;p&gt;Neighbouring bands {overlap} (offsets up to {step} δε). HAM moves energy only between levels at the same energy of neighbours; the exact dynamics also hops &lt;i&gt;through&lt;/i&gt; a neighbour at another energy (second order in λ). Expect the exact points to run ahead of HAM&apos;s lines, most on a subunit whose band matches a subunit two steps away: a few hundredths of P over ten relaxation times.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die HAM-Linien lassen hier etwas aus&lt;/h3&gt;&lt;p&gt;Benachbarte Bänder {overlap} (Verschiebungen bis {step} δε). HAM bewegt Energie nur zwischen Niveaus gleicher Energie benachbarter Teilsysteme; die exakte Dynamik springt auch &lt;i&gt;durch&lt;/i&gt; einen Nachbarn bei anderer Energie (zweite Ordnung in λ). Die exakten Punkte laufen den HAM-Linien voraus, am meisten bei einem Teilsystem, dessen Band zu einem zwei Schritte entfernten passt: einige Hundertstel von P über zehn Relaxationszeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What to look for&lt;/h3&gt;&lt;p&gt;{note}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Worauf zu achten ist&lt;/h3&gt;&lt;p&gt;{note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Here γ ≈ {gamma}, so 1/γ ≈ {time} ħ/ΔE.</source>
        <translation> Hier ist γ ≈ {gamma}, also 1/γ ≈ {time} ħ/ΔE.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What γ means&lt;/h3&gt;&lt;p&gt;&lt;span class=&apos;eq&apos;&gt;γ = 2πλ²n/δε&lt;/span&gt; (eq. 10) is Fermi&apos;s golden rule: the coupling squared times the density of final states n/δε. It is the rate at which energy hops to a neighbour; 1/γ is the time scale of the whole process.{gamma}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Was γ bedeutet&lt;/h3&gt;&lt;p&gt;&lt;span class=&apos;eq&apos;&gt;γ = 2πλ²n/δε&lt;/span&gt; (Gl. 10) ist Fermis Goldene Regel: das Quadrat der Kopplung mal die Zustandsdichte der Endzustände n/δε. Es ist die Rate, mit der Energie zu einem Nachbarn springt; 1/γ ist die Zeitskala des ganzen Vorgangs.{gamma}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What κ means&lt;/h3&gt;&lt;p&gt;Near equilibrium every subunit is at its own temperature T&lt;sub&gt;μ&lt;/sub&gt;. The current between neighbours is &lt;span class=&apos;eq&apos;&gt;J = −γ ΔP = −γ c(T) ΔT&lt;/span&gt;: Fourier&apos;s law with &lt;span class=&apos;eq&apos;&gt;κ = γ·c(T)&lt;/span&gt; (eq. 16). κ peaks where the specific heat c(T) does (&lt;a href=&apos;preset:fig4&apos;&gt;Fig. 4&lt;/a&gt;).&lt;/p&gt;&lt;h3&gt;Is it really Fourier&apos;s law?&lt;/h3&gt;&lt;p&gt;The Transport tab measures it in the exact run, without HAM: the current through every bond, &lt;span class=&apos;eq&apos;&gt;J = 2 Im(ψ&lt;sub&gt;μ+1&lt;/sub&gt;† B ψ&lt;sub&gt;μ&lt;/sub&gt;)&lt;/span&gt;, is plotted against the population step. Points scattered about a straight line of slope γ are Fourier&apos;s law: one pure state&apos;s currents fluctuate from one correlation time 2π/δε to the next, so the verdict compares them, averaged over such windows, with the fluctuations a state must show; the green squares on the κ(T) plot are the conductivity J/ΔT it implies (the measured rate J/ΔP times the local slope c = du/dT). The spreading σ²(t) tells the same story in time: σ² ∝ t (a random walk) in the diffusive window 2π/δε ≪ t ≪ 1/γ, σ² ∝ t² while the motion is coherent (&lt;a href=&apos;preset:fourier-law&apos;&gt;holds&lt;/a&gt;, &lt;a href=&apos;preset:no-fourier-law&apos;&gt;fails&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Was κ bedeutet&lt;/h3&gt;&lt;p&gt;Nahe am Gleichgewicht hat jedes Teilsystem seine eigene Temperatur T&lt;sub&gt;μ&lt;/sub&gt;. Der Strom zwischen Nachbarn ist &lt;span class=&apos;eq&apos;&gt;J = −γ ΔP = −γ c(T) ΔT&lt;/span&gt;: das Fouriersche Gesetz mit &lt;span class=&apos;eq&apos;&gt;κ = γ·c(T)&lt;/span&gt; (Gl. 16). κ hat sein Maximum dort, wo die spezifische Wärme c(T) ihres hat (&lt;a href=&apos;preset:fig4&apos;&gt;Abb. 4&lt;/a&gt;).&lt;/p&gt;&lt;h3&gt;Ist es wirklich das Fouriersche Gesetz?&lt;/h3&gt;&lt;p&gt;Die Registerkarte Transport misst es im exakten Lauf, ohne HAM: Der Strom durch jede Bindung, &lt;span class=&apos;eq&apos;&gt;J = 2 Im(ψ&lt;sub&gt;μ+1&lt;/sub&gt;† B ψ&lt;sub&gt;μ&lt;/sub&gt;)&lt;/span&gt;, wird gegen die Besetzungsstufe aufgetragen. Punkte, die um eine Gerade der Steigung γ streuen, sind das Fouriersche Gesetz: Die Ströme eines reinen Zustands schwanken von einer Korrelationszeit 2π/δε zur nächsten, daher vergleicht das Urteil sie, über solche Fenster gemittelt, mit den Schwankungen, die ein Zustand zeigen muss; die grünen Quadrate im κ(T)-Diagramm sind die daraus folgende Leitfähigkeit J/ΔT (die gemessene Rate J/ΔP mal die lokale Steigung c = du/dT). Die Ausbreitung σ²(t) erzählt dieselbe Geschichte in der Zeit: σ² ∝ t (eine Zufallsbewegung) im diffusiven Fenster 2π/δε ≪ t ≪ 1/γ, σ² ∝ t², solange die Bewegung kohärent ist (&lt;a href=&apos;preset:fourier-law&apos;&gt;gilt&lt;/a&gt;, &lt;a href=&apos;preset:no-fourier-law&apos;&gt;gilt nicht&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>What to look for in the current regime, with links that set parameters</source>
        <translation>Worauf im aktuellen Regime zu achten ist, mit Links, die Parameter setzen</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Subunits</source>
        <translation>Teilsysteme</translation>
    </message>
    <message>
        <source>N — number of subunits in the chain (≥ 2). Each is a ground state plus a band of n levels (Fig. 1).</source>
        <translation>N — Anzahl der Teilsysteme in der Kette (≥ 2). Jedes ist ein Grundzustand plus ein Energieband aus n Niveaus (Abb. 1).</translation>
    </message>
    <message>
        <source>Levels per band</source>
        <translation>Niveaus je Band</translation>
    </message>
    <message>
        <source>n — levels in each subunit&apos;s band (≥ 1). Enters γ = 2πλ²n/δε (eq. 10) and both criteria (eq. 14).</source>
        <translation>n — Niveaus im Band jedes Teilsystems (≥ 1). Geht in γ = 2πλ²n/δε (Gl. 10) und beide Kriterien (Gl. 14) ein.</translation>
    </message>
    <message>
        <source>Band width</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>δε — width of each band in units of the gap ΔE = 1 (0 &lt; δε &lt; 1). Enters γ (eq. 10) and eq. (14).</source>
        <translation>δε — Breite jedes Bandes in Einheiten der Lücke ΔE = 1 (0 &lt; δε &lt; 1). Geht in γ (Gl. 10) und Gl. (14) ein.</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Kopplung</translation>
    </message>
    <message>
        <source>λ — strength of the next-neighbour coupling λ·V (eq. 3). γ grows like λ² (eq. 10).</source>
        <translation>λ — Stärke der Nächste-Nachbarn-Kopplung λ·V (Gl. 3). γ wächst wie λ² (Gl. 10).</translation>
    </message>
    <message>
        <source>Coupling seed</source>
        <translation>Startwert der Kopplung</translation>
    </message>
    <message>
        <source>Seed of the random coupling matrices c^(μ) (numpy default_rng). Same seed, same couplings, bit for bit.</source>
        <translation>Startwert (Seed) der zufälligen Kopplungsmatrizen c^(μ) (numpy default_rng). Gleicher Startwert, gleiche Kopplungen, Bit für Bit.</translation>
    </message>
    <message>
        <source>Random couplings</source>
        <translation>Zufällige Kopplungen</translation>
    </message>
    <message>
        <source>Ensemble of the coupling entries c_ji: complex Gaussian (default) or real Gaussian, E|c|² = 1 (eq. 3).</source>
        <translation>Ensemble der Kopplungseinträge c_ji: komplex gaußverteilt (Standard) oder reell gaußverteilt, E|c|² = 1 (Gl. 3).</translation>
    </message>
    <message>
        <source>Complex Gaussian entries (the paper&apos;s choice)</source>
        <translation>Komplexe gaußverteilte Einträge (die Wahl der Arbeit)</translation>
    </message>
    <message>
        <source>Real Gaussian entries</source>
        <translation>Reelle gaußverteilte Einträge</translation>
    </message>
    <message>
        <source>Couplings stored in</source>
        <translation>Kopplungen gespeichert in</translation>
    </message>
    <message>
        <source>How the drawn couplings λ·c_ji are stored: single precision (default: each drawn in double and rounded once, half the memory, faster runs; the run propagates exactly the stored H in double arithmetic) or double (the couplings of earlier versions, bit for bit; also any λ outside 1e-30 … 1e30). docs/physics.md §3 says why the rounding changes nothing measurable.</source>
        <translation>Wie die gezogenen Kopplungen λ·c_ji gespeichert werden: single, einfache Genauigkeit (Standard: jede in doppelter Genauigkeit gezogen und einmal gerundet, halber Speicher, schnellere Läufe; der Lauf propagiert genau das gespeicherte H in doppelter Genauigkeit) oder double, doppelte Genauigkeit (die Kopplungen früherer Versionen, Bit für Bit; auch jedes λ außerhalb 1e-30 … 1e30). docs/physics.md §3 sagt, warum das Runden nichts Messbares ändert.</translation>
    </message>
    <message>
        <source>Rounded once to single precision: half the memory (complex64, or float32 for real couplings)</source>
        <translation>Einmal auf einfache Genauigkeit gerundet: halber Speicher (complex64, oder float32 für reelle Kopplungen)</translation>
    </message>
    <message>
        <source>Double precision: the same couplings as earlier versions, bit for bit</source>
        <translation>Doppelte Genauigkeit: dieselben Kopplungen wie frühere Versionen, Bit für Bit</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Anfangszustand</translation>
    </message>
    <message>
        <source>Initial state ψ(0): a random state in one site&apos;s band (the paper&apos;s choice), one single level, or a random band state on every site with chosen weights P_μ(0).</source>
        <translation>Anfangszustand ψ(0): ein zufälliger Zustand im Band eines Platzes (die Wahl der Arbeit), ein einzelnes Niveau oder ein zufälliger Bandzustand auf jedem Platz mit gewählten Gewichten P_μ(0).</translation>
    </message>
    <message>
        <source>Random starts averaged</source>
        <translation>Gemittelte Zufallsstarts</translation>
    </message>
    <message>
        <source>K — number of random pure initial states propagated together and averaged (an ensemble: it emulates a mixed state; the spread is shown as a band).</source>
        <translation>K — Anzahl zufälliger reiner Anfangszustände, die gemeinsam propagiert und gemittelt werden (ein Ensemble: es bildet einen gemischten Zustand nach; die Streuung wird als Band gezeigt).</translation>
    </message>
    <message>
        <source>Run length</source>
        <translation>Laufdauer</translation>
    </message>
    <message>
        <source>Length of the run in ħ/ΔE (wins over the length in 1/γ when both are given).</source>
        <translation>Dauer des Laufs in ħ/ΔE (hat Vorrang vor der Dauer in 1/γ, wenn beide angegeben sind).</translation>
    </message>
    <message>
        <source>Length of the run, in units of 1/γ (the HAM time scale) or in ħ/ΔE. D₁² (eq. 15) needs ≥ 5/γ.</source>
        <translation>Dauer des Laufs in Einheiten von 1/γ (der Zeitskala von HAM) oder in ħ/ΔE. D₁² (Gl. 15) braucht ≥ 5/γ.</translation>
    </message>
    <message>
        <source>Time points</source>
        <translation>Zeitpunkte</translation>
    </message>
    <message>
        <source>M — number of output times from 0 to t_max (≥ 2).</source>
        <translation>M — Anzahl der Ausgabezeiten von 0 bis t_max (≥ 2).</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Löser</translation>
    </message>
    <message>
        <source>How the Schrödinger equation is solved. auto picks the faster of: eigen — one dense eigendecomposition of H (cost D³, cannot be interrupted while it runs); chebyshev — a Chebyshev expansion of e^(−iHt) built from products of H with the state (any size).</source>
        <translation>Wie die Schrödinger-Gleichung gelöst wird. auto wählt das schnellere von: eigen — eine dichte Eigenzerlegung von H (Aufwand D³, während der Rechnung nicht unterbrechbar); chebyshev — eine Tschebyschow-Entwicklung von e^(−iHt) aus Produkten von H mit dem Zustand (jede Größe).</translation>
    </message>
    <message>
        <source>The faster of the two for this size</source>
        <translation>Das schnellere der beiden für diese Größe</translation>
    </message>
    <message>
        <source>Dense eigendecomposition (small D)</source>
        <translation>Dichte Eigenzerlegung (kleines D)</translation>
    </message>
    <message>
        <source>Chebyshev expansion (any D)</source>
        <translation>Tschebyschow-Entwicklung (jedes D)</translation>
    </message>
    <message>
        <source>Random seed of the start</source>
        <translation>Startwert des Anfangszustands</translation>
    </message>
    <message>
        <source>Seed of the random initial state (default: the couplings&apos; seed).</source>
        <translation>Startwert des zufälligen Anfangszustands (Standard: der Startwert der Kopplungen).</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <source>How the subunits are joined (docs/physics.md §6): chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major); the chain is the paper&apos;s.</source>
        <translation>Wie die Teilsysteme verbunden sind (docs/physics.md §6): chain (Kette), ring (Ring), ladder (Leiter, 2×L Plätze) oder grid:RxC (Gitter, R·C = N Plätze, zeilenweise); die Kette ist die der Arbeit.</translation>
    </message>
    <message>
        <source>Levels of each subunit</source>
        <translation>Niveaus je Teilsystem</translation>
    </message>
    <message>
        <source>n_μ for every subunit, comma separated (e.g. 100,500,100); empty: all have n levels. A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).</source>
        <translation>n_μ für jedes Teilsystem, durch Kommas getrennt (z. B. 100,500,100); leer: alle haben n Niveaus. Ein Teilsystem mit mehr Niveaus trägt im Gleichgewicht mehr Energie (P_μ ∝ n_μ).</translation>
    </message>
    <message>
        <source>Coupling of each bond</source>
        <translation>Kopplung je Bindung</translation>
    </message>
    <message>
        <source>λ for every edge, comma separated, in the geometry&apos;s edge order; empty: all have λ. A weak bond is a contact resistance: a temperature step forms across it.</source>
        <translation>λ für jede Kante, durch Kommas getrennt, in der Kantenreihenfolge der Geometrie; leer: alle haben λ. Eine schwache Bindung ist ein Kontaktwiderstand: An ihr bildet sich eine Temperaturstufe.</translation>
    </message>
    <message>
        <source>Disorder width</source>
        <translation>Unordnungsbreite</translation>
    </message>
    <message>
        <source>Band offsets Δ_μ drawn uniformly in [−W/2, W/2] (seeded): a level exchanges energy only with the neighbour&apos;s levels at its own energy, so transport slows and, for W of a few δε, stops.</source>
        <translation>Bandverschiebungen Δ_μ, gleichverteilt in [−W/2, W/2] gezogen (mit Startwert): Ein Niveau tauscht Energie nur mit den Niveaus des Nachbarn bei seiner eigenen Energie aus, daher wird der Transport langsamer und kommt bei W von einigen δε zum Erliegen.</translation>
    </message>
    <message>
        <source>Band offset of each subunit</source>
        <translation>Bandversatz je Teilsystem</translation>
    </message>
    <message>
        <source>Δ_μ for every subunit in ΔE, comma separated (e.g. 0,0.025,0.05): band centres at ΔE + Δ_μ. A level exchanges energy only with the neighbour&apos;s levels at its own energy, so energy stays where the bands do not overlap (HAM&apos;s energy-resolved golden rule, docs/physics.md §6). Empty: drawn from the disorder width W, or all 0.</source>
        <translation>Δ_μ für jedes Teilsystem in ΔE, durch Kommas getrennt (z. B. 0,0.025,0.05): Bandmitten bei ΔE + Δ_μ. Ein Niveau tauscht Energie nur mit den Niveaus des Nachbarn bei seiner eigenen Energie aus, daher bleibt die Energie, wo die Bänder nicht überlappen (die energieaufgelöste Goldene Regel von HAM, docs/physics.md §6). Leer: aus der Unordnungsbreite W gezogen, sonst alle 0.</translation>
    </message>
    <message>
        <source>Edge list</source>
        <translation>Kantenliste</translation>
    </message>
    <message>
        <source>An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites 1 … N, # comments); wins over the geometry. The command line reads it from such a CSV file (--edges FILE).</source>
        <translation>Ein expliziter Graph: eine Kante a,b oder a,b,λ je Zeile oder zwischen Semikolons (Plätze 1 … N, # Kommentare); hat Vorrang vor der Geometrie. Die Kommandozeile liest ihn aus einer solchen CSV-Datei (--edges DATEI).</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>site probabilities P_μ(t)</source>
        <translation>Besetzungen P_μ(t)</translation>
    </message>
    <message>
        <source>level diagram</source>
        <translation>Niveauschema</translation>
    </message>
    <message>
        <source>system view</source>
        <translation>Systemansicht</translation>
    </message>
    <message>
        <source>chain profile</source>
        <translation>Kettenprofil</translation>
    </message>
    <message>
        <source>conductivity κ(T)</source>
        <translation>Wärmeleitfähigkeit κ(T)</translation>
    </message>
    <message>
        <source>Fourier&apos;s law J against ΔP</source>
        <translation>Fouriersches Gesetz J über ΔP</translation>
    </message>
    <message>
        <source>spreading σ²(t)</source>
        <translation>Ausbreitung σ²(t)</translation>
    </message>
    <message>
        <source>local exponent α(t)</source>
        <translation>lokaler Exponent α(t)</translation>
    </message>
    <message>
        <source>Fourier mode a_q(t)</source>
        <translation>Fourier-Mode a_q(t)</translation>
    </message>
    <message>
        <source>Level diagram at the shown time (chains)</source>
        <translation>Niveauschema zur gezeigten Zeit (Ketten)</translation>
    </message>
    <message>
        <source>System view at the shown time</source>
        <translation>Systemansicht zur gezeigten Zeit</translation>
    </message>
    <message>
        <source>Measured conductivity κ_meas(T)</source>
        <translation>Gemessene Wärmeleitfähigkeit κ_meas(T)</translation>
    </message>
    <message>
        <source>Transport: Fourier&apos;s law points J against ΔP</source>
        <translation>Transport: Punkte des Fourierschen Gesetzes, J über ΔP</translation>
    </message>
    <message>
        <source>Transport: σ²(t), α(t), a_q(t)</source>
        <translation>Transport: σ²(t), α(t), a_q(t)</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Nothing to export</source>
        <extracomment>Width in pixels of exported and copied plots: sharp on a 1080p projector.</extracomment>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation>Starten Sie zuerst eine Simulation.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source> (the parameters of the shown run, not the panel&apos;s)</source>
        <translation> (die Parameter des gezeigten Laufs, nicht die des Bedienfelds)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Not for this run</source>
        <translation>Nicht für diesen Lauf</translation>
    </message>
    <message>
        <source>Export {figure} as CSV</source>
        <translation>{figure} als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>A run is going</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Wait for the run to end, or Stop it, then export.</source>
        <translation>Warten Sie das Ende des Laufs ab oder stoppen Sie ihn, dann exportieren Sie.</translation>
    </message>
    <message>
        <source>No answers to give</source>
        <translation>Keine Antworten vorhanden</translation>
    </message>
    <message>
        <source>Open a lesson first: its steps ask the questions.</source>
        <translation>Öffnen Sie zuerst eine Lektion: Ihre Schritte stellen die Fragen.</translation>
    </message>
    <message>
        <source>Nothing to hand out</source>
        <translation>Nichts auszuteilen</translation>
    </message>
    <message>
        <source>Open a lesson, or run a simulation to its end, first.</source>
        <translation>Öffnen Sie zuerst eine Lektion oder lassen Sie eine Simulation bis zum Ende laufen.</translation>
    </message>
    <message>
        <source>A run of fourier-gui</source>
        <translation>Ein Lauf von fourier-gui</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <source>Steps not run yet</source>
        <translation>Schritte noch nicht gelaufen</translation>
    </message>
    <message>
        <source>Steps {steps} of the lesson have not been run yet</source>
        <translation>Die Schritte {steps} der Lektion sind noch nicht gelaufen</translation>
    </message>
    <message>
        <source>Step {steps} of the lesson has not been run yet</source>
        <translation>Schritt {steps} der Lektion ist noch nicht gelaufen</translation>
    </message>
    <message>
        <source>, so the handout would have no figure there. Go through the lesson first (PageDown), or make the handout from the command line, which runs every step: fourier-gui --lesson NAME --handout FILE.pdf.

Make the handout without those figures?</source>
        <translation>, daher hätte das Arbeitsblatt dort keine Abbildung. Gehen Sie zuerst die Lektion durch (Bild ab) oder erzeugen Sie das Arbeitsblatt auf der Kommandozeile, die jeden Schritt rechnet: fourier-gui --lesson NAME --handout DATEI.pdf.

Arbeitsblatt ohne diese Abbildungen erstellen?</translation>
    </message>
    <message>
        <source>Export answer key</source>
        <translation>Lösungsblatt exportieren</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Arbeitsblatt drucken</translation>
    </message>
    <message>
        <source>Printed the handout: {pages} page</source>
        <translation>Arbeitsblatt gedruckt: {pages} Seite</translation>
    </message>
    <message>
        <source>Printed the handout: {pages} pages</source>
        <translation>Arbeitsblatt gedruckt: {pages} Seiten</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Include the results of the current run?</source>
        <translation>Die Ergebnisse des aktuellen Laufs mitspeichern?</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>Sitzungen (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Sessions (*.json);;All files (*)</source>
        <translation>Sitzungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {path} with results up to t = {t}</source>
        <translation>{path} geöffnet, mit Ergebnissen bis t = {t}</translation>
    </message>
    <message>
        <source>Window copied to the clipboard</source>
        <translation>Fenster in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>{plot} copied to the clipboard</source>
        <translation>{plot} in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>grid_heat_map</name>
    <message>
        <source>Sweep grid</source>
        <extracomment>Cells above this count go without their value written in them.</extracomment>
        <translation>Parametergitter</translation>
    </message>
    <message>
        <source>Two-parameter sweep heat map</source>
        <translation>Wärmebild einer Variation zweier Parameter</translation>
    </message>
    <message>
        <source>{quantity}, mean over {seeds} seed(s)</source>
        <translation>{quantity}, Mittel über {seeds} Startwert(e)</translation>
    </message>
    <message>
        <source>Cell colour: log₁₀ of {quantity}, mean over {seeds} seed(s)</source>
        <translation>Zellfarbe: log₁₀ von {quantity}, Mittel über {seeds} Startwert(e)</translation>
    </message>
    <message>
        <source>Cell colour: {quantity}, mean over {seeds} seed(s)</source>
        <translation>Zellfarbe: {quantity}, Mittel über {seeds} Startwert(e)</translation>
    </message>
</context>
<context>
    <name>grid_tab</name>
    <message>
        <source>The parameter of the rows</source>
        <translation>Der Parameter der Zeilen</translation>
    </message>
    <message>
        <source>The parameter of the columns</source>
        <translation>Der Parameter der Spalten</translation>
    </message>
    <message>
        <source>Row values</source>
        <translation>Zeilenwerte</translation>
    </message>
    <message>
        <source>Column values</source>
        <translation>Spaltenwerte</translation>
    </message>
    <message>
        <source>Comma-separated values; every row value runs with every column value</source>
        <translation>Durch Kommas getrennte Werte; jeder Zeilenwert läuft mit jedem Spaltenwert</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>Startwerte je Punkt</translation>
    </message>
    <message>
        <source>Runs per cell, coupling seeds base … base+S−1 (reproducible)</source>
        <translation>Läufe je Zelle, Kopplungs-Startwerte Basis … Basis+S−1 (reproduzierbar)</translation>
    </message>
    <message>
        <source>Measured quantity</source>
        <translation>Gemessene Größe</translation>
    </message>
    <message>
        <source>What each cell shows: HAM&apos;s error D₁², or the Fourier-law fit&apos;s γ_fit/γ or R²</source>
        <translation>Was jede Zelle zeigt: den Fehler D₁² von HAM oder γ_fit/γ bzw. R² der Anpassung an das Fouriersche Gesetz</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Seeds per cell</source>
        <translation>Startwerte je Zelle</translation>
    </message>
    <message>
        <source>Each cell shows</source>
        <translation>Jede Zelle zeigt</translation>
    </message>
    <message>
        <source>Rows λ, columns n: the regime map of eq. (14) measured in exact runs. c1 = 2λn/δε grows to the upper right, c2 = λ²n/δε² too; HAM holds where both criteria do, and D₁² is small there.</source>
        <translation>Zeilen λ, Spalten n: die Regimekarte von Gl. (14), in exakten Läufen gemessen. c1 = 2λn/δε wächst nach rechts oben, c2 = λ²n/δε² ebenso; HAM gilt, wo beide Kriterien gelten, und dort ist D₁² klein.</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>Name</source>
        <extracomment>Every fixed text of the handout, in English (the source); `{name}` fields are filled after translation.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{title} — teacher&apos;s key</source>
        <translation>{title} — Lösungen für die Lehrkraft</translation>
    </message>
    <message>
        <source>With the answers.</source>
        <translation>Mit den Lösungen.</translation>
    </message>
    <message>
        <source>Not for the students.</source>
        <translation>Nicht für die Lernenden.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>(no answer given)</source>
        <translation>(keine Antwort angegeben)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>{sites} subunits ({N}) joined as {shape}, each a ground state and {band}</source>
        <translation>{sites} Teilsysteme ({N}), verbunden zu {shape}, jedes mit einem Grundzustand und {band}</translation>
    </message>
    <message>
        <source>a band of {levels} levels ({n})</source>
        <translation>einem Energieband aus {levels} Niveaus ({n})</translation>
    </message>
    <message>
        <source>a band of its own size</source>
        <translation>einem Energieband eigener Größe</translation>
    </message>
    <message>
        <source>a chain</source>
        <translation>einer Kette</translation>
    </message>
    <message>
        <source>a ring</source>
        <translation>einem Ring</translation>
    </message>
    <message>
        <source>a ladder of 2 × {cols}</source>
        <translation>einer Leiter aus 2 × {cols}</translation>
    </message>
    <message>
        <source>a grid of {rows} × {cols}</source>
        <translation>einem Gitter aus {rows} × {cols}</translation>
    </message>
    <message>
        <source>the graph of an edge list ({bonds} bonds)</source>
        <translation>dem Graphen einer Kantenliste ({bonds} Bindungen)</translation>
    </message>
    <message>
        <source>energy starts in: {start}</source>
        <translation>die Energie startet {start}</translation>
    </message>
    <message>
        <source>the band of subunit {site}</source>
        <translation>im Band von Teilsystem {site}</translation>
    </message>
    <message>
        <source>one level: subunit {site}, level {level}</source>
        <translation>in einem Niveau: Teilsystem {site}, Niveau {level}</translation>
    </message>
    <message>
        <source>the bands, in the shares {weights}</source>
        <translation>in den Bändern, in den Anteilen {weights}</translation>
    </message>
    <message>
        <source>the band of the centre subunit ({site})</source>
        <translation>im Band des mittleren Teilsystems ({site})</translation>
    </message>
    <message>
        <source>a Fourier mode q = {mode} (amplitude A = {amplitude})</source>
        <translation>in einer Fourier-Mode q = {mode} (Amplitude A = {amplitude})</translation>
    </message>
    <message>
        <source>, averaged over {samples} random starts ({K})</source>
        <translation>, gemittelt über {samples} zufällige Anfangszustände ({K})</translation>
    </message>
    <message>
        <source>run length: {length}; random couplings from seed {seed}</source>
        <translation>Laufzeit: {length}; zufällige Kopplungen aus dem Startwert (Seed) {seed}</translation>
    </message>
    <message>
        <source>{t} relaxation times 1/γ</source>
        <translation>{t} Relaxationszeiten 1/γ</translation>
    </message>
    <message>
        <source>, {points} time points</source>
        <translation>, {points} Zeitpunkte</translation>
    </message>
    <message>
        <source>random band offsets up to ±{half} ΔE (disorder {W} = {width})</source>
        <translation>zufällige Bandverschiebungen bis ±{half} ΔE (Unordnung {W} = {width})</translation>
    </message>
    <message>
        <source>… ({count} in all)</source>
        <translation>… ({count} insgesamt)</translation>
    </message>
</context>
<context>
    <name>initial_state_editor</name>
    <message>
        <source>band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>A random state in the band of one site (the paper&apos;s choice)</source>
        <translation>Ein zufälliger Zustand im Band eines Platzes (die Wahl der Arbeit)</translation>
    </message>
    <message>
        <source>One single level of one site</source>
        <translation>Ein einzelnes Niveau eines Platzes</translation>
    </message>
    <message>
        <source>A random band state on every site, with chosen weights P_μ(0)</source>
        <translation>Ein zufälliger Bandzustand auf jedem Platz, mit gewählten Gewichten P_μ(0)</translation>
    </message>
    <message>
        <source>A random state in the band of the middle site: watch the energy spread both ways</source>
        <translation>Ein zufälliger Zustand im Band des mittleren Platzes: Sehen Sie, wie sich die Energie in beide Richtungen ausbreitet</translation>
    </message>
    <message>
        <source>Weights 1/N + A·cos(qπ(μ−½)/N): a Fourier mode of the profile, which decays at one rate</source>
        <translation>Gewichte 1/N + A·cos(qπ(μ−½)/N): eine Fourier-Mode des Profils, die mit einer einzigen Rate abklingt</translation>
    </message>
    <message>
        <source>Initial state kind</source>
        <translation>Art des Anfangszustands</translation>
    </message>
    <message>
        <source>Initial band site</source>
        <translation>Platz des Anfangsbandes</translation>
    </message>
    <message>
        <source>Initial level site</source>
        <translation>Platz des Anfangsniveaus</translation>
    </message>
    <message>
        <source>Initial level index</source>
        <translation>Index des Anfangsniveaus</translation>
    </message>
    <message>
        <source>weights P_μ(0), e.g. 0.5, 0.5, 0</source>
        <translation>Gewichte P_μ(0), z. B. 0.5; 0.5; 0</translation>
    </message>
    <message>
        <source>Initial profile weights</source>
        <translation>Gewichte des Anfangsprofils</translation>
    </message>
    <message>
        <source>Mode number q</source>
        <translation>Modenzahl q</translation>
    </message>
    <message>
        <source>amplitude A (default 1/N)</source>
        <translation>Amplitude A (Standard 1/N)</translation>
    </message>
    <message>
        <source>Mode amplitude A</source>
        <translation>Modenamplitude A</translation>
    </message>
    <message>
        <source>site μ</source>
        <translation>Platz μ</translation>
    </message>
    <message>
        <source>level i</source>
        <translation>Niveau i</translation>
    </message>
    <message>
        <source>the band of site {site}</source>
        <translation>das Band von Platz {site}</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>English</source>
        <extracomment>The languages shipped with the app, by their ISO 639-1 code; English is the source language. Each language by its own name, as View → Language lists it.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>lesson_control</name>
    <message>
        <source>Lesson</source>
        <extracomment>How long a step waits for the last run to wind down before it starts its own.</extracomment>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Nächster Lektionsschritt</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Voriger Lektionsschritt</translation>
    </message>
    <message>
        <source>Show or hide the answer</source>
        <translation>Antwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lektionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot add to a lesson</source>
        <translation>Hinzufügen zur Lektion nicht möglich</translation>
    </message>
    <message>
        <source>Invalid parameters: {reason}</source>
        <translation>Ungültige Parameter: {reason}</translation>
    </message>
    <message>
        <source>Added step {step} to the lesson “{title}”</source>
        <translation>Schritt {step} zur Lektion „{title}“ hinzugefügt</translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>früherer Lauf</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Lesson</source>
        <extracomment>Presentation mode&apos;s band: the step&apos;s title on one line, its question in up to QUESTION_LINES (as many as the lesson&apos;s longest question needs), and BAND_LINES of its text, which scrolls (the answer, too).</extracomment>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Lesson step title</source>
        <translation>Titel des Lektionsschritts</translation>
    </message>
    <message>
        <source>Lesson step: what to watch, the question and its answer</source>
        <translation>Lektionsschritt: was zu beobachten ist, die Frage und ihre Antwort</translation>
    </message>
    <message>
        <source>Lesson step: the question</source>
        <translation>Lektionsschritt: die Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Show or hide the answer to the question (A)</source>
        <translation>Antwort auf die Frage zeigen oder verbergen (A)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The previous step (Page Up)</source>
        <translation>Der vorige Schritt (Bild auf)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down): sets its parameters and, where it says so, runs</source>
        <translation>Der nächste Schritt (Bild ab): setzt seine Parameter und startet, wo er es sagt, den Lauf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Close the lesson; the window keeps its parameters and runs</source>
        <translation>Die Lektion schließen; das Fenster behält seine Parameter und Läufe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;Frage:&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; — step {step} of {count}: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{lesson}&lt;/b&gt; — Schritt {step} von {count}: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; {answer}</source>
        <translation>&lt;b&gt;Antwort:&lt;/b&gt; {answer}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;End of the lesson: File → Export handout saves it as a PDF.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ende der Lektion: Datei → Arbeitsblatt exportieren speichert sie als PDF.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{lesson} — step {step} of {count}: {title}</source>
        <translation>{lesson} — Schritt {step} von {count}: {title}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>level_diagram</name>
    <message>
        <source>Level diagram (Fig. 1)</source>
        <extracomment>Bands with at most this many levels also get a line per level. Bands narrower than this (in ΔE) are drawn magnified to it, so that their levels can be told apart. Opacity of an empty level; a level holding a full band&apos;s share (P = 1 spread evenly) is opaque.</extracomment>
        <translation>Niveauschema (Abb. 1)</translation>
    </message>
    <message>
        <source>energy (ΔE)</source>
        <translation>Energie (ΔE)</translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation>Teilsystem μ</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Ground level and band of each subunit; each band&apos;s levels shaded by their population</source>
        <translation>Grundniveau und Band jedes Teilsystems; die Niveaus jedes Bandes nach ihrer Besetzung schattiert</translation>
    </message>
    <message>
        <source>bands ×{factor}</source>
        <translation>Bänder ×{factor}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus&apos; titles, each part of a MenuSpec&apos;s path (translated where the menu is made, `build_entries`).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;figure data as CSV</source>
        <translation>&amp;Abbildungsdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;plot as PNG or SVG</source>
        <translation>&amp;Diagramm als PNG oder SVG exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Small &amp;views (compact layout)</source>
        <translation>&amp;Kleine Ansichten (kompaktes Layout)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
</context>
<context>
    <name>parameter_panel</name>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Anfangszustand</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The panel shows one run length, in 1/γ or in ħ/ΔE: the field `t_max_gamma` with a unit switch. Fields with no row of their own, carried over from the parameters last shown (t_max is the run length&apos;s). Fields with a slider over decades under their editor: (low, high) of the slider (the field&apos;s own range still applies to typed values). The badges answer their row&apos;s question in plain words (the grade met / marginal / violated is their colour and their accessible description; the criterion&apos;s numbers are in the tooltip).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>barely</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>narrow</source>
        <translation>schmal</translation>
    </message>
    <message>
        <source>The couplings forget their phase long before the energy has spread: a rate, and Fourier&apos;s law, can show.</source>
        <extracomment>What a narrow or closed window means, beside a run&apos;s verdict that may still say the law holds.</extracomment>
        <translation>Die Kopplungen vergessen ihre Phase lange bevor sich die Energie ausgebreitet hat: Eine Rate und das Fouriersche Gesetz können sich zeigen.</translation>
    </message>
    <message>
        <source>Narrow: the couplings forget their phase only a little before the energy has spread, so the time in which a rate can show is short. Fourier&apos;s law can still hold — the run&apos;s verdict below says whether it did.</source>
        <translation>Schmal: Die Kopplungen vergessen ihre Phase nur kurz bevor sich die Energie ausgebreitet hat, die Zeit, in der sich eine Rate zeigen kann, ist also kurz. Das Fouriersche Gesetz kann dennoch gelten — das Urteil des Laufs unten sagt, ob es galt.</translation>
    </message>
    <message>
        <source>Closed: the energy spreads before the couplings forget their phase; no rate, and no Fourier&apos;s law, is expected.</source>
        <translation>Geschlossen: Die Energie breitet sich aus, bevor die Kopplungen ihre Phase vergessen; keine Rate und kein Fouriersches Gesetz zu erwarten.</translation>
    </message>
    <message>
        <source>(2π/δε)·γ = 4π²·c2: the correlation time 2π/δε over the relaxation time 1/γ. A rate — and Fourier&apos;s law — needs times past the first and before the second, so ≪ 1 (≤ 0.1 met, 0.1–1 marginal, &gt; 1 violated).</source>
        <translation>(2π/δε)·γ = 4π²·c2: die Korrelationszeit 2π/δε geteilt durch die Relaxationszeit 1/γ. Eine Rate — und das Fouriersche Gesetz — braucht Zeiten nach der ersten und vor der zweiten, also ≪ 1 (≤ 0,1 erfüllt, 0,1–1 grenzwertig, &gt; 1 verletzt).</translation>
    </message>
    <message>
        <source>same for all</source>
        <translation>für alle gleich</translation>
    </message>
    <message>
        <source>Parameter error</source>
        <extracomment>The machine&apos;s free memory (the run model&apos;s); without it, runs are not checked against memory.</extracomment>
        <translation>Parameterfehler</translation>
    </message>
    <message>
        <source>{field} slider</source>
        <translation>Schieberegler {field}</translation>
    </message>
    <message>
        <source>Drag to change {symbol} over decades; γ, c1 and c2 follow as you drag.</source>
        <translation>Ziehen, um {symbol} über Dekaden zu ändern; γ, c1 und c2 folgen beim Ziehen.</translation>
    </message>
    <message>
        <source>Run length unit</source>
        <translation>Einheit der Laufdauer</translation>
    </message>
    <message>
        <source>Derived (updated as you type)</source>
        <translation>Abgeleitet (beim Tippen aktualisiert)</translation>
    </message>
    <message>
        <source>Enough levels? c1</source>
        <translation>Genug Niveaus? c1</translation>
    </message>
    <message>
        <source>Weak coupling? c2</source>
        <translation>Schwache Kopplung? c2</translation>
    </message>
    <message>
        <source>Diffusive window? 4π²c2</source>
        <translation>Diffusives Fenster? 4π²c2</translation>
    </message>
    <message>
        <source>no run</source>
        <translation>kein Lauf</translation>
    </message>
    <message>
        <source>Measured in the last exact run (docs/physics.md §5): do the bond currents J follow the golden-rule drive γ·(P_μ − P_μ₊₁) (k_ab·P_a − k_ba·P_b on a graph) past the correlation time 2π/δε, within the fluctuations one pure state must show? holds (γ_fit/γ within 30 %), holds with HAM&apos;s rate off, fails, or undecided (too short or too noisy). The reason is in this badge&apos;s tooltip after a run.</source>
        <translation>Im letzten exakten Lauf gemessen (docs/physics.md §5): Folgen die Bindungsströme J nach der Korrelationszeit 2π/δε dem Antrieb der Goldenen Regel γ·(P_μ − P_μ₊₁) (k_ab·P_a − k_ba·P_b auf einem Graphen), innerhalb der Schwankungen, die ein reiner Zustand zeigen muss? gilt (γ_fit/γ innerhalb 30 %), gilt mit abweichender HAM-Rate, gilt nicht, oder unentschieden (zu kurz oder zu verrauscht). Der Grund steht nach einem Lauf im Tooltip dieser Plakette.</translation>
    </message>
    <message>
        <source>Fourier&apos;s law (run)</source>
        <translation>Fouriersches Gesetz (Lauf)</translation>
    </message>
    <message>
        <source>Problem size D = N·n</source>
        <translation>Problemgröße D = N·n</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Eq. (10): γ = 2πλ²n/δε, the HAM hopping rate; 1/γ is the diffusion time scale.</source>
        <translation>Gl. (10): γ = 2πλ²n/δε, die Sprungrate von HAM; 1/γ ist die Zeitskala der Diffusion.</translation>
    </message>
    <message>
        <source>Eq. (14): c1 = 2λn/δε ≥ 1 — enough levels within the coupling&apos;s energy width for a rate.</source>
        <translation>Gl. (14): c1 = 2λn/δε ≥ 1 — genug Niveaus innerhalb der Energiebreite der Kopplung für eine Rate.</translation>
    </message>
    <message>
        <source>Eq. (14): c2 = λ²n/δε² ≪ 1 — weak coupling (≤ 0.1 met, 0.1–1 marginal, &gt; 1 violated).</source>
        <translation>Gl. (14): c2 = λ²n/δε² ≪ 1 — schwache Kopplung (≤ 0,1 erfüllt, 0,1–1 grenzwertig, &gt; 1 verletzt).</translation>
    </message>
    <message>
        <source>D = N·n, the number of basis states the Schrödinger equation is solved in.</source>
        <translation>D = N·n, die Zahl der Basiszustände, in denen die Schrödinger-Gleichung gelöst wird.</translation>
    </message>
    <message>
        <source>Cannot set {key} = {value}: {reason}</source>
        <translation>{key} = {value} kann nicht gesetzt werden: {reason}</translation>
    </message>
    <message>
        <source>fitted rate/γ = {ratio}</source>
        <translation>angepasste Rate/γ = {ratio}</translation>
    </message>
    <message>
        <source>“{text}” is not allowed: a number from {low} to {high}</source>
        <translation>„{text}“ ist nicht erlaubt: eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>(got {value})</source>
        <translation>(erhalten: {value})</translation>
    </message>
    <message>
        <source>Too large: {reason}</source>
        <translation>Zu groß: {reason}</translation>
    </message>
    <message>
        <source>, {steps} steps</source>
        <translation>, {steps} Schritte</translation>
    </message>
</context>
<context>
    <name>playback_bar</name>
    <message>
        <source>Play</source>
        <extracomment>Output times shown per second at 1× (a 201-point run plays in 10 s). The readout at its longest, in full and short (γt only); the slider keeps at least this many lines&apos; width.</extracomment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause the replay of the run (Space)</source>
        <translation>Die Wiedergabe des Laufs abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Play or pause playback</source>
        <translation>Wiedergabe abspielen oder anhalten</translation>
    </message>
    <message>
        <source>One output time back (←)</source>
        <translation>Eine Ausgabezeit zurück (←)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>One output time forward (→)</source>
        <translation>Eine Ausgabezeit vor (→)</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>The time shown in the level diagram, the chain profile and the cursor (Home/End)</source>
        <translation>Die im Niveauschema, im Kettenprofil und am Cursor gezeigte Zeit (Pos1/Ende)</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Wiedergabezeit</translation>
    </message>
    <message>
        <source>Playback speed: 1× shows 20 output times per second</source>
        <translation>Wiedergabetempo: 1× zeigt 20 Ausgabezeiten pro Sekunde</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Start again from t = 0 at the end</source>
        <translation>Am Ende wieder bei t = 0 beginnen</translation>
    </message>
    <message>
        <source>Loop playback</source>
        <translation>Wiedergabe in Schleife</translation>
    </message>
    <message>
        <source>Playback time readout</source>
        <translation>Anzeige der Wiedergabezeit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>plot_files</name>
    <message>
        <source>Qt could not encode the image as PNG</source>
        <translation>Qt konnte das Bild nicht als PNG kodieren</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Fig. 2: diffusion in three subunits</source>
        <translation>Abb. 2: Diffusion in drei Teilsystemen</translation>
    </message>
    <message>
        <source>The paper&apos;s Fig. 2: N=3, n=500, λ=5·10⁻⁵, δε=0.05, excitation starts in the band of site 1; exact run vs HAM up to 5/γ.</source>
        <translation>Abb. 2 der Arbeit: N=3, n=500, λ=5·10⁻⁵, δε=0,05, die Anregung beginnt im Band von Platz 1; exakter Lauf gegen HAM bis 5/γ.</translation>
    </message>
    <message>
        <source>Fig. 3: HAM&apos;s error falls like 1/n</source>
        <translation>Abb. 3: Der Fehler von HAM fällt wie 1/n</translation>
    </message>
    <message>
        <source>The chain of Fig. 3 (N=3, band:1, up to 5/γ) for the n sweep n=100…500 with λ=δε/(2n) so that c1=1; the run itself is its n=100 point.</source>
        <translation>Die Kette aus Abb. 3 (N=3, band:1, bis 5/γ) für die Variation n=100…500 mit λ=δε/(2n), sodass c1=1; der Lauf selbst ist ihr Punkt n=100.</translation>
    </message>
    <message>
        <source>Fig. 4: heat conductivity κ(T)</source>
        <translation>Abb. 4: Wärmeleitfähigkeit κ(T)</translation>
    </message>
    <message>
        <source>The paper&apos;s Fig. 4: κ(T)=γ·c(T) of eq. (16) for n=500, δε=0.05, λ=5·10⁻⁵ (the run is the Fig. 2 chain near which κ is read off).</source>
        <translation>Abb. 4 der Arbeit: κ(T)=γ·c(T) aus Gl. (16) für n=500, δε=0,05, λ=5·10⁻⁵ (der Lauf ist die Kette aus Abb. 2, an der κ abgelesen wird).</translation>
    </message>
    <message>
        <source>Ten subunits: the paper&apos;s largest chain</source>
        <translation>Zehn Teilsysteme: die längste Kette der Arbeit</translation>
    </message>
    <message>
        <source>N=10, n=500 (D=5000), λ=5·10⁻⁵, δε=0.05: energy spreads from site 1 down the chain towards 1/N, up to 10/γ.</source>
        <translation>N=10, n=500 (D=5000), λ=5·10⁻⁵, δε=0,05: Die Energie breitet sich von Platz 1 die Kette entlang bis 1/N aus, bis 10/γ.</translation>
    </message>
    <message>
        <source>Ballistic: c1 well below 1</source>
        <translation>Ballistisch: c1 weit unter 1</translation>
    </message>
    <message>
        <source>n=50 with λ=5·10⁻⁵ gives c1=0.1 ≪ 1: too few levels in the band for a rate, the exact run oscillates instead of relaxing as HAM predicts.</source>
        <translation>n=50 mit λ=5·10⁻⁵ ergibt c1=0,1 ≪ 1: zu wenige Niveaus im Band für eine Rate, der exakte Lauf schwingt, statt wie von HAM vorhergesagt zu relaxieren.</translation>
    </message>
    <message>
        <source>Strong coupling: c2 above 1</source>
        <translation>Starke Kopplung: c2 über 1</translation>
    </message>
    <message>
        <source>λ=0.01 with n=100 gives c2=4 &gt; 1: the coupling outgrows the band, the dynamics is no longer a weak-coupling rate process.</source>
        <translation>λ=0,01 mit n=100 ergibt c2=4 &gt; 1: Die Kopplung übersteigt das Band, die Dynamik ist kein Ratenprozess schwacher Kopplung mehr.</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: currents follow the population steps</source>
        <translation>Fourier-Gesetz gilt: Ströme folgen den Besetzungsstufen</translation>
    </message>
    <message>
        <source>N=6, n=200, c1=2 (λ=2.5·10⁻⁴), K=8 band states from site 1: the exact bond currents follow J = γ(P_μ − P_μ₊₁): Fourier&apos;s law holds on every seed, γ_fit/γ ≈ 0.89; see the Transport tab.</source>
        <translation>N=6, n=200, c1=2 (λ=2,5·10⁻⁴), K=8 Bandzustände ab Platz 1: Die exakten Bindungsströme folgen J = γ(P_μ − P_μ₊₁): Das Fouriersche Gesetz gilt für jeden Startwert, γ_fit/γ ≈ 0,89; siehe die Registerkarte Transport.</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: too few levels in the coupling&apos;s reach (c1 = 0.2)</source>
        <translation>Kein Fourier-Gesetz: zu wenige Niveaus (c1 = 0,2)</translation>
    </message>
    <message>
        <source>The same chain with c1=0.2 (λ=2.5·10⁻⁵): energy moves coherently, the currents do not follow the population steps (the verdict: fails) and σ² grows faster than t.</source>
        <translation>Dieselbe Kette mit c1=0,2 (λ=2,5·10⁻⁵): Die Energie bewegt sich kohärent, die Ströme folgen nicht den Besetzungsstufen (das Urteil: gilt nicht), und σ² wächst schneller als t.</translation>
    </message>
    <message>
        <source>Heat on a 4×4 grid, from a corner</source>
        <translation>Wärme auf einem 4×4-Gitter, von einer Ecke aus</translation>
    </message>
    <message>
        <source>16 subunits on a 4×4 grid (n=200, c1=2, K=4): energy starts in the corner and spreads over the plane towards 1/16 everywhere.</source>
        <translation>16 Teilsysteme auf einem 4×4-Gitter (n=200, c1=2, K=4): Die Energie beginnt in der Ecke und breitet sich über die Ebene bis 1/16 überall aus.</translation>
    </message>
    <message>
        <source>A ring: no ends</source>
        <translation>Ein Ring: keine Enden</translation>
    </message>
    <message>
        <source>8 subunits in a ring (n=200, c1=2, K=4): energy starts on site 1 and spreads both ways; sites 2 and 8 fill alike.</source>
        <translation>8 Teilsysteme im Ring (n=200, c1=2, K=4): Die Energie beginnt auf Platz 1 und breitet sich in beide Richtungen aus; die Plätze 2 und 8 füllen sich gleich.</translation>
    </message>
    <message>
        <source>A heat sink: one subunit with 5× the levels</source>
        <translation>Wärmesenke: ein Teilsystem mit 5× den Niveaus</translation>
    </message>
    <message>
        <source>A chain of 5 (n=200, c1=2, K=4) whose last subunit has 1000 levels: at equilibrium it holds 1000/1800 of the energy (P_μ ∝ n_μ), not 1/5.</source>
        <translation>Eine Kette aus 5 (n=200, c1=2, K=4), deren letztes Teilsystem 1000 Niveaus hat: Im Gleichgewicht trägt es 1000/1800 der Energie (P_μ ∝ n_μ), nicht 1/5.</translation>
    </message>
    <message>
        <source>A weak bond in the middle: a contact resistance</source>
        <translation>Schwache Bindung in der Mitte: Kontaktwiderstand</translation>
    </message>
    <message>
        <source>A chain of 6 (n=200, K=4) whose middle bond is 5× weaker: energy piles up before it, a step in P and in temperature forms across the bond. The run lasts 0.32 relaxation times of the weak bond (1/γ of the slowest bond, 25× the others&apos; 1/γ).</source>
        <translation>Eine Kette aus 6 (n=200, K=4), deren mittlere Bindung 5× schwächer ist: Die Energie staut sich davor, an der Bindung bildet sich eine Stufe in P und in der Temperatur. Der Lauf dauert 0,32 Relaxationszeiten der schwachen Bindung (1/γ der langsamsten Bindung, 25× das 1/γ der übrigen).</translation>
    </message>
    <message>
        <source>A disordered chain: transport slows and stops</source>
        <translation>Ungeordnete Kette: Transport bremst und stoppt</translation>
    </message>
    <message>
        <source>A chain of 6 (n=200, c1=2, K=4) whose bands are shifted at random by up to ±1.5 δε (W = 3δε): neighbours whose bands no longer overlap exchange little energy.</source>
        <translation>Eine Kette aus 6 (n=200, c1=2, K=4), deren Bänder zufällig um bis zu ±1,5 δε verschoben sind (W = 3δε): Nachbarn, deren Bänder nicht mehr überlappen, tauschen wenig Energie aus.</translation>
    </message>
</context>
<context>
    <name>quantities</name>
    <message>
        <source>D₁² (eq. 15)</source>
        <translation>D₁² (Gl. 15)</translation>
    </message>
    <message>
        <source>R² of J = γ_fit·ΔP</source>
        <translation>R² von J = γ_fit·ΔP</translation>
    </message>
    <message>
        <source>γ_fit/γ (Fourier-law fit)</source>
        <translation>γ_fit/γ (Anpassung Fouriersches Gesetz)</translation>
    </message>
    <message>
        <source>mode decay rate / γ_q</source>
        <translation>Abklingrate der Mode / γ_q</translation>
    </message>
    <message>
        <source>mode&apos;s first e-fold rate / γ_q</source>
        <translation>Rate des ersten e-Abfalls der Mode / γ_q</translation>
    </message>
</context>
<context>
    <name>run_launch</name>
    <message>
        <source>A long run</source>
        <extracomment>How often the status looks whether the background load of the kernel has ended.</extracomment>
        <translation>Ein langer Lauf</translation>
    </message>
    <message>
        <source>This run is estimated at ≈ {time} on this machine. Start it anyway? (Fewer levels, sites, samples or time points make it shorter; Stop ends it at any time.)</source>
        <translation>Dieser Lauf dauert auf diesem Rechner schätzungsweise ≈ {time}. Trotzdem starten? (Weniger Niveaus, Plätze, Zufallsstarts oder Zeitpunkte verkürzen ihn; Stoppen beendet ihn jederzeit.)</translation>
    </message>
    <message>
        <source>Not started: estimated at ≈ {time}</source>
        <translation>Nicht gestartet: geschätzt ≈ {time}</translation>
    </message>
    <message>
        <source>Loading the fast kernel (numba) in the background: compiled once per machine</source>
        <translation>Der schnelle Rechenkern (numba) wird im Hintergrund geladen: einmal je Rechner kompiliert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>run_stage</name>
    <message>
        <source>Show {view} large (V: next view, Shift+V: previous)</source>
        <extracomment>The stage&apos;s key for the first small place (the level diagram or the system view, whichever is shown). How often the strip takes new pictures of its views (only when the run, the time or the stage moved).</extracomment>
        <translation>{view} groß zeigen (V: nächste Ansicht, Umschalt+V: vorige)</translation>
    </message>
</context>
<context>
    <name>run_status</name>
    <message>
        <source>100 % · ≈ 99.9 min left</source>
        <extracomment>Progress and timing change slowly: a few refreshes a second are enough and cost the run nothing. The progress bar&apos;s text while it counts, at its longest.</extracomment>
        <translation>100 % · noch ≈ 99,9 min</translation>
    </message>
    <message>
        <source>setting up…</source>
        <extracomment>What a run does before its first row, in plain words on the bar and in the physics&apos; words in its tooltip: the couplings drawn (and the fast kernel loaded), then the spectrum bounded (Chebyshev) or H diagonalized.</extracomment>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <source>drawing the random couplings V of the run</source>
        <translation>die zufälligen Kopplungen V des Laufs werden gezogen</translation>
    </message>
    <message>
        <source>preparing the solver…</source>
        <translation>Löser wird vorbereitet…</translation>
    </message>
    <message>
        <source>loading the fast kernel (numba): compiled once per machine</source>
        <translation>der schnelle Rechenkern (numba) wird geladen: einmal je Rechner kompiliert</translation>
    </message>
    <message>
        <source>finding the energies…</source>
        <translation>Energien werden gesucht…</translation>
    </message>
    <message>
        <source>finding the spectral interval of H for the Chebyshev propagation</source>
        <translation>das Spektralintervall von H für die Tschebyschow-Propagation wird bestimmt</translation>
    </message>
    <message>
        <source>solving at once…</source>
        <translation>Lösung in einem Schritt…</translation>
    </message>
    <message>
        <source>diagonalizing H (exact, cannot be interrupted)</source>
        <translation>H wird diagonalisiert (exakt, nicht unterbrechbar)</translation>
    </message>
    <message>
        <source>Preparing the fast solver (first run only)…</source>
        <extracomment>Every text the bar shows: its width fits the longest (at 4K a phase spilled out of the bar). The status while the fast kernel loads in the background (ui/shell/run_launch.py).</extracomment>
        <translation>Der schnelle Löser wird vorbereitet (nur beim ersten Lauf)…</translation>
    </message>
    <message>
        <source>Preparing {sites} subunits…</source>
        <translation>{sites} Teilsysteme werden vorbereitet…</translation>
    </message>
    <message>
        <source>; loading the fast kernel (numba, compiled once per machine)</source>
        <translation>; der schnelle Rechenkern wird geladen (numba, einmal je Rechner kompiliert)</translation>
    </message>
    <message>
        <source>Preparing {sizes}</source>
        <translation>Vorbereitung von {sizes}</translation>
    </message>
    <message>
        <source>computed to t = {t} ħ/ΔE in {seconds} s</source>
        <translation>berechnet bis t = {t} ħ/ΔE in {seconds} s</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>; estimated ≈ {time}</source>
        <translation>; geschätzt ≈ {time}</translation>
    </message>
    <message>
        <source> · first rows…</source>
        <translation> · erste Zeilen…</translation>
    </message>
    <message>
        <source> · ≈ {time} left</source>
        <translation> · noch ≈ {time}</translation>
    </message>
    <message>
        <source>Showing a saved run up to t = {t} ħ/ΔE</source>
        <translation>Gespeicherter Lauf bis t = {t} ħ/ΔE</translation>
    </message>
    <message>
        <source>Solving the Schrödinger equation at once (cannot be interrupted)</source>
        <translation>Die Schrödinger-Gleichung wird in einem Schritt gelöst (nicht unterbrechbar)</translation>
    </message>
    <message>
        <source>Solving the Schrödinger equation step by step</source>
        <translation>Die Schrödinger-Gleichung wird Schritt für Schritt gelöst</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Fertig in {seconds} s</translation>
    </message>
    <message>
        <source>Stopped at t = {t} ħ/ΔE</source>
        <translation>Gestoppt bei t = {t} ħ/ΔE</translation>
    </message>
    <message>
        <source>Stopped after {seconds} s at t = {t} ħ/ΔE (partial data can be exported)</source>
        <translation>Nach {seconds} s bei t = {t} ħ/ΔE gestoppt (die Teildaten lassen sich exportieren)</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>fitted rate / γ = {ratio}</source>
        <translation>angepasste Rate / γ = {ratio}</translation>
    </message>
    <message>
        <source>norm error {error}</source>
        <translation>Normfehler {error}</translation>
    </message>
</context>
<context>
    <name>run_view</name>
    <message>
        <source>Results are for the previous parameters — Run to update.</source>
        <extracomment>Above this many subunits (or on any graph) the system view replaces the level diagram. While a run computes: at most this many frames a second, and drawing (with the painting it causes, ≈ PAINT_FACTOR × the update) takes at most DRAW_DUTY of the GUI thread; the cores are the worker&apos;s. Below this width or height, in lines of text, the three small views become tabs under P_μ(t) (compact layout): side by side they would be too small for their labels and legends.</extracomment>
        <translation>Die Ergebnisse gehören zu den vorigen Parametern — Starten, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Stale results</source>
        <translation>Veraltete Ergebnisse</translation>
    </message>
    <message>
        <source>Restore their parameters</source>
        <translation>Ihre Parameter wiederherstellen</translation>
    </message>
    <message>
        <source>Put the parameters of the shown results back into the panel</source>
        <translation>Die Parameter der gezeigten Ergebnisse zurück ins Bedienfeld setzen</translation>
    </message>
    <message>
        <source>Stop, then Run to update</source>
        <translation>Stoppen, dann Starten, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>Run to update</source>
        <translation>Starten, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>Results are for the previous parameters — {then}.</source>
        <translation>Die Ergebnisse gehören zu den vorigen Parametern — {then}.</translation>
    </message>
    <message>
        <source>Small views</source>
        <translation>Kleine Ansichten</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>previous run</source>
        <translation>voriger Lauf</translation>
    </message>
</context>
<context>
    <name>save_dialogs</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>shapes</name>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Ladder of {0} × {1}</source>
        <translation>Leiter aus {0} × {1}</translation>
    </message>
    <message>
        <source>Grid of {0} × {1}</source>
        <translation>Gitter aus {0} × {1}</translation>
    </message>
    <message>
        <source>Chain profile</source>
        <translation>Kettenprofil</translation>
    </message>
    <message>
        <source>Ring profile</source>
        <translation>Ringprofil</translation>
    </message>
    <message>
        <source>Star profile</source>
        <translation>Sternprofil</translation>
    </message>
    <message>
        <source>Graph profile</source>
        <translation>Graphprofil</translation>
    </message>
    <message>
        <source>Ladder of {0} × {1} profile</source>
        <translation>Profil der Leiter aus {0} × {1}</translation>
    </message>
    <message>
        <source>Grid of {0} × {1} profile</source>
        <translation>Profil des Gitters aus {0} × {1}</translation>
    </message>
</context>
<context>
    <name>stage_pen</name>
    <message>
        <source>Drawing over the stage</source>
        <translation>Zeichnung über der Bühne</translation>
    </message>
</context>
<context>
    <name>stage_strip</name>
    <message>
        <source>Views on the stage</source>
        <translation>Ansichten auf der Bühne</translation>
    </message>
    <message>
        <source>Show {view} large</source>
        <translation>{view} groß zeigen</translation>
    </message>
</context>
<context>
    <name>studies_tab</name>
    <message>
        <source>Compute f(τ) for the current parameters</source>
        <translation>f(τ) für diese Parameter berechnen</translation>
    </message>
    <message>
        <source>Compute correlation function</source>
        <translation>Korrelationsfunktion berechnen</translation>
    </message>
    <message>
        <source>Draws the couplings of the current parameters and evaluates eq. (9) for bond 1</source>
        <translation>Zieht die Kopplungen der aktuellen Parameter und wertet Gl. (9) für Bindung 1 aus</translation>
    </message>
    <message>
        <source>f(τ) grows like τ² up to the correlation time τ_c = 2π/δε, then like γτ: the slope that Fermi&apos;s golden rule would give, and the rate of HAM (eq. 10). Past the Heisenberg time 2πn/δε the discreteness of the band shows.</source>
        <translation>f(τ) wächst bis zur Korrelationszeit τ_c = 2π/δε wie τ², dann wie γτ: die Steigung, die Fermis Goldene Regel ergäbe, und die Rate von HAM (Gl. 10). Nach der Heisenberg-Zeit 2πn/δε zeigt sich die Diskretheit des Bandes.</translation>
    </message>
    <message>
        <source>Correlation function f(τ)</source>
        <translation>Korrelationsfunktion f(τ)</translation>
    </message>
    <message>
        <source>f(τ) (eq. 9)</source>
        <translation>f(τ) (Gl. 9)</translation>
    </message>
    <message>
        <source>γτ + const</source>
        <translation>γτ + konst.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save τ, f(τ) and the fitted γτ line, with τ_c, the Heisenberg time and γ</source>
        <translation>τ, f(τ) und die angepasste γτ-Gerade speichern, mit τ_c, der Heisenberg-Zeit und γ</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the plot as PNG (1920 px wide) or SVG</source>
        <translation>Das Diagramm als PNG (1920 px breit) oder SVG speichern</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>f(τ) failed</source>
        <translation>f(τ) fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fix the invalid parameter first.</source>
        <translation>Korrigieren Sie zuerst den ungültigen Parameter.</translation>
    </message>
    <message>
        <source>Computing f(τ) for {values}…</source>
        <translation>f(τ) wird berechnet für {values}…</translation>
    </message>
    <message>
        <source>Export f(τ) as CSV</source>
        <translation>f(τ) als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export f(τ) plot</source>
        <translation>f(τ)-Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Fitted late slope / γ = {slope} (γ = {gamma}); τ_c = {tau_c}, Heisenberg time = {heisenberg} ħ/ΔE. Log–log: f ∝ τ² below τ_c, ∝ γτ above it.</source>
        <translation>Angepasste späte Steigung / γ = {slope} (γ = {gamma}); τ_c = {tau_c}, Heisenberg-Zeit = {heisenberg} ħ/ΔE. Doppelt logarithmisch: f ∝ τ² unter τ_c, ∝ γτ darüber.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <extracomment>The studies&apos; tab names and, for their tooltips, their whole names.</extracomment>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Accuracy vs n (Fig. 3): HAM&apos;s error D₁² against the number of levels</source>
        <translation>Genauigkeit über n (Abb. 3): der Fehler D₁² von HAM über der Zahl der Niveaus</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Regime map (eq. 14): D₁² and γ_fit/γ as c1 and c2 vary</source>
        <translation>Regimekarte (Gl. 14): D₁² und γ_fit/γ, wenn c1 und c2 variieren</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Correlation f(τ) (eq. 9) of the current couplings</source>
        <translation>Korrelation f(τ) (Gl. 9) der aktuellen Kopplungen</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Where diffusion ends: each wavelength&apos;s decay rate against the correlation and Heisenberg times</source>
        <translation>Wo die Diffusion endet: die Abklingrate jeder Wellenlänge gegen Korrelations- und Heisenberg-Zeit</translation>
    </message>
    <message>
        <source>Mixed states</source>
        <translation>Mischzustände</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Mixed states: D₁² against the number K of averaged random states</source>
        <translation>Gemischte Zustände: D₁² über der Zahl K gemittelter Zufallszustände</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Moden</translation>
    </message>
    <message>
        <source>Fourier modes (length scales): each wavelength&apos;s decay rate against HAM&apos;s</source>
        <translation>Fourier-Moden (Längenskalen): die Abklingrate jeder Wellenlänge gegen die von HAM</translation>
    </message>
    <message>
        <source>Grid λ × n (heat map): a quantity over a grid of couplings and band sizes</source>
        <translation>Gitter λ × n (Wärmebild): eine Größe über einem Gitter aus Kopplungen und Bandgrößen</translation>
    </message>
    <message>
        <source>Accuracy (Fig. 3)</source>
        <translation>Genauigkeit (Abb. 3)</translation>
    </message>
    <message>
        <source>HAM&apos;s error D₁² (eq. 15) against n for N = 3, as in Fig. 3; vary N instead for its inset.</source>
        <translation>Der Fehler D₁² von HAM (Gl. 15) über n für N = 3, wie in Abb. 3; variieren Sie stattdessen N für den Einschub.</translation>
    </message>
    <message>
        <source>Regime map</source>
        <translation>Regimekarte</translation>
    </message>
    <message>
        <source>λ varied at fixed n so that c1 runs from 0.1 to 40 and c2 = c1²/(4n) past 1. Shaded: where eq. (14) fails (red) or is marginal (amber).</source>
        <translation>λ variiert bei festem n, sodass c1 von 0,1 bis 40 läuft und c2 = c1²/(4n) über 1. Schattiert: wo Gl. (14) verletzt (rot) oder grenzwertig (gelb) ist.</translation>
    </message>
    <message>
        <source>K random pure states averaged emulate a mixed state; the paper conjectures a smaller deviation from HAM for it.</source>
        <translation>K gemittelte zufällige reine Zustände bilden einen gemischten Zustand nach; die Arbeit vermutet für ihn eine kleinere Abweichung von HAM.</translation>
    </message>
    <message>
        <source>Fourier modes</source>
        <translation>Fourier-Moden</translation>
    </message>
    <message>
        <source>Each run starts in the profile 1/N + A·cos(qπ(μ−½)/N). Its amplitude a_q(t) decays; the rate, fitted log-linearly from the correlation time 2π/δε on while a_q stays above 20 % of its start (past that the fluctuations of a finite band dominate), is divided by HAM&apos;s γ_q = 2γ(1 − cos(qπ/N)). Ratios near 1 at every wavelength: diffusion holds on every length scale of the chain.</source>
        <translation>Jeder Lauf beginnt im Profil 1/N + A·cos(qπ(μ−½)/N). Seine Amplitude a_q(t) klingt ab; die Rate, log-linear angepasst ab der Korrelationszeit 2π/δε, solange a_q über 20 % seines Anfangswerts bleibt (danach überwiegen die Schwankungen eines endlichen Bandes), wird durch γ_q = 2γ(1 − cos(qπ/N)) von HAM geteilt. Verhältnisse nahe 1 bei jeder Wellenlänge: Diffusion gilt auf jeder Längenskala der Kette.</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask-Scheduler</translation>
    </message>
    <message>
        <source>Where sweeps run: empty for this computer&apos;s processes, or a Dask scheduler address such as tcp://host:8786 (needs pip install &apos;fourier-gui[cluster]&apos;; see the README, Beyond one machine)</source>
        <translation>Wo Variationen laufen: leer für die Prozesse dieses Rechners, oder die Adresse eines Dask-Schedulers wie tcp://host:8786 (benötigt pip install &apos;fourier-gui[cluster]&apos;; siehe README, Beyond one machine)</translation>
    </message>
    <message>
        <source>Show the ballistic preset (c1 ≪ 1)</source>
        <translation>Ballistisch zeigen (c1 ≪ 1)</translation>
    </message>
    <message>
        <source>Show the strong-coupling preset (c2 &gt; 1)</source>
        <translation>Starke Kopplung zeigen (c2 &gt; 1)</translation>
    </message>
</context>
<context>
    <name>sweep_panel</name>
    <message>
        <source>grid</source>
        <extracomment>What rows and columns can vary, named from the table of fields (sweeps.variable_label).</extracomment>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Run {kind}</source>
        <translation>{kind} starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Run every point with every seed</source>
        <translation>Jeden Punkt mit jedem Startwert rechnen</translation>
    </message>
    <message>
        <source>Stop: cancel what has not started, end the runs in progress</source>
        <translation>Stoppen: Nicht Begonnenes abbrechen, laufende Läufe beenden</translation>
    </message>
    <message>
        <source>Save the table (one row per run plus the means) as CSV</source>
        <translation>Die Tabelle (eine Zeile je Lauf plus die Mittelwerte) als CSV speichern</translation>
    </message>
    <message>
        <source>Save the plot as PNG (1920 px wide) or SVG</source>
        <translation>Das Diagramm als PNG (1920 px breit) oder SVG speichern</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cannot run this {kind}</source>
        <translation>{kind} kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>this computer’s processes</source>
        <translation>den Prozessen dieses Rechners</translation>
    </message>
    <message>
        <source>Running {runs} runs on {where}…</source>
        <translation>{runs} Läufe auf {where}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>{outcome}: {runs} runs in {seconds} s.</source>
        <translation>{outcome}: {runs} Läufe in {seconds} s.</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The {kind} failed</source>
        <translation>{kind} fehlgeschlagen</translation>
    </message>
    <message>
        <source>study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export the {kind}&apos;s {what}</source>
        <translation>{what} der {kind} exportieren</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>sweep_tab</name>
    <message>
        <source>Fit: D₁² ∝ {symbol}^({exponent} ± {error})</source>
        <translation>Anpassung: D₁² ∝ {symbol}^({exponent} ± {error})</translation>
    </message>
    <message>
        <source>, 95 % [{low}, {high}] (shaded)</source>
        <translation>, 95 % [{low}; {high}] (schattiert)</translation>
    </message>
    <message>
        <source>   (paper: {slope})</source>
        <translation>   (Arbeit: {slope})</translation>
    </message>
    <message>
        <source>paper (Fig. 3): slope {slope}</source>
        <translation>Arbeit (Abb. 3): Steigung {slope}</translation>
    </message>
    <message>
        <source>too short</source>
        <extracomment>A mode&apos;s window (physics/transport.mode_window) outside diffusion: the table&apos;s word and its tooltip.</extracomment>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>Outside the diffusive window: HAM&apos;s decay time is under one correlation time 2π/δε</source>
        <translation>Außerhalb des diffusiven Fensters: Die Abklingzeit von HAM ist kürzer als eine Korrelationszeit 2π/δε</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>Outside the diffusive window: HAM&apos;s decay time is over the Heisenberg time 2πn/δε</source>
        <translation>Außerhalb des diffusiven Fensters: Die Abklingzeit von HAM ist länger als die Heisenberg-Zeit 2πn/δε</translation>
    </message>
    <message>
        <source>wavelength 2N/q (sites)</source>
        <translation>Wellenlänge 2N/q (Plätze)</translation>
    </message>
    <message>
        <source>Varied parameter</source>
        <translation>Variierter Parameter</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>c1 values (λ = c1·δε/(2n))</source>
        <translation>c1-Werte (λ = c1·δε/(2n))</translation>
    </message>
    <message>
        <source>Comma-separated values of the varied parameter</source>
        <translation>Durch Kommas getrennte Werte des variierten Parameters</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>Startwerte je Punkt</translation>
    </message>
    <message>
        <source>Runs per point, coupling seeds base … base+S−1 (reproducible)</source>
        <translation>Läufe je Punkt, Kopplungs-Startwerte Basis … Basis+S−1 (reproduzierbar)</translation>
    </message>
    <message>
        <source>hold c1 = 1 (paper)</source>
        <translation>c1 = 1 halten (Arbeit)</translation>
    </message>
    <message>
        <source>hold λ fixed</source>
        <translation>λ fest halten</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>hold c1 = 1: λ = δε/2n, as the paper&apos;s Fig. 3 scales λ with n; hold λ fixed: small n then violates c1 (watch eq. 14 break)</source>
        <translation>c1 = 1 halten: λ = δε/2n, wie Abb. 3 der Arbeit λ mit n skaliert; λ fest halten: kleines n verletzt dann c1 (sehen Sie, wie Gl. 14 bricht)</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <source>c1 values</source>
        <translation>c1-Werte</translation>
    </message>
    <message>
        <source>Save the plot (with the fit and its 95 % band) as PNG or SVG</source>
        <translation>Das Diagramm (mit der Anpassung und ihrem 95-%-Band) als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Fitted power law</source>
        <translation>Angepasstes Potenzgesetz</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>{quantity} mean</source>
        <translation>{quantity} Mittel</translation>
    </message>
    <message>
        <source>std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Sweep table</source>
        <translation>Tabelle der Variation</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>Mittel ± Std.-Abw.</translation>
    </message>
    <message>
        <source>outside the diffusive window</source>
        <translation>außerhalb des diffusiven Fensters</translation>
    </message>
    <message>
        <source>A mode gone within one correlation time 2π/δε (short wavelengths) or slower than the Heisenberg time 2πn/δε (long ones): its rate is not diffusion&apos;s</source>
        <translation>Eine Mode, die innerhalb einer Korrelationszeit 2π/δε verschwindet (kurze Wellenlängen) oder langsamer als die Heisenberg-Zeit 2πn/δε ist (lange): Ihre Rate ist nicht die der Diffusion</translation>
    </message>
    <message>
        <source>fitted power law</source>
        <translation>angepasstes Potenzgesetz</translation>
    </message>
    <message>
        <source>95 % band of the fitted power law: Student-t over the seeds, each seed&apos;s whole sweep fitted on its own</source>
        <translation>95-%-Band des angepassten Potenzgesetzes: Student-t über die Startwerte, die ganze Variation jedes Startwerts für sich angepasst</translation>
    </message>
    <message>
        <source>Fitted decay rate over γ against c1</source>
        <translation>Angepasste Abklingrate durch γ über c1</translation>
    </message>
    <message>
        <source>γ_fit / γ</source>
        <translation>γ_fit / γ</translation>
    </message>
    <message>
        <source>{title}: {quantity} against {variable}</source>
        <translation>{title}: {quantity} über {variable}</translation>
    </message>
</context>
<context>
    <name>system_view</name>
    <message>
        <source>System: P_μ and heat currents</source>
        <extracomment>Arrow heads no longer than this share of the shortest edge. Sites get a number and edges an arrow up to this many (one item each); beyond, the colours alone. The colour scale in this many steps: one brush each, made once, shared by every site.</extracomment>
        <translation>System: P_μ und Wärmeströme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Each subunit as a disc coloured by its excitation P_μ and sized by its levels; arrows show the heat current along each edge</source>
        <translation>Jedes Teilsystem als Scheibe, nach seiner Anregung P_μ gefärbt und nach seinen Niveaus bemessen; Pfeile zeigen den Wärmestrom entlang jeder Kante</translation>
    </message>
    <message>
        <source>colour: P_μ</source>
        <translation>Farbe: P_μ</translation>
    </message>
    <message>
        <source>colour: {quantity}</source>
        <translation>Farbe: {quantity}</translation>
    </message>
</context>
<context>
    <name>toolbar</name>
    <message>
        <source>Parameters</source>
        <extracomment>the window&apos;s attribute path (&quot;files.export_csv&quot;), a callable, or None (a dock&apos;s own show/hide) The actions of presentation mode&apos;s stage, enabled only there (their keys are free in the window: see the Playback menu&apos;s Space, Left, Right, Home, End and the lesson&apos;s PageDown, PageUp, A). The toolbar, left to right: action ids, SEPARATOR, and the names of the widgets the window makes. The toolbar&apos;s words for its actions, where a language has a shorter one than the menu&apos;s (German and Spanish at 1024 px in presentation type); in English each is the menu&apos;s text. Pause is left out: its text changes.</extracomment>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rücksetzen</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentation</translation>
    </message>
</context>
<context>
    <name>transport_view</name>
    <message>
        <source>Run a simulation to measure its heat currents.</source>
        <extracomment>The guides&apos; grey: pale on paper-white, darker in large type (a projector washes out #888), light on dark. The Fourier-law plot shows the points of this many bonds at most (evenly spread over all of them).</extracomment>
        <translation>Starten Sie eine Simulation, um ihre Wärmeströme zu messen.</translation>
    </message>
    <message>
        <source>Fourier&apos;s law verdict</source>
        <translation>Urteil zum Fourierschen Gesetz</translation>
    </message>
    <message>
        <source>Fourier&apos;s law: J_μ against P_μ − P_μ₊₁</source>
        <translation>Fouriersches Gesetz: J_μ über P_μ − P_μ₊₁</translation>
    </message>
    <message>
        <source>J vs ΔP</source>
        <translation>J über ΔP</translation>
    </message>
    <message>
        <source>Bond currents against population steps past t_fit, with slopes γ and γ_fit</source>
        <translation>Bindungsströme über Besetzungsstufen nach t_fit, mit den Steigungen γ und γ_fit</translation>
    </message>
    <message>
        <source>Spreading σ²(t)</source>
        <translation>Ausbreitung σ²(t)</translation>
    </message>
    <message>
        <source>σ² (sites²)</source>
        <translation>σ² (Plätze²)</translation>
    </message>
    <message>
        <source>Mean square distance from the start, log–log, exact and HAM</source>
        <translation>Mittlerer quadratischer Abstand vom Start, doppelt logarithmisch, exakt und HAM</translation>
    </message>
    <message>
        <source>Local exponent α = d ln σ²/d ln t</source>
        <translation>Lokaler Exponent α = d ln σ²/d ln t</translation>
    </message>
    <message>
        <source>Fourier mode a_q(t)</source>
        <translation>Fourier-Mode a_q(t)</translation>
    </message>
    <message>
        <source>Amplitude of the profile&apos;s Fourier mode q, exact and HAM</source>
        <translation>Amplitude der Fourier-Mode q des Profils, exakt und HAM</translation>
    </message>
    <message>
        <source>exact, t ≥ t_fit</source>
        <translation>exakt, t ≥ t_fit</translation>
    </message>
    <message>
        <source>HAM γ</source>
        <translation>HAM γ</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>slope γ (HAM)</source>
        <translation>Steigung γ (HAM)</translation>
    </message>
    <message>
        <source>fitted γ_fit</source>
        <translation>angepasstes γ_fit</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>∝ t (diffusive)</source>
        <translation>∝ t (diffusiv)</translation>
    </message>
    <message>
        <source>∝ t² (coherent)</source>
        <translation>∝ t² (kohärent)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Messung läuft…</translation>
    </message>
    <message>
        <source>Fourier mode a_q(t), q = {q}</source>
        <translation>Fourier-Mode a_q(t), q = {q}</translation>
    </message>
    <message>
        <source>{verdict}: {reason} (measured for t ≥ {t} ħ/ΔE)</source>
        <translation>{verdict}: {reason} (gemessen für t ≥ {t} ħ/ΔE)</translation>
    </message>
    <message>
        <source>Measuring… the verdict needs a longer run</source>
        <translation>Messung läuft… das Urteil braucht einen längeren Lauf</translation>
    </message>
    <message>
        <source>The verdict needs the run past t_fit = max(0.2/γ, 4π/δε)</source>
        <translation>Das Urteil braucht den Lauf über t_fit = max(0.2/γ, 4π/δε) hinaus</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>Fourier mode q</source>
        <translation>Fourier-Mode q</translation>
    </message>
    <message>
        <source>Subunits N</source>
        <translation>Teilsysteme N</translation>
    </message>
    <message>
        <source>subunits N</source>
        <translation>Teilsysteme N</translation>
    </message>
    <message>
        <source>Levels per band n</source>
        <translation>Niveaus je Band n</translation>
    </message>
    <message>
        <source>levels per band n</source>
        <translation>Niveaus je Band n</translation>
    </message>
    <message>
        <source>Band width δε</source>
        <translation>Bandbreite δε</translation>
    </message>
    <message>
        <source>Band width δε (ΔE)</source>
        <translation>Bandbreite δε (ΔE)</translation>
    </message>
    <message>
        <source>band width δε</source>
        <translation>Bandbreite δε</translation>
    </message>
    <message>
        <source>band width δε (ΔE)</source>
        <translation>Bandbreite δε (ΔE)</translation>
    </message>
    <message>
        <source>Coupling λ</source>
        <translation>Kopplung λ</translation>
    </message>
    <message>
        <source>Coupling λ (ΔE)</source>
        <translation>Kopplung λ (ΔE)</translation>
    </message>
    <message>
        <source>coupling λ</source>
        <translation>Kopplung λ</translation>
    </message>
    <message>
        <source>coupling λ (ΔE)</source>
        <translation>Kopplung λ (ΔE)</translation>
    </message>
    <message>
        <source>Coupling seed</source>
        <translation>Startwert der Kopplung</translation>
    </message>
    <message>
        <source>coupling seed</source>
        <translation>Startwert der Kopplung</translation>
    </message>
    <message>
        <source>Random starts averaged K</source>
        <translation>Gemittelte Zufallsstarts K</translation>
    </message>
    <message>
        <source>random starts averaged K</source>
        <translation>gemittelte Zufallsstarts K</translation>
    </message>
    <message>
        <source>Run length t_max</source>
        <translation>Laufdauer t_max</translation>
    </message>
    <message>
        <source>Run length t_max (ħ/ΔE)</source>
        <translation>Laufdauer t_max (ħ/ΔE)</translation>
    </message>
    <message>
        <source>run length t_max</source>
        <translation>Laufdauer t_max</translation>
    </message>
    <message>
        <source>run length t_max (ħ/ΔE)</source>
        <translation>Laufdauer t_max (ħ/ΔE)</translation>
    </message>
    <message>
        <source>Run length t_max (1/γ)</source>
        <translation>Laufdauer t_max (1/γ)</translation>
    </message>
    <message>
        <source>run length t_max (1/γ)</source>
        <translation>Laufdauer t_max (1/γ)</translation>
    </message>
    <message>
        <source>Time points M</source>
        <translation>Zeitpunkte M</translation>
    </message>
    <message>
        <source>time points M</source>
        <translation>Zeitpunkte M</translation>
    </message>
    <message>
        <source>Random seed of the start initial seed</source>
        <translation>Startwert des Anfangszustands</translation>
    </message>
    <message>
        <source>random seed of the start initial seed</source>
        <translation>Startwert des Anfangszustands</translation>
    </message>
    <message>
        <source>Disorder width W</source>
        <translation>Unordnungsbreite W</translation>
    </message>
    <message>
        <source>Disorder width W (ΔE)</source>
        <translation>Unordnungsbreite W (ΔE)</translation>
    </message>
    <message>
        <source>disorder width W</source>
        <translation>Unordnungsbreite W</translation>
    </message>
    <message>
        <source>disorder width W (ΔE)</source>
        <translation>Unordnungsbreite W (ΔE)</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>Fourier&apos;s law holds, outside HAM&apos;s regime</source>
        <translation>Fouriersches Gesetz gilt, außerhalb des HAM-Regimes</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds</source>
        <translation>Fouriersches Gesetz gilt</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds, rate ×{0}</source>
        <translation>Fouriersches Gesetz gilt, Rate ×{0}</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law</source>
        <translation>Kein Fouriersches Gesetz</translation>
    </message>
    <message>
        <source>Fourier&apos;s law undecided</source>
        <translation>Fouriersches Gesetz unentschieden</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds, but outside the conditions HAM is derived for: its curves may be off</source>
        <translation>Das Fouriersche Gesetz gilt, aber außerhalb der Bedingungen, unter denen HAM hergeleitet ist: Seine Kurven können abweichen</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences</source>
        <translation>Das Fouriersche Gesetz gilt: Die Ströme folgen den Energieunterschieden</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences, faster than HAM&apos;s rate</source>
        <translation>Das Fouriersche Gesetz gilt: Die Ströme folgen den Energieunterschieden, schneller als die Rate von HAM</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences, slower than HAM&apos;s rate</source>
        <translation>Das Fouriersche Gesetz gilt: Die Ströme folgen den Energieunterschieden, langsamer als die Rate von HAM</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: no energy can flow between these subunits (their bands do not overlap)</source>
        <translation>Kein Fouriersches Gesetz: Zwischen diesen Teilsystemen kann keine Energie fließen (ihre Bänder überlappen nicht)</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: the currents do not follow the energy differences</source>
        <translation>Kein Fouriersches Gesetz: Die Ströme folgen nicht den Energieunterschieden</translation>
    </message>
    <message>
        <source>Not decided yet: the run is too short to tell</source>
        <translation>Noch nicht entschieden: Der Lauf ist zu kurz dafür</translation>
    </message>
    <message>
        <source>Not decided: the currents are too noisy to tell</source>
        <translation>Nicht entschieden: Die Ströme sind zu verrauscht dafür</translation>
    </message>
    <message>
        <source>holds, outside HAM&apos;s regime</source>
        <translation>gilt, außerhalb HAM</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>gilt</translation>
    </message>
    <message>
        <source>holds, rate ×{0}</source>
        <translation>gilt, Rate ×{0}</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>gilt nicht</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>too short to tell: the run must go on past t = {0} (2 correlation times 4π/δε and {1}/γ)</source>
        <translation>zu kurz für ein Urteil: Der Lauf muss über t = {0} hinausgehen (2 Korrelationszeiten 4π/δε und {1}/γ)</translation>
    </message>
    <message>
        <source>too short to tell: fewer than three correlation-time windows past t_fit</source>
        <translation>zu kurz für ein Urteil: weniger als drei Fenster von Korrelationszeitlänge nach t_fit</translation>
    </message>
    <message>
        <source>no resonant channel: the bands of neighbouring subunits do not overlap, so the golden rule gives no rate between them (eq. {0}) and a longer run cannot change that</source>
        <translation>kein resonanter Kanal: Die Bänder benachbarter Teilsysteme überlappen nicht, daher ergibt die Goldene Regel keine Rate zwischen ihnen (Gl. {0}), und ein längerer Lauf ändert daran nichts</translation>
    </message>
    <message>
        <source>too short to tell: no drive yet (the populations are still equal)</source>
        <translation>zu kurz für ein Urteil: noch kein Antrieb (die Besetzungen sind noch gleich)</translation>
    </message>
    <message>
        <source>but c1 = {0} &lt; {1}: outside the regime HAM is derived for (eq. {2}), its populations may be off</source>
        <translation>aber c1 = {0} &lt; {1}: außerhalb des Regimes, für das HAM hergeleitet ist (Gl. {2}), seine Besetzungen können abweichen</translation>
    </message>
    <message>
        <source>no diffusive window: the correlation time 2π/δε is {0}× the relaxation time {1}/γ (4π²·c2 ≫ {2}, eq. {3}), so the populations settle before a rate can form</source>
        <translation>kein diffusives Fenster: Die Korrelationszeit 2π/δε ist {0}× die Relaxationszeit {1}/γ (4π²·c2 ≫ {2}, Gl. {3}), daher kommen die Besetzungen zur Ruhe, bevor sich eine Rate bilden kann</translation>
    </message>
    <message>
        <source>the currents do not follow the drive and c1 = {0} &lt; {1}: too few levels in the band for a rate (eq. {2})</source>
        <translation>die Ströme folgen dem Antrieb nicht, und c1 = {0} &lt; {1}: zu wenige Niveaus im Band für eine Rate (Gl. {2})</translation>
    </message>
    <message>
        <source>too noisy to tell: γ_fit/γ = {0} ± {1}</source>
        <translation>zu verrauscht für ein Urteil: γ_fit/γ = {0} ± {1}</translation>
    </message>
    <message>
        <source>average more states (samples K) or run longer</source>
        <translation>mitteln Sie über mehr Zustände (Zufallsstarts K) oder rechnen Sie länger</translation>
    </message>
    <message>
        <source>no linear law: the currents stray from the drive by more than one state&apos;s fluctuations allow (χ² = {0} &gt; {1})</source>
        <translation>kein lineares Gesetz: Die Ströme weichen stärker vom Antrieb ab, als die Schwankungen eines Zustands erlauben (χ² = {0} &gt; {1})</translation>
    </message>
    <message>
        <source>the currents follow the drive, but HAM&apos;s rate is off: γ_fit/γ = {0} ± {1}</source>
        <translation>die Ströme folgen dem Antrieb, aber die Rate von HAM weicht ab: γ_fit/γ = {0} ± {1}</translation>
    </message>
    <message>
        <source>the currents follow the golden-rule drive within one state&apos;s fluctuations: γ_fit/γ = {0} ± {1}</source>
        <translation>die Ströme folgen dem Antrieb der Goldenen Regel innerhalb der Schwankungen eines Zustands: γ_fit/γ = {0} ± {1}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Energy starts in subunit 1 of a chain of quantum subunits and spreads along it. The points are the exact Schrödinger dynamics, the lines the simple rate equations (HAM) that turn into Fourier&apos;s law of heat conduction. Press &lt;b&gt;Run&lt;/b&gt; (Ctrl+R) to watch it, &lt;b&gt;Explain&lt;/b&gt; (F1) to read what you see, or try a preset.</source>
        <translation>&lt;b&gt;Willkommen.&lt;/b&gt; Die Energie beginnt in Teilsystem 1 einer Kette von Quanten-Teilsystemen und breitet sich entlang der Kette aus. Die Punkte sind die exakte Schrödinger-Dynamik, die Linien die einfachen Ratengleichungen (HAM), aus denen das Fouriersche Gesetz der Wärmeleitung wird. Drücken Sie &lt;b&gt;Starten&lt;/b&gt; (Strg+R), um zuzusehen, &lt;b&gt;Erklärung&lt;/b&gt; (F1), um zu lesen, was Sie sehen, oder probieren Sie eine Voreinstellung.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run the exact and HAM dynamics of the shown parameters (Ctrl+R)</source>
        <translation>Die exakte und die HAM-Dynamik der gezeigten Parameter berechnen (Strg+R)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Open the Explain panel: what you see and what to try (F1)</source>
        <translation>Die Erklärung öffnen: was Sie sehen und was Sie ausprobieren können (F1)</translation>
    </message>
    <message>
        <source>Try a preset</source>
        <translation>Voreinstellung probieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the welcome; Help → Welcome shows it again</source>
        <translation>Die Begrüßung schließen; Hilfe → Willkommen zeigt sie wieder</translation>
    </message>
    <message>
        <source>Welcome: {button}</source>
        <translation>Willkommen: {button}</translation>
    </message>
</context>
</TS>
