// Unconvertible ops are named by their ONNX node (the op location), so a
// user finds them in the source model; every one is reported in one run.
// An op with regions that does not convert is reported once, by its own
// name: not its onnx.Yield terminators, nor the ops inside it.
// RUN: not x2p-opt %s --onnx-to-paddle 2>&1 | FileCheck %s
// CHECK: error: loc("/encoder/layer.0/Reshape_1"): cannot convert 'onnx.Reshape' to the paddle dialect: allowzero = 1 with a run-time shape that may hold a 0
// CHECK: error: loc("/encoder/layer.0/Det"): cannot convert 'onnx.Det' to the paddle dialect: no conversion for this operator yet
// CHECK: error: loc("/decoder/If"): cannot convert 'onnx.If' to the paddle dialect: no conversion for this operator yet
// CHECK-NOT: error:

func.func @main_graph(%xd: tensor<?x3xf32>, %s: tensor<2xi64>, %m: tensor<2x2xf32>) -> (tensor<3x2xf32>, tensor<f32>) {
  %0 = onnx.Reshape %xd, %s {allowzero = 1 : si64} : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<3x2xf32> loc("/encoder/layer.0/Reshape_1")
  %1 = onnx.Det %m : (tensor<2x2xf32>) -> tensor<f32> loc("/encoder/layer.0/Det")
  %2 = onnx.Relu %1 : (tensor<f32>) -> tensor<f32> loc("/encoder/layer.0/Relu")
  return %0, %2 : tensor<3x2xf32>, tensor<f32>
}

func.func @branches(%c: tensor<i1>, %m: tensor<2x2xf32>, %y: tensor<f32>) -> tensor<f32> {
  %0 = "onnx.If"(%c) ({
    %d = onnx.Det %m : (tensor<2x2xf32>) -> tensor<f32> loc("/decoder/then/Det")
    onnx.Yield %d : tensor<f32> loc("/decoder/then/Yield")
  }, {
    onnx.Yield %y : tensor<f32> loc("/decoder/else/Yield")
  }) : (tensor<i1>) -> tensor<f32> loc("/decoder/If")
  return %0 : tensor<f32>
}
