#!/usr/bin/env bash
#===- run.sh - x2p against X2Paddle and onnxruntime, one command ----------===#
#
# The peer benchmark of issue 6 in one command: makes sure X2Paddle's
# environment exists (setup_x2paddle.sh, idempotent), then runs run.py with
# the main .venv. Every option goes to run.py (run.sh --help lists them):
#
#   bench/peers/run.sh                 # full run -> bench/results/peers.{md,json}
#   bench/peers/run.sh --quick         # smoke run on a tiny model, 1-2 min
#   bench/peers/run.sh --models resnet50 --opsets 13 --no-large
#
# Needs what the README's set-up gives: build/bin/x2p (scripts/build.sh),
# .venv (scripts/bootstrap.sh), .venv-models (test/models/setup_env.sh).
# With --no-x2paddle the X2Paddle environment is neither made nor used.
#
# Environment: X2P_VENV, X2P_MODELS_VENV, X2P_X2PADDLE_VENV, X2P_BIN,
# X2P_BENCH_CACHE (default ~/.cache/x2p-bench) override the defaults.
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv=${X2P_VENV:-$root/.venv}
[ -x "$venv/bin/python" ] || { echo "peers: no $venv (scripts/bootstrap.sh creates it)" >&2; exit 2; }

setup=1
for a in "$@"; do
  case $a in --no-x2paddle|-h|--help) setup=0 ;; esac
done
if [ $setup = 1 ]; then
  "$root/bench/peers/setup_x2paddle.sh" >&2 \
    || echo "peers: X2Paddle's environment could not be made; running without it" >&2
fi
exec "$venv/bin/python" "$root/bench/peers/run.py" "$@"
