#!/usr/bin/env python3
"""Probes which element types Paddle's CPU kernel of an op type takes.

The paddle dialect records each op's set (`cpuKernelTypes` in ODS, read
through include/x2p/Dialect/Paddle/PaddleKernels.h). The sets were read off the
installed Paddle this way: a legacy program with one OpDesc, run by the
static executor on CPU once per element type.

  probe_cpu_kernels.py [OP...]     (default: every op in CASES)

prints, per op, the types whose run succeeded. Add a case to CASES to
probe another op: its input slots (var name, dtype or None for the probed
one), output slots (dtype or None), attributes and input shapes.
"""
import os
import sys

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ["FLAGS_enable_pir_api"] = "0"

import numpy as np  # noqa: E402

TYPES = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16",
         "bfloat16", "float32", "float64"]

UNARY = ({"X": ("x", None)}, {"Out": None})
CASES = {
    "leaky_relu": UNARY + ({"alpha": 0.1}, {"x": [2, 3]}),
    "elu": UNARY + ({"alpha": 1.0}, {"x": [2, 3]}),
    "selu": UNARY + ({"scale": 1.05, "alpha": 1.67}, {"x": [2, 3]}),
    "sin": UNARY + ({}, {"x": [2, 3]}),
    "isinf_v2": ({"X": ("x", None)}, {"Out": "bool"}, {}, {"x": [2, 3]}),
    "isnan_v2": ({"X": ("x", None)}, {"Out": "bool"}, {}, {"x": [2, 3]}),
    "elementwise_mul": ({"X": ("x", None), "Y": ("y", None)}, {"Out": None},
                        {"axis": -1}, {"x": [2, 3], "y": [2, 3]}),
    "gather": ({"X": ("x", None), "Index": ("index", "int64")},
               {"Out": None}, {"axis": 0}, {"x": [4, 3], "index": [2]}),
    "where": ({"Condition": ("c", "bool"), "X": ("x", None),
               "Y": ("y", None)}, {"Out": None}, {},
              {"c": [2, 3], "x": [2, 3], "y": [2, 3]}),
    "unsqueeze2": ({"X": ("x", None)}, {"Out": None, "XShape": None},
                   {"axes": [0]}, {"x": [2, 3]}),
    "flatten_contiguous_range": ({"X": ("x", None)},
                                 {"Out": None, "XShape": None},
                                 {"start_axis": 0, "stop_axis": -1},
                                 {"x": [2, 3]}),
    "shape": ({"Input": ("x", None)}, {"Out": "int32"}, {}, {"x": [2, 3]}),
    "tile": UNARY + ({"repeat_times": [2, 1]}, {"x": [2, 3]}),
    "pixel_shuffle": UNARY + ({"upscale_factor": 2, "data_format": "NCHW"},
                              {"x": [1, 4, 2, 2]}),
    "pixel_unshuffle": UNARY + ({"downscale_factor": 2,
                                 "data_format": "NCHW"}, {"x": [1, 1, 4, 4]}),
}


def ones(dtype, shape):
    if dtype == "bfloat16":  # fed as the upper halves of float32 ones
        return (np.ones(shape, np.float32).view(np.uint32) >> 16).astype(
            np.uint16)
    if dtype.startswith("int") and dtype != "int64":
        return np.ones(shape, dtype)
    return np.ones(shape, bool if dtype == "bool" else dtype)


def runs(op, dtype, inputs, outputs, attrs, shapes):
    import paddle
    program, startup = paddle.static.Program(), paddle.static.Program()
    feed, fetch = {}, []
    with paddle.static.program_guard(program, startup):
        block = program.global_block()
        ins = {}
        for slot, (name, fixed) in inputs.items():
            var_type = fixed or dtype
            ins[slot] = [paddle.static.data(name, shapes[name], var_type)]
            feed[name] = (np.zeros(shapes[name], "int64")
                          if fixed == "int64" else ones(var_type,
                                                        shapes[name]))
        outs = {}
        for slot, fixed in outputs.items():
            var = block.create_var(name="out_" + slot, dtype=fixed or dtype)
            outs[slot] = [var]
            fetch.append(var)
        block.append_op(type=op, inputs=ins, outputs=outs, attrs=attrs)
    try:
        paddle.static.Executor(paddle.CPUPlace()).run(
            program, feed=feed, fetch_list=fetch[:1])
        return True
    except Exception:  # no kernel, or one that fails on this type
        return False


def main(ops):
    import paddle
    paddle.enable_static()
    for op in ops or CASES:
        case = CASES[op]
        print(op, " ".join(t for t in TYPES if runs(op, t, *case)),
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
