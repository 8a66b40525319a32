#!/usr/bin/env bash
#===- bootstrap.sh - install what x2p needs on a fresh machine ------------===#
#
# Installs Debian's packages x2p builds against and creates the Python test
# environment (.venv) from scripts/requirements.txt. Idempotent: it only
# installs what is missing, so a second run does nothing but say so.
#
# Environment:
#   X2P_VENV         where the Python environment lives (default: .venv)
#   X2P_PYTHON_BASE  interpreter that creates it (default: python3 on PATH)
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${X2P_VENV:-$root/.venv}
python_base=${X2P_PYTHON_BASE:-python3}

say() { echo "bootstrap: $*"; }
die() { echo "bootstrap: error: $*" >&2; exit 1; }

#--- Debian packages -----------------------------------------------------------
# MLIR/LLVM 22 conflicts with other libmlir-N packages: the version is named.
# clang-format-14 is the one formatter scripts/check-format.sh accepts (a
# newer one formats differently). libtorch-dev comes back with the
# TorchScript importer.
packages=(
  cmake ninja-build g++ lld ccache git
  libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools
  libprotobuf-dev protobuf-compiler libonnx-dev
  libgtest-dev clang-format-14
)

. "$root/scripts/apt-install.sh"
apt_install_missing "${packages[@]}"

#--- Python test environment ------------------------------------------------------
requirements=$root/scripts/requirements.txt
stamp=$venv/.x2p-requirements.sha256
want=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  say "Python environment $venv up to date"
else
  command -v "$python_base" >/dev/null || die "no '$python_base' to create $venv with"
  say "creating Python environment $venv (paddlepaddle, onnxruntime, onnx)"
  [ -x "$venv/bin/python" ] || "$python_base" -m venv "$venv" \
    || die "'$python_base -m venv $venv' failed"
  # The user's pip cache keeps the large wheels between fresh clones.
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" \
    || die "pip could not install scripts/requirements.txt into $venv"
  "$venv/bin/python" -c "import paddle, onnxruntime, onnx, numpy" 2>/dev/null \
    || die "$venv was installed but does not import paddle/onnxruntime/onnx"
  echo "$want" > "$stamp"
fi
