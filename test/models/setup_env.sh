#!/usr/bin/env bash
#===- setup_env.sh - the environment that generates the test models -------===#
#
# Creates .venv-models (next to the main .venv, which it never touches): a
# virtual environment of Debian's /usr/bin/python3 made with
# --system-site-packages, so Debian's python3-torch (1.13) and
# python3-torchvision (0.14) are visible in it, plus the pinned PyPI packages
# of test/models/requirements.txt (transformers, onnx, onnxruntime, numpy 1.x).
#
# Idempotent: installs only what is missing; a second run changes nothing.
#
# Environment:
#   X2P_MODELS_VENV  where the environment lives (default: <root>/.venv-models)
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv=${X2P_MODELS_VENV:-$root/.venv-models}
requirements=$root/test/models/requirements.txt
# Debian's interpreter: python3 on PATH may be another one (pyenv) that does
# not see Debian's python3-torch.
base_python=/usr/bin/python3

say() { echo "models-env: $*"; }
die() { echo "models-env: error: $*" >&2; exit 1; }

#--- Debian packages -----------------------------------------------------------
packages=(python3 python3-venv python3-torch python3-torchvision)
. "$root/scripts/apt-install.sh"
apt_install_missing "${packages[@]}"

#--- Python environment ----------------------------------------------------------
probe='import torch, torchvision, transformers, onnx, onnxruntime, numpy
assert numpy.__version__.startswith("1."), numpy.__version__
assert transformers.utils.is_torch_available()'
stamp=$venv/.x2p-models-requirements.sha256
want=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  say "environment $venv up to date"
else
  [ -x "$base_python" ] || die "no $base_python (Debian's python3) to create $venv with"
  if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv (Debian python3 with system site-packages)"
    "$base_python" -m venv --system-site-packages "$venv" \
      || die "'$base_python -m venv --system-site-packages $venv' failed"
  fi
  say "installing test/models/requirements.txt into $venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" \
    || die "pip could not install test/models/requirements.txt into $venv"
  "$venv/bin/python" -c "$probe" 2>/dev/null \
    || die "$venv was installed but does not import torch/torchvision/transformers/onnx/onnxruntime with numpy 1.x"
  echo "$want" > "$stamp"
fi
"$venv/bin/python" - <<'PY'
import numpy, onnx, onnxruntime, torch, torchvision, transformers
print("models-env: torch %s, torchvision %s, transformers %s, onnx %s, "
      "onnxruntime %s, numpy %s" % (torch.__version__, torchvision.__version__,
      transformers.__version__, onnx.__version__, onnxruntime.__version__,
      numpy.__version__))
PY
