<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <source>fourier-gui — Fourier&apos;s law from Schrödinger dynamics</source>
        <extracomment>The title bar&apos;s text; an opened session&apos;s file name goes in front of it.</extracomment>
        <translation>fourier-gui — la ley de Fourier a partir de la dinámica de Schrödinger</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>Cargando las gráficas…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dinámica</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>t in ħ/ΔE</source>
        <translation>t en ħ/ΔE</translation>
    </message>
    <message>
        <source>Time axis unit</source>
        <translation>Unidad del eje de tiempo</translation>
    </message>
    <message>
        <source>Show time in units of ħ/ΔE or as γt, the HAM time scale</source>
        <translation>Tiempo en unidades de ħ/ΔE o como γt, la escala de tiempo de HAM</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>A guided lesson: each step sets the parameters and asks a question (PageDown: next)</source>
        <translation>Una lección guiada: cada paso fija los parámetros y plantea una pregunta (AvPág: siguiente)</translation>
    </message>
    <message>
        <source> Time: </source>
        <translation> Tiempo: </translation>
    </message>
    <message>
        <source>Cannot run: {reason}</source>
        <translation>No se puede ejecutar: {reason}</translation>
    </message>
    <message>
        <source>Preset: {title}</source>
        <translation>Preajuste: {title}</translation>
    </message>
    <message>
        <source>a run is in progress</source>
        <translation>hay una simulación en curso</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>La simulación falló</translation>
    </message>
    <message>
        <source>Run (Ctrl+R)</source>
        <translation>Ejecutar (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Paused — Resume to continue</source>
        <translation>En pausa — Reanudar para continuar</translation>
    </message>
    <message>
        <source>The plots show the previous parameters: Run to update</source>
        <translation>Las gráficas muestran los parámetros anteriores: ejecute para actualizarlas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>fourier-gui will speak {language} from its next start.</source>
        <translation>fourier-gui hablará {language} a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>About fourier-gui</source>
        <translation>Acerca de fourier-gui</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch Fourier&apos;s law emerge from Schrödinger dynamics.&lt;/p&gt;&lt;p&gt;After M. Michel, G. Mahler and J. Gemmer, &lt;i&gt;Fourier&apos;s Law from Schrödinger Dynamics&lt;/i&gt;, Phys. Rev. Lett. &lt;b&gt;95&lt;/b&gt;, 180602 (2005), doi:10.1103/PhysRevLett.95.180602.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Observe cómo la ley de Fourier surge de la dinámica de Schrödinger.&lt;/p&gt;&lt;p&gt;Según M. Michel, G. Mahler y J. Gemmer, &lt;i&gt;Fourier&apos;s Law from Schrödinger Dynamics&lt;/i&gt;, Phys. Rev. Lett. &lt;b&gt;95&lt;/b&gt;, 180602 (2005), doi:10.1103/PhysRevLett.95.180602.&lt;/p&gt;&lt;p&gt;Licencia: MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy citation (BibTeX)</source>
        <translation>Copiar la cita (BibTeX)</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry of the paper to the clipboard</source>
        <translation>Copiar una entrada BibTeX del artículo al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>Exportar datos como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the shown run (also a stopped one) as CSV, with the parameters it was run with</source>
        <translation>Guardar la simulación mostrada (también una detenida) como CSV, con los parámetros con que se ejecutó</translation>
    </message>
    <message>
        <source>Export &amp;animation (MP4 or GIF)…</source>
        <translation>Exportar &amp;animación (MP4 o GIF)…</translation>
    </message>
    <message>
        <source>Save the run&apos;s playback as a video for slides: P_μ(t) with its cursor and the small views</source>
        <translation>Guardar la reproducción de la simulación como vídeo para diapositivas: P_μ(t) con su cursor y las vistas pequeñas</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>Exportar &amp;hoja de trabajo (PDF)…</translation>
    </message>
    <message>
        <source>The lesson (or the shown run) as a PDF for students: a figure per step, its question and lines to answer</source>
        <translation>La lección (o la simulación mostrada) como PDF para el alumnado: una figura por paso, su pregunta y líneas para responder</translation>
    </message>
    <message>
        <source>Export answer &amp;key (PDF)…</source>
        <translation>Exportar hoja de &amp;respuestas (PDF)…</translation>
    </message>
    <message>
        <source>The lesson&apos;s handout with the answers, for the teacher</source>
        <translation>La hoja de trabajo de la lección con las respuestas, para el docente</translation>
    </message>
    <message>
        <source>P&amp;rint handout…</source>
        <translation>&amp;Imprimir hoja de trabajo…</translation>
    </message>
    <message>
        <source>Print the lesson&apos;s handout (or the shown run&apos;s) on a printer chosen in the print dialog</source>
        <translation>Imprimir la hoja de trabajo de la lección (o de la simulación mostrada) en una impresora elegida en el diálogo de impresión</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Guardar sesión…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;lección…</translation>
    </message>
    <message>
        <source>Open a lesson file (docs/contracts.md)</source>
        <translation>Abrir un archivo de lección (docs/contracts.md)</translation>
    </message>
    <message>
        <source>Add to lesso&amp;n…</source>
        <translation>Añadir a la lecció&amp;n…</translation>
    </message>
    <message>
        <source>The shown run as a lesson step: its parameters, tab and view, your text, question and answer</source>
        <translation>La simulación mostrada como paso de una lección: sus parámetros, pestaña y vista, su texto, pregunta y respuesta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Copy &amp;window</source>
        <translation>Copiar &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the exact and HAM dynamics (Ctrl+R)</source>
        <translation>Calcular la dinámica exacta y la de HAM (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the run (Ctrl+P)</source>
        <translation>Pausar o reanudar la simulación (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the run, keeping what was computed (Esc)</source>
        <translation>Detener la simulación, conservando lo calculado (Esc)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Rest&amp;ablecer</translation>
    </message>
    <message>
        <source>Reset all: clear the results and restore the preset&apos;s parameters</source>
        <translation>Restablecer todo: borrar los resultados y restaurar los parámetros del preajuste</translation>
    </message>
    <message>
        <source>Reset parameters to &amp;defaults</source>
        <translation>Restablecer los parámetros a los valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>Show or fold away the parameters (F4)</source>
        <translation>Mostrar u ocultar los parámetros (F4)</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>E&amp;xplicación</translation>
    </message>
    <message>
        <source>What you see, and what to try next (F1)</source>
        <translation>Lo que ve y qué probar a continuación (F1)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Large fonts, thick curves, high contrast, advanced fields hidden: for a projector (F5)</source>
        <translation>Letra grande, curvas gruesas, alto contraste, campos avanzados ocultos: para un proyector (F5)</translation>
    </message>
    <message>
        <source>&amp;Next view on the stage</source>
        <translation>Vista &amp;siguiente en el escenario</translation>
    </message>
    <message>
        <source>Presentation mode: show the next view large (V); a click on a view in the strip does too</source>
        <translation>Modo presentación: mostrar en grande la vista siguiente (V); también con un clic en una vista de la tira</translation>
    </message>
    <message>
        <source>Previous view on the stage</source>
        <translation>Vista anterior en el escenario</translation>
    </message>
    <message>
        <source>Presentation mode: show the previous view large (Shift+V)</source>
        <translation>Modo presentación: mostrar en grande la vista anterior (Mayús+V)</translation>
    </message>
    <message>
        <source>Draw with the &amp;pen</source>
        <translation>Dibujar con el &amp;lápiz</translation>
    </message>
    <message>
        <source>Presentation mode: draw over the stage with the mouse (P); cleared at the next step and by C</source>
        <translation>Modo presentación: dibujar sobre el escenario con el ratón (P); se borra en el paso siguiente y con C</translation>
    </message>
    <message>
        <source>&amp;Clear the drawing</source>
        <translation>&amp;Borrar el dibujo</translation>
    </message>
    <message>
        <source>Presentation mode: wipe the pen&apos;s strokes (C)</source>
        <translation>Modo presentación: borrar los trazos del lápiz (C)</translation>
    </message>
    <message>
        <source>The window&apos;s language from its next start (kept in the settings)</source>
        <translation>El idioma de la ventana a partir del próximo inicio (se guarda en la configuración)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>Show the welcome: what you see and what to try</source>
        <translation>Mostrar la bienvenida: lo que ve y qué probar</translation>
    </message>
    <message>
        <source>&amp;About fourier-gui</source>
        <translation>&amp;Acerca de fourier-gui</translation>
    </message>
    <message>
        <source>Copy {plot}</source>
        <translation>Copiar {plot}</translation>
    </message>
    <message>
        <source>&amp;Play / pause playback</source>
        <translation>&amp;Reproducir / pausar</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>Paso a&amp;delante</translation>
    </message>
    <message>
        <source>To the &amp;start</source>
        <translation>Al &amp;inicio</translation>
    </message>
    <message>
        <source>To the &amp;end (follow the run)</source>
        <translation>Al &amp;final (seguir la simulación)</translation>
    </message>
    <message>
        <source>System view coloured by &amp;temperature</source>
        <translation>Vista del sistema coloreada por &amp;temperatura</translation>
    </message>
    <message>
        <source>Colour the system view&apos;s subunits by their local temperature T_μ instead of their excitation P_μ</source>
        <translation>Colorear los subsistemas de la vista del sistema por su temperatura local T_μ en lugar de su excitación P_μ</translation>
    </message>
    <message>
        <source>System view as a &amp;heat map (grids)</source>
        <translation>Vista del sistema como &amp;mapa de calor (redes)</translation>
    </message>
    <message>
        <source>Draw a grid of subunits as a heat map of P_μ (or T_μ) instead of discs</source>
        <translation>Dibujar una red de subsistemas como mapa de calor de P_μ (o T_μ) en lugar de discos</translation>
    </message>
    <message>
        <source>&amp;Compare with previous run</source>
        <translation>&amp;Comparar con la simulación anterior</translation>
    </message>
    <message>
        <source>Draw the previous run&apos;s P_μ(t) faintly, dashed, behind the new one</source>
        <translation>Dibujar P_μ(t) de la simulación anterior tenue y a trazos, detrás de la nueva</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>Controles de la simulación</translation>
    </message>
</context>
<context>
    <name>add_to_lesson</name>
    <message>
        <source>Dynamics</source>
        <extracomment>The tabs&apos; names (TABS, capitalized) for the translators.</extracomment>
        <translation>Dinámica</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Levels or system</source>
        <extracomment>The small views by the names the window&apos;s tabs show them under.</extracomment>
        <translation>Niveles o sistema</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Add to lesson</source>
        <translation>Añadir a la lección</translation>
    </message>
    <message>
        <source>The lesson file: the step is added at its end; a new file starts a new lesson</source>
        <translation>El archivo de la lección: el paso se añade al final; un archivo nuevo inicia una lección nueva</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>for a new lesson file (else the file&apos;s name)</source>
        <translation>para un archivo de lección nuevo (si no, el nombre del archivo)</translation>
    </message>
    <message>
        <source>e.g. Too few levels</source>
        <translation>p. ej. Muy pocos niveles</translation>
    </message>
    <message>
        <source>What the class should watch, in plain words</source>
        <translation>Lo que la clase debe observar, en palabras sencillas</translation>
    </message>
    <message>
        <source>about what is on screen in this step (optional)</source>
        <translation>sobre lo que se ve en pantalla en este paso (opcional)</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(tal como está)</translation>
    </message>
    <message>
        <source>Run when the step opens</source>
        <translation>Ejecutar al abrir el paso</translation>
    </message>
    <message>
        <source>Lesson file</source>
        <translation>Archivo de lección</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Qué observar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Pestaña</translation>
    </message>
    <message>
        <source>Small view</source>
        <translation>Vista pequeña</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Lessons (*.lesson.json *.json)</source>
        <translation>Lecciones (*.lesson.json *.json)</translation>
    </message>
    <message>
        <source>choose a lesson file</source>
        <translation>elija un archivo de lección</translation>
    </message>
    <message>
        <source>Cannot add the step</source>
        <translation>No se puede añadir el paso</translation>
    </message>
</context>
<context>
    <name>allowed</name>
    <message>
        <source>integer {0} … {1}</source>
        <translation>entero {0} … {1}</translation>
    </message>
    <message>
        <source>{0} &lt; bandwidth &lt; {1}</source>
        <translation>{0} &lt; bandwidth &lt; {1}</translation>
    </message>
    <message>
        <source>{0} &lt; lam, finite</source>
        <translation>{0} &lt; lam, finito</translation>
    </message>
    <message>
        <source>one of complex, real</source>
        <translation>complex o real</translation>
    </message>
    <message>
        <source>one of single, double</source>
        <translation>uno de single, double</translation>
    </message>
    <message>
        <source>Initial state ψ(0): a random state in one site&apos;s band (the paper&apos;s choice), one single level, or a random band state on every site with chosen weights P_μ(0).</source>
        <translation>Estado inicial ψ(0): un estado aleatorio en la banda de un sitio (la elección del artículo), un único nivel, o un estado de banda aleatorio en cada sitio con pesos P_μ(0) elegidos.</translation>
    </message>
    <message>
        <source>{0} &lt; t_max, finite</source>
        <translation>{0} &lt; t_max, finito</translation>
    </message>
    <message>
        <source>{0} &lt; t_max_gamma, finite</source>
        <translation>{0} &lt; t_max_gamma, finito</translation>
    </message>
    <message>
        <source>one of auto, eigen, chebyshev</source>
        <translation>auto, eigen o chebyshev</translation>
    </message>
    <message>
        <source>How the subunits are joined (docs/physics.md §{0}): chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major); the chain is the paper&apos;s.</source>
        <translation>Cómo se unen los subsistemas (docs/physics.md §{0}): chain (cadena), ring (anillo), ladder (escalera, 2×L sitios) o grid:RxC (red, R·C = N sitios, por filas); la cadena es la del artículo.</translation>
    </message>
    <message>
        <source>n_μ for every subunit, comma separated (e.g. {0},{1},{2}); empty: all have n levels. A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).</source>
        <translation>n_μ para cada subsistema, separados por comas (p. ej. {0},{1},{2}); vacío: todos tienen n niveles. Un subsistema con más niveles guarda más energía en el equilibrio (P_μ ∝ n_μ).</translation>
    </message>
    <message>
        <source>λ for every edge, comma separated, in the geometry&apos;s edge order; empty: all have λ. A weak bond is a contact resistance: a temperature step forms across it.</source>
        <translation>λ para cada arista, separados por comas, en el orden de aristas de la geometría; vacío: todas tienen λ. Un enlace débil es una resistencia de contacto: en él se forma un salto de temperatura.</translation>
    </message>
    <message>
        <source>{0} ≤ disorder, finite</source>
        <translation>{0} ≤ disorder, finito</translation>
    </message>
    <message>
        <source>Δ_μ for every subunit in ΔE, comma separated (e.g. {0},{1},{2}): band centres at ΔE + Δ_μ. A level exchanges energy only with the neighbour&apos;s levels at its own energy, so energy stays where the bands do not overlap (HAM&apos;s energy-resolved golden rule, docs/physics.md §{3}). Empty: drawn from the disorder width W, or all 0.</source>
        <translation>Δ_μ para cada subsistema en ΔE, separados por comas (p. ej. {0},{1},{2}): centros de banda en ΔE + Δ_μ. Un nivel intercambia energía solo con los niveles del vecino a su misma energía, así que la energía se queda donde las bandas no se solapan (la regla de oro resuelta en energía de HAM, docs/physics.md §{3}). Vacío: se sortean con la anchura de desorden W, o todos 0.</translation>
    </message>
    <message>
        <source>An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites {0} … N, # comments); wins over the geometry. The command line reads it from such a CSV file (--edges FILE).</source>
        <translation>Un grafo explícito: una arista a,b o a,b,λ por línea o entre puntos y coma (sitios {0} … N, # comentarios); prevalece sobre la geometría. La línea de órdenes lo lee de un archivo CSV así (--edges ARCHIVO).</translation>
    </message>
</context>
<context>
    <name>animation_dialog</name>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif)</source>
        <translation>Vídeo MP4 (*.mp4);;Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>For a class: one view large, big type</source>
        <extracomment>The looks and the views as the dialog names them (io/animation_file.LOOKS and VIEWS, in their order).</extracomment>
        <translation>Para una clase: una vista grande, letra grande</translation>
    </message>
    <message>
        <source>As in the window: all four views</source>
        <translation>Como en la ventana: las cuatro vistas</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>For a class: the chosen view fills two thirds of the frame in projector type, the views that move beside it small; κ(T) only when chosen (it is the same in every frame). As in the window: the Dynamics tab&apos;s four views in the window&apos;s type</source>
        <translation>Para una clase: la vista elegida ocupa dos tercios del fotograma con letra de proyector y las vistas que se mueven, pequeñas a su lado; κ(T) solo si se elige (es igual en todos los fotogramas). Como en la ventana: las cuatro vistas de la pestaña Dinámica con la letra de la ventana</translation>
    </message>
    <message>
        <source>Animation look</source>
        <translation>Aspecto de la animación</translation>
    </message>
    <message>
        <source>The view shown large in a video for a class</source>
        <translation>La vista que se muestra en grande en un vídeo para una clase</translation>
    </message>
    <message>
        <source>Large view</source>
        <translation>Vista grande</translation>
    </message>
    <message>
        <source>The video&apos;s frame size in pixels: 1280 × 720 for slides, 1920 × 1080 for a projector</source>
        <translation>El tamaño del fotograma en píxeles: 1280 × 720 para diapositivas, 1920 × 1080 para un proyector</translation>
    </message>
    <message>
        <source>Animation size</source>
        <translation>Tamaño de la animación</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <source>Frames a second ({low} … {high})</source>
        <translation>Fotogramas por segundo ({low} … {high})</translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source> s per 1/γ</source>
        <translation> s por 1/γ</translation>
    </message>
    <message>
        <source>Seconds of video for each relaxation time 1/γ of the run; the default plays as the window&apos;s playback at 1× (20 output times a second)</source>
        <translation>Segundos de vídeo por cada tiempo de relajación 1/γ de la simulación; el valor predeterminado se reproduce como la ventana a 1× (20 tiempos de salida por segundo)</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Velocidad de la animación</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source> s of video</source>
        <translation> s de vídeo</translation>
    </message>
    <message>
        <source>Video length</source>
        <translation>Duración del vídeo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Nothing to animate</source>
        <translation>Nada que animar</translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation>Ejecute primero una simulación.</translation>
    </message>
    <message>
        <source>Drawing and encoding the frames…</source>
        <translation>Dibujando y codificando los fotogramas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Animation cancelled; {path} was not written</source>
        <translation>Animación cancelada; {path} no se escribió</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>chain_profile</name>
    <message>
        <source>Chain profile</source>
        <translation>Perfil de la cadena</translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation>subsistema μ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Exact P_μ as bars and HAM as markers at the current time</source>
        <translation>P_μ exacta como barras y HAM como marcadores en el instante actual</translation>
    </message>
    <message>
        <source>Local temperatures</source>
        <translation>Temperaturas locales</translation>
    </message>
    <message>
        <source>Local temperature of each subunit from (ΔE + Δ_μ)/T = ln(n_μ(1−P)/P), its own levels n_μ and band offset Δ_μ, in ΔE/k_B (docs/physics.md §4)</source>
        <translation>Temperatura local de cada subsistema a partir de (ΔE + Δ_μ)/T = ln(n_μ(1−P)/P), sus propios niveles n_μ y su desplazamiento de banda Δ_μ, en ΔE/k_B (docs/physics.md §4)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>HAM</source>
        <translation>HAM</translation>
    </message>
    <message>
        <source>, from {low} to {high}</source>
        <translation>, de {low} a {high}</translation>
    </message>
    <message>
        <source>Local temperatures (ΔE/k_B):  </source>
        <translation>Temperaturas locales (ΔE/k_B):  </translation>
    </message>
    <message>
        <source>Local temperatures T_μ of the subunits μ = 1, 2, … (ΔE/k_B): {numbers}</source>
        <translation>Temperaturas locales T_μ de los subsistemas μ = 1, 2, … (ΔE/k_B): {numbers}</translation>
    </message>
    <message>
        <source>Local temperatures (ΔE/k_B): T₁ = {first} … {index} = {last}</source>
        <translation>Temperaturas locales (ΔE/k_B): T₁ = {first} … {index} = {last}</translation>
    </message>
    <message>
        <source>inverted (T &lt; 0)</source>
        <extracomment>A subunit holding more than its equilibrium share at infinite temperature (P_μ &gt; n_μ/(n_μ + 1), e.g. all the energy at t = 0) has an inverted population: T &lt; 0 is the physics (docs/physics.md §4), said in words.</extracomment>
        <translation>invertida (T &lt; 0)</translation>
    </message>
    <message>
        <source>Inverted: the subunit holds more energy than even an infinite temperature gives it (P_μ &gt; n_μ/(n_μ + 1)), as subunit 1 does at the start. Its temperature is negative — hotter than any positive one: energy flows from it to every subunit at T &gt; 0.</source>
        <translation>Invertida: el subsistema tiene más energía de la que le daría incluso una temperatura infinita (P_μ &gt; n_μ/(n_μ + 1)), como el subsistema 1 al principio. Su temperatura es negativa — más caliente que cualquier positiva: la energía fluye de él a todo subsistema con T &gt; 0.</translation>
    </message>
</context>
<context>
    <name>conductivity_plot</name>
    <message>
        <source>Green squares: the conductivity the exact run measured, from the whole run (every time past t_fit), grouped by temperature; the bars span the middle half of each group. Groups with few samples, and all but the fullest of groups that would overlap, are left out; a bar stops at 15 % of the axis each way and at its edges, a square beyond the axis is drawn at its edge (▲/▼). κ_meas = (J/ΔP)·c(T̄), docs/physics.md §5.</source>
        <extracomment>κ_meas shows the temperature bins that hold at least this share of the fullest bin&apos;s samples: the median of a handful of bond-moments is noise. Markers at least this share of the T axis apart: twelve bins over 0.04 ΔE/k_B drew one solid green bar over κ(T)&apos;s peak. Of bins closer than that, the one with the most samples is shown (the figure data and the CSV keep them all). A bar reaches at most this share of the κ axis above and below its square (the rest of a wider spread is cut): a bin of few, scattered bond-moments drew a bar over the whole axis, through κ(T) and the other squares. What the green squares are, in words, then the physics.</extracomment>
        <translation>Cuadrados verdes: la conductividad medida en la simulación exacta, de toda la simulación (cada instante después de t_fit), agrupada por temperatura; las barras abarcan la mitad central de cada grupo. Se omiten los grupos con pocas muestras y, de los grupos que se solaparían, todos menos el más lleno; una barra se detiene al 15 % del eje hacia cada lado y en sus bordes, un cuadrado fuera del eje se dibuja en su borde (▲/▼). κ_meas = (J/ΔP)·c(T̄), docs/physics.md §5.</translation>
    </message>
    <message>
        <source>κ(T), uniform chain</source>
        <extracomment>κ(T)&apos;s legend entry on a system whose bonds differ, short enough for the small view; the tooltip says more.</extracomment>
        <translation>κ(T), cadena uniforme</translation>
    </message>
    <message>
        <source>κ(T) of a uniform chain with the global n and λ: the bonds of this system differ (docs/physics.md §6)</source>
        <translation>κ(T) de una cadena uniforme con los n y λ globales: los enlaces de este sistema son distintos (docs/physics.md §6)</translation>
    </message>
    <message>
        <source>Conductivity κ(T), eq. (16)</source>
        <translation>Conductividad κ(T), ec. (16)</translation>
    </message>
    <message>
        <source>Conductivity and specific heat against temperature</source>
        <translation>Conductividad térmica y calor específico frente a la temperatura</translation>
    </message>
    <message>
        <source>c(T) (right axis)</source>
        <translation>c(T) (eje der.)</translation>
    </message>
    <message>
        <source>κ_meas, whole run</source>
        <translation>κ_meas, simulación</translation>
    </message>
    <message>
        <source>max κ = {kappa}
at T = {temperature}</source>
        <translation>máx κ = {kappa}
en T = {temperature}</translation>
    </message>
</context>
<context>
    <name>diffusion_plot</name>
    <message>
        <source>decay rate / γ_q</source>
        <translation>tasa de decaimiento / γ_q</translation>
    </message>
    <message>
        <source>wavelength 2N/q (sites)</source>
        <translation>longitud de onda 2N/q (sitios)</translation>
    </message>
    <message>
        <source>Where diffusion ends: {quantity} against {variable}</source>
        <translation>Dónde termina la difusión: {quantity} frente a {variable}</translation>
    </message>
    <message>
        <source>1/γ_q shorter than the correlation time 2π/δε: the mode is gone before a rate holds</source>
        <translation>1/γ_q más corto que el tiempo de correlación 2π/δε: el modo desaparece antes de que valga una tasa</translation>
    </message>
    <message>
        <source>1/γ_q longer than the Heisenberg time 2πn/δε: the band&apos;s levels are resolved first</source>
        <translation>1/γ_q más largo que el tiempo de Heisenberg 2πn/δε: antes se resuelven los niveles de la banda</translation>
    </message>
    <message>
        <source>runs (seeds)</source>
        <translation>simulaciones (semillas)</translation>
    </message>
    <message>
        <source>first e-fold&lt;br&gt;median, range over seeds</source>
        <translation>primer factor e&lt;br&gt;mediana, rango de semillas</translation>
    </message>
    <message>
        <source>late decay, fit from τ_c to 20 %&lt;br&gt;median, range</source>
        <translation>decaimiento tardío desde τ_c&lt;br&gt;mediana, rango</translation>
    </message>
</context>
<context>
    <name>diffusion_tab</name>
    <message>
        <source>Each run starts in one Fourier mode. Blue: the rate of its first e-fold, orange: of its late decay, both over HAM&apos;s γ_q. Left band: 1/γ_q under the correlation time 2π/δε; right band: over the Heisenberg time 2πn/δε (Steinigeweg, Breuer and Gemmer 2007).</source>
        <translation>Cada simulación empieza en un modo de Fourier. Azul: la tasa de su primera caída en un factor e, naranja: la de su decaimiento tardío, ambas entre el γ_q de HAM. Banda izquierda: 1/γ_q por debajo del tiempo de correlación 2π/δε; banda derecha: por encima del tiempo de Heisenberg 2πn/δε (Steinigeweg, Breuer y Gemmer 2007).</translation>
    </message>
    <message>
        <source>The profile 1/N + A·cos(qπ(μ−½)/N) (on a ring the even q = 2k, cos(2πk(μ−½)/N)). First e-fold: ln a_q fitted through its start up to a_q(0)/e. Late decay: fitted from τ_c while a_q stays above 20 %. A mode HAM would take to 1/e within one correlation time loses its first e-fold slower than γ_q; a mode slower than the Heisenberg time decays late slower than γ_q (docs/physics.md §5, Where diffusion ends).</source>
        <translation>El perfil 1/N + A·cos(qπ(μ−½)/N) (en un anillo los q pares = 2k, cos(2πk(μ−½)/N)). Primer factor e: ln a_q ajustado desde el inicio hasta a_q(0)/e. Decaimiento tardío: ajustado desde τ_c mientras a_q se mantiene por encima del 20 %. Un modo que HAM llevaría a 1/e en menos de un tiempo de correlación pierde su primer factor e más despacio que γ_q; un modo más lento que el tiempo de Heisenberg decae tarde más despacio que γ_q (docs/physics.md §5, Where diffusion ends).</translation>
    </message>
    <message>
        <source>wavelength (sites)</source>
        <extracomment>The table&apos;s columns, translated where shown (the CSV keeps its own English names, io/study_csv.py).</extracomment>
        <translation>longitud de onda (sitios)</translation>
    </message>
    <message>
        <source>e-fold / γ_q</source>
        <translation>factor e / γ_q</translation>
    </message>
    <message>
        <source>late / γ_q</source>
        <translation>tardío / γ_q</translation>
    </message>
    <message>
        <source>short</source>
        <extracomment>A mode outside diffusion&apos;s window, as the table&apos;s e-fold cell says it (transport.mode_window).</extracomment>
        <translation>corta</translation>
    </message>
    <message>
        <source>long</source>
        <translation>larga</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometría</translation>
    </message>
    <message>
        <source>Seeds per mode</source>
        <translation>Semillas por modo</translation>
    </message>
    <message>
        <source>Modes q</source>
        <translation>Modos q</translation>
    </message>
    <message>
        <source>c1 = 2λn/δε (eq. 14): λ = c1·δε/(2n)</source>
        <translation>c1 = 2λn/δε (ec. 14): λ = c1·δε/(2n)</translation>
    </message>
    <message>
        <source>spread over the wavelengths</source>
        <translation>repartidos en longitud de onda</translation>
    </message>
    <message>
        <source>Comma-separated q (on a ring even q = 2k); empty: about eleven spread in wavelength</source>
        <translation>q separados por comas (en un anillo q pares = 2k); vacío: unos once repartidos en longitud de onda</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Tiempo estimado</translation>
    </message>
    <message>
        <source>Study table</source>
        <translation>Tabla del estudio</translation>
    </message>
    <message>
        <source>Cannot run: {reason}</source>
        <translation>No se puede ejecutar: {reason}</translation>
    </message>
    <message>
        <source>{runs} runs (modes {modes}), ≈ {time} on 2 quiet cores (physics/cost.py)</source>
        <translation>{runs} simulaciones (modos {modes}), ≈ {time} en 2 núcleos libres (physics/cost.py)</translation>
    </message>
    <message>
        <source>, ≈ {time} left</source>
        <translation>, quedan ≈ {time}</translation>
    </message>
    <message>
        <source>%v of %m runs ({percent} % of the work{left})</source>
        <translation>%v de %m simulaciones ({percent} % del trabajo{left})</translation>
    </message>
    <message>
        <source>Running: {done} of {total} runs{left}.</source>
        <translation>En curso: {done} de {total} simulaciones{left}.</translation>
    </message>
</context>
<context>
    <name>dynamics_plot</name>
    <message>
        <source>Site probabilities P_μ(t)</source>
        <extracomment>Opacity of the other sites&apos; curves while one site is hovered or selected. Pixels each side of the time cursor&apos;s old place painted again when it moves (its pen is at most a few wide).</extracomment>
        <translation>Poblaciones P_μ(t)</translation>
    </message>
    <message>
        <source>Exact P_μ(t) as points, the HAM prediction as lines, one colour per site</source>
        <translation>P_μ(t) exacta como puntos, la predicción de HAM como líneas, un color por sitio</translation>
    </message>
    <message>
        <source>previous run</source>
        <translation>simulación anterior</translation>
    </message>
    <message>
        <source>{run} (dashed)</source>
        <translation>{run} (a trazos)</translation>
    </message>
    <message>
        <source>γt (dimensionless)</source>
        <translation>γt (adimensional)</translation>
    </message>
    <message>
        <source>site {site}</source>
        <translation>sitio {site}</translation>
    </message>
    <message>
        <source>colour: subunit μ</source>
        <translation>color: subsistema μ</translation>
    </message>
    <message>
        <source>exact, sites 1 … {sites} (colour bar)</source>
        <translation>exacta, sitios 1 … {sites} (barra de color)</translation>
    </message>
    <message>
        <source>HAM (lines)</source>
        <translation>HAM (líneas)</translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation>subsistema μ</translation>
    </message>
    <message>
        <source>exact P_μ(t) of {sites} subunits (colour)</source>
        <translation>P_μ(t) exacta de {sites} subsistemas (color)</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The app keeps running. If this looks like a bug, copy the details into a report.</source>
        <translation>La aplicación sigue funcionando. Si parece un error, copie los detalles en un informe.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Put the traceback and the versions on the clipboard</source>
        <translation>Copiar la traza y las versiones al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>The paper&apos;s Fig. 2. Watch the exact points (one random pure state!) follow HAM&apos;s smooth lines: site 1 empties, site 2 fills first, site 3 last, and all meet at 1/3.</source>
        <translation>La fig. 2 del artículo. Observe cómo los puntos exactos (¡un único estado puro aleatorio!) siguen las líneas suaves de HAM: el sitio 1 se vacía, el sitio 2 se llena primero, el sitio 3 al final, y todos se encuentran en 1/3.</translation>
    </message>
    <message>
        <source>The first point of the paper&apos;s Fig. 3. The Studies tab repeats this run for n = 100…500 and shows the deviation D₁² shrinking like 1/n: more levels, more self-averaging.</source>
        <translation>El primer punto de la fig. 3 del artículo. La pestaña Estudios repite esta simulación para n = 100…500 y muestra cómo la desviación D₁² disminuye como 1/n: más niveles, más autopromediado.</translation>
    </message>
    <message>
        <source>Look at the κ(T) panel: the conductivity of eq. (16) has a maximum. Few excitations are around at low T; at high T the subunits saturate and c(T) falls.</source>
        <translation>Mire la gráfica κ(T): la conductividad térmica de la ec. (16) tiene un máximo. A T baja hay pocas excitaciones; a T alta los subsistemas se saturan y c(T) cae.</translation>
    </message>
    <message>
        <source>Ten subunits, the paper&apos;s largest chain. The profile panel shows a smooth, diffusive front moving down the chain; far sites fill late, with the delay of a random walk, t ∝ μ²/γ.</source>
        <translation>Diez subsistemas, la cadena más larga del artículo. El perfil muestra un frente suave y difusivo que avanza por la cadena; los sitios lejanos se llenan tarde, con el retraso de un camino aleatorio, t ∝ μ²/γ.</translation>
    </message>
    <message>
        <source>c1 = 0.1: the band holds too few levels within the coupling&apos;s energy width. The exact curves oscillate and overshoot instead of relaxing; HAM&apos;s rate picture does not apply.</source>
        <translation>c1 = 0,1: la banda tiene demasiado pocos niveles dentro de la anchura energética del acoplamiento. Las curvas exactas oscilan y se pasan en lugar de relajarse; la imagen de tasas de HAM no se aplica.</translation>
    </message>
    <message>
        <source>Open the Transport tab. Each blue point is one bond at one moment: the heat current J flowing from a subunit to the next, against how much more excited the first one is (P_μ − P_μ₊₁). They lie on one straight line through zero, with the slope γ that HAM predicts: the current is proportional to the difference, which is Fourier&apos;s law, J = κ·ΔT, obtained from the Schrödinger equation alone. Compare &lt;a href=&apos;preset:no-fourier-law&apos;&gt;a chain with too few levels&lt;/a&gt;.</source>
        <translation>Abra la pestaña Transporte. Cada punto azul es un enlace en un instante: la corriente de calor J de un subsistema al siguiente, frente a cuánto más excitado está el primero (P_μ − P_μ₊₁). Los puntos están sobre una recta que pasa por cero, con la pendiente γ que predice HAM: la corriente es proporcional a la diferencia, y esa es la ley de Fourier, J = κ·ΔT, obtenida solo de la ecuación de Schrödinger. Compare con &lt;a href=&apos;preset:no-fourier-law&apos;&gt;una cadena con demasiado pocos niveles&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The same chain with ten times weaker coupling, so c1 = 0.2: each level reaches fewer than one level of the neighbour. In the Transport tab the points scatter widely: the current is not set by the population difference (the verdict: no Fourier&apos;s law), energy sloshes back and forth coherently, and σ² grows faster than t for a while. No Fourier&apos;s law here, although the Schrödinger equation is the same. Compare &lt;a href=&apos;preset:fourier-law&apos;&gt;the diffusive chain&lt;/a&gt;.</source>
        <translation>La misma cadena con un acoplamiento diez veces más débil, así que c1 = 0,2: cada nivel alcanza menos de un nivel del vecino. En la pestaña Transporte los puntos se dispersan mucho: la corriente no la fija la diferencia de población (el veredicto: no hay ley de Fourier), la energía va y viene de forma coherente y σ² crece durante un tiempo más rápido que t. Aquí no hay ley de Fourier, aunque la ecuación de Schrödinger es la misma. Compare con &lt;a href=&apos;preset:fourier-law&apos;&gt;la cadena difusiva&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>c2 = 4: the coupling is strong compared with the band. Energy does not hop by small independent steps, the exact run departs from HAM&apos;s rate equation.</source>
        <translation>c2 = 4: el acoplamiento es fuerte comparado con la banda. La energía no salta en pequeños pasos independientes; la simulación exacta se aparta de la ecuación de tasas de HAM.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not diffusive: too few levels (c1 &amp;lt; 1)&lt;/h3&gt;&lt;p&gt;{values}. The coupling λ connects each level to only a handful of levels on the neighbour, so the band behaves like a few discrete states. The excitation swings back and forth (like a Rabi oscillation) instead of flowing at a fixed rate. Try &lt;a href=&apos;{more_levels}&apos;&gt;ten times more levels&lt;/a&gt; or &lt;a href=&apos;{stronger}&apos;&gt;a stronger coupling&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No difusivo: demasiado pocos niveles (c1 &amp;lt; 1)&lt;/h3&gt;&lt;p&gt;{values}. El acoplamiento λ conecta cada nivel solo con un puñado de niveles del vecino, así que la banda se comporta como unos pocos estados discretos. La excitación oscila de un lado a otro (como una oscilación de Rabi) en lugar de fluir a una tasa fija. Pruebe &lt;a href=&apos;{more_levels}&apos;&gt;diez veces más niveles&lt;/a&gt; o &lt;a href=&apos;{stronger}&apos;&gt;un acoplamiento más fuerte&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coupling too strong (c2 {relation} 1)&lt;/h3&gt;&lt;p&gt;{values}. Eq. (14) asks c2 ≪ 1: the coupling must be weak compared with the band width, so that each hop is an independent, Fermi-golden-rule event. Here it is not, and HAM&apos;s rate γ overestimates the transport. Try &lt;a href=&apos;{weaker}&apos;&gt;a ten times weaker coupling&lt;/a&gt; or &lt;a href=&apos;preset:fig2&apos;&gt;the Fig. 2 chain&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Acoplamiento demasiado fuerte (c2 {relation} 1)&lt;/h3&gt;&lt;p&gt;{values}. La ec. (14) pide c2 ≪ 1: el acoplamiento debe ser débil frente a la anchura de banda, para que cada salto sea un suceso independiente según la regla de oro de Fermi. Aquí no lo es, y la tasa γ de HAM sobrestima el transporte. Pruebe &lt;a href=&apos;{weaker}&apos;&gt;un acoplamiento diez veces más débil&lt;/a&gt; o &lt;a href=&apos;preset:fig2&apos;&gt;la cadena de la fig. 2&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diffusive regime (eq. 14 is met)&lt;/h3&gt;&lt;p&gt;{values}. Energy hops between neighbours at the rate γ, like a random walk: the exact points follow HAM&apos;s lines, and P&lt;sub&gt;μ&lt;/sub&gt; relaxes smoothly without oscillating. Compare &lt;a href=&apos;preset:ballistic&apos;&gt;too few levels&lt;/a&gt; and &lt;a href=&apos;preset:strong-coupling&apos;&gt;too strong a coupling&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Régimen difusivo (se cumple la ec. 14)&lt;/h3&gt;&lt;p&gt;{values}. La energía salta entre vecinos a la tasa γ, como un camino aleatorio: los puntos exactos siguen las líneas de HAM y P&lt;sub&gt;μ&lt;/sub&gt; se relaja suavemente sin oscilar. Compare con &lt;a href=&apos;preset:ballistic&apos;&gt;demasiado pocos niveles&lt;/a&gt; y &lt;a href=&apos;preset:strong-coupling&apos;&gt;un acoplamiento demasiado fuerte&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bands at different energies&lt;/h3&gt;&lt;p&gt;Energy is conserved: a level exchanges energy only with the neighbour&apos;s levels at its own energy. Where neighbouring bands do not overlap, energy stays where it is, so the excitation does not spread to 1/N; HAM follows it energy by energy (the golden rule per energy, docs/physics.md §6) and ends at the share of each energy&apos;s states.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bandas de energía a energías distintas&lt;/h3&gt;&lt;p&gt;La energía se conserva: un nivel intercambia energía solo con los niveles del vecino a su misma energía. Donde las bandas vecinas no se solapan, la energía se queda donde está, así que la excitación no se reparte hasta 1/N; HAM la sigue energía por energía (la regla de oro por energía, docs/physics.md §6) y termina en la proporción de estados de cada energía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where equilibrium lies&lt;/h3&gt;&lt;p&gt;The subunits have different numbers of levels n&lt;sub&gt;μ&lt;/sub&gt;: in the end the excitation is spread evenly over all states with its energy, so each subunit holds it in proportion to its levels, &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = n&lt;sub&gt;μ&lt;/sub&gt;/Σn&lt;/span&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dónde está el equilibrio&lt;/h3&gt;&lt;p&gt;Los subsistemas tienen distinto número de niveles n&lt;sub&gt;μ&lt;/sub&gt;: al final la excitación se reparte por igual entre todos los estados con su energía, así que cada subsistema la tiene en proporción a sus niveles, &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = n&lt;sub&gt;μ&lt;/sub&gt;/Σn&lt;/span&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why equilibrium is 1/N&lt;/h3&gt;&lt;p&gt;Every subunit has the same band of n levels, so in the end the excitation is spread evenly over all N·n states with its energy: each subunit holds it with probability &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = 1/N&lt;/span&gt; (the dashed line in the profile). In HAM this is the mode of the rate equations that never decays.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Por qué el equilibrio es 1/N&lt;/h3&gt;&lt;p&gt;Todos los subsistemas tienen la misma banda de n niveles, así que al final la excitación se reparte por igual entre los N·n estados con su energía: cada subsistema la tiene con probabilidad &lt;span class=&apos;eq&apos;&gt;P&lt;sub&gt;μ&lt;/sub&gt; = 1/N&lt;/span&gt; (la línea a trazos del perfil). En HAM este es el modo de las ecuaciones de tasas que nunca decae.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>overlap only partly</source>
        <translation>se solapan solo en parte</translation>
    </message>
    <message>
        <source>do not overlap</source>
        <translation>no se solapan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HAM&apos;s lines leave something out here&lt;/h3&gt;&lt;p&gt;Neighbouring bands {overlap} (offsets up to {step} δε). HAM moves energy only between levels at the same energy of neighbours; the exact dynamics also hops &lt;i&gt;through&lt;/i&gt; a neighbour at another energy (second order in λ). Expect the exact points to run ahead of HAM&apos;s lines, most on a subunit whose band matches a subunit two steps away: a few hundredths of P over ten relaxation times.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aquí a las líneas de HAM les falta algo&lt;/h3&gt;&lt;p&gt;Las bandas vecinas {overlap} (desplazamientos de hasta {step} δε). HAM mueve energía solo entre niveles de igual energía de subsistemas vecinos; la dinámica exacta también salta &lt;i&gt;a través&lt;/i&gt; de un vecino a otra energía (segundo orden en λ). Los puntos exactos se adelantan a las líneas de HAM, sobre todo en un subsistema cuya banda coincide con la de otro a dos pasos: unas centésimas de P en diez tiempos de relajación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What to look for&lt;/h3&gt;&lt;p&gt;{note}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;En qué fijarse&lt;/h3&gt;&lt;p&gt;{note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Here γ ≈ {gamma}, so 1/γ ≈ {time} ħ/ΔE.</source>
        <translation> Aquí γ ≈ {gamma}, así que 1/γ ≈ {time} ħ/ΔE.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What γ means&lt;/h3&gt;&lt;p&gt;&lt;span class=&apos;eq&apos;&gt;γ = 2πλ²n/δε&lt;/span&gt; (eq. 10) is Fermi&apos;s golden rule: the coupling squared times the density of final states n/δε. It is the rate at which energy hops to a neighbour; 1/γ is the time scale of the whole process.{gamma}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qué significa γ&lt;/h3&gt;&lt;p&gt;&lt;span class=&apos;eq&apos;&gt;γ = 2πλ²n/δε&lt;/span&gt; (ec. 10) es la regla de oro de Fermi: el acoplamiento al cuadrado por la densidad de estados finales n/δε. Es la tasa a la que la energía salta a un vecino; 1/γ es la escala de tiempo de todo el proceso.{gamma}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What κ means&lt;/h3&gt;&lt;p&gt;Near equilibrium every subunit is at its own temperature T&lt;sub&gt;μ&lt;/sub&gt;. The current between neighbours is &lt;span class=&apos;eq&apos;&gt;J = −γ ΔP = −γ c(T) ΔT&lt;/span&gt;: Fourier&apos;s law with &lt;span class=&apos;eq&apos;&gt;κ = γ·c(T)&lt;/span&gt; (eq. 16). κ peaks where the specific heat c(T) does (&lt;a href=&apos;preset:fig4&apos;&gt;Fig. 4&lt;/a&gt;).&lt;/p&gt;&lt;h3&gt;Is it really Fourier&apos;s law?&lt;/h3&gt;&lt;p&gt;The Transport tab measures it in the exact run, without HAM: the current through every bond, &lt;span class=&apos;eq&apos;&gt;J = 2 Im(ψ&lt;sub&gt;μ+1&lt;/sub&gt;† B ψ&lt;sub&gt;μ&lt;/sub&gt;)&lt;/span&gt;, is plotted against the population step. Points scattered about a straight line of slope γ are Fourier&apos;s law: one pure state&apos;s currents fluctuate from one correlation time 2π/δε to the next, so the verdict compares them, averaged over such windows, with the fluctuations a state must show; the green squares on the κ(T) plot are the conductivity J/ΔT it implies (the measured rate J/ΔP times the local slope c = du/dT). The spreading σ²(t) tells the same story in time: σ² ∝ t (a random walk) in the diffusive window 2π/δε ≪ t ≪ 1/γ, σ² ∝ t² while the motion is coherent (&lt;a href=&apos;preset:fourier-law&apos;&gt;holds&lt;/a&gt;, &lt;a href=&apos;preset:no-fourier-law&apos;&gt;fails&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qué significa κ&lt;/h3&gt;&lt;p&gt;Cerca del equilibrio cada subsistema está a su propia temperatura T&lt;sub&gt;μ&lt;/sub&gt;. La corriente entre vecinos es &lt;span class=&apos;eq&apos;&gt;J = −γ ΔP = −γ c(T) ΔT&lt;/span&gt;: la ley de Fourier con &lt;span class=&apos;eq&apos;&gt;κ = γ·c(T)&lt;/span&gt; (ec. 16). κ tiene su máximo donde lo tiene el calor específico c(T) (&lt;a href=&apos;preset:fig4&apos;&gt;fig. 4&lt;/a&gt;).&lt;/p&gt;&lt;h3&gt;¿Es de verdad la ley de Fourier?&lt;/h3&gt;&lt;p&gt;La pestaña Transporte la mide en la simulación exacta, sin HAM: la corriente por cada enlace, &lt;span class=&apos;eq&apos;&gt;J = 2 Im(ψ&lt;sub&gt;μ+1&lt;/sub&gt;† B ψ&lt;sub&gt;μ&lt;/sub&gt;)&lt;/span&gt;, se representa frente al salto de población. Puntos dispersos en torno a una recta de pendiente γ son la ley de Fourier: las corrientes de un estado puro fluctúan de un tiempo de correlación 2π/δε al siguiente, así que el veredicto las compara, promediadas sobre esas ventanas, con las fluctuaciones que debe mostrar un estado; los cuadrados verdes de la gráfica κ(T) son la conductividad J/ΔT que implica (la tasa medida J/ΔP por la pendiente local c = du/dT). La dispersión σ²(t) cuenta la misma historia en el tiempo: σ² ∝ t (un camino aleatorio) en la ventana difusiva 2π/δε ≪ t ≪ 1/γ, σ² ∝ t² mientras el movimiento es coherente (&lt;a href=&apos;preset:fourier-law&apos;&gt;se cumple&lt;/a&gt;, &lt;a href=&apos;preset:no-fourier-law&apos;&gt;no se cumple&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>What to look for in the current regime, with links that set parameters</source>
        <translation>En qué fijarse en el régimen actual, con enlaces que fijan parámetros</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Subunits</source>
        <translation>Subsistemas</translation>
    </message>
    <message>
        <source>N — number of subunits in the chain (≥ 2). Each is a ground state plus a band of n levels (Fig. 1).</source>
        <translation>N — número de subsistemas de la cadena (≥ 2). Cada uno es un estado fundamental más una banda de energía de n niveles (fig. 1).</translation>
    </message>
    <message>
        <source>Levels per band</source>
        <translation>Niveles por banda</translation>
    </message>
    <message>
        <source>n — levels in each subunit&apos;s band (≥ 1). Enters γ = 2πλ²n/δε (eq. 10) and both criteria (eq. 14).</source>
        <translation>n — niveles de la banda de cada subsistema (≥ 1). Entra en γ = 2πλ²n/δε (ec. 10) y en ambos criterios (ec. 14).</translation>
    </message>
    <message>
        <source>Band width</source>
        <translation>Anchura de banda</translation>
    </message>
    <message>
        <source>δε — width of each band in units of the gap ΔE = 1 (0 &lt; δε &lt; 1). Enters γ (eq. 10) and eq. (14).</source>
        <translation>δε — anchura de cada banda en unidades de la brecha ΔE = 1 (0 &lt; δε &lt; 1). Entra en γ (ec. 10) y en la ec. (14).</translation>
    </message>
    <message>
        <source>Coupling</source>
        <translation>Acoplamiento</translation>
    </message>
    <message>
        <source>λ — strength of the next-neighbour coupling λ·V (eq. 3). γ grows like λ² (eq. 10).</source>
        <translation>λ — intensidad del acoplamiento entre primeros vecinos λ·V (ec. 3). γ crece como λ² (ec. 10).</translation>
    </message>
    <message>
        <source>Coupling seed</source>
        <translation>Semilla del acoplamiento</translation>
    </message>
    <message>
        <source>Seed of the random coupling matrices c^(μ) (numpy default_rng). Same seed, same couplings, bit for bit.</source>
        <translation>Semilla de las matrices de acoplamiento aleatorias c^(μ) (numpy default_rng). Misma semilla, mismos acoplamientos, bit a bit.</translation>
    </message>
    <message>
        <source>Random couplings</source>
        <translation>Acoplamientos aleatorios</translation>
    </message>
    <message>
        <source>Ensemble of the coupling entries c_ji: complex Gaussian (default) or real Gaussian, E|c|² = 1 (eq. 3).</source>
        <translation>Colectividad de los elementos de acoplamiento c_ji: gaussiana compleja (predeterminada) o gaussiana real, E|c|² = 1 (ec. 3).</translation>
    </message>
    <message>
        <source>Complex Gaussian entries (the paper&apos;s choice)</source>
        <translation>Elementos gaussianos complejos (la elección del artículo)</translation>
    </message>
    <message>
        <source>Real Gaussian entries</source>
        <translation>Elementos gaussianos reales</translation>
    </message>
    <message>
        <source>Couplings stored in</source>
        <translation>Acoplamientos guardados en</translation>
    </message>
    <message>
        <source>How the drawn couplings λ·c_ji are stored: single precision (default: each drawn in double and rounded once, half the memory, faster runs; the run propagates exactly the stored H in double arithmetic) or double (the couplings of earlier versions, bit for bit; also any λ outside 1e-30 … 1e30). docs/physics.md §3 says why the rounding changes nothing measurable.</source>
        <translation>Cómo se guardan los acoplamientos sorteados λ·c_ji: single, precisión simple (predeterminada: cada uno sorteado en doble precisión y redondeado una vez, la mitad de memoria, simulaciones más rápidas; la simulación propaga exactamente el H guardado en aritmética doble) o double, precisión doble (los acoplamientos de versiones anteriores, bit a bit; también cualquier λ fuera de 1e-30 … 1e30). docs/physics.md §3 explica por qué el redondeo no cambia nada medible.</translation>
    </message>
    <message>
        <source>Rounded once to single precision: half the memory (complex64, or float32 for real couplings)</source>
        <translation>Redondeados una vez a precisión simple: la mitad de memoria (complex64, o float32 para acoplamientos reales)</translation>
    </message>
    <message>
        <source>Double precision: the same couplings as earlier versions, bit for bit</source>
        <translation>Precisión doble: los mismos acoplamientos que las versiones anteriores, bit a bit</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Estado inicial</translation>
    </message>
    <message>
        <source>Initial state ψ(0): a random state in one site&apos;s band (the paper&apos;s choice), one single level, or a random band state on every site with chosen weights P_μ(0).</source>
        <translation>Estado inicial ψ(0): un estado aleatorio en la banda de un sitio (la elección del artículo), un único nivel, o un estado de banda aleatorio en cada sitio con pesos P_μ(0) elegidos.</translation>
    </message>
    <message>
        <source>Random starts averaged</source>
        <translation>Inicios promediados</translation>
    </message>
    <message>
        <source>K — number of random pure initial states propagated together and averaged (an ensemble: it emulates a mixed state; the spread is shown as a band).</source>
        <translation>K — número de estados iniciales puros aleatorios propagados juntos y promediados (una colectividad: emula un estado mezcla; la dispersión se muestra como una banda).</translation>
    </message>
    <message>
        <source>Run length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Length of the run in ħ/ΔE (wins over the length in 1/γ when both are given).</source>
        <translation>Duración de la simulación en ħ/ΔE (prevalece sobre la duración en 1/γ si se dan ambas).</translation>
    </message>
    <message>
        <source>Length of the run, in units of 1/γ (the HAM time scale) or in ħ/ΔE. D₁² (eq. 15) needs ≥ 5/γ.</source>
        <translation>Duración de la simulación, en unidades de 1/γ (la escala de tiempo de HAM) o en ħ/ΔE. D₁² (ec. 15) necesita ≥ 5/γ.</translation>
    </message>
    <message>
        <source>Time points</source>
        <translation>Instantes</translation>
    </message>
    <message>
        <source>M — number of output times from 0 to t_max (≥ 2).</source>
        <translation>M — número de tiempos de salida de 0 a t_max (≥ 2).</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>How the Schrödinger equation is solved. auto picks the faster of: eigen — one dense eigendecomposition of H (cost D³, cannot be interrupted while it runs); chebyshev — a Chebyshev expansion of e^(−iHt) built from products of H with the state (any size).</source>
        <translation>Cómo se resuelve la ecuación de Schrödinger. auto elige el más rápido de: eigen — una descomposición espectral densa de H (coste D³, no se puede interrumpir mientras corre); chebyshev — un desarrollo de Chebyshov de e^(−iHt) construido con productos de H por el estado (cualquier tamaño).</translation>
    </message>
    <message>
        <source>The faster of the two for this size</source>
        <translation>El más rápido de los dos para este tamaño</translation>
    </message>
    <message>
        <source>Dense eigendecomposition (small D)</source>
        <translation>Descomposición espectral densa (D pequeño)</translation>
    </message>
    <message>
        <source>Chebyshev expansion (any D)</source>
        <translation>Desarrollo de Chebyshov (cualquier D)</translation>
    </message>
    <message>
        <source>Random seed of the start</source>
        <translation>Semilla del estado inicial</translation>
    </message>
    <message>
        <source>Seed of the random initial state (default: the couplings&apos; seed).</source>
        <translation>Semilla del estado inicial aleatorio (predeterminada: la semilla de los acoplamientos).</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometría</translation>
    </message>
    <message>
        <source>How the subunits are joined (docs/physics.md §6): chain, ring, ladder (2×L sites) or grid:RxC (R·C = N sites, row-major); the chain is the paper&apos;s.</source>
        <translation>Cómo se unen los subsistemas (docs/physics.md §6): chain (cadena), ring (anillo), ladder (escalera, 2×L sitios) o grid:RxC (red, R·C = N sitios, por filas); la cadena es la del artículo.</translation>
    </message>
    <message>
        <source>Levels of each subunit</source>
        <translation>Niveles por subsistema</translation>
    </message>
    <message>
        <source>n_μ for every subunit, comma separated (e.g. 100,500,100); empty: all have n levels. A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).</source>
        <translation>n_μ para cada subsistema, separados por comas (p. ej. 100,500,100); vacío: todos tienen n niveles. Un subsistema con más niveles guarda más energía en el equilibrio (P_μ ∝ n_μ).</translation>
    </message>
    <message>
        <source>Coupling of each bond</source>
        <translation>Acoplamiento por enlace</translation>
    </message>
    <message>
        <source>λ for every edge, comma separated, in the geometry&apos;s edge order; empty: all have λ. A weak bond is a contact resistance: a temperature step forms across it.</source>
        <translation>λ para cada arista, separados por comas, en el orden de aristas de la geometría; vacío: todas tienen λ. Un enlace débil es una resistencia de contacto: en él se forma un salto de temperatura.</translation>
    </message>
    <message>
        <source>Disorder width</source>
        <translation>Anchura de desorden</translation>
    </message>
    <message>
        <source>Band offsets Δ_μ drawn uniformly in [−W/2, W/2] (seeded): a level exchanges energy only with the neighbour&apos;s levels at its own energy, so transport slows and, for W of a few δε, stops.</source>
        <translation>Desplazamientos de banda Δ_μ sorteados uniformemente en [−W/2, W/2] (con semilla): un nivel intercambia energía solo con los niveles del vecino a su misma energía, así que el transporte se frena y, para W de unos pocos δε, se detiene.</translation>
    </message>
    <message>
        <source>Band offset of each subunit</source>
        <translation>Desplazamiento de banda</translation>
    </message>
    <message>
        <source>Δ_μ for every subunit in ΔE, comma separated (e.g. 0,0.025,0.05): band centres at ΔE + Δ_μ. A level exchanges energy only with the neighbour&apos;s levels at its own energy, so energy stays where the bands do not overlap (HAM&apos;s energy-resolved golden rule, docs/physics.md §6). Empty: drawn from the disorder width W, or all 0.</source>
        <translation>Δ_μ para cada subsistema en ΔE, separados por comas (p. ej. 0,0.025,0.05): centros de banda en ΔE + Δ_μ. Un nivel intercambia energía solo con los niveles del vecino a su misma energía, así que la energía se queda donde las bandas no se solapan (la regla de oro resuelta en energía de HAM, docs/physics.md §6). Vacío: se sortean con la anchura de desorden W, o todos 0.</translation>
    </message>
    <message>
        <source>Edge list</source>
        <translation>Lista de aristas</translation>
    </message>
    <message>
        <source>An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites 1 … N, # comments); wins over the geometry. The command line reads it from such a CSV file (--edges FILE).</source>
        <translation>Un grafo explícito: una arista a,b o a,b,λ por línea o entre puntos y coma (sitios 1 … N, # comentarios); prevalece sobre la geometría. La línea de órdenes lo lee de un archivo CSV así (--edges ARCHIVO).</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>site probabilities P_μ(t)</source>
        <translation>poblaciones P_μ(t)</translation>
    </message>
    <message>
        <source>level diagram</source>
        <translation>diagrama de niveles</translation>
    </message>
    <message>
        <source>system view</source>
        <translation>vista del sistema</translation>
    </message>
    <message>
        <source>chain profile</source>
        <translation>perfil de la cadena</translation>
    </message>
    <message>
        <source>conductivity κ(T)</source>
        <translation>conductividad térmica κ(T)</translation>
    </message>
    <message>
        <source>Fourier&apos;s law J against ΔP</source>
        <translation>ley de Fourier, J frente a ΔP</translation>
    </message>
    <message>
        <source>spreading σ²(t)</source>
        <translation>dispersión σ²(t)</translation>
    </message>
    <message>
        <source>local exponent α(t)</source>
        <translation>exponente local α(t)</translation>
    </message>
    <message>
        <source>Fourier mode a_q(t)</source>
        <translation>modo de Fourier a_q(t)</translation>
    </message>
    <message>
        <source>Level diagram at the shown time (chains)</source>
        <translation>Diagrama de niveles en el instante mostrado (cadenas)</translation>
    </message>
    <message>
        <source>System view at the shown time</source>
        <translation>Vista del sistema en el instante mostrado</translation>
    </message>
    <message>
        <source>Measured conductivity κ_meas(T)</source>
        <translation>Conductividad térmica medida κ_meas(T)</translation>
    </message>
    <message>
        <source>Transport: Fourier&apos;s law points J against ΔP</source>
        <translation>Transporte: puntos de la ley de Fourier, J frente a ΔP</translation>
    </message>
    <message>
        <source>Transport: σ²(t), α(t), a_q(t)</source>
        <translation>Transporte: σ²(t), α(t), a_q(t)</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Nothing to export</source>
        <extracomment>Width in pixels of exported and copied plots: sharp on a 1080p projector.</extracomment>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Run a simulation first.</source>
        <translation>Ejecute primero una simulación.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Exportar datos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source> (the parameters of the shown run, not the panel&apos;s)</source>
        <translation> (los parámetros de la simulación mostrada, no los del panel)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Not for this run</source>
        <translation>No para esta simulación</translation>
    </message>
    <message>
        <source>Export {figure} as CSV</source>
        <translation>Exportar {figure} como CSV</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfica</translation>
    </message>
    <message>
        <source>A run is going</source>
        <translation>Hay una simulación en curso</translation>
    </message>
    <message>
        <source>Wait for the run to end, or Stop it, then export.</source>
        <translation>Espere a que termine la simulación o deténgala, y luego exporte.</translation>
    </message>
    <message>
        <source>No answers to give</source>
        <translation>No hay respuestas que dar</translation>
    </message>
    <message>
        <source>Open a lesson first: its steps ask the questions.</source>
        <translation>Abra primero una lección: sus pasos plantean las preguntas.</translation>
    </message>
    <message>
        <source>Nothing to hand out</source>
        <translation>Nada que repartir</translation>
    </message>
    <message>
        <source>Open a lesson, or run a simulation to its end, first.</source>
        <translation>Abra primero una lección o ejecute una simulación hasta el final.</translation>
    </message>
    <message>
        <source>A run of fourier-gui</source>
        <translation>Una simulación de fourier-gui</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>La simulación</translation>
    </message>
    <message>
        <source>Steps not run yet</source>
        <translation>Pasos aún sin ejecutar</translation>
    </message>
    <message>
        <source>Steps {steps} of the lesson have not been run yet</source>
        <translation>Los pasos {steps} de la lección aún no se han ejecutado</translation>
    </message>
    <message>
        <source>Step {steps} of the lesson has not been run yet</source>
        <translation>El paso {steps} de la lección aún no se ha ejecutado</translation>
    </message>
    <message>
        <source>, so the handout would have no figure there. Go through the lesson first (PageDown), or make the handout from the command line, which runs every step: fourier-gui --lesson NAME --handout FILE.pdf.

Make the handout without those figures?</source>
        <translation>, así que la hoja de trabajo no tendría figura ahí. Recorra primero la lección (AvPág), o cree la hoja desde la línea de órdenes, que ejecuta cada paso: fourier-gui --lesson NOMBRE --handout ARCHIVO.pdf.

¿Crear la hoja de trabajo sin esas figuras?</translation>
    </message>
    <message>
        <source>Export answer key</source>
        <translation>Exportar hoja de respuestas</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja de trabajo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja de trabajo</translation>
    </message>
    <message>
        <source>Printed the handout: {pages} page</source>
        <translation>Hoja de trabajo impresa: {pages} página</translation>
    </message>
    <message>
        <source>Printed the handout: {pages} pages</source>
        <translation>Hoja de trabajo impresa: {pages} páginas</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Include the results of the current run?</source>
        <translation>¿Incluir los resultados de la simulación actual?</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>Sesiones (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Sessions (*.json);;All files (*)</source>
        <translation>Sesiones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>Opened {path} with results up to t = {t}</source>
        <translation>Abierto {path} con resultados hasta t = {t}</translation>
    </message>
    <message>
        <source>Window copied to the clipboard</source>
        <translation>Ventana copiada al portapapeles</translation>
    </message>
    <message>
        <source>{plot} copied to the clipboard</source>
        <translation>{plot} copiada al portapapeles</translation>
    </message>
</context>
<context>
    <name>grid_heat_map</name>
    <message>
        <source>Sweep grid</source>
        <extracomment>Cells above this count go without their value written in them.</extracomment>
        <translation>Red de barrido</translation>
    </message>
    <message>
        <source>Two-parameter sweep heat map</source>
        <translation>Mapa de calor de un barrido de dos parámetros</translation>
    </message>
    <message>
        <source>{quantity}, mean over {seeds} seed(s)</source>
        <translation>{quantity}, media sobre {seeds} semilla(s)</translation>
    </message>
    <message>
        <source>Cell colour: log₁₀ of {quantity}, mean over {seeds} seed(s)</source>
        <translation>Color de celda: log₁₀ de {quantity}, media sobre {seeds} semilla(s)</translation>
    </message>
    <message>
        <source>Cell colour: {quantity}, mean over {seeds} seed(s)</source>
        <translation>Color de celda: {quantity}, media sobre {seeds} semilla(s)</translation>
    </message>
</context>
<context>
    <name>grid_tab</name>
    <message>
        <source>The parameter of the rows</source>
        <translation>El parámetro de las filas</translation>
    </message>
    <message>
        <source>The parameter of the columns</source>
        <translation>El parámetro de las columnas</translation>
    </message>
    <message>
        <source>Row values</source>
        <translation>Valores de las filas</translation>
    </message>
    <message>
        <source>Column values</source>
        <translation>Valores de las columnas</translation>
    </message>
    <message>
        <source>Comma-separated values; every row value runs with every column value</source>
        <translation>Valores separados por comas; cada valor de fila se ejecuta con cada valor de columna</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>Semillas por punto</translation>
    </message>
    <message>
        <source>Runs per cell, coupling seeds base … base+S−1 (reproducible)</source>
        <translation>Simulaciones por celda, semillas de acoplamiento base … base+S−1 (reproducible)</translation>
    </message>
    <message>
        <source>Measured quantity</source>
        <translation>Magnitud medida</translation>
    </message>
    <message>
        <source>What each cell shows: HAM&apos;s error D₁², or the Fourier-law fit&apos;s γ_fit/γ or R²</source>
        <translation>Lo que muestra cada celda: el error D₁² de HAM, o γ_fit/γ o R² del ajuste a la ley de Fourier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Seeds per cell</source>
        <translation>Semillas por celda</translation>
    </message>
    <message>
        <source>Each cell shows</source>
        <translation>Cada celda muestra</translation>
    </message>
    <message>
        <source>Rows λ, columns n: the regime map of eq. (14) measured in exact runs. c1 = 2λn/δε grows to the upper right, c2 = λ²n/δε² too; HAM holds where both criteria do, and D₁² is small there.</source>
        <translation>Filas λ, columnas n: el mapa de regímenes de la ec. (14) medido en simulaciones exactas. c1 = 2λn/δε crece hacia arriba a la derecha, c2 = λ²n/δε² también; HAM vale donde valen ambos criterios, y allí D₁² es pequeño.</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>Name</source>
        <extracomment>Every fixed text of the handout, in English (the source); `{name}` fields are filled after translation.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{title} — teacher&apos;s key</source>
        <translation>{title} — respuestas para el profesorado</translation>
    </message>
    <message>
        <source>With the answers.</source>
        <translation>Con las respuestas.</translation>
    </message>
    <message>
        <source>Not for the students.</source>
        <translation>No es para el alumnado.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>(no answer given)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>{sites} subunits ({N}) joined as {shape}, each a ground state and {band}</source>
        <translation>{sites} subsistemas ({N}) unidos en {shape}, cada uno con un estado fundamental y {band}</translation>
    </message>
    <message>
        <source>a band of {levels} levels ({n})</source>
        <translation>una banda de energía de {levels} niveles ({n})</translation>
    </message>
    <message>
        <source>a band of its own size</source>
        <translation>una banda de energía de tamaño propio</translation>
    </message>
    <message>
        <source>a chain</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a ring</source>
        <translation>un anillo</translation>
    </message>
    <message>
        <source>a ladder of 2 × {cols}</source>
        <translation>una escalera de 2 × {cols}</translation>
    </message>
    <message>
        <source>a grid of {rows} × {cols}</source>
        <translation>una rejilla de {rows} × {cols}</translation>
    </message>
    <message>
        <source>the graph of an edge list ({bonds} bonds)</source>
        <translation>el grafo de una lista de aristas ({bonds} enlaces)</translation>
    </message>
    <message>
        <source>energy starts in: {start}</source>
        <translation>la energía empieza {start}</translation>
    </message>
    <message>
        <source>the band of subunit {site}</source>
        <translation>en la banda del subsistema {site}</translation>
    </message>
    <message>
        <source>one level: subunit {site}, level {level}</source>
        <translation>en un nivel: subsistema {site}, nivel {level}</translation>
    </message>
    <message>
        <source>the bands, in the shares {weights}</source>
        <translation>en las bandas, en las proporciones {weights}</translation>
    </message>
    <message>
        <source>the band of the centre subunit ({site})</source>
        <translation>en la banda del subsistema central ({site})</translation>
    </message>
    <message>
        <source>a Fourier mode q = {mode} (amplitude A = {amplitude})</source>
        <translation>en un modo de Fourier q = {mode} (amplitud A = {amplitude})</translation>
    </message>
    <message>
        <source>, averaged over {samples} random starts ({K})</source>
        <translation>, promediada sobre {samples} estados iniciales aleatorios ({K})</translation>
    </message>
    <message>
        <source>run length: {length}; random couplings from seed {seed}</source>
        <translation>duración: {length}; acoplamientos aleatorios de la semilla {seed}</translation>
    </message>
    <message>
        <source>{t} relaxation times 1/γ</source>
        <translation>{t} tiempos de relajación 1/γ</translation>
    </message>
    <message>
        <source>, {points} time points</source>
        <translation>, {points} instantes</translation>
    </message>
    <message>
        <source>random band offsets up to ±{half} ΔE (disorder {W} = {width})</source>
        <translation>desplazamientos de banda aleatorios de hasta ±{half} ΔE (desorden {W} = {width})</translation>
    </message>
    <message>
        <source>… ({count} in all)</source>
        <translation>… ({count} en total)</translation>
    </message>
</context>
<context>
    <name>initial_state_editor</name>
    <message>
        <source>band</source>
        <translation>banda</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>A random state in the band of one site (the paper&apos;s choice)</source>
        <translation>Un estado aleatorio en la banda de un sitio (la elección del artículo)</translation>
    </message>
    <message>
        <source>One single level of one site</source>
        <translation>Un único nivel de un sitio</translation>
    </message>
    <message>
        <source>A random band state on every site, with chosen weights P_μ(0)</source>
        <translation>Un estado de banda aleatorio en cada sitio, con pesos P_μ(0) elegidos</translation>
    </message>
    <message>
        <source>A random state in the band of the middle site: watch the energy spread both ways</source>
        <translation>Un estado aleatorio en la banda del sitio central: observe cómo la energía se extiende en ambos sentidos</translation>
    </message>
    <message>
        <source>Weights 1/N + A·cos(qπ(μ−½)/N): a Fourier mode of the profile, which decays at one rate</source>
        <translation>Pesos 1/N + A·cos(qπ(μ−½)/N): un modo de Fourier del perfil, que decae con una sola tasa</translation>
    </message>
    <message>
        <source>Initial state kind</source>
        <translation>Tipo de estado inicial</translation>
    </message>
    <message>
        <source>Initial band site</source>
        <translation>Sitio de la banda inicial</translation>
    </message>
    <message>
        <source>Initial level site</source>
        <translation>Sitio del nivel inicial</translation>
    </message>
    <message>
        <source>Initial level index</source>
        <translation>Índice del nivel inicial</translation>
    </message>
    <message>
        <source>weights P_μ(0), e.g. 0.5, 0.5, 0</source>
        <translation>pesos P_μ(0), p. ej. 0.5; 0.5; 0</translation>
    </message>
    <message>
        <source>Initial profile weights</source>
        <translation>Pesos del perfil inicial</translation>
    </message>
    <message>
        <source>Mode number q</source>
        <translation>Número de modo q</translation>
    </message>
    <message>
        <source>amplitude A (default 1/N)</source>
        <translation>amplitud A (predeterminada 1/N)</translation>
    </message>
    <message>
        <source>Mode amplitude A</source>
        <translation>Amplitud del modo A</translation>
    </message>
    <message>
        <source>site μ</source>
        <translation>sitio μ</translation>
    </message>
    <message>
        <source>level i</source>
        <translation>nivel i</translation>
    </message>
    <message>
        <source>the band of site {site}</source>
        <translation>la banda del sitio {site}</translation>
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
        <translation>Lección</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Paso siguiente de la lección</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Paso anterior de la lección</translation>
    </message>
    <message>
        <source>Show or hide the answer</source>
        <translation>Mostrar u ocultar la respuesta</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lecciones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot add to a lesson</source>
        <translation>No se puede añadir a una lección</translation>
    </message>
    <message>
        <source>Invalid parameters: {reason}</source>
        <translation>Parámetros no válidos: {reason}</translation>
    </message>
    <message>
        <source>Added step {step} to the lesson “{title}”</source>
        <translation>Añadido el paso {step} a la lección «{title}»</translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>simulación anterior</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Lesson</source>
        <extracomment>Presentation mode&apos;s band: the step&apos;s title on one line, its question in up to QUESTION_LINES (as many as the lesson&apos;s longest question needs), and BAND_LINES of its text, which scrolls (the answer, too).</extracomment>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Lesson step title</source>
        <translation>Título del paso de la lección</translation>
    </message>
    <message>
        <source>Lesson step: what to watch, the question and its answer</source>
        <translation>Paso de la lección: qué observar, la pregunta y su respuesta</translation>
    </message>
    <message>
        <source>Lesson step: the question</source>
        <translation>Paso de la lección: la pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Show or hide the answer to the question (A)</source>
        <translation>Mostrar u ocultar la respuesta a la pregunta (A)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>The previous step (Page Up)</source>
        <translation>El paso anterior (RePág)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seguir ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down): sets its parameters and, where it says so, runs</source>
        <translation>El paso siguiente (AvPág): fija sus parámetros y, donde lo indica, ejecuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the lesson; the window keeps its parameters and runs</source>
        <translation>Cerrar la lección; la ventana conserva sus parámetros y simulaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;Pregunta:&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lesson}&lt;/b&gt; — step {step} of {count}: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{lesson}&lt;/b&gt; — paso {step} de {count}: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; {answer}</source>
        <translation>&lt;b&gt;Respuesta:&lt;/b&gt; {answer}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;End of the lesson: File → Export handout saves it as a PDF.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Fin de la lección: Archivo → Exportar hoja de trabajo la guarda como PDF.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{lesson} — step {step} of {count}: {title}</source>
        <translation>{lesson} — paso {step} de {count}: {title}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>level_diagram</name>
    <message>
        <source>Level diagram (Fig. 1)</source>
        <extracomment>Bands with at most this many levels also get a line per level. Bands narrower than this (in ΔE) are drawn magnified to it, so that their levels can be told apart. Opacity of an empty level; a level holding a full band&apos;s share (P = 1 spread evenly) is opaque.</extracomment>
        <translation>Diagrama de niveles (fig. 1)</translation>
    </message>
    <message>
        <source>energy (ΔE)</source>
        <translation>energía (ΔE)</translation>
    </message>
    <message>
        <source>subunit μ</source>
        <translation>subsistema μ</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Ground level and band of each subunit; each band&apos;s levels shaded by their population</source>
        <translation>Nivel fundamental y banda de cada subsistema; los niveles de cada banda sombreados según su población</translation>
    </message>
    <message>
        <source>bands ×{factor}</source>
        <translation>bandas ×{factor}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus&apos; titles, each part of a MenuSpec&apos;s path (translated where the menu is made, `build_entries`).</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;figure data as CSV</source>
        <translation>Exportar datos de &amp;figura como CSV</translation>
    </message>
    <message>
        <source>Export &amp;plot as PNG or SVG</source>
        <translation>Exportar &amp;gráfica como PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>&amp;Preajustes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>Small &amp;views (compact layout)</source>
        <translation>&amp;Vistas pequeñas (disposición compacta)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
</context>
<context>
    <name>parameter_panel</name>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Estado inicial</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The panel shows one run length, in 1/γ or in ħ/ΔE: the field `t_max_gamma` with a unit switch. Fields with no row of their own, carried over from the parameters last shown (t_max is the run length&apos;s). Fields with a slider over decades under their editor: (low, high) of the slider (the field&apos;s own range still applies to typed values). The badges answer their row&apos;s question in plain words (the grade met / marginal / violated is their colour and their accessible description; the criterion&apos;s numbers are in the tooltip).</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>barely</source>
        <translation>apenas</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>narrow</source>
        <translation>estrecha</translation>
    </message>
    <message>
        <source>The couplings forget their phase long before the energy has spread: a rate, and Fourier&apos;s law, can show.</source>
        <extracomment>What a narrow or closed window means, beside a run&apos;s verdict that may still say the law holds.</extracomment>
        <translation>Los acoplamientos olvidan su fase mucho antes de que la energía se haya extendido: pueden aparecer una tasa y la ley de Fourier.</translation>
    </message>
    <message>
        <source>Narrow: the couplings forget their phase only a little before the energy has spread, so the time in which a rate can show is short. Fourier&apos;s law can still hold — the run&apos;s verdict below says whether it did.</source>
        <translation>Estrecha: los acoplamientos olvidan su fase solo poco antes de que la energía se haya extendido, así que el tiempo en que puede aparecer una tasa es corto. La ley de Fourier aún puede cumplirse — el veredicto de la simulación, abajo, dice si se cumplió.</translation>
    </message>
    <message>
        <source>Closed: the energy spreads before the couplings forget their phase; no rate, and no Fourier&apos;s law, is expected.</source>
        <translation>Cerrada: la energía se extiende antes de que los acoplamientos olviden su fase; no se espera ni una tasa ni la ley de Fourier.</translation>
    </message>
    <message>
        <source>(2π/δε)·γ = 4π²·c2: the correlation time 2π/δε over the relaxation time 1/γ. A rate — and Fourier&apos;s law — needs times past the first and before the second, so ≪ 1 (≤ 0.1 met, 0.1–1 marginal, &gt; 1 violated).</source>
        <translation>(2π/δε)·γ = 4π²·c2: el tiempo de correlación 2π/δε dividido por el tiempo de relajación 1/γ. Una tasa — y la ley de Fourier — necesita tiempos posteriores al primero y anteriores al segundo, así que ≪ 1 (≤ 0,1 se cumple, 0,1–1 límite, &gt; 1 se incumple).</translation>
    </message>
    <message>
        <source>same for all</source>
        <translation>igual para todos</translation>
    </message>
    <message>
        <source>Parameter error</source>
        <extracomment>The machine&apos;s free memory (the run model&apos;s); without it, runs are not checked against memory.</extracomment>
        <translation>Error de parámetro</translation>
    </message>
    <message>
        <source>{field} slider</source>
        <translation>Deslizador {field}</translation>
    </message>
    <message>
        <source>Drag to change {symbol} over decades; γ, c1 and c2 follow as you drag.</source>
        <translation>Arrastre para cambiar {symbol} a lo largo de décadas; γ, c1 y c2 siguen al arrastrar.</translation>
    </message>
    <message>
        <source>Run length unit</source>
        <translation>Unidad de la duración</translation>
    </message>
    <message>
        <source>Derived (updated as you type)</source>
        <translation>Derivados (se actualizan al escribir)</translation>
    </message>
    <message>
        <source>Enough levels? c1</source>
        <translation>¿Suficientes niveles? c1</translation>
    </message>
    <message>
        <source>Weak coupling? c2</source>
        <translation>¿Acoplamiento débil? c2</translation>
    </message>
    <message>
        <source>Diffusive window? 4π²c2</source>
        <translation>¿Ventana difusiva? 4π²c2</translation>
    </message>
    <message>
        <source>no run</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Measured in the last exact run (docs/physics.md §5): do the bond currents J follow the golden-rule drive γ·(P_μ − P_μ₊₁) (k_ab·P_a − k_ba·P_b on a graph) past the correlation time 2π/δε, within the fluctuations one pure state must show? holds (γ_fit/γ within 30 %), holds with HAM&apos;s rate off, fails, or undecided (too short or too noisy). The reason is in this badge&apos;s tooltip after a run.</source>
        <translation>Medido en la última simulación exacta (docs/physics.md §5): ¿siguen las corrientes de enlace J al impulso de la regla de oro γ·(P_μ − P_μ₊₁) (k_ab·P_a − k_ba·P_b en un grafo) después del tiempo de correlación 2π/δε, dentro de las fluctuaciones que debe mostrar un estado puro? se cumple (γ_fit/γ dentro del 30 %), se cumple con la tasa de HAM desviada, no se cumple, o indeciso (demasiado corta o demasiado ruidosa). El motivo aparece en la descripción emergente de esta etiqueta tras una simulación.</translation>
    </message>
    <message>
        <source>Fourier&apos;s law (run)</source>
        <translation>Ley de Fourier</translation>
    </message>
    <message>
        <source>Problem size D = N·n</source>
        <translation>Tamaño D = N·n</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Eq. (10): γ = 2πλ²n/δε, the HAM hopping rate; 1/γ is the diffusion time scale.</source>
        <translation>Ec. (10): γ = 2πλ²n/δε, la tasa de salto de HAM; 1/γ es la escala de tiempo de la difusión.</translation>
    </message>
    <message>
        <source>Eq. (14): c1 = 2λn/δε ≥ 1 — enough levels within the coupling&apos;s energy width for a rate.</source>
        <translation>Ec. (14): c1 = 2λn/δε ≥ 1 — suficientes niveles dentro de la anchura energética del acoplamiento para una tasa.</translation>
    </message>
    <message>
        <source>Eq. (14): c2 = λ²n/δε² ≪ 1 — weak coupling (≤ 0.1 met, 0.1–1 marginal, &gt; 1 violated).</source>
        <translation>Ec. (14): c2 = λ²n/δε² ≪ 1 — acoplamiento débil (≤ 0,1 se cumple, 0,1–1 límite, &gt; 1 se incumple).</translation>
    </message>
    <message>
        <source>D = N·n, the number of basis states the Schrödinger equation is solved in.</source>
        <translation>D = N·n, el número de estados de la base en que se resuelve la ecuación de Schrödinger.</translation>
    </message>
    <message>
        <source>Cannot set {key} = {value}: {reason}</source>
        <translation>No se puede fijar {key} = {value}: {reason}</translation>
    </message>
    <message>
        <source>fitted rate/γ = {ratio}</source>
        <translation>tasa ajustada/γ = {ratio}</translation>
    </message>
    <message>
        <source>“{text}” is not allowed: a number from {low} to {high}</source>
        <translation>«{text}» no está permitido: un número de {low} a {high}</translation>
    </message>
    <message>
        <source>(got {value})</source>
        <translation>(recibido {value})</translation>
    </message>
    <message>
        <source>Too large: {reason}</source>
        <translation>Demasiado grande: {reason}</translation>
    </message>
    <message>
        <source>, {steps} steps</source>
        <translation>, {steps} pasos</translation>
    </message>
</context>
<context>
    <name>playback_bar</name>
    <message>
        <source>Play</source>
        <extracomment>Output times shown per second at 1× (a 201-point run plays in 10 s). The readout at its longest, in full and short (γt only); the slider keeps at least this many lines&apos; width.</extracomment>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause the replay of the run (Space)</source>
        <translation>Reproducir o pausar la reproducción de la simulación (Espacio)</translation>
    </message>
    <message>
        <source>Play or pause playback</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>One output time back (←)</source>
        <translation>Un tiempo de salida atrás (←)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>One output time forward (→)</source>
        <translation>Un tiempo de salida adelante (→)</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Paso adelante</translation>
    </message>
    <message>
        <source>The time shown in the level diagram, the chain profile and the cursor (Home/End)</source>
        <translation>El instante mostrado en el diagrama de niveles, el perfil de la cadena y el cursor (Inicio/Fin)</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Instante de reproducción</translation>
    </message>
    <message>
        <source>Playback speed: 1× shows 20 output times per second</source>
        <translation>Velocidad de reproducción: 1× muestra 20 tiempos de salida por segundo</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Start again from t = 0 at the end</source>
        <translation>Volver a empezar desde t = 0 al final</translation>
    </message>
    <message>
        <source>Loop playback</source>
        <translation>Reproducción en bucle</translation>
    </message>
    <message>
        <source>Playback time readout</source>
        <translation>Lectura del instante de reproducción</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>plot_files</name>
    <message>
        <source>Qt could not encode the image as PNG</source>
        <translation>Qt no pudo codificar la imagen como PNG</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Fig. 2: diffusion in three subunits</source>
        <translation>Fig. 2: difusión en tres subsistemas</translation>
    </message>
    <message>
        <source>The paper&apos;s Fig. 2: N=3, n=500, λ=5·10⁻⁵, δε=0.05, excitation starts in the band of site 1; exact run vs HAM up to 5/γ.</source>
        <translation>La fig. 2 del artículo: N=3, n=500, λ=5·10⁻⁵, δε=0,05, la excitación empieza en la banda del sitio 1; simulación exacta frente a HAM hasta 5/γ.</translation>
    </message>
    <message>
        <source>Fig. 3: HAM&apos;s error falls like 1/n</source>
        <translation>Fig. 3: el error de HAM cae como 1/n</translation>
    </message>
    <message>
        <source>The chain of Fig. 3 (N=3, band:1, up to 5/γ) for the n sweep n=100…500 with λ=δε/(2n) so that c1=1; the run itself is its n=100 point.</source>
        <translation>La cadena de la fig. 3 (N=3, band:1, hasta 5/γ) para el barrido n=100…500 con λ=δε/(2n), de modo que c1=1; la simulación misma es su punto n=100.</translation>
    </message>
    <message>
        <source>Fig. 4: heat conductivity κ(T)</source>
        <translation>Fig. 4: conductividad térmica κ(T)</translation>
    </message>
    <message>
        <source>The paper&apos;s Fig. 4: κ(T)=γ·c(T) of eq. (16) for n=500, δε=0.05, λ=5·10⁻⁵ (the run is the Fig. 2 chain near which κ is read off).</source>
        <translation>La fig. 4 del artículo: κ(T)=γ·c(T) de la ec. (16) para n=500, δε=0,05, λ=5·10⁻⁵ (la simulación es la cadena de la fig. 2, en torno a la cual se lee κ).</translation>
    </message>
    <message>
        <source>Ten subunits: the paper&apos;s largest chain</source>
        <translation>Diez subsistemas: la cadena más larga del artículo</translation>
    </message>
    <message>
        <source>N=10, n=500 (D=5000), λ=5·10⁻⁵, δε=0.05: energy spreads from site 1 down the chain towards 1/N, up to 10/γ.</source>
        <translation>N=10, n=500 (D=5000), λ=5·10⁻⁵, δε=0,05: la energía se extiende desde el sitio 1 a lo largo de la cadena hacia 1/N, hasta 10/γ.</translation>
    </message>
    <message>
        <source>Ballistic: c1 well below 1</source>
        <translation>Balístico: c1 muy por debajo de 1</translation>
    </message>
    <message>
        <source>n=50 with λ=5·10⁻⁵ gives c1=0.1 ≪ 1: too few levels in the band for a rate, the exact run oscillates instead of relaxing as HAM predicts.</source>
        <translation>n=50 con λ=5·10⁻⁵ da c1=0,1 ≪ 1: demasiado pocos niveles en la banda para una tasa; la simulación exacta oscila en lugar de relajarse como predice HAM.</translation>
    </message>
    <message>
        <source>Strong coupling: c2 above 1</source>
        <translation>Acoplamiento fuerte: c2 por encima de 1</translation>
    </message>
    <message>
        <source>λ=0.01 with n=100 gives c2=4 &gt; 1: the coupling outgrows the band, the dynamics is no longer a weak-coupling rate process.</source>
        <translation>λ=0,01 con n=100 da c2=4 &gt; 1: el acoplamiento supera a la banda; la dinámica ya no es un proceso de tasas de acoplamiento débil.</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: currents follow the population steps</source>
        <translation>Ley de Fourier: corrientes según los saltos de población</translation>
    </message>
    <message>
        <source>N=6, n=200, c1=2 (λ=2.5·10⁻⁴), K=8 band states from site 1: the exact bond currents follow J = γ(P_μ − P_μ₊₁): Fourier&apos;s law holds on every seed, γ_fit/γ ≈ 0.89; see the Transport tab.</source>
        <translation>N=6, n=200, c1=2 (λ=2,5·10⁻⁴), K=8 estados de banda desde el sitio 1: las corrientes de enlace exactas siguen J = γ(P_μ − P_μ₊₁): la ley de Fourier se cumple con cada semilla, γ_fit/γ ≈ 0,89; vea la pestaña Transporte.</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: too few levels in the coupling&apos;s reach (c1 = 0.2)</source>
        <translation>Sin ley de Fourier: pocos niveles al alcance (c1 = 0,2)</translation>
    </message>
    <message>
        <source>The same chain with c1=0.2 (λ=2.5·10⁻⁵): energy moves coherently, the currents do not follow the population steps (the verdict: fails) and σ² grows faster than t.</source>
        <translation>La misma cadena con c1=0,2 (λ=2,5·10⁻⁵): la energía se mueve de forma coherente, las corrientes no siguen los saltos de población (el veredicto: no se cumple) y σ² crece más rápido que t.</translation>
    </message>
    <message>
        <source>Heat on a 4×4 grid, from a corner</source>
        <translation>Calor en una red de 4×4, desde una esquina</translation>
    </message>
    <message>
        <source>16 subunits on a 4×4 grid (n=200, c1=2, K=4): energy starts in the corner and spreads over the plane towards 1/16 everywhere.</source>
        <translation>16 subsistemas en una red de 4×4 (n=200, c1=2, K=4): la energía empieza en la esquina y se extiende por el plano hacia 1/16 en todas partes.</translation>
    </message>
    <message>
        <source>A ring: no ends</source>
        <translation>Un anillo: sin extremos</translation>
    </message>
    <message>
        <source>8 subunits in a ring (n=200, c1=2, K=4): energy starts on site 1 and spreads both ways; sites 2 and 8 fill alike.</source>
        <translation>8 subsistemas en anillo (n=200, c1=2, K=4): la energía empieza en el sitio 1 y se extiende en ambos sentidos; los sitios 2 y 8 se llenan por igual.</translation>
    </message>
    <message>
        <source>A heat sink: one subunit with 5× the levels</source>
        <translation>Sumidero de calor: un subsistema con 5× niveles</translation>
    </message>
    <message>
        <source>A chain of 5 (n=200, c1=2, K=4) whose last subunit has 1000 levels: at equilibrium it holds 1000/1800 of the energy (P_μ ∝ n_μ), not 1/5.</source>
        <translation>Una cadena de 5 (n=200, c1=2, K=4) cuyo último subsistema tiene 1000 niveles: en el equilibrio tiene 1000/1800 de la energía (P_μ ∝ n_μ), no 1/5.</translation>
    </message>
    <message>
        <source>A weak bond in the middle: a contact resistance</source>
        <translation>Enlace débil en medio: resistencia de contacto</translation>
    </message>
    <message>
        <source>A chain of 6 (n=200, K=4) whose middle bond is 5× weaker: energy piles up before it, a step in P and in temperature forms across the bond. The run lasts 0.32 relaxation times of the weak bond (1/γ of the slowest bond, 25× the others&apos; 1/γ).</source>
        <translation>Una cadena de 6 (n=200, K=4) cuyo enlace central es 5× más débil: la energía se acumula antes de él y en el enlace se forma un salto en P y en la temperatura. La simulación dura 0,32 tiempos de relajación del enlace débil (1/γ del enlace más lento, 25× el 1/γ de los demás).</translation>
    </message>
    <message>
        <source>A disordered chain: transport slows and stops</source>
        <translation>Cadena desordenada: el transporte se frena</translation>
    </message>
    <message>
        <source>A chain of 6 (n=200, c1=2, K=4) whose bands are shifted at random by up to ±1.5 δε (W = 3δε): neighbours whose bands no longer overlap exchange little energy.</source>
        <translation>Una cadena de 6 (n=200, c1=2, K=4) cuyas bandas están desplazadas al azar hasta ±1,5 δε (W = 3δε): los vecinos cuyas bandas ya no se solapan intercambian poca energía.</translation>
    </message>
</context>
<context>
    <name>quantities</name>
    <message>
        <source>D₁² (eq. 15)</source>
        <translation>D₁² (ec. 15)</translation>
    </message>
    <message>
        <source>R² of J = γ_fit·ΔP</source>
        <translation>R² de J = γ_fit·ΔP</translation>
    </message>
    <message>
        <source>γ_fit/γ (Fourier-law fit)</source>
        <translation>γ_fit/γ (ajuste a la ley de Fourier)</translation>
    </message>
    <message>
        <source>mode decay rate / γ_q</source>
        <translation>tasa de decaimiento del modo / γ_q</translation>
    </message>
    <message>
        <source>mode&apos;s first e-fold rate / γ_q</source>
        <translation>tasa del primer factor e del modo / γ_q</translation>
    </message>
</context>
<context>
    <name>run_launch</name>
    <message>
        <source>A long run</source>
        <extracomment>How often the status looks whether the background load of the kernel has ended.</extracomment>
        <translation>Una simulación larga</translation>
    </message>
    <message>
        <source>This run is estimated at ≈ {time} on this machine. Start it anyway? (Fewer levels, sites, samples or time points make it shorter; Stop ends it at any time.)</source>
        <translation>Se estima que esta simulación tardará ≈ {time} en este equipo. ¿Iniciarla de todos modos? (Menos niveles, sitios, muestras o instantes la acortan; Detener la termina en cualquier momento.)</translation>
    </message>
    <message>
        <source>Not started: estimated at ≈ {time}</source>
        <translation>No iniciada: estimada en ≈ {time}</translation>
    </message>
    <message>
        <source>Loading the fast kernel (numba) in the background: compiled once per machine</source>
        <translation>Cargando el núcleo rápido (numba) en segundo plano: se compila una vez por equipo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>run_stage</name>
    <message>
        <source>Show {view} large (V: next view, Shift+V: previous)</source>
        <extracomment>The stage&apos;s key for the first small place (the level diagram or the system view, whichever is shown). How often the strip takes new pictures of its views (only when the run, the time or the stage moved).</extracomment>
        <translation>Mostrar {view} en grande (V: vista siguiente, Mayús+V: anterior)</translation>
    </message>
</context>
<context>
    <name>run_status</name>
    <message>
        <source>100 % · ≈ 99.9 min left</source>
        <extracomment>Progress and timing change slowly: a few refreshes a second are enough and cost the run nothing. The progress bar&apos;s text while it counts, at its longest.</extracomment>
        <translation>100 % · quedan ≈ 99,9 min</translation>
    </message>
    <message>
        <source>setting up…</source>
        <extracomment>What a run does before its first row, in plain words on the bar and in the physics&apos; words in its tooltip: the couplings drawn (and the fast kernel loaded), then the spectrum bounded (Chebyshev) or H diagonalized.</extracomment>
        <translation>preparando…</translation>
    </message>
    <message>
        <source>drawing the random couplings V of the run</source>
        <translation>sorteando los acoplamientos aleatorios V de la simulación</translation>
    </message>
    <message>
        <source>preparing the solver…</source>
        <translation>preparando el método…</translation>
    </message>
    <message>
        <source>loading the fast kernel (numba): compiled once per machine</source>
        <translation>cargando el núcleo rápido (numba): se compila una vez por equipo</translation>
    </message>
    <message>
        <source>finding the energies…</source>
        <translation>buscando las energías…</translation>
    </message>
    <message>
        <source>finding the spectral interval of H for the Chebyshev propagation</source>
        <translation>buscando el intervalo espectral de H para la propagación de Chebyshov</translation>
    </message>
    <message>
        <source>solving at once…</source>
        <translation>resolviendo de una vez…</translation>
    </message>
    <message>
        <source>diagonalizing H (exact, cannot be interrupted)</source>
        <translation>diagonalizando H (exacto, no se puede interrumpir)</translation>
    </message>
    <message>
        <source>Preparing the fast solver (first run only)…</source>
        <extracomment>Every text the bar shows: its width fits the longest (at 4K a phase spilled out of the bar). The status while the fast kernel loads in the background (ui/shell/run_launch.py).</extracomment>
        <translation>Preparando el método rápido (solo la primera vez)…</translation>
    </message>
    <message>
        <source>Preparing {sites} subunits…</source>
        <translation>Preparando {sites} subsistemas…</translation>
    </message>
    <message>
        <source>; loading the fast kernel (numba, compiled once per machine)</source>
        <translation>; cargando el núcleo rápido (numba, se compila una vez por equipo)</translation>
    </message>
    <message>
        <source>Preparing {sizes}</source>
        <translation>Preparando {sizes}</translation>
    </message>
    <message>
        <source>computed to t = {t} ħ/ΔE in {seconds} s</source>
        <translation>calculado hasta t = {t} ħ/ΔE en {seconds} s</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la simulación</translation>
    </message>
    <message>
        <source>; estimated ≈ {time}</source>
        <translation>; estimado ≈ {time}</translation>
    </message>
    <message>
        <source> · first rows…</source>
        <translation> · primeras filas…</translation>
    </message>
    <message>
        <source> · ≈ {time} left</source>
        <translation> · quedan ≈ {time}</translation>
    </message>
    <message>
        <source>Showing a saved run up to t = {t} ħ/ΔE</source>
        <translation>Simulación guardada hasta t = {t} ħ/ΔE</translation>
    </message>
    <message>
        <source>Solving the Schrödinger equation at once (cannot be interrupted)</source>
        <translation>Resolviendo la ecuación de Schrödinger de una vez (no se puede interrumpir)</translation>
    </message>
    <message>
        <source>Solving the Schrödinger equation step by step</source>
        <translation>Resolviendo la ecuación de Schrödinger paso a paso</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Hecho en {seconds} s</translation>
    </message>
    <message>
        <source>Stopped at t = {t} ħ/ΔE</source>
        <translation>Detenida en t = {t} ħ/ΔE</translation>
    </message>
    <message>
        <source>Stopped after {seconds} s at t = {t} ħ/ΔE (partial data can be exported)</source>
        <translation>Detenida tras {seconds} s en t = {t} ħ/ΔE (los datos parciales se pueden exportar)</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Falló: {reason}</translation>
    </message>
    <message>
        <source>fitted rate / γ = {ratio}</source>
        <translation>tasa ajustada / γ = {ratio}</translation>
    </message>
    <message>
        <source>norm error {error}</source>
        <translation>error de norma {error}</translation>
    </message>
</context>
<context>
    <name>run_view</name>
    <message>
        <source>Results are for the previous parameters — Run to update.</source>
        <extracomment>Above this many subunits (or on any graph) the system view replaces the level diagram. While a run computes: at most this many frames a second, and drawing (with the painting it causes, ≈ PAINT_FACTOR × the update) takes at most DRAW_DUTY of the GUI thread; the cores are the worker&apos;s. Below this width or height, in lines of text, the three small views become tabs under P_μ(t) (compact layout): side by side they would be too small for their labels and legends.</extracomment>
        <translation>Los resultados son de los parámetros anteriores — ejecute para actualizarlos.</translation>
    </message>
    <message>
        <source>Stale results</source>
        <translation>Resultados desfasados</translation>
    </message>
    <message>
        <source>Restore their parameters</source>
        <translation>Restaurar sus parámetros</translation>
    </message>
    <message>
        <source>Put the parameters of the shown results back into the panel</source>
        <translation>Devolver al panel los parámetros de los resultados mostrados</translation>
    </message>
    <message>
        <source>Stop, then Run to update</source>
        <translation>detenga y ejecute para actualizarlos</translation>
    </message>
    <message>
        <source>Run to update</source>
        <translation>ejecute para actualizarlos</translation>
    </message>
    <message>
        <source>Results are for the previous parameters — {then}.</source>
        <translation>Los resultados son de los parámetros anteriores — {then}.</translation>
    </message>
    <message>
        <source>Small views</source>
        <translation>Vistas pequeñas</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>previous run</source>
        <translation>simulación anterior</translation>
    </message>
</context>
<context>
    <name>save_dialogs</name>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>shapes</name>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>Ladder of {0} × {1}</source>
        <translation>Escalera de {0} × {1}</translation>
    </message>
    <message>
        <source>Grid of {0} × {1}</source>
        <translation>Red de {0} × {1}</translation>
    </message>
    <message>
        <source>Chain profile</source>
        <translation>Perfil de la cadena</translation>
    </message>
    <message>
        <source>Ring profile</source>
        <translation>Perfil del anillo</translation>
    </message>
    <message>
        <source>Star profile</source>
        <translation>Perfil de la estrella</translation>
    </message>
    <message>
        <source>Graph profile</source>
        <translation>Perfil del grafo</translation>
    </message>
    <message>
        <source>Ladder of {0} × {1} profile</source>
        <translation>Perfil de la escalera de {0} × {1}</translation>
    </message>
    <message>
        <source>Grid of {0} × {1} profile</source>
        <translation>Perfil de la red de {0} × {1}</translation>
    </message>
</context>
<context>
    <name>stage_pen</name>
    <message>
        <source>Drawing over the stage</source>
        <translation>Dibujo sobre el escenario</translation>
    </message>
</context>
<context>
    <name>stage_strip</name>
    <message>
        <source>Views on the stage</source>
        <translation>Vistas en el escenario</translation>
    </message>
    <message>
        <source>Show {view} large</source>
        <translation>Mostrar {view} en grande</translation>
    </message>
</context>
<context>
    <name>studies_tab</name>
    <message>
        <source>Compute f(τ) for the current parameters</source>
        <translation>Calcular f(τ) para los parámetros actuales</translation>
    </message>
    <message>
        <source>Compute correlation function</source>
        <translation>Calcular la función de correlación</translation>
    </message>
    <message>
        <source>Draws the couplings of the current parameters and evaluates eq. (9) for bond 1</source>
        <translation>Sortea los acoplamientos de los parámetros actuales y evalúa la ec. (9) para el enlace 1</translation>
    </message>
    <message>
        <source>f(τ) grows like τ² up to the correlation time τ_c = 2π/δε, then like γτ: the slope that Fermi&apos;s golden rule would give, and the rate of HAM (eq. 10). Past the Heisenberg time 2πn/δε the discreteness of the band shows.</source>
        <translation>f(τ) crece como τ² hasta el tiempo de correlación τ_c = 2π/δε y luego como γτ: la pendiente que daría la regla de oro de Fermi, y la tasa de HAM (ec. 10). Más allá del tiempo de Heisenberg 2πn/δε se nota que la banda es discreta.</translation>
    </message>
    <message>
        <source>Correlation function f(τ)</source>
        <translation>Función de correlación f(τ)</translation>
    </message>
    <message>
        <source>f(τ) (eq. 9)</source>
        <translation>f(τ) (ec. 9)</translation>
    </message>
    <message>
        <source>γτ + const</source>
        <translation>γτ + cte.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save τ, f(τ) and the fitted γτ line, with τ_c, the Heisenberg time and γ</source>
        <translation>Guardar τ, f(τ) y la recta γτ ajustada, con τ_c, el tiempo de Heisenberg y γ</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfica…</translation>
    </message>
    <message>
        <source>Save the plot as PNG (1920 px wide) or SVG</source>
        <translation>Guardar la gráfica como PNG (1920 px de ancho) o SVG</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Falló: {reason}</translation>
    </message>
    <message>
        <source>f(τ) failed</source>
        <translation>f(τ) falló</translation>
    </message>
    <message>
        <source>Fix the invalid parameter first.</source>
        <translation>Corrija primero el parámetro no válido.</translation>
    </message>
    <message>
        <source>Computing f(τ) for {values}…</source>
        <translation>Calculando f(τ) para {values}…</translation>
    </message>
    <message>
        <source>Export f(τ) as CSV</source>
        <translation>Exportar f(τ) como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Export f(τ) plot</source>
        <translation>Exportar la gráfica de f(τ)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Fitted late slope / γ = {slope} (γ = {gamma}); τ_c = {tau_c}, Heisenberg time = {heisenberg} ħ/ΔE. Log–log: f ∝ τ² below τ_c, ∝ γτ above it.</source>
        <translation>Pendiente tardía ajustada / γ = {slope} (γ = {gamma}); τ_c = {tau_c}, tiempo de Heisenberg = {heisenberg} ħ/ΔE. Log–log: f ∝ τ² por debajo de τ_c, ∝ γτ por encima.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <extracomment>The studies&apos; tab names and, for their tooltips, their whole names.</extracomment>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Accuracy vs n (Fig. 3): HAM&apos;s error D₁² against the number of levels</source>
        <translation>Precisión frente a n (fig. 3): el error D₁² de HAM frente al número de niveles</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Regime map (eq. 14): D₁² and γ_fit/γ as c1 and c2 vary</source>
        <translation>Mapa de regímenes (ec. 14): D₁² y γ_fit/γ al variar c1 y c2</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Correlation f(τ) (eq. 9) of the current couplings</source>
        <translation>Correlación f(τ) (ec. 9) de los acoplamientos actuales</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mezclas</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Where diffusion ends: each wavelength&apos;s decay rate against the correlation and Heisenberg times</source>
        <translation>Dónde termina la difusión: la tasa de decaimiento de cada longitud de onda frente a los tiempos de correlación y de Heisenberg</translation>
    </message>
    <message>
        <source>Mixed states</source>
        <translation>Mezclas</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Mixed states: D₁² against the number K of averaged random states</source>
        <translation>Estados mezcla: D₁² frente al número K de estados aleatorios promediados</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <source>Fourier modes (length scales): each wavelength&apos;s decay rate against HAM&apos;s</source>
        <translation>Modos de Fourier (escalas de longitud): la tasa de decaimiento de cada longitud de onda frente a la de HAM</translation>
    </message>
    <message>
        <source>Grid λ × n (heat map): a quantity over a grid of couplings and band sizes</source>
        <translation>Red λ × n (mapa de calor): una magnitud sobre una red de acoplamientos y tamaños de banda</translation>
    </message>
    <message>
        <source>Accuracy (Fig. 3)</source>
        <translation>Precisión (fig. 3)</translation>
    </message>
    <message>
        <source>HAM&apos;s error D₁² (eq. 15) against n for N = 3, as in Fig. 3; vary N instead for its inset.</source>
        <translation>El error D₁² de HAM (ec. 15) frente a n para N = 3, como en la fig. 3; varíe N en su lugar para el recuadro.</translation>
    </message>
    <message>
        <source>Regime map</source>
        <translation>Mapa de regímenes</translation>
    </message>
    <message>
        <source>λ varied at fixed n so that c1 runs from 0.1 to 40 and c2 = c1²/(4n) past 1. Shaded: where eq. (14) fails (red) or is marginal (amber).</source>
        <translation>λ variado a n fijo para que c1 vaya de 0,1 a 40 y c2 = c1²/(4n) pase de 1. Sombreado: donde la ec. (14) no se cumple (rojo) o está en el límite (ámbar).</translation>
    </message>
    <message>
        <source>K random pure states averaged emulate a mixed state; the paper conjectures a smaller deviation from HAM for it.</source>
        <translation>K estados puros aleatorios promediados emulan un estado mezcla; el artículo conjetura para él una desviación menor respecto a HAM.</translation>
    </message>
    <message>
        <source>Fourier modes</source>
        <translation>Modos de Fourier</translation>
    </message>
    <message>
        <source>Each run starts in the profile 1/N + A·cos(qπ(μ−½)/N). Its amplitude a_q(t) decays; the rate, fitted log-linearly from the correlation time 2π/δε on while a_q stays above 20 % of its start (past that the fluctuations of a finite band dominate), is divided by HAM&apos;s γ_q = 2γ(1 − cos(qπ/N)). Ratios near 1 at every wavelength: diffusion holds on every length scale of the chain.</source>
        <translation>Cada simulación empieza en el perfil 1/N + A·cos(qπ(μ−½)/N). Su amplitud a_q(t) decae; la tasa, ajustada de forma log-lineal desde el tiempo de correlación 2π/δε mientras a_q siga por encima del 20 % de su valor inicial (después dominan las fluctuaciones de una banda finita), se divide por la γ_q = 2γ(1 − cos(qπ/N)) de HAM. Cocientes cercanos a 1 en todas las longitudes de onda: la difusión vale en todas las escalas de longitud de la cadena.</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Planificador Dask</translation>
    </message>
    <message>
        <source>Where sweeps run: empty for this computer&apos;s processes, or a Dask scheduler address such as tcp://host:8786 (needs pip install &apos;fourier-gui[cluster]&apos;; see the README, Beyond one machine)</source>
        <translation>Dónde se ejecutan los barridos: vacío para los procesos de este equipo, o la dirección de un planificador Dask como tcp://host:8786 (requiere pip install &apos;fourier-gui[cluster]&apos;; vea el README, Beyond one machine)</translation>
    </message>
    <message>
        <source>Show the ballistic preset (c1 ≪ 1)</source>
        <translation>Ver el balístico (c1 ≪ 1)</translation>
    </message>
    <message>
        <source>Show the strong-coupling preset (c2 &gt; 1)</source>
        <translation>Ver acoplamiento fuerte (c2 &gt; 1)</translation>
    </message>
</context>
<context>
    <name>sweep_panel</name>
    <message>
        <source>grid</source>
        <extracomment>What rows and columns can vary, named from the table of fields (sweeps.variable_label).</extracomment>
        <translation>red</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>barrido</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>plot</source>
        <translation>gráfica</translation>
    </message>
    <message>
        <source>Run {kind}</source>
        <translation>Ejecutar {kind}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfica…</translation>
    </message>
    <message>
        <source>Run every point with every seed</source>
        <translation>Ejecutar cada punto con cada semilla</translation>
    </message>
    <message>
        <source>Stop: cancel what has not started, end the runs in progress</source>
        <translation>Detener: cancelar lo no iniciado, terminar las simulaciones en curso</translation>
    </message>
    <message>
        <source>Save the table (one row per run plus the means) as CSV</source>
        <translation>Guardar la tabla (una fila por simulación más las medias) como CSV</translation>
    </message>
    <message>
        <source>Save the plot as PNG (1920 px wide) or SVG</source>
        <translation>Guardar la gráfica como PNG (1920 px de ancho) o SVG</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cannot run this {kind}</source>
        <translation>No se puede ejecutar este {kind}</translation>
    </message>
    <message>
        <source>this computer’s processes</source>
        <translation>los procesos de este equipo</translation>
    </message>
    <message>
        <source>Running {runs} runs on {where}…</source>
        <translation>Ejecutando {runs} simulaciones en {where}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>{outcome}: {runs} runs in {seconds} s.</source>
        <translation>{outcome}: {runs} simulaciones en {seconds} s.</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Falló: {reason}</translation>
    </message>
    <message>
        <source>The {kind} failed</source>
        <translation>El {kind} falló</translation>
    </message>
    <message>
        <source>study</source>
        <translation>estudio</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the {kind}&apos;s {what}</source>
        <translation>Exportar {what} del {kind}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>sweep_tab</name>
    <message>
        <source>Fit: D₁² ∝ {symbol}^({exponent} ± {error})</source>
        <translation>Ajuste: D₁² ∝ {symbol}^({exponent} ± {error})</translation>
    </message>
    <message>
        <source>, 95 % [{low}, {high}] (shaded)</source>
        <translation>, 95 % [{low}; {high}] (sombreado)</translation>
    </message>
    <message>
        <source>   (paper: {slope})</source>
        <translation>   (artículo: {slope})</translation>
    </message>
    <message>
        <source>paper (Fig. 3): slope {slope}</source>
        <translation>artículo (fig. 3): pendiente {slope}</translation>
    </message>
    <message>
        <source>too short</source>
        <extracomment>A mode&apos;s window (physics/transport.mode_window) outside diffusion: the table&apos;s word and its tooltip.</extracomment>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <source>Outside the diffusive window: HAM&apos;s decay time is under one correlation time 2π/δε</source>
        <translation>Fuera de la ventana difusiva: el tiempo de decaimiento de HAM es menor que un tiempo de correlación 2π/δε</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado larga</translation>
    </message>
    <message>
        <source>Outside the diffusive window: HAM&apos;s decay time is over the Heisenberg time 2πn/δε</source>
        <translation>Fuera de la ventana difusiva: el tiempo de decaimiento de HAM supera el tiempo de Heisenberg 2πn/δε</translation>
    </message>
    <message>
        <source>wavelength 2N/q (sites)</source>
        <translation>longitud de onda 2N/q (sitios)</translation>
    </message>
    <message>
        <source>Varied parameter</source>
        <translation>Parámetro variado</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>c1 values (λ = c1·δε/(2n))</source>
        <translation>valores de c1 (λ = c1·δε/(2n))</translation>
    </message>
    <message>
        <source>Comma-separated values of the varied parameter</source>
        <translation>Valores del parámetro variado, separados por comas</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>Semillas por punto</translation>
    </message>
    <message>
        <source>Runs per point, coupling seeds base … base+S−1 (reproducible)</source>
        <translation>Simulaciones por punto, semillas de acoplamiento base … base+S−1 (reproducible)</translation>
    </message>
    <message>
        <source>hold c1 = 1 (paper)</source>
        <translation>mantener c1 = 1 (artículo)</translation>
    </message>
    <message>
        <source>hold λ fixed</source>
        <translation>mantener λ fijo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>hold c1 = 1: λ = δε/2n, as the paper&apos;s Fig. 3 scales λ with n; hold λ fixed: small n then violates c1 (watch eq. 14 break)</source>
        <translation>mantener c1 = 1: λ = δε/2n, como la fig. 3 del artículo escala λ con n; mantener λ fijo: entonces un n pequeño incumple c1 (vea cómo falla la ec. 14)</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variar</translation>
    </message>
    <message>
        <source>c1 values</source>
        <translation>valores de c1</translation>
    </message>
    <message>
        <source>Save the plot (with the fit and its 95 % band) as PNG or SVG</source>
        <translation>Guardar la gráfica (con el ajuste y su banda del 95 %) como PNG o SVG</translation>
    </message>
    <message>
        <source>Fitted power law</source>
        <translation>Ley de potencia ajustada</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>simulaciones</translation>
    </message>
    <message>
        <source>{quantity} mean</source>
        <translation>media de {quantity}</translation>
    </message>
    <message>
        <source>std</source>
        <translation>desv. típ.</translation>
    </message>
    <message>
        <source>Sweep table</source>
        <translation>Tabla del barrido</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>media ± desv. típ.</translation>
    </message>
    <message>
        <source>outside the diffusive window</source>
        <translation>fuera de la ventana difusiva</translation>
    </message>
    <message>
        <source>A mode gone within one correlation time 2π/δε (short wavelengths) or slower than the Heisenberg time 2πn/δε (long ones): its rate is not diffusion&apos;s</source>
        <translation>Un modo que desaparece en menos de un tiempo de correlación 2π/δε (longitudes de onda cortas) o más lento que el tiempo de Heisenberg 2πn/δε (largas): su tasa no es la de la difusión</translation>
    </message>
    <message>
        <source>fitted power law</source>
        <translation>ley de potencia ajustada</translation>
    </message>
    <message>
        <source>95 % band of the fitted power law: Student-t over the seeds, each seed&apos;s whole sweep fitted on its own</source>
        <translation>Banda del 95 % de la ley de potencia ajustada: t de Student sobre las semillas, el barrido completo de cada semilla ajustado por separado</translation>
    </message>
    <message>
        <source>Fitted decay rate over γ against c1</source>
        <translation>Tasa de decaimiento ajustada entre γ frente a c1</translation>
    </message>
    <message>
        <source>γ_fit / γ</source>
        <translation>γ_fit / γ</translation>
    </message>
    <message>
        <source>{title}: {quantity} against {variable}</source>
        <translation>{title}: {quantity} frente a {variable}</translation>
    </message>
</context>
<context>
    <name>system_view</name>
    <message>
        <source>System: P_μ and heat currents</source>
        <extracomment>Arrow heads no longer than this share of the shortest edge. Sites get a number and edges an arrow up to this many (one item each); beyond, the colours alone. The colour scale in this many steps: one brush each, made once, shared by every site.</extracomment>
        <translation>Sistema: P_μ y corrientes de calor</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Each subunit as a disc coloured by its excitation P_μ and sized by its levels; arrows show the heat current along each edge</source>
        <translation>Cada subsistema como un disco coloreado por su excitación P_μ y de tamaño según sus niveles; las flechas muestran la corriente de calor por cada arista</translation>
    </message>
    <message>
        <source>colour: P_μ</source>
        <translation>color: P_μ</translation>
    </message>
    <message>
        <source>colour: {quantity}</source>
        <translation>color: {quantity}</translation>
    </message>
</context>
<context>
    <name>toolbar</name>
    <message>
        <source>Parameters</source>
        <extracomment>the window&apos;s attribute path (&quot;files.export_csv&quot;), a callable, or None (a dock&apos;s own show/hide) The actions of presentation mode&apos;s stage, enabled only there (their keys are free in the window: see the Playback menu&apos;s Space, Left, Right, Home, End and the lesson&apos;s PageDown, PageUp, A). The toolbar, left to right: action ids, SEPARATOR, and the names of the widgets the window makes. The toolbar&apos;s words for its actions, where a language has a shorter one than the menu&apos;s (German and Spanish at 1024 px in presentation type); in English each is the menu&apos;s text. Pause is left out: its text changes.</extracomment>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Proyector</translation>
    </message>
</context>
<context>
    <name>transport_view</name>
    <message>
        <source>Run a simulation to measure its heat currents.</source>
        <extracomment>The guides&apos; grey: pale on paper-white, darker in large type (a projector washes out #888), light on dark. The Fourier-law plot shows the points of this many bonds at most (evenly spread over all of them).</extracomment>
        <translation>Ejecute una simulación para medir sus corrientes de calor.</translation>
    </message>
    <message>
        <source>Fourier&apos;s law verdict</source>
        <translation>Veredicto sobre la ley de Fourier</translation>
    </message>
    <message>
        <source>Fourier&apos;s law: J_μ against P_μ − P_μ₊₁</source>
        <translation>Ley de Fourier: J_μ frente a P_μ − P_μ₊₁</translation>
    </message>
    <message>
        <source>J vs ΔP</source>
        <translation>J vs. ΔP</translation>
    </message>
    <message>
        <source>Bond currents against population steps past t_fit, with slopes γ and γ_fit</source>
        <translation>Corrientes de enlace frente a saltos de población después de t_fit, con las pendientes γ y γ_fit</translation>
    </message>
    <message>
        <source>Spreading σ²(t)</source>
        <translation>Dispersión σ²(t)</translation>
    </message>
    <message>
        <source>σ² (sites²)</source>
        <translation>σ² (sitios²)</translation>
    </message>
    <message>
        <source>Mean square distance from the start, log–log, exact and HAM</source>
        <translation>Distancia cuadrática media desde el inicio, log–log, exacta y HAM</translation>
    </message>
    <message>
        <source>Local exponent α = d ln σ²/d ln t</source>
        <translation>Exponente local α = d ln σ²/d ln t</translation>
    </message>
    <message>
        <source>Fourier mode a_q(t)</source>
        <translation>Modo de Fourier a_q(t)</translation>
    </message>
    <message>
        <source>Amplitude of the profile&apos;s Fourier mode q, exact and HAM</source>
        <translation>Amplitud del modo de Fourier q del perfil, exacta y HAM</translation>
    </message>
    <message>
        <source>exact, t ≥ t_fit</source>
        <translation>exacta, t ≥ t_fit</translation>
    </message>
    <message>
        <source>HAM γ</source>
        <translation>HAM γ</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>slope γ (HAM)</source>
        <translation>pendiente γ (HAM)</translation>
    </message>
    <message>
        <source>fitted γ_fit</source>
        <translation>γ_fit ajustada</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>∝ t (diffusive)</source>
        <translation>∝ t (difusivo)</translation>
    </message>
    <message>
        <source>∝ t² (coherent)</source>
        <translation>∝ t² (coherente)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Fourier mode a_q(t), q = {q}</source>
        <translation>Modo de Fourier a_q(t), q = {q}</translation>
    </message>
    <message>
        <source>{verdict}: {reason} (measured for t ≥ {t} ħ/ΔE)</source>
        <translation>{verdict}: {reason} (medido para t ≥ {t} ħ/ΔE)</translation>
    </message>
    <message>
        <source>Measuring… the verdict needs a longer run</source>
        <translation>Midiendo… el veredicto necesita una simulación más larga</translation>
    </message>
    <message>
        <source>The verdict needs the run past t_fit = max(0.2/γ, 4π/δε)</source>
        <translation>El veredicto necesita que la simulación pase de t_fit = max(0.2/γ, 4π/δε)</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>Fourier mode q</source>
        <translation>Modo de Fourier q</translation>
    </message>
    <message>
        <source>Subunits N</source>
        <translation>Subsistemas N</translation>
    </message>
    <message>
        <source>subunits N</source>
        <translation>subsistemas N</translation>
    </message>
    <message>
        <source>Levels per band n</source>
        <translation>Niveles por banda n</translation>
    </message>
    <message>
        <source>levels per band n</source>
        <translation>niveles por banda n</translation>
    </message>
    <message>
        <source>Band width δε</source>
        <translation>Anchura de banda δε</translation>
    </message>
    <message>
        <source>Band width δε (ΔE)</source>
        <translation>Anchura de banda δε (ΔE)</translation>
    </message>
    <message>
        <source>band width δε</source>
        <translation>anchura de banda δε</translation>
    </message>
    <message>
        <source>band width δε (ΔE)</source>
        <translation>anchura de banda δε (ΔE)</translation>
    </message>
    <message>
        <source>Coupling λ</source>
        <translation>Acoplamiento λ</translation>
    </message>
    <message>
        <source>Coupling λ (ΔE)</source>
        <translation>Acoplamiento λ (ΔE)</translation>
    </message>
    <message>
        <source>coupling λ</source>
        <translation>acoplamiento λ</translation>
    </message>
    <message>
        <source>coupling λ (ΔE)</source>
        <translation>acoplamiento λ (ΔE)</translation>
    </message>
    <message>
        <source>Coupling seed</source>
        <translation>Semilla del acoplamiento</translation>
    </message>
    <message>
        <source>coupling seed</source>
        <translation>semilla del acoplamiento</translation>
    </message>
    <message>
        <source>Random starts averaged K</source>
        <translation>Inicios aleatorios promediados K</translation>
    </message>
    <message>
        <source>random starts averaged K</source>
        <translation>inicios aleatorios promediados K</translation>
    </message>
    <message>
        <source>Run length t_max</source>
        <translation>Duración t_max</translation>
    </message>
    <message>
        <source>Run length t_max (ħ/ΔE)</source>
        <translation>Duración t_max (ħ/ΔE)</translation>
    </message>
    <message>
        <source>run length t_max</source>
        <translation>duración t_max</translation>
    </message>
    <message>
        <source>run length t_max (ħ/ΔE)</source>
        <translation>duración t_max (ħ/ΔE)</translation>
    </message>
    <message>
        <source>Run length t_max (1/γ)</source>
        <translation>Duración t_max (1/γ)</translation>
    </message>
    <message>
        <source>run length t_max (1/γ)</source>
        <translation>duración t_max (1/γ)</translation>
    </message>
    <message>
        <source>Time points M</source>
        <translation>Instantes M</translation>
    </message>
    <message>
        <source>time points M</source>
        <translation>instantes M</translation>
    </message>
    <message>
        <source>Random seed of the start initial seed</source>
        <translation>Semilla del estado inicial</translation>
    </message>
    <message>
        <source>random seed of the start initial seed</source>
        <translation>semilla del estado inicial</translation>
    </message>
    <message>
        <source>Disorder width W</source>
        <translation>Anchura de desorden W</translation>
    </message>
    <message>
        <source>Disorder width W (ΔE)</source>
        <translation>Anchura de desorden W (ΔE)</translation>
    </message>
    <message>
        <source>disorder width W</source>
        <translation>anchura de desorden W</translation>
    </message>
    <message>
        <source>disorder width W (ΔE)</source>
        <translation>anchura de desorden W (ΔE)</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>Fourier&apos;s law holds, outside HAM&apos;s regime</source>
        <translation>Se cumple la ley de Fourier, fuera del régimen de HAM</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds</source>
        <translation>Se cumple la ley de Fourier</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds, rate ×{0}</source>
        <translation>Se cumple la ley de Fourier, tasa ×{0}</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law</source>
        <translation>Sin ley de Fourier</translation>
    </message>
    <message>
        <source>Fourier&apos;s law undecided</source>
        <translation>Ley de Fourier sin decidir</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds, but outside the conditions HAM is derived for: its curves may be off</source>
        <translation>Se cumple la ley de Fourier, pero fuera de las condiciones para las que se deduce HAM: sus curvas pueden desviarse</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences</source>
        <translation>Se cumple la ley de Fourier: las corrientes siguen las diferencias de energía</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences, faster than HAM&apos;s rate</source>
        <translation>Se cumple la ley de Fourier: las corrientes siguen las diferencias de energía, más rápido que la tasa de HAM</translation>
    </message>
    <message>
        <source>Fourier&apos;s law holds: the currents follow the energy differences, slower than HAM&apos;s rate</source>
        <translation>Se cumple la ley de Fourier: las corrientes siguen las diferencias de energía, más despacio que la tasa de HAM</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: no energy can flow between these subunits (their bands do not overlap)</source>
        <translation>Sin ley de Fourier: no puede fluir energía entre estos subsistemas (sus bandas no se solapan)</translation>
    </message>
    <message>
        <source>No Fourier&apos;s law: the currents do not follow the energy differences</source>
        <translation>Sin ley de Fourier: las corrientes no siguen las diferencias de energía</translation>
    </message>
    <message>
        <source>Not decided yet: the run is too short to tell</source>
        <translation>Aún sin decidir: la simulación es demasiado corta</translation>
    </message>
    <message>
        <source>Not decided: the currents are too noisy to tell</source>
        <translation>Sin decidir: las corrientes tienen demasiado ruido</translation>
    </message>
    <message>
        <source>holds, outside HAM&apos;s regime</source>
        <translation>cumple, fuera de HAM</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>holds, rate ×{0}</source>
        <translation>cumple, tasa ×{0}</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <source>too short to tell: the run must go on past t = {0} (2 correlation times 4π/δε and {1}/γ)</source>
        <translation>demasiado corta para decidir: la simulación debe pasar de t = {0} (2 tiempos de correlación 4π/δε y {1}/γ)</translation>
    </message>
    <message>
        <source>too short to tell: fewer than three correlation-time windows past t_fit</source>
        <translation>demasiado corta para decidir: menos de tres ventanas de un tiempo de correlación después de t_fit</translation>
    </message>
    <message>
        <source>no resonant channel: the bands of neighbouring subunits do not overlap, so the golden rule gives no rate between them (eq. {0}) and a longer run cannot change that</source>
        <translation>sin canal resonante: las bandas de subsistemas vecinos no se solapan, así que la regla de oro no da ninguna tasa entre ellos (ec. {0}) y una simulación más larga no lo cambia</translation>
    </message>
    <message>
        <source>too short to tell: no drive yet (the populations are still equal)</source>
        <translation>demasiado corta para decidir: aún no hay impulso (las poblaciones siguen siendo iguales)</translation>
    </message>
    <message>
        <source>but c1 = {0} &lt; {1}: outside the regime HAM is derived for (eq. {2}), its populations may be off</source>
        <translation>pero c1 = {0} &lt; {1}: fuera del régimen para el que se deduce HAM (ec. {2}), sus poblaciones pueden desviarse</translation>
    </message>
    <message>
        <source>no diffusive window: the correlation time 2π/δε is {0}× the relaxation time {1}/γ (4π²·c2 ≫ {2}, eq. {3}), so the populations settle before a rate can form</source>
        <translation>sin ventana difusiva: el tiempo de correlación 2π/δε es {0}× el tiempo de relajación {1}/γ (4π²·c2 ≫ {2}, ec. {3}), así que las poblaciones se asientan antes de que se forme una tasa</translation>
    </message>
    <message>
        <source>the currents do not follow the drive and c1 = {0} &lt; {1}: too few levels in the band for a rate (eq. {2})</source>
        <translation>las corrientes no siguen el impulso y c1 = {0} &lt; {1}: demasiado pocos niveles en la banda para una tasa (ec. {2})</translation>
    </message>
    <message>
        <source>too noisy to tell: γ_fit/γ = {0} ± {1}</source>
        <translation>demasiado ruido para decidir: γ_fit/γ = {0} ± {1}</translation>
    </message>
    <message>
        <source>average more states (samples K) or run longer</source>
        <translation>promedie más estados (muestras K) o simule más tiempo</translation>
    </message>
    <message>
        <source>no linear law: the currents stray from the drive by more than one state&apos;s fluctuations allow (χ² = {0} &gt; {1})</source>
        <translation>sin ley lineal: las corrientes se apartan del impulso más de lo que permiten las fluctuaciones de un estado (χ² = {0} &gt; {1})</translation>
    </message>
    <message>
        <source>the currents follow the drive, but HAM&apos;s rate is off: γ_fit/γ = {0} ± {1}</source>
        <translation>las corrientes siguen el impulso, pero la tasa de HAM se desvía: γ_fit/γ = {0} ± {1}</translation>
    </message>
    <message>
        <source>the currents follow the golden-rule drive within one state&apos;s fluctuations: γ_fit/γ = {0} ± {1}</source>
        <translation>las corrientes siguen el impulso de la regla de oro dentro de las fluctuaciones de un estado: γ_fit/γ = {0} ± {1}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Energy starts in subunit 1 of a chain of quantum subunits and spreads along it. The points are the exact Schrödinger dynamics, the lines the simple rate equations (HAM) that turn into Fourier&apos;s law of heat conduction. Press &lt;b&gt;Run&lt;/b&gt; (Ctrl+R) to watch it, &lt;b&gt;Explain&lt;/b&gt; (F1) to read what you see, or try a preset.</source>
        <translation>&lt;b&gt;Bienvenido.&lt;/b&gt; La energía empieza en el subsistema 1 de una cadena de subsistemas cuánticos y se extiende a lo largo de ella. Los puntos son la dinámica de Schrödinger exacta; las líneas, las sencillas ecuaciones de tasas (HAM) que se convierten en la ley de Fourier de la conducción del calor. Pulse &lt;b&gt;Ejecutar&lt;/b&gt; (Ctrl+R) para verlo, &lt;b&gt;Explicación&lt;/b&gt; (F1) para leer lo que ve, o pruebe un preajuste.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the exact and HAM dynamics of the shown parameters (Ctrl+R)</source>
        <translation>Calcular la dinámica exacta y la de HAM de los parámetros mostrados (Ctrl+R)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Open the Explain panel: what you see and what to try (F1)</source>
        <translation>Abrir el panel Explicación: lo que ve y qué probar (F1)</translation>
    </message>
    <message>
        <source>Try a preset</source>
        <translation>Probar un preajuste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the welcome; Help → Welcome shows it again</source>
        <translation>Cerrar la bienvenida; Ayuda → Bienvenida la muestra de nuevo</translation>
    </message>
    <message>
        <source>Welcome: {button}</source>
        <translation>Bienvenida: {button}</translation>
    </message>
</context>
</TS>
