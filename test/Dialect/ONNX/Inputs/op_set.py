"""Compares the onnx dialect's ops with the operators of ONNX's schemas.

Every default-domain operator of the installed onnx package must be a
registered op of x2p-opt (parsed in generic form without verification, so
operand lists do not matter), and the dialect's op reference (generated from
the same .td as the registered ops) must list exactly those operators plus
the dialect's own NoValue and Yield.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import onnx
from onnx import defs

NON_ONNX_OPS = {"NoValue", "Yield"}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--x2p-opt", required=True)
    parser.add_argument("--doc", required=True)
    args = parser.parse_args()

    names = sorted({s.name for s in defs.get_all_schemas()
                    if s.domain in ("", "ai.onnx")})
    print("onnx %s, opset %d: %d operators"
          % (onnx.__version__, defs.onnx_opset_version(), len(names)))

    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False) as f:
        for name in names:
            f.write('"onnx.%s"() : () -> ()\n' % name)
        path = f.name
    try:
        run = subprocess.run(
            [args.x2p_opt, path, "--mlir-very-unsafe-disable-verifier-on-parsing",
             "--mlir-print-op-generic"], capture_output=True, text=True)
    finally:
        os.unlink(path)
    if run.returncode != 0:
        print("not registered:\n" + run.stderr)
        return 1
    parsed = re.findall(r'"onnx\.(\w+)"', run.stdout)
    print("registered in x2p-opt: %d of %d" % (len(set(parsed) & set(names)),
                                              len(names)))

    with open(args.doc) as f:
        documented = set(re.findall(r"^### `onnx\.(\w+)`", f.read(), re.M))
    missing = sorted(set(names) - documented)
    extra = sorted(documented - set(names) - NON_ONNX_OPS)
    print("dialect ops: %d = %d operators + %s"
          % (len(documented), len(names), " ".join(sorted(documented - set(names)))))
    if missing or extra:
        print("missing: %s\nnot ONNX operators: %s" % (missing, extra))
        return 1
    print("the dialect matches the schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
