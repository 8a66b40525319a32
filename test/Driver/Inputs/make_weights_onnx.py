"""Writes one small MLP twice: OUT/inline.onnx with the weights inside the
model, OUT/external.onnx + OUT/weights.bin with every weight as external
data. Weight sizes are odd so that inline raw_data lands at misaligned
offsets (copied by the importer) as well as aligned ones (aliased).

  python make_weights_onnx.py OUT_DIR
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out = sys.argv[1]
rng = np.random.default_rng(0)
sizes = [(5, 67), (67, 301), (301, 9)]
inits, nodes, prev = [], [], "x"
for i, (k, n) in enumerate(sizes):
    w = rng.standard_normal((k, n)).astype(np.float32)
    b = rng.standard_normal((n,)).astype(np.float32)
    inits += [numpy_helper.from_array(w, "w%d" % i),
              numpy_helper.from_array(b, "b%d" % i)]
    nodes.append(helper.make_node("Gemm", [prev, "w%d" % i, "b%d" % i],
                                  ["h%d" % i], name="fc%d" % i))
    prev = "h%d" % i
graph = helper.make_graph(
    nodes, "mlp",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 5])],
    [helper.make_tensor_value_info(prev, TensorProto.FLOAT, ["N", 9])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
onnx.save(model, os.path.join(out, "inline.onnx"))
onnx.save_model(model, os.path.join(out, "external.onnx"),
                save_as_external_data=True, all_tensors_to_one_file=True,
                location="weights.bin", size_threshold=0)
