#!/usr/bin/env bash
# Release check: build the wheel, install it into a fresh venv outside the checkout, run the commands
# and a screenshot offscreen; build the desktop bundle and run the same screenshot from it.
# Fails on any missing resource. Usage: packaging/release_check.sh [PYTHON]   (make release-check)
# SKIP_WHEEL=1 or SKIP_BUNDLE=1 checks one half (the tests run the two halves side by side); SKIP_GZ_SIZE=1
# leaves out the bundle's compressed size (a figure for the README, not a check).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${1:-$ROOT/.venv/bin/python}"
case "$PY" in */*) [ "${PY#/}" = "$PY" ] && PY="$PWD/$PY" ;; esac  # absolute: the script changes folders
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$WORK/config"
say() { printf '\n== %s\n' "$*"; }
check_png() {  # a real picture, not a blank window
  "$PY" - "$1" <<'PYCHECK'
import sys
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication([])
image = QImage(sys.argv[1])
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
assert not image.isNull() and image.width() >= 800 and len(colours) > 30, (image.size(), len(colours))
print(f"   {sys.argv[1]}: {image.width()}×{image.height()}, {len(colours)} colours")
PYCHECK
}
check_video() {  # an animation ffmpeg can read back, with its frames
  "$PY" - "$1" "$2" <<'PYCHECK'
import sys
import imageio_ffmpeg
reader = imageio_ffmpeg.read_frames(sys.argv[1])
meta = next(reader)
frames = sum(1 for _ in reader)
assert frames == int(sys.argv[2]), frames
print(f"   {sys.argv[1]}: {meta['size'][0]}×{meta['size'][1]}, {frames} frames")
PYCHECK
}
check_resources() {  # every preset, icon and translation inside an installed or bundled fourier_gui/resources
  local dir="$1"
  for f in presets/fig2.json presets/fig3.json presets/fig4.json presets/ten-sites.json presets/ballistic.json \
           presets/strong-coupling.json icons/fourier-gui.svg icons/fourier-gui-256.png icons/fourier-gui.ico \
           icons/fourier-gui.icns desktop/fourier-gui.desktop translations/fourier_gui_de.qm \
           translations/fourier_gui_es.qm; do
    [ -f "$dir/$f" ] || { echo "missing resource: $dir/$f" >&2; exit 1; }
  done
  echo "   resources complete in $dir"
}

if [ "${SKIP_WHEEL:-0}" != 1 ]; then
  say "wheel"
  "$PY" -m pip wheel -q --no-deps -w "$WORK/dist" "$ROOT"
  WHEEL=$(ls "$WORK"/dist/fourier_gui-*.whl)
  ls -l "$WHEEL" | awk '{print "   " $5 " bytes  " $9}'

  say "fresh venv from the wheel"
  "$PY" -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q "$WHEEL"
  cd "$WORK"  # no checkout on the path
  "$WORK/venv/bin/fourier-gui" presets | tee "$WORK/presets.txt"
  [ "$(wc -l < "$WORK/presets.txt")" -ge 6 ] || { echo "presets missing" >&2; exit 1; }
  check_resources "$("$WORK/venv/bin/python" -c 'from fourier_gui.io.bundled import resources_path; print(resources_path())')"
  "$WORK/venv/bin/fourier-gui" --preset fig2 --run --screenshot "$WORK/wheel.png"
  check_png "$WORK/wheel.png"
  "$WORK/venv/bin/fourier-gui" simulate --preset fig2 --points 21 --quiet --csv "$WORK/w.csv" --animation "$WORK/wheel.mp4"
  check_video "$WORK/wheel.mp4" 21
  [ -x "$WORK/venv/bin/fourier-gui-app" ] || { echo "gui-script fourier-gui-app missing" >&2; exit 1; }
fi

if [ "${SKIP_BUNDLE:-0}" != 1 ]; then
  say "desktop bundle"
  cd "$ROOT"
  "$PY" -m pip install -q 'pyinstaller>=6.10'
  "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/bundle" --workpath "$WORK/build" \
    packaging/fourier-gui.spec
  BUNDLE="$WORK/bundle/fourier-gui"
  check_resources "$BUNDLE/_internal/fourier_gui/resources"
  mkdir "$WORK/empty" && cp -r "$BUNDLE" "$WORK/empty/" && cd "$WORK/empty"
  ./fourier-gui/fourier-gui presets > /dev/null
  ./fourier-gui/fourier-gui --preset fig2 --run --screenshot "$WORK/bundle.png"
  check_png "$WORK/bundle.png"
  ./fourier-gui/fourier-gui simulate --preset fig2 --points 21 --quiet --csv "$WORK/b.csv" --animation "$WORK/bundle.gif"
  check_video "$WORK/bundle.gif" 21
  SIZE="$(du -sh "$BUNDLE" | cut -f1) unpacked"
  if [ "${SKIP_GZ_SIZE:-0}" != 1 ]; then  # the README's figure, not a check (10 s of gzip)
    SIZE="$SIZE, $(tar -C "$WORK/bundle" -czf - fourier-gui | wc -c | awk '{printf "%.0f MB", $1/1048576}') as .tar.gz"
  fi
  echo "   bundle: $SIZE"
fi
say "release check passed"
