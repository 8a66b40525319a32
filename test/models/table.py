#!/usr/bin/env python3
"""Prints a markdown table of the models generate.py put into the cache.

    .venv-models/bin/python test/models/table.py [--cache-dir DIR] [--opset N]

One row per model and opset: name, task, opset, number of nodes, the op types
used (with counts), parameters and the size of model.onnx. Reads meta.json,
and falls back to the model itself when meta.json lacks a field, so it also
needs only onnx (any environment with onnx and numpy runs it).

Later scripts add columns (conversion status, max error) by calling rows() and
extending each row dict before render().
"""

import argparse
import glob
import json
import os
import sys

DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "x2p-models")

COLUMNS = [("model", "model"), ("task", "task"), ("opset", "opset"),
           ("nodes", "#nodes"), ("ops", "op types"), ("params", "params"),
           ("size", "size")]


def human_size(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return ("%d %s" % (n, unit)) if unit == "B" else \
                   ("%.1f %s" % (n, unit))
        n /= 1000.0


def rows(cache, opset=None):
    """One dict per generated model directory, sorted by model then opset."""
    out = []
    for meta_path in glob.glob(os.path.join(cache, "*", "opset*", "meta.json")):
        d = os.path.dirname(meta_path)
        with open(meta_path) as f:
            meta = json.load(f)
        if opset is not None and meta.get("opset") != opset:
            continue
        model_path = os.path.join(d, "model.onnx")
        ops = meta.get("op_types")
        nodes = meta.get("nodes")
        if ops is None or nodes is None:
            import onnx
            from collections import Counter
            g = onnx.load(model_path).graph
            ops = dict(sorted(Counter(n.op_type for n in g.node).items()))
            nodes = len(g.node)
        out.append({
            "model": meta.get("model", os.path.basename(os.path.dirname(d))),
            "task": meta.get("task", "?"),
            "opset": meta.get("opset"),
            "nodes": nodes,
            "op_types": ops,
            "ops": ", ".join("%s×%d" % (k, v) for k, v in sorted(ops.items())),
            "params": meta.get("parameters"),
            "size_bytes": os.path.getsize(model_path),
            "size": human_size(os.path.getsize(model_path)),
            "dir": d,
            "meta": meta,
        })
    out.sort(key=lambda r: (r["model"], r["opset"] or 0))
    return out


def render(table, columns=COLUMNS):
    def cell(v):
        if v is None:
            return ""
        if isinstance(v, int) and v >= 10000:
            return "{:,}".format(v)
        return str(v).replace("|", "\\|")
    lines = ["| " + " | ".join(h for _, h in columns) + " |",
             "|" + "|".join("---" for _ in columns) + "|"]
    for r in table:
        lines.append("| " + " | ".join(cell(r.get(k)) for k, _ in columns) + " |")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache-dir", default=os.environ.get(
        "X2P_MODELS_CACHE", DEFAULT_CACHE))
    ap.add_argument("--opset", type=int, default=None,
                    help="only this opset")
    args = ap.parse_args(argv)
    table = rows(args.cache_dir, args.opset)
    if not table:
        print("table: no models in %s (run test/models/generate.py)" %
              args.cache_dir, file=sys.stderr)
        return 1
    print(render(table))
    total = sum(r["size_bytes"] for r in table)
    print("\n%d models, %d distinct, %s of model.onnx files in %s" %
          (len(table), len({r["model"] for r in table}), human_size(total),
           args.cache_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
