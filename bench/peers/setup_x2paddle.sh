#!/usr/bin/env bash
#===- setup_x2paddle.sh - X2Paddle's environment for the peer benchmark ---===#
#
# The peer benchmark (bench/peers/run.sh) runs X2Paddle, the converter x2p
# is measured against. X2Paddle 1.6.0 needs Paddle 2.6, which cannot share
# the main .venv (Paddle 3.3), so it gets its own virtual environment with
# the pinned packages of bench/peers/requirements-x2paddle.txt.
#
# Idempotent: installs only what is missing; a second run changes nothing.
#
# Environment:
#   X2P_X2PADDLE_VENV  where it lives (default: <root>/.venv-x2paddle)
#   X2P_PYTHON_BASE    interpreter that creates it (default: python3 on PATH)
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv=${X2P_X2PADDLE_VENV:-$root/.venv-x2paddle}
python_base=${X2P_PYTHON_BASE:-python3}
requirements=$root/bench/peers/requirements-x2paddle.txt

say() { echo "x2paddle-env: $*"; }
die() { echo "x2paddle-env: error: $*" >&2; exit 1; }

stamp=$venv/.x2p-x2paddle-requirements.sha256
want=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ -x "$venv/bin/x2paddle" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  say "environment $venv up to date"
else
  command -v "$python_base" >/dev/null || die "no '$python_base' to create $venv with"
  if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv (x2paddle 1.6.0, paddlepaddle 2.6.2)"
    "$python_base" -m venv "$venv" || die "'$python_base -m venv $venv' failed"
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" \
    || die "pip could not install bench/peers/requirements-x2paddle.txt into $venv"
  "$venv/bin/python" -c "import x2paddle, paddle, onnx" 2>/dev/null \
    || die "$venv was installed but does not import x2paddle/paddle/onnx"
  echo "$want" > "$stamp"
fi
"$venv/bin/python" - <<'PY'
import warnings; warnings.filterwarnings("ignore")
import onnx, paddle, x2paddle
print("x2paddle-env: x2paddle %s, paddlepaddle %s, onnx %s" % (
    x2paddle.__version__, paddle.__version__, onnx.__version__))
PY
