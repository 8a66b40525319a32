"""The foundation's paddle ops end to end: matmul_v2, elementwise_add, relu,
softmax, layer_norm and reshape2 in one transformer-block-like program."""
import numpy as np

rng = np.random.default_rng(7)
W = rng.standard_normal((8, 8)).astype(np.float32)
B = rng.standard_normal(8).astype(np.float32)
G = rng.standard_normal(8).astype(np.float32)
BETA = rng.standard_normal(8).astype(np.float32)


def dense(a):
    return "dense<%s> : tensor<%s>" % (
        np.array2string(a, separator=", ", precision=9,
                        floatmode="unique", threshold=1 << 20)
        .replace("\n", ""),
        "x".join(map(str, a.shape)) + "xf32")


def layer_norm(x, g, b, eps):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * g + b


def softmax(x, axis):
    e = np.exp(x - x.max(axis, keepdims=True))
    return e / e.sum(axis, keepdims=True)


CASES = [{
    "name": "block",
    "mlir": """
func.func @main_graph(%h: tensor<?x?x8xf32>) -> (tensor<?x8xf32>, tensor<?x?x8xf32>) {
  %w = paddle.parameter "w" """ + dense(W) + """
  %b = paddle.parameter "b" """ + dense(B) + """
  %g = paddle.parameter "g" """ + dense(G) + """
  %beta = paddle.parameter "beta" """ + dense(BETA) + """
  %0 = paddle.matmul_v2 %h, %w {trans_y = true} : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %1 = paddle.elementwise_add %0, %b : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %2 = paddle.relu %1 : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %y, %m, %v = paddle.layer_norm %2 Scale(%g) Bias(%beta) {begin_norm_axis = 2 : si32, epsilon = 1.0e-5 : f32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
  %3 = paddle.softmax %y {axis = 1 : si32} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %4, %xs = paddle.reshape2 %3 {shape = array<i32: -1, 8>} : (tensor<?x?x8xf32>) -> (tensor<?x8xf32>, tensor<0x?x?x8xf32>)
  return %4, %y : tensor<?x8xf32>, tensor<?x?x8xf32>
}
""",
    "inputs": {0: rng.standard_normal((2, 5, 8)).astype(np.float32)},
    "reference": lambda h: [
        softmax(layer_norm(np.maximum(h @ W.T + B, 0), G, BETA, 1e-5), 1)
        .reshape(-1, 8),
        layer_norm(np.maximum(h @ W.T + B, 0), G, BETA, 1e-5)],
}]
