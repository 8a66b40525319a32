"""Writes Paddle inference models for the --import-paddle tests.

`paddle OUT_DIR` saves a small model with Paddle's own
paddle.static.save_inference_model (legacy .pdmodel, FLAGS_enable_pir_api=0),
plus its input and Paddle's output (io.npz). Paddle 3.x's Python layers
build only PIR programs, so the ops are appended as OpDescs.

`broken SRC_DIR OUT_DIR` writes damaged copies of SRC_DIR's model, one per
class of bad input the importer must reject.
"""
import os
import shutil
import struct
import sys

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ["FLAGS_enable_pir_api"] = "0"

import numpy as np  # noqa: E402


def paddle_model(out_dir):
    import paddle
    paddle.enable_static()
    rng = np.random.default_rng(3)
    main, startup = paddle.static.Program(), paddle.static.Program()
    with paddle.static.program_guard(main, startup):
        block = main.global_block()
        x = paddle.static.data("tokens", [-1, 6, 8], "float32")

        def param(name, value):
            return paddle.static.create_parameter(
                value.shape, "float32", name=name,
                default_initializer=paddle.nn.initializer.Assign(value))

        def var(name, shape):
            return block.create_var(name=name, dtype="float32", shape=shape)

        w = param("encoder.fc.weight", rng.standard_normal((8, 16)).astype("float32"))
        b = param("encoder.fc.bias", rng.standard_normal(16).astype("float32"))
        g = param("encoder.ln.weight", rng.standard_normal(16).astype("float32"))
        beta = param("encoder.ln.bias", rng.standard_normal(16).astype("float32"))
        mm, add, act = var("mm", [-1, 6, 16]), var("add", [-1, 6, 16]), var("act", [-1, 6, 16])
        y, mean, variance = var("ln", [-1, 6, 16]), var("ln_mean", [-1]), var("ln_var", [-1])
        flat, xshape = var("flat", [-1, 16]), var("flat_xshape", [0, -1, 6, 16])
        probs = var("probs", [-1, 16])
        block.append_op(type="matmul_v2", inputs={"X": [x], "Y": [w]},
                        outputs={"Out": [mm]}, attrs={"trans_x": False, "trans_y": False})
        block.append_op(type="elementwise_add", inputs={"X": [mm], "Y": [b]},
                        outputs={"Out": [add]}, attrs={"axis": -1})
        block.append_op(type="relu", inputs={"X": [add]}, outputs={"Out": [act]})
        block.append_op(type="layer_norm",
                        inputs={"X": [act], "Scale": [g], "Bias": [beta]},
                        outputs={"Y": [y], "Mean": [mean], "Variance": [variance]},
                        attrs={"epsilon": 1e-5, "begin_norm_axis": 2})
        block.append_op(type="reshape2", inputs={"X": [y]},
                        outputs={"Out": [flat], "XShape": [xshape]},
                        attrs={"shape": [-1, 16]})
        block.append_op(type="softmax", inputs={"X": [flat]},
                        outputs={"Out": [probs]}, attrs={"axis": -1})
    exe = paddle.static.Executor(paddle.CPUPlace())
    exe.run(startup)
    prefix = os.path.join(out_dir, "model")
    paddle.static.save_inference_model(prefix, [x], [probs, y], exe, program=main)
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "lib"))
    import paddle_model
    inp = rng.standard_normal((3, 6, 8)).astype("float32")
    outs = paddle_model.run(prefix + ".pdmodel", [inp])
    np.savez(os.path.join(out_dir, "io.npz"), input=inp, out0=outs[0], out1=outs[1])


def broken(src, out):
    from paddle.base.proto import framework_pb2
    model = open(os.path.join(src, "model.pdmodel"), "rb").read()
    params = open(os.path.join(src, "model.pdiparams"), "rb").read()

    def write(name, model_bytes, params_bytes):
        os.makedirs(os.path.join(out, name), exist_ok=True)
        with open(os.path.join(out, name, "model.pdmodel"), "wb") as f:
            f.write(model_bytes)
        if params_bytes is not None:
            with open(os.path.join(out, name, "model.pdiparams"), "wb") as f:
                f.write(params_bytes)

    write("short-params", model, params[:-10])
    write("long-params", model, params + b"\0" * 7)
    write("no-params", model, None)
    write("not-protobuf", b"\x89PNG\r\n\x1a\n not a program", params)
    # The first record's tensor version (bytes 12..16) set to 1.
    write("tensor-version", model, params[:12] + struct.pack("<I", 1) + params[16:])

    program = framework_pb2.ProgramDesc()
    program.ParseFromString(model)
    for var in program.blocks[0].vars:
        if var.name == "encoder.fc.bias":
            var.type.dense_tensor.tensor.data_type = 32  # FP8_E4M3FN
    write("param-dtype", program.SerializeToString(), params)

    program.ParseFromString(model)
    ops = program.blocks[0].ops
    for op in ops:
        if op.type == "relu":
            op.type = "fancy_relu"
        if op.type == "softmax":
            op.type = "fancy_softmax"
    extra = ops.add()
    extra.CopyFrom([o for o in ops if o.type == "fancy_relu"][0])
    write("unknown-ops", program.SerializeToString(), params)

    program.ParseFromString(model)
    for op in program.blocks[0].ops:
        if op.type == "relu":
            op.inputs[0].arguments[0] = "nowhere"
    write("undefined-var", program.SerializeToString(), params)


if __name__ == "__main__":
    if sys.argv[1] == "paddle":
        paddle_model(sys.argv[2])
    else:
        broken(sys.argv[2], sys.argv[3])
