// Unconvertible ops are named by their ONNX node (the op location), so a
// user finds them in the source model; every one is reported in one run.
// RUN: not x2p-opt %s --onnx-to-paddle 2>&1 | FileCheck %s
// CHECK: error: loc("/encoder/layer.0/Shrink"): cannot convert 'onnx.Shrink' to the paddle dialect: a bias other than 0
// CHECK: error: loc("/encoder/layer.0/Sin"): cannot convert 'onnx.Sin' to the paddle dialect: no conversion for this operator yet
// CHECK-NOT: error:

func.func @main_graph(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = onnx.Shrink %x {bias = 0.25 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("/encoder/layer.0/Shrink")
  %1 = onnx.Sin %x : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("/encoder/layer.0/Sin")
  %2 = onnx.Relu %1 : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("/encoder/layer.0/Relu")
  return %0, %2 : tensor<2x3xf32>, tensor<2x3xf32>
}
