#!/usr/bin/env python3
"""Op counts of a Paddle inference model after Paddle's own CPU passes.

What x2p writes is not what Paddle runs: its inference passes fuse
further (fc, layer_norm, fused_matmul with oneDNN). Choosing a fused form
means knowing what Paddle makes of it, so this runs the model once through
a predictor that saves its optimized program and counts that program's ops.

    .venv/bin/python scripts/dev/paddle_optimized_ops.py DIR/model.pdmodel \
        [--onednn on|off|both]
"""
import argparse
import collections
import glob
import os
import sys
import tempfile

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ.setdefault("FLAGS_enable_pir_api", "0")

import paddle.inference as pi  # noqa: E402
from paddle.base.proto import framework_pb2  # noqa: E402


def optimized_ops(model, onednn):
    params = model[:-len(".pdmodel")] + ".pdiparams"
    with tempfile.TemporaryDirectory() as cache:
        config = pi.Config(model, params)
        config.disable_gpu()
        config.switch_ir_optim(True)
        (config.enable_onednn if onednn else config.disable_onednn)()
        config.set_optim_cache_dir(cache)
        config.enable_save_optim_model(True)
        pi.create_predictor(config)
        found = glob.glob(os.path.join(cache, "**", "*optimized*.pdmodel"),
                          recursive=True)
        if not found:
            sys.exit("no optimized program written under %s" % cache)
        program = framework_pb2.ProgramDesc()
        with open(found[0], "rb") as f:
            program.ParseFromString(f.read())
    return collections.Counter(op.type for block in program.blocks
                               for op in block.ops)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--onednn", choices=("on", "off", "both"),
                        default="both")
    args = parser.parse_args()
    settings = {"on": [True], "off": [False], "both": [True, False]}
    counts = {s: optimized_ops(args.model, s) for s in settings[args.onednn]}
    ops = sorted(set().union(*counts.values()))
    print("%-40s %s" % ("op", " ".join(
        "%10s" % ("oneDNN " + ("on" if s else "off")) for s in counts)))
    for op in ops:
        print("%-40s %s" % (op, " ".join("%10d" % c[op] for c in
                                          counts.values())))


if __name__ == "__main__":
    main()
