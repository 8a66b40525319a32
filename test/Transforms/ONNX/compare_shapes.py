#!/usr/bin/env python3
"""Compare x2p's shape inference with onnx.shape_inference on real models.

For each model.onnx: import it (x2p-translate --import-onnx), run
`x2p-opt --onnx-shape-inference --onnx-fold-shapes` with local debug
locations, and read every onnx op's result types back by the op's location
(the importer names ops after their ONNX node, or its first output when
the node has no name). onnx.shape_inference.infer_shapes runs on the same
model; per ONNX value the two are classed as

  agree       same rank, same static dims (a `?` against a symbolic dim
              or an unknown one agrees)
  x2p-better  x2p has a static dim or a rank onnx does not
  onnx-better onnx has a static dim or a rank x2p does not
  conflict    different ranks or different static dims (a bug somewhere)

and the values x2p leaves unranked are counted (over all op results).
Graph outputs are compared from the function's result types.

Usage: compare_shapes.py --bin BUILD/bin [--summary] [-v] MODEL...
Exit status 1 when a model fails to import/run or a conflict is found
(with --strict).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

import onnx
from onnx import shape_inference

# Ops whose older opsets the importer upgrades with new onnx.Constant
# operands located at the node.
UPGRADED = {"ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd",
            "ReduceL1", "ReduceL2", "ReduceLogSum", "ReduceLogSumExp",
            "ReduceSumSquare", "Squeeze", "Unsqueeze", "Split", "Pad", "Slice",
            "Clip", "TopK", "Dropout", "Resize", "Upsample"}
RESULT_RE = re.compile(r'^\s*(%[^=]+=\s*)?"?onnx\.(\w+)"?')
LOC_RE = re.compile(r'loc\("((?:[^"\\]|\\.)*)"\)\s*$')


def split_types(text):
    """Splits `tensor<2x3xf32>, none` at top-level commas."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def parse_tensor(t):
    """tensor<2x?xf32> -> [2, None]; tensor<*xf32> -> 'unranked'; else None."""
    m = re.match(r"tensor<(.*)>$", t)
    if not m:
        return None
    body = m.group(1)
    if body.startswith("*"):
        return "unranked"
    parts = body.split("x")
    dims = parts[:-1]
    return [None if d == "?" else int(d) for d in dims]


def result_types(line):
    """The result types of an op line in the custom syntax."""
    line = re.sub(r"\s+loc\(.*\)\s*$", "", line).rstrip()
    idx = line.rfind("->")
    if idx < 0:
        # onnx.Constant dense<...> : tensor<...>
        m = re.search(r":\s*(tensor<[^>]*>)\s*$", line)
        return [m.group(1)] if m else []
    rest = line[idx + 2:].strip()
    if rest.startswith("("):
        rest = rest[1:-1]
    return split_types(rest)


def run_x2p(bindir, model, passes):
    imp = subprocess.run([os.path.join(bindir, "x2p-translate"), "--import-onnx",
                          "--mlir-print-debuginfo", model], capture_output=True, text=True)
    if imp.returncode:
        return None, "import: " + imp.stderr.strip().splitlines()[0] if imp.stderr.strip() else "import failed"
    opt = subprocess.run([os.path.join(bindir, "x2p-opt"), *passes,
                          "--mlir-print-debuginfo", "--mlir-print-local-scope",
                          "--mlir-elide-resource-strings-if-larger=16",
                          "--mlir-elide-elementsattrs-if-larger=64"],
                         input=imp.stdout, capture_output=True, text=True)
    if opt.returncode:
        err = opt.stderr.strip().splitlines()
        return None, "x2p-opt: " + (err[0] if err else "failed")
    return opt.stdout, None


def onnx_dims(vi):
    t = vi.type
    if not t.HasField("tensor_type"):
        return None
    tt = t.tensor_type
    if not tt.HasField("shape"):
        return "unranked"
    return [d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim]


def classify(ours, theirs):
    if ours is None or theirs is None:
        return None
    if ours == "unranked" and theirs == "unranked":
        return "agree"
    if ours == "unranked":
        return "onnx-better"
    if theirs == "unranked":
        return "x2p-better"
    if len(ours) != len(theirs):
        return "conflict"
    better_x, better_o = False, False
    for a, b in zip(ours, theirs):
        if a is not None and b is not None and a != b:
            return "conflict"
        if a is not None and b is None:
            better_x = True
        if a is None and b is not None:
            better_o = True
    if better_o:
        return "onnx-better"
    return "x2p-better" if better_x else "agree"


def stripped(path, tmpdir):
    """The model without value_info and without graph output shapes, so
    that neither side reads the answer from the model."""
    model = onnx.load(path)
    del model.graph.value_info[:]
    for out in model.graph.output:
        if out.type.HasField("tensor_type"):
            out.type.tensor_type.ClearField("shape")
    dest = os.path.join(tmpdir, "model.onnx")
    onnx.save(model, dest)
    return model, dest


