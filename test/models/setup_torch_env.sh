#!/usr/bin/env bash
#===- setup_torch_env.sh - the environment of current torch exporters -----===#
#
# Creates .venv-torch: the registry's current torch (a CUDA build: it pulls
# about 5.7 GB of CUDA wheels) with transformers 5, onnxscript (torch's
# dynamo exporter) and onnxruntime, kept apart from .venv and .venv-models
# so the test environment never carries it. Issue 11's generator of test
# models from today's exporters runs in it. Idempotent.
#
# Environment: X2P_TORCH_VENV (default: <root>/.venv-torch)
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv=${X2P_TORCH_VENV:-$root/.venv-torch}
requirements=$root/test/models/requirements-torch.txt
stamp=$venv/.x2p-torch-requirements.sha256
want=$(sha256sum "$requirements" | cut -d' ' -f1)

if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "torch-env: environment $venv up to date"
  exit 0
fi
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
"$venv/bin/python" -c "import torch, torchvision, transformers, onnxscript, onnx, onnxruntime, onnxconverter_common, onnxsim" \
  || { echo "torch-env: error: $venv does not import its packages" >&2; exit 1; }
echo "$want" > "$stamp"
