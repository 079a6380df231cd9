<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>fourier-gui — Fourier&apos;s law from Schrödinger dynamics</source>
        <extracomment>The title bar&apos;s text; an opened session&apos;s file name goes in front of it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t in ħ/ΔE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time axis unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show time in units of ħ/ΔE or as γt, the HAM time scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided lesson: each step sets the parameters and asks a question (PageDown: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Time: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — Resume to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots show the previous parameters: Run to update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About fourier-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch Fourier&apos;s law emerge from Schrödinger dynamics.&lt;/p&gt;&lt;p&gt;After M. Michel, G. Mahler and J. Gemmer, &lt;i&gt;Fourier&apos;s Law from Schrödinger Dynamics&lt;/i&gt;, Phys. Rev. Lett. &lt;b&gt;95&lt;/b&gt;, 180602 (2005), doi:10.1103/PhysRevLett.95.180602.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation (BibTeX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a BibTeX entry of the paper to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>the window&apos;s attribute path (&quot;files.export_csv&quot;), a callable, or None (a dock&apos;s own show/hide) The actions of presentation mode&apos;s stage, enabled only there (their keys are free in the window: see the Playback menu&apos;s Space, Left, Right, Home, End and the lesson&apos;s PageDown, PageUp, A). The toolbar, left to right: action ids, SEPARATOR, and the names of the widgets the window makes. The menus&apos; titles, each part of a MenuSpec&apos;s path (translated where the menu is made, `build_entries`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;figure data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small &amp;views (compact layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown run (also a stopped one) as CSV, with the parameters it was run with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;animation (MP4 or GIF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run&apos;s playback as a video for slides: P_μ(t) with its cursor and the small views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson (or the shown run) as a PDF for students: a figure per step, its question and lines to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export answer &amp;key (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s handout with the answers, for the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the lesson&apos;s handout (or the shown run&apos;s) on a printer chosen in the print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson file (docs/contracts.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to lesso&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shown run as a lesson step: its parameters, tab and view, your text, question and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the exact and HAM dynamics (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the run (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run, keeping what was computed (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all: clear the results and restore the preset&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset parameters to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or fold away the parameters (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you see, and what to try next (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fonts, thick curves, high contrast, advanced fields hidden: for a projector (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next view on the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: show the next view large (V); a click on a view in the strip does too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous view on the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: show the previous view large (Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw with the &amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: draw over the stage with the mouse (P); cleared at the next step and by C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: wipe the pen&apos;s strokes (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the welcome: what you see and what to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About fourier-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {plot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / pause playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;end (follow the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System view coloured by &amp;temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the system view&apos;s subunits by their local temperature T_μ instead of their excitation P_μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System view as a &amp;heat map (grids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a grid of subunits as a heat map of P_μ (or T_μ) instead of discs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the previous run&apos;s P_μ(t) faintly, dashed, behind the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>add_to_lesson</name>
    <message>
        <source>Dynamics</source>
        <extracomment>The tabs&apos; names (TABS, capitalized) for the translators.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels or system</source>
        <extracomment>The small views by the names the window&apos;s tabs show them under.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson file: the step is added at its end; a new file starts a new lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a new lesson file (else the file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Too few levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the class should watch, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about what is on screen in this step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run when the step opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.lesson.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allowed</name>
    <message>
        <source>integer {0} … {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &lt; bandwidth &lt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &lt; lam, finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of complex, real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state ψ(0): a random state in one site&apos;s band (the paper&apos;s choice), one single level, or a random band state on every site with chosen weights P_μ(0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &lt; t_max, finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &lt; t_max_gamma, finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of auto, eigen, chebyshev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the subunits are joined (docs/physics.md §{0}): chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major); the chain is the paper&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_μ for every subunit, comma separated (e.g. {0},{1},{2}); empty: all have n levels. A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ for every edge, comma separated, in the geometry&apos;s edge order; empty: all have λ. A weak bond is a contact resistance: a temperature step forms across it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ≤ disorder, finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ_μ for every subunit in ΔE, comma separated (e.g. {0},{1},{2}): band centres at ΔE + Δ_μ. A level exchanges energy only with the neighbour&apos;s levels at its own energy, so energy stays where the bands do not overlap (HAM&apos;s energy-resolved golden rule, docs/physics.md §{3}). Empty: drawn from the disorder width W, or all 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites {0} … N, # comments); wins over the geometry. The command line reads it from such a CSV file (--edges FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>animation_dialog</name>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a class: one view large, big type</source>
        <extracomment>The looks and the views as the dialog names them (io/animation_file.LOOKS and VIEWS, in their order).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the window: all four views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a class: the chosen view fills two thirds of the frame in projector type, the views that move beside it small; κ(T) only when chosen (it is the same in every frame). As in the window: the Dynamics tab&apos;s four views in the window&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view shown large in a video for a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s frame size in pixels: 1280 × 720 for slides, 1920 × 1080 for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames a second ({low} … {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s per 1/γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of video for each relaxation time 1/γ of the run; the default plays as the window&apos;s playback at 1× (20 output times a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s of video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing and encoding the frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation cancelled; {path} was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain_profile</name>
    <message>
        <source>Chain profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact P_μ as bars and HAM as markers at the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local temperature of each subunit from (ΔE + Δ_μ)/T = ln(n_μ(1−P)/P), its own levels n_μ and band offset Δ_μ, in ΔE/k_B (docs/physics.md §4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local temperatures (ΔE/k_B):  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local temperatures T_μ of the subunits μ = 1, 2, … (ΔE/k_B): {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local temperatures (ΔE/k_B): T₁ = {first} … {index} = {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inverted (T &lt; 0)</source>
        <extracomment>A subunit holding more than its equilibrium share at infinite temperature (P_μ &gt; n_μ/(n_μ + 1), e.g. all the energy at t = 0) has an inverted population: T &lt; 0 is the physics (docs/physics.md §4), said in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted: the subunit holds more energy than even an infinite temperature gives it (P_μ &gt; n_μ/(n_μ + 1)), as subunit 1 does at the start. Its temperature is negative — hotter than any positive one: energy flows from it to every subunit at T &gt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conductivity_plot</name>
    <message>
        <source>Green squares: the conductivity the exact run measured, from the whole run (every time past t_fit), grouped by temperature; the bars span the middle half of each group. Groups with few samples, and all but the fullest of groups that would overlap, are left out; a bar or square beyond the axis stops at its edge (▲/▼). κ_meas = (J/ΔP)·c(T̄), docs/physics.md §5.</source>
        <extracomment>κ_meas shows the temperature bins that hold at least this share of the fullest bin&apos;s samples: the median of a handful of bond-moments is noise. Markers at least this share of the T axis apart: twelve bins over 0.04 ΔE/k_B drew one solid green bar over κ(T)&apos;s peak. Of bins closer than that, the one with the most samples is shown (the figure data and the CSV keep them all). What the green squares are, in words, then the physics.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conductivity κ(T), eq. (16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conductivity and specific heat against temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c(T) (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ_meas, whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ(T) of a uniform chain (global n, λ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max κ = {kappa}
at T = {temperature}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dynamics_plot</name>
    <message>
        <source>Site probabilities P_μ(t)</source>
        <extracomment>Opacity of the other sites&apos; curves while one site is hovered or selected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact P_μ(t) as points, the HAM prediction as lines, one colour per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{run} (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γt (dimensionless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour: subunit μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, sites 1 … {sites} (colour bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAM (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact P_μ(t) of {sites} subunits (colour)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps running. If this looks like a bug, copy the details into a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the traceback and the versions on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>The paper&apos;s Fig. 2. Watch the exact points (one random pure state!) follow HAM&apos;s smooth lines: site 1 empties, site 2 fills first, site 3 last, and all meet at 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first point of the paper&apos;s Fig. 3. The Studies tab repeats this run for n = 100…500 and shows the deviation D₁² shrinking like 1/n: more levels, more self-averaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the κ(T) panel: the conductivity of eq. (16) has a maximum. Few excitations are around at low T; at high T the subunits saturate and c(T) falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten subunits, the paper&apos;s largest chain. The profile panel shows a smooth, diffusive front moving down the chain; far sites fill late, with the delay of a random walk, t ∝ μ²/γ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c1 = 0.1: the band holds too few levels within the coupling&apos;s energy width. The exact curves oscillate and overshoot instead of relaxing; HAM&apos;s rate picture does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Transport tab. Each blue point is one bond at one moment: the heat current J flowing from a subunit to the next, against how much more excited the first one is (P_μ − P_μ₊₁). They lie on one straight line through zero, with the slope γ that HAM predicts: the current is proportional to the difference, which is Fourier&apos;s law, J = κ·ΔT, obtained from the Schrödinger equation alone. Compare &lt;a href=&apos;preset:no-fourier-law&apos;&gt;a chain with too few levels&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same chain with ten times weaker coupling, so c1 = 0.2: each level reaches fewer than one level of the neighbour. In the Transport tab the points scatter widely: the current is not set by the population difference (the verdict: no Fourier&apos;s law), energy sloshes back and forth coherently, and σ² grows faster than t for a while. No Fourier&apos;s law here, although the Schrödinger equation is the same. Compare &lt;a href=&apos;preset:fourier-law&apos;&gt;the diffusive chain&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c2 = 4: the coupling is strong compared with the band. Energy does not hop by small independent steps, the exact run departs from HAM&apos;s rate equation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not diffusive: too few levels (c1 &amp;lt; 1)&lt;/h3&gt;&lt;p&gt;{values}. The coupling λ connects each level to only a handful of levels on the neighbour, so the band behaves like a few discrete states. The excitation swings back and forth (like a Rabi oscillation) instead of flowing at a fixed rate. Try &lt;a href=&apos;{more_levels}&apos;&gt;ten times more levels&lt;/a&gt; or &lt;a href=&apos;{stronger}&apos;&gt;a stronger coupling&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coupling too strong (c2 {relation} 1)&lt;/h3&gt;&lt;p&gt;{values}. Eq. (14) asks c2 ≪ 1: the coupling must be weak compared with the band width, so that each hop is an independent, Fermi-golden-rule event. Here it is not, and HAM&apos;s rate γ overestimates the transport. Try &lt;a href=&apos;{weaker}&apos;&gt;a ten times weaker coupling&lt;/a&gt; or &lt;a href=&apos;preset:fig2&apos;&gt;the Fig. 2 chain&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diffusive regime (eq. 14 is met)&lt;/h3&gt;&lt;p&gt;{values}. Energy hops between neighbours at the rate γ, like a random walk: the exact points follow HAM&apos;s lines, and P&lt;sub&gt;μ&lt;/sub&gt; relaxes smoothly without oscillating. Compare &lt;a href=&apos;preset:ballistic&apos;&gt;too few levels&lt;/a&gt; and &lt;a href=&apos;preset:strong-coupling&apos;&gt;too strong a coupling&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bands at different energies&lt;/h3&gt;&lt;p&gt;Energy is conserved: a level exchanges energy only with the neighbour&apos;s levels at its own energy. Where neighbouring bands do not overlap, energy stays where it is, so the excitation does not spread to 1/N; HAM follows it energy by energy (the golden rule per energy, docs/physics.md §6) and ends at the share of each energy&apos;s states.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where equilibrium lies&lt;/h3&gt;&lt;p&gt;The subunits have different numbers of levels n&lt;sub&gt;μ&lt;/sub&gt;: in the end the excitation is spread evenly over all states with its energy, so each subunit holds it in proportion to its levels, &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = n&lt;sub&gt;μ&lt;/sub&gt;/Σn&lt;/span&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why equilibrium is 1/N&lt;/h3&gt;&lt;p&gt;Every subunit has the same band of n levels, so in the end the excitation is spread evenly over all N·n states with its energy: each subunit holds it with probability &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = 1/N&lt;/span&gt; (the dashed line in the profile). In HAM this is the mode of the rate equations that never decays.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap only partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HAM&apos;s lines leave something out here&lt;/h3&gt;&lt;p&gt;Neighbouring bands {overlap} (offsets up to {step} δε). HAM moves energy only between levels at the same energy of neighbours; the exact dynamics also hops &lt;i&gt;through&lt;/i&gt; a neighbour at another energy (second order in λ). Expect the exact points to run ahead of HAM&apos;s lines, most on a subunit whose band matches a subunit two steps away: a few hundredths of P over ten relaxation times.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What to look for&lt;/h3&gt;&lt;p&gt;{note}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Here γ ≈ {gamma}, so 1/γ ≈ {time} ħ/ΔE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What γ means&lt;/h3&gt;&lt;p&gt;&lt;span class=&apos;eq&apos;&gt;γ = 2πλ²n/δε&lt;/span&gt; (eq. 10) is Fermi&apos;s golden rule: the coupling squared times the density of final states n/δε. It is the rate at which energy hops to a neighbour; 1/γ is the time scale of the whole process.{gamma}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What κ means&lt;/h3&gt;&lt;p&gt;Near equilibrium every subunit is at its own temperature T&lt;sub&gt;μ&lt;/sub&gt;. The current between neighbours is &lt;span class=&apos;eq&apos;&gt;J = −γ ΔP = −γ c(T) ΔT&lt;/span&gt;: Fourier&apos;s law with &lt;span class=&apos;eq&apos;&gt;κ = γ·c(T)&lt;/span&gt; (eq. 16). κ peaks where the specific heat c(T) does (&lt;a href=&apos;preset:fig4&apos;&gt;Fig. 4&lt;/a&gt;).&lt;/p&gt;&lt;h3&gt;Is it really Fourier&apos;s law?&lt;/h3&gt;&lt;p&gt;The Transport tab measures it in the exact run, without HAM: the current through every bond, &lt;span class=&apos;eq&apos;&gt;J = 2 Im(ψ&lt;sub&gt;μ+1&lt;/sub&gt;† B ψ&lt;sub&gt;μ&lt;/sub&gt;)&lt;/span&gt;, is plotted against the population step. Points scattered about a straight line of slope γ are Fourier&apos;s law: one pure state&apos;s currents fluctuate from one correlation time 2π/δε to the next, so the verdict compares them, averaged over such windows, with the fluctuations a state must show; the green squares on the κ(T) plot are the conductivity J/ΔT it implies (the measured rate J/ΔP times the local slope c = du/dT). The spreading σ²(t) tells the same story in time: σ² ∝ t (a random walk) in the diffusive window 2π/δε ≪ t ≪ 1/γ, σ² ∝ t² while the motion is coherent (&lt;a href=&apos;preset:fourier-law&apos;&gt;holds&lt;/a&gt;, &lt;a href=&apos;preset:no-fourier-law&apos;&gt;fails&lt;/a&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for in the current regime, with links that set parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Subunits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N — number of subunits in the chain (≥ 2). Each is a ground state plus a band of n levels (Fig. 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels per band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n — levels in each subunit&apos;s band (≥ 1). Enters γ = 2πλ²n/δε (eq. 10) and both criteria (eq. 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δε — width of each band in units of the gap ΔE = 1 (0 &lt; δε &lt; 1). Enters γ (eq. 10) and eq. (14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ — strength of the next-neighbour coupling λ·V (eq. 3). γ grows like λ² (eq. 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random coupling matrices c^(μ) (numpy default_rng). Same seed, same couplings, bit for bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensemble of the coupling entries c_ji: complex Gaussian (default) or real Gaussian, E|c|² = 1 (eq. 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex Gaussian entries (the paper&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real Gaussian entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state ψ(0): a random state in one site&apos;s band (the paper&apos;s choice), one single level, or a random band state on every site with chosen weights P_μ(0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random starts averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K — number of random pure initial states propagated together and averaged (an ensemble: it emulates a mixed state; the spread is shown as a band).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the run in ħ/ΔE (wins over the length in 1/γ when both are given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the run, in units of 1/γ (the HAM time scale) or in ħ/ΔE. D₁² (eq. 15) needs ≥ 5/γ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M — number of output times from 0 to t_max (≥ 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Schrödinger equation is solved. auto picks the faster of: eigen — one dense eigendecomposition of H (cost D³, cannot be interrupted while it runs); chebyshev — a Chebyshev expansion of e^(−iHt) built from products of H with the state (any size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faster of the two for this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense eigendecomposition (small D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chebyshev expansion (any D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random initial state (default: the couplings&apos; seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the subunits are joined (docs/physics.md §6): chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major); the chain is the paper&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of each subunit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_μ for every subunit, comma separated (e.g. 100,500,100); empty: all have n levels. A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupling of each bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ for every edge, comma separated, in the geometry&apos;s edge order; empty: all have λ. A weak bond is a contact resistance: a temperature step forms across it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disorder width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band offsets Δ_μ drawn uniformly in [−W/2, W/2] (seeded): a level exchanges energy only with the neighbour&apos;s levels at its own energy, so transport slows and, for W of a few δε, stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band offset of each subunit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ_μ for every subunit in ΔE, comma separated (e.g. 0,0.025,0.05): band centres at ΔE + Δ_μ. A level exchanges energy only with the neighbour&apos;s levels at its own energy, so energy stays where the bands do not overlap (HAM&apos;s energy-resolved golden rule, docs/physics.md §6). Empty: drawn from the disorder width W, or all 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites 1 … N, # comments); wins over the geometry. The command line reads it from such a CSV file (--edges FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>site probabilities P_μ(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conductivity κ(T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law J against ΔP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spreading σ²(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local exponent α(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier mode a_q(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level diagram at the shown time (chains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System view at the shown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured conductivity κ_meas(T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport: Fourier&apos;s law points J against ΔP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport: σ²(t), α(t), a_q(t)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Nothing to export</source>
        <extracomment>Width in pixels of exported and copied plots: sharp on a 1080p projector.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the parameters of the shown run, not the panel&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {figure} as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to end, or Stop it, then export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson first: its steps ask the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson, or run a simulation to its end, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of fourier-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps {steps} of the lesson have not been run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {steps} of the lesson has not been run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, so the handout would have no figure there. Go through the lesson first (PageDown), or make the handout from the command line, which runs every step: fourier-gui --lesson NAME --handout FILE.pdf.

Make the handout without those figures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the handout: {pages} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the handout: {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the results of the current run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path} with results up to t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plot} copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid_heat_map</name>
    <message>
        <source>Sweep grid</source>
        <extracomment>Cells above this count go without their value written in them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-parameter sweep heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity}, mean over {seeds} seed(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell colour: log₁₀ of {quantity}, mean over {seeds} seed(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell colour: {quantity}, mean over {seeds} seed(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid_tab</name>
    <message>
        <source>The parameter of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter of the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values; every row value runs with every column value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per cell, coupling seeds base … base+S−1 (reproducible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each cell shows: HAM&apos;s error D₁², or the Fourier-law fit&apos;s γ_fit/γ or R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows λ, columns n: the regime map of eq. (14) measured in exact runs. c1 = 2λn/δε grows to the upper right, c2 = λ²n/δε² too; HAM holds where both criteria do, and D₁² is small there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initial_state_editor</name>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random state in the band of one site (the paper&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One single level of one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random band state on every site, with chosen weights P_μ(0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random state in the band of the middle site: watch the energy spread both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights 1/N + A·cos(qπ(μ−½)/N): a Fourier mode of the profile, which decays at one rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial band site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial level site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial level index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights P_μ(0), e.g. 0.5, 0.5, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial profile weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode number q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amplitude A (default 1/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode amplitude A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the band of site {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson_control</name>
    <message>
        <source>Lesson</source>
        <extracomment>How long a step waits for the last run to wind down before it starts its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameters: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added step {step} to the lesson “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Lesson</source>
        <extracomment>Presentation mode&apos;s band: the step&apos;s title on one line, its question in up to QUESTION_LINES (as many as the lesson&apos;s longest question needs), and BAND_LINES of its text, which scrolls (the answer, too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step: what to watch, the question and its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step: the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the answer to the question (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Page Down): sets its parameters and, where it says so, runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lesson; the window keeps its parameters and runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; — step {step} of {count}: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;End of the lesson: File → Export handout saves it as a PDF.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesson} — step {step} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>level_diagram</name>
    <message>
        <source>Level diagram (Fig. 1)</source>
        <extracomment>Bands with at most this many levels also get a line per level. Bands narrower than this (in ΔE) are drawn magnified to it, so that their levels can be told apart. Opacity of an empty level; a level holding a full band&apos;s share (P = 1 spread evenly) is opaque.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy (ΔE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground level and band of each subunit; each band&apos;s levels shaded by their population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands ×{factor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parameter_panel</name>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The panel shows one run length, in 1/γ or in ħ/ΔE: the field `t_max_gamma` with a unit switch. Fields with no row of their own, carried over from the parameters last shown (t_max is the run length&apos;s). Fields with a slider over decades under their editor: (low, high) of the slider (the field&apos;s own range still applies to typed values). The badges answer their row&apos;s question in plain words (the grade met / marginal / violated is their colour and their accessible description; the criterion&apos;s numbers are in the tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The couplings forget their phase long before the energy has spread: a rate, and Fourier&apos;s law, can show.</source>
        <extracomment>What a narrow or closed window means, beside a run&apos;s verdict that may still say the law holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow: the couplings forget their phase only a little before the energy has spread, so the time in which a rate can show is short. Fourier&apos;s law can still hold — the run&apos;s verdict below says whether it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: the energy spreads before the couplings forget their phase; no rate, and no Fourier&apos;s law, is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2π/δε)·γ = 4π²·c2: the correlation time 2π/δε over the relaxation time 1/γ. A rate — and Fourier&apos;s law — needs times past the first and before the second, so ≪ 1 (≤ 0.1 met, 0.1–1 marginal, &gt; 1 violated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter error</source>
        <extracomment>The machine&apos;s free memory (the run model&apos;s); without it, runs are not checked against memory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change {symbol} over decades; γ, c1 and c2 follow as you drag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run length unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived (updated as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough levels? c1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak coupling? c2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusive window? 4π²c2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in the last exact run (docs/physics.md §5): do the bond currents J follow the golden-rule drive γ·(P_μ − P_μ₊₁) (k_ab·P_a − k_ba·P_b on a graph) past the correlation time 2π/δε, within the fluctuations one pure state must show? holds (γ_fit/γ within 30 %), holds with HAM&apos;s rate off, fails, or undecided (too short or too noisy). The reason is in this badge&apos;s tooltip after a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law (run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem size D = N·n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eq. (10): γ = 2πλ²n/δε, the HAM hopping rate; 1/γ is the diffusion time scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eq. (14): c1 = 2λn/δε ≥ 1 — enough levels within the coupling&apos;s energy width for a rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eq. (14): c2 = λ²n/δε² ≪ 1 — weak coupling (≤ 0.1 met, 0.1–1 marginal, &gt; 1 violated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D = N·n, the number of basis states the Schrödinger equation is solved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set {key} = {value}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted rate/γ = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not allowed: a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>playback_bar</name>
    <message>
        <source>Play</source>
        <extracomment>Output times shown per second at 1× (a 201-point run plays in 10 s). The readout at its longest, in full and short (γt only); the slider keeps at least this many lines&apos; width.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the replay of the run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One output time back (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One output time forward (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time shown in the level diagram, the chain profile and the cursor (Home/End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed: 1× shows 20 output times per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from t = 0 at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback time readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plot_files</name>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not encode the image as PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Fig. 2: diffusion in three subunits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s Fig. 2: N=3, n=500, λ=5·10⁻⁵, δε=0.05, excitation starts in the band of site 1; exact run vs HAM up to 5/γ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig. 3: HAM&apos;s error falls like 1/n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of Fig. 3 (N=3, band:1, up to 5/γ) for the n sweep n=100…500 with λ=δε/(2n) so that c1=1; the run itself is its n=100 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig. 4: heat conductivity κ(T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s Fig. 4: κ(T)=γ·c(T) of eq. (16) for n=500, δε=0.05, λ=5·10⁻⁵ (the run is the Fig. 2 chain near which κ is read off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten subunits: the paper&apos;s largest chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N=10, n=500 (D=5000), λ=5·10⁻⁵, δε=0.05: energy spreads from site 1 down the chain towards 1/N, up to 10/γ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballistic: c1 well below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n=50 with λ=5·10⁻⁵ gives c1=0.1 ≪ 1: too few levels in the band for a rate, the exact run oscillates instead of relaxing as HAM predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong coupling: c2 above 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ=0.01 with n=100 gives c2=4 &gt; 1: the coupling outgrows the band, the dynamics is no longer a weak-coupling rate process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: currents follow the population steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N=6, n=200, c1=2 (λ=2.5·10⁻⁴), K=8 band states from site 1: the exact bond currents follow J = γ(P_μ − P_μ₊₁): Fourier&apos;s law holds on every seed, γ_fit/γ ≈ 0.89; see the Transport tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: too few levels in the coupling&apos;s reach (c1 = 0.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same chain with c1=0.2 (λ=2.5·10⁻⁵): energy moves coherently, the currents do not follow the population steps (the verdict: fails) and σ² grows faster than t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat on a 4×4 grid, from a corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 subunits on a 4×4 grid (n=200, c1=2, K=4): energy starts in the corner and spreads over the plane towards 1/16 everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring: no ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 subunits in a ring (n=200, c1=2, K=4): energy starts on site 1 and spreads both ways; sites 2 and 8 fill alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heat sink: one subunit with 5× the levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain of 5 (n=200, c1=2, K=4) whose last subunit has 1000 levels: at equilibrium it holds 1000/1800 of the energy (P_μ ∝ n_μ), not 1/5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weak bond in the middle: a contact resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain of 6 (n=200, K=4) whose middle bond is 5× weaker: energy piles up before it, a step in P and in temperature forms across the bond. The run lasts 0.32 relaxation times of the weak bond (1/γ of the slowest bond, 25× the others&apos; 1/γ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disordered chain: transport slows and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain of 6 (n=200, c1=2, K=4) whose bands are shifted at random by up to ±1.5 δε (W = 3δε): neighbours whose bands no longer overlap exchange little energy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quantities</name>
    <message>
        <source>D₁² (eq. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² of J = γ_fit·ΔP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ_fit/γ (Fourier-law fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode decay rate / γ_q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_launch</name>
    <message>
        <source>A long run</source>
        <extracomment>How often the status looks whether the background load of the kernel has ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is estimated at ≈ {time} on this machine. Start it anyway? (Fewer levels, sites, samples or time points make it shorter; Stop ends it at any time.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: estimated at ≈ {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the fast kernel (numba) in the background: compiled once per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_stage</name>
    <message>
        <source>Show {view} large (V: next view, Shift+V: previous)</source>
        <extracomment>The stage&apos;s key for the first small place (the level diagram or the system view, whichever is shown). How often the strip takes new pictures of its views (only when the run, the time or the stage moved).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_status</name>
    <message>
        <source>100 % · ≈ 99.9 min left</source>
        <extracomment>Progress and timing change slowly: a few refreshes a second are enough and cost the run nothing. The progress bar&apos;s text while it counts, at its longest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up…</source>
        <extracomment>What a run does before its first row, in plain words on the bar and in the physics&apos; words in its tooltip: the couplings drawn (and the fast kernel loaded), then the spectrum bounded (Chebyshev) or H diagonalized.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the random couplings V of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the solver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the fast kernel (numba): compiled once per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the energies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the spectral interval of H for the Chebyshev propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solving at once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonalizing H (exact, cannot be interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the fast solver (first run only)…</source>
        <extracomment>Every text the bar shows: its width fits the longest (at 4K a phase spilled out of the bar). The status while the fast kernel loads in the background (ui/shell/run_launch.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {sites} subunits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; loading the fast kernel (numba, compiled once per machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed to t = {t} ħ/ΔE in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; estimated ≈ {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ≈ {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a saved run up to t = {t} ħ/ΔE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving the Schrödinger equation at once (cannot be interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving the Schrödinger equation step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at t = {t} ħ/ΔE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {seconds} s at t = {t} ħ/ΔE (partial data can be exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_view</name>
    <message>
        <source>Results are for the previous parameters — Run to update.</source>
        <extracomment>Above this many subunits (or on any graph) the system view replaces the level diagram. While a run computes: at most this many frames a second, and drawing (with the painting it causes, ≈ PAINT_FACTOR × the update) takes at most DRAW_DUTY of the GUI thread; the cores are the worker&apos;s. Below this width or height, in lines of text, the three small views become tabs under P_μ(t) (compact layout): side by side they would be too small for their labels and legends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore their parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the parameters of the shown results back into the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, then Run to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are for the previous parameters — {then}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>save_dialogs</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shapes</name>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder of {0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid of {0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder of {0} × {1} profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid of {0} × {1} profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stage_pen</name>
    <message>
        <source>Drawing over the stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stage_strip</name>
    <message>
        <source>Views on the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {view} large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studies_tab</name>
    <message>
        <source>Compute f(τ) for the current parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute correlation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the couplings of the current parameters and evaluates eq. (9) for bond 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(τ) grows like τ² up to the correlation time τ_c = 2π/δε, then like γτ: the slope that Fermi&apos;s golden rule would give, and the rate of HAM (eq. 10). Past the Heisenberg time 2πn/δε the discreteness of the band shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation function f(τ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(τ) (eq. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save τ, f(τ) and the fitted γτ line, with τ_c, the Heisenberg time and γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plot as PNG (1920 px wide) or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(τ) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the invalid parameter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing f(τ) for {values}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export f(τ) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export f(τ) plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted late slope / γ = {slope} (γ = {gamma}); τ_c = {tau_c}, Heisenberg time = {heisenberg} ħ/ΔE. Log–log: f ∝ τ² below τ_c, ∝ γτ above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <extracomment>The studies&apos; tab names and, for their tooltips, their whole names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy vs n (Fig. 3): HAM&apos;s error D₁² against the number of levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime map (eq. 14): D₁² and γ_fit/γ as c1 and c2 vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation f(τ) (eq. 9) of the current couplings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed states: D₁² against the number K of averaged random states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier modes (length scales): each wavelength&apos;s decay rate against HAM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid λ × n (heat map): a quantity over a grid of couplings and band sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (Fig. 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAM&apos;s error D₁² (eq. 15) against n for N = 3, as in Fig. 3; vary N instead for its inset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ varied at fixed n so that c1 runs from 0.1 to 40 and c2 = c1²/(4n) past 1. Shaded: where eq. (14) fails (red) or is marginal (amber).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K random pure states averaged emulate a mixed state; the paper conjectures a smaller deviation from HAM for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run starts in the profile 1/N + A·cos(qπ(μ−½)/N). Its amplitude a_q(t) decays; the rate, fitted log-linearly from the correlation time 2π/δε on while a_q stays above 20 % of its start (past that the fluctuations of a finite band dominate), is divided by HAM&apos;s γ_q = 2γ(1 − cos(qπ/N)). Ratios near 1 at every wavelength: diffusion holds on every length scale of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sweeps run: empty for this computer&apos;s processes, or a Dask scheduler address such as tcp://host:8786 (needs pip install &apos;fourier-gui[cluster]&apos;; see the README, Beyond one machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ballistic preset (c1 ≪ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the strong-coupling preset (c2 &gt; 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sweep_panel</name>
    <message>
        <source>grid</source>
        <extracomment>What rows and columns can vary, named from the table of fields (sweeps.variable_label).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every point with every seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: cancel what has not started, end the runs in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table (one row per run plus the means) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plot as PNG (1920 px wide) or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run this {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer’s processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running {runs} runs on {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: {runs} runs in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {kind}&apos;s {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sweep_tab</name>
    <message>
        <source>Fit: D₁² ∝ {symbol}^({exponent} ± {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 95 % [{low}, {high}] (shaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (paper: {slope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <extracomment>A mode&apos;s window (physics/transport.mode_window) outside diffusion: the table&apos;s word and its tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the diffusive window: HAM&apos;s decay time is under one correlation time 2π/δε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the diffusive window: HAM&apos;s decay time is over the Heisenberg time 2πn/δε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wavelength 2N/q (sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varied parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c1 values (λ = c1·δε/(2n))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values of the varied parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per point, coupling seeds base … base+S−1 (reproducible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold c1 = 1 (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold λ fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold c1 = 1: λ = δε/2n, as the paper&apos;s Fig. 3 scales λ with n; hold λ fixed: small n then violates c1 (watch eq. 14 break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plot (with the fit and its 95 % band) as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted power law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the diffusive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mode gone within one correlation time 2π/δε (short wavelengths) or slower than the Heisenberg time 2πn/δε (long ones): its rate is not diffusion&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted power law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope {slope} (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % band of the fitted power law: Student-t over the seeds, each seed&apos;s whole sweep fitted on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted decay rate over γ against c1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ_fit / γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {quantity} against {variable}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>system_view</name>
    <message>
        <source>System: P_μ and heat currents</source>
        <extracomment>Arrow heads no longer than this share of the shortest edge. Sites get a number and edges an arrow up to this many (one item each); beyond, the colours alone. The colour scale in this many steps: one brush each, made once, shared by every site.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each subunit as a disc coloured by its excitation P_μ and sized by its levels; arrows show the heat current along each edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour: P_μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour: {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transport_view</name>
    <message>
        <source>Run a simulation to measure its heat currents.</source>
        <extracomment>The guides&apos; grey: pale on paper-white, darker in large type (a projector washes out #888), light on dark. The Fourier-law plot shows the points of this many bonds at most (evenly spread over all of them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law: J_μ against P_μ − P_μ₊₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J vs ΔP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond currents against population steps past t_fit, with slopes γ and γ_fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreading σ²(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ² (sites²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean square distance from the start, log–log, exact and HAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local exponent α = d ln σ²/d ln t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier mode a_q(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplitude of the profile&apos;s Fourier mode q, exact and HAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, t ≥ t_fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted γ_fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier mode a_q(t), q = {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}: {reason} (measured for t ≥ {t} ħ/ΔE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring… the verdict needs a longer run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict needs the run past t_fit = max(0.2/γ, 4π/δε)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>Fourier&apos;s law holds, outside HAM&apos;s regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds, rate ×{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Fourier&apos;s law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds, but outside the conditions HAM is derived for: its curves may be off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences, faster than HAM&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences, slower than HAM&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: no energy can flow between these subunits (their bands do not overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: the currents do not follow the energy differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet: the run is too short to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided: the currents are too noisy to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, outside HAM&apos;s regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, rate ×{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Energy starts in subunit 1 of a chain of quantum subunits and spreads along it. The points are the exact Schrödinger dynamics, the lines the simple rate equations (HAM) that turn into Fourier&apos;s law of heat conduction. Press &lt;b&gt;Run&lt;/b&gt; (Ctrl+R) to watch it, &lt;b&gt;Explain&lt;/b&gt; (F1) to read what you see, or try a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the exact and HAM dynamics of the shown parameters (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Explain panel: what you see and what to try (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome; Help → Welcome shows it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome: {button}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
