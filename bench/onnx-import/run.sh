#!/usr/bin/env bash
#===- run.sh - import time and peak memory of a BERT-base-sized model -----===#
#
# Generates (once, into a cache folder) a randomly initialised BERT-base-
# sized ONNX model, with the weights inside the model and as external data,
# and measures `x2p-translate --import-onnx` against `cat model > /dev/null`
# on the same (page-cached) file: wall time and peak RSS (/usr/bin/time -v).
# Rows: the importer alone (bench tool import-only: x2p::importONNXFile +
# verifier; then also printing with blobs elided), and x2p-translate, whose
# driver reads the input into memory first and whose printer hex-encodes
# every blob (even when it then elides it).
#
# Usage: bench/onnx-import/run.sh [BUILD_DIR]   (default: build)
# Environment: X2P_BENCH_CACHE (default: ~/.cache/x2p-bench/onnx-import)
#
#===----------------------------------------------------------------------===#
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
translate=$build/bin/x2p-translate
python=${X2P_PYTHON:-$root/.venv/bin/python}
cache=${X2P_BENCH_CACHE:-$HOME/.cache/x2p-bench/onnx-import}
"$python" "$root/bench/onnx-import/gen_bert.py" "$cache"

# The importer alone (no driver copy of the input, no hex printing).
tool=$build/bench-onnx-import
if [ ! -x "$tool/import-only" ]; then
  cmake -G Ninja -S "$root/bench/onnx-import" -B "$tool" \
    -DX2P_BUILD_DIR="$build" -DCMAKE_BUILD_TYPE=Release > /dev/null
  cmake --build "$tool" > /dev/null
fi

measure() { # label, command...
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || { cat "$log"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  printf '%-34s wall %8s   peak RSS %8.1f MB\n' "$label" "$wall" "$(echo "$rss / 1024" | bc -l)"
  rm -f "$log"
}

for variant in bert.onnx bert-ext/bert.onnx; do
  model=$cache/$variant
  size=$(du -cb "$(dirname "$model")"/bert.* | tail -1 | cut -f1)
  [ "$variant" = bert.onnx ] && size=$(stat -c %s "$model")
  echo "== $variant: $(echo "$size / 1048576" | bc -l | xargs printf '%.1f') MB (model + data)"
  files=$model; [ "$variant" != bert.onnx ] && files="$model $(dirname "$model")/bert.bin"
  cat $files > /dev/null # warm the page cache
  measure "cat" sh -c "cat $files > /dev/null"
  measure "importer + verify" "$tool/import-only" "$model"
  measure "importer + print (blobs elided)" "$tool/import-only" "$model" -print
  measure "x2p-translate (blobs elided)" "$translate" --import-onnx "$model" \
    --mlir-elide-resource-strings-if-larger=16 -o /dev/null
  measure "x2p-translate, full text" "$translate" --import-onnx "$model" -o /dev/null
done