def compare(bindir, path, passes, verbose, keep):
    stats = Counter()
    notes = []
    with tempfile.TemporaryDirectory() as tmpdir:
        if keep:
            model = onnx.load(path, load_external_data=False)
        else:
            model, path = stripped(path, tmpdir)
        text, err = run_x2p(bindir, path, passes)
    if err:
        stats["failed"] += 1
        notes.append(err)
        return stats, notes
    try:
        inferred = shape_inference.infer_shapes(model)
    except Exception as e:  # onnx's own inference may reject a model
        inferred = model
        notes.append("onnx infer_shapes failed: %s" % str(e).splitlines()[0])
    theirs = {}
    g = inferred.graph
    for vi in list(g.value_info) + list(g.output):
        theirs[vi.name] = onnx_dims(vi)
    init_names = {i.name for i in g.initializer}
    by_loc = {}
    for node in model.graph.node:
        key = node.name or (node.output[0] if node.output and node.output[0] else node.op_type)
        by_loc.setdefault(key, (node.op_type, list(node.output)))

    ours = {}
    in_main = False
    for line in text.splitlines():
        if "func.func" in line:
            in_main = True
            m = re.search(r"->\s*\((.*)\)\s*(attributes|\{|loc)", line)
            sig = line
        m = RESULT_RE.match(line)
        if not m or "onnx.NoValue" in line or "onnx.Yield" in line:
            continue
        loc = LOC_RE.search(line.rstrip())
        types = [parse_tensor(t) for t in result_types(line)]
        for t in types:
            if t == "unranked":
                stats["unranked"] += 1
            elif t is not None:
                stats["ranked"] += 1
        if not loc:
            continue
        entry = by_loc.get(loc.group(1).encode().decode("unicode_escape"))
        # The importer locates the operands it creates (upgraded attributes
        # as onnx.Constant) at the node too; only the node's own op counts.
        # A folded op became an onnx.Constant: its single result still counts.
        if not entry or (m.group(2) != entry[0] and
                         not (m.group(2) == "Constant" and len(entry[1]) == 1
                              and entry[0] not in UPGRADED)):
            continue
        outs = entry[1]
        for name, t in zip(outs, types):
            if name and name not in init_names:
                ours.setdefault(name, t)
    # Graph outputs: the function's result types (those of its return).
    ret = [l for l in text.splitlines() if re.match(r"\s*return\b", l)]
    if ret:
        line = re.sub(r"\s+loc\(.*\)\s*$", "", ret[-1])
        if ":" in line:
            sig_types = split_types(line.split(":", 1)[1])
            for out, t in zip(model.graph.output, sig_types):
                ours[out.name] = parse_tensor(t)
    for name, theirs_dims in theirs.items():
        c = classify(ours.get(name), theirs_dims)
        if c:
            stats[c] += 1
            if verbose and (c in ("conflict", "onnx-better") or verbose > 1):
                notes.append("%s %s: x2p %s, onnx %s" % (c, name, ours.get(name), theirs_dims))
    return stats, notes


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="folder of x2p-opt and x2p-translate")
    ap.add_argument("--passes", default="--onnx-shape-inference --onnx-fold-shapes")
    ap.add_argument("--summary", action="store_true", help="print totals only")
    ap.add_argument("--strict", action="store_true", help="exit 1 on a conflict")
    ap.add_argument("-v", "--verbose", action="count", default=0)
    ap.add_argument("--keep-shapes", action="store_true",
                    help="keep the model's value_info and output shapes "
                    "(by default both sides infer them from scratch)")
    ap.add_argument("--backend", action="append", default=[],
                    help="name of an ONNX backend node test (test_add_bcast)")
    ap.add_argument("models", nargs="*")
    args = ap.parse_args()
    node = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "node")
    args.models += [os.path.join(node, n, "model.onnx") for n in args.backend]
    total = Counter()
    bad = False
    for path in args.models:
        stats, notes = compare(args.bin, path, args.passes.split(), args.verbose, args.keep_shapes)
        total.update(stats)
        total["models"] += 1
        if stats["unranked"] == 0 and not stats["failed"]:
            total["models-fully-ranked"] += 1
        if stats["failed"] or stats["conflict"]:
            bad = True
        if not args.summary:
            keys = ["ranked", "unranked", "agree", "x2p-better", "onnx-better", "conflict", "failed"]
            print("%s: %s" % (path, " ".join("%s=%d" % (k, stats[k]) for k in keys)))
        for n in notes:
            if not args.summary or args.verbose:
                print("  " + n)
    keys = ["models", "models-fully-ranked", "failed", "ranked", "unranked", "agree",
            "x2p-better", "onnx-better", "conflict"]
    print("TOTAL " + " ".join("%s=%d" % (k, total[k]) for k in keys))
    return 1 if (bad and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
