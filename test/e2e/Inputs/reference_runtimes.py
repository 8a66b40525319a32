"""Checks the two reference runtimes of x2p's end-to-end tests.

Paddle: writes a small legacy ProgramDesc (matmul_v2 + elementwise_add +
relu, appended as raw OpDescs, as x2p writes them: Paddle 3.x's Python
layers only build PIR programs) with its .pdiparams and runs it through
paddle.inference.Config, the way x2p's converted models are run. onnxruntime: runs an ONNX Gemm + Relu built
with onnx.helper. Both are compared with numpy on the same inputs.
"""
import os
import sys

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ["FLAGS_enable_pir_api"] = "0"  # write the legacy .pdmodel form

import numpy as np  # noqa: E402


def check(name, got, want):
    diff = float(np.max(np.abs(got - want)))
    if not np.allclose(got, want, atol=1e-5, rtol=1e-5):
        sys.exit("%s: outputs differ from numpy, max abs diff %g" % (name, diff))
    return diff


def paddle_inference(out_dir, x, w, b):
    import paddle
    paddle.enable_static()
    main, startup = paddle.static.Program(), paddle.static.Program()
    with paddle.static.program_guard(main, startup):
        inp = paddle.static.data("x", [-1, w.shape[0]], "float32")
        weight = paddle.static.create_parameter(
            w.shape, "float32", name="w",
            default_initializer=paddle.nn.initializer.Assign(w))
        bias = paddle.static.create_parameter(
            b.shape, "float32", name="b",
            default_initializer=paddle.nn.initializer.Assign(b))
        block = main.global_block()
        mm = block.create_var(name="mm", dtype="float32", shape=[-1, w.shape[1]])
        add = block.create_var(name="add", dtype="float32", shape=[-1, w.shape[1]])
        out = block.create_var(name="out", dtype="float32", shape=[-1, w.shape[1]])
        block.append_op(type="matmul_v2", inputs={"X": [inp], "Y": [weight]},
                        outputs={"Out": [mm]},
                        attrs={"trans_x": False, "trans_y": False})
        block.append_op(type="elementwise_add", inputs={"X": [mm], "Y": [bias]},
                        outputs={"Out": [add]}, attrs={"axis": -1})
        block.append_op(type="relu", inputs={"X": [add]}, outputs={"Out": [out]})
    exe = paddle.static.Executor(paddle.CPUPlace())
    exe.run(startup)
    prefix = os.path.join(out_dir, "model")
    paddle.static.save_inference_model(prefix, [inp], [out], exe, program=main)
    assert os.path.exists(prefix + ".pdmodel"), "no legacy .pdmodel written"

    from paddle import inference
    config = inference.Config(prefix + ".pdmodel", prefix + ".pdiparams")
    config.disable_gpu()
    config.disable_glog_info()
    predictor = inference.create_predictor(config)
    handle = predictor.get_input_handle(predictor.get_input_names()[0])
    handle.copy_from_cpu(x)
    predictor.run()
    got = predictor.get_output_handle(predictor.get_output_names()[0]).copy_to_cpu()
    diff = check("paddle", got, np.maximum(x @ w + b, 0))
    print("paddle %s: program loaded through paddle.inference.Config, "
          "max abs diff %g: ok" % (paddle.__version__, diff))


def onnxruntime_session(x, w, b):
    import onnx
    import onnxruntime
    from onnx import helper, numpy_helper, TensorProto
    graph = helper.make_graph(
        [helper.make_node("Gemm", ["x", "w", "b"], ["y"]),
         helper.make_node("Relu", ["y"], ["out"])],
        "fc",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", w.shape[0]])],
        [helper.make_tensor_value_info("out", TensorProto.FLOAT, ["batch", w.shape[1]])],
        [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    session = onnxruntime.InferenceSession(model.SerializeToString(),
                                           providers=["CPUExecutionProvider"])
    got = session.run(None, {"x": x})[0]
    diff = check("onnxruntime", got, np.maximum(x @ w + b, 0))
    print("onnxruntime %s: max abs diff %g: ok" % (onnxruntime.__version__, diff))


def main():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 4)).astype(np.float32)
    w = rng.standard_normal((4, 5)).astype(np.float32)
    b = rng.standard_normal((5,)).astype(np.float32)
    paddle_inference(sys.argv[1], x, w, b)
    onnxruntime_session(x, w, b)


if __name__ == "__main__":
    main()
