#!/usr/bin/env bash
# Set up GAN Studio on Debian/Ubuntu: system packages (the Fashion-MNIST data, the colour emoji font and
# Unicode's list of emoji the emoji dataset is drawn from, a Hangul font for the window in Korean, and the Qt
# runtime libraries), then a virtual environment in .venv with the project and its test tools, and the
# window's compiled translations.
# Safe and quick to re-run: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform plugin needs these (checked with ldd on PySide6's plugins/platforms/libqxcb.so);
# even offscreen Qt needs the EGL/GL/xkbcommon/fontconfig/glib ones; QtMultimedia (the melody pad's sound) needs
# libpulse (with no sound server it finds no device, and the pad says so). xvfb lets a window run headless.
APT_PACKAGES=(
    dataset-fashion-mnist fonts-noto-color-emoji unicode-data fonts-nanum python3-venv
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
    libpulse0 xvfb xauth
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# TensorFlow flavour: with an NVIDIA driver present, the CUDA build; otherwise the CPU-only build.
flavour=cpu
command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1 && flavour=gpu
stamp=".venv/.gan-studio-installed-$flavour"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "setup: installing Python packages into .venv (TensorFlow $flavour build)"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$flavour,test]" 2>&1 \
        | grep -v "^WARNING: Location" || true
    .venv/bin/python -c "import tensorflow, PySide6.QtMultimedia, pyqtgraph, imageio, music21" 2>/dev/null \
        || { echo "setup: the Python packages did not install; see the pip output above" >&2; exit 1; }
    rm -f .venv/.gan-studio-installed-*
    touch "$stamp"
fi
# The window's translations: resources/i18n/*.ts compiled into the .qm files Qt loads (not committed).
stale=0
for ts in resources/i18n/*.ts; do [ "${ts%.ts}.qm" -nt "$ts" ] || stale=1; done
[ "$stale" = 0 ] || .venv/bin/python scripts/translations.py release >/dev/null
echo "setup: ready"
