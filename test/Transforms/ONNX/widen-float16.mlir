// --onnx-widen-float16: an fp16 model computes in float32 (Paddle's CPU
// kernels lack float16); the graph keeps its float16 inputs and outputs
// behind Casts, float16 constants are widened exactly, casts to float16
// cast to float32, and bfloat16 and other types are left alone.
// RUN: x2p-opt %s -split-input-file --onnx-widen-float16 | FileCheck %s

// CHECK-LABEL: func @fp16_graph
// CHECK-SAME: (%arg0: tensor<?x4xf16>) -> tensor<?x4xf16>
// CHECK: %[[IN:.*]] = onnx.Cast %arg0 {to = 1 : si64} : (tensor<?x4xf16>) -> tensor<?x4xf32>
// CHECK: %[[W:.*]] = onnx.Constant dense<[5.000000e-01, -2.000000e+00, 6.550400e+04, 9.765625E-4]> : tensor<4xf32>
// CHECK: %[[M:.*]] = onnx.Mul %[[IN]], %[[W]] : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xf32>
// CHECK: %[[S:.*]] = onnx.Softmax %[[M]] : (tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: %[[OUT:.*]] = onnx.Cast %[[S]] {to = 10 : si64} : (tensor<?x4xf32>) -> tensor<?x4xf16>
// CHECK: return %[[OUT]] : tensor<?x4xf16>
func.func @fp16_graph(%x: tensor<?x4xf16>) -> tensor<?x4xf16> {
  %w = onnx.Constant dense<[0.5, -2.0, 65504.0, 0.0009765625]> : tensor<4xf16>
  %m = onnx.Mul %x, %w : (tensor<?x4xf16>, tensor<4xf16>) -> tensor<?x4xf16>
  %s = onnx.Softmax %m {axis = -1 : si64} : (tensor<?x4xf16>) -> tensor<?x4xf16>
  return %s : tensor<?x4xf16>
}

// -----

// keep_io_types: float32 at the boundary, Casts to float16 inside (what
// onnxconverter-common writes) become Casts to float32, and a float16
// ConstantOfShape fill is widened; int64 and bfloat16 values stay.
// CHECK-LABEL: func @keep_io_types
// CHECK-SAME: (%arg0: tensor<2x3xf32>, %arg1: tensor<2xbf16>) -> (tensor<2x3xf32>, tensor<2xbf16>)
// CHECK: %[[C:.*]] = onnx.Cast %arg0 {to = 1 : si64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[Z:.*]] = onnx.ConstantOfShape %{{.*}} {value = dense<1.500000e+00> : tensor<1xf32>} : (tensor<2xi64>) -> tensor<2x3xf32>
// CHECK: %[[A:.*]] = onnx.Add %[[C]], %[[Z]] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[B:.*]] = onnx.Cast %[[A]] {to = 1 : si64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: return %[[B]], %arg1 : tensor<2x3xf32>, tensor<2xbf16>
func.func @keep_io_types(%x: tensor<2x3xf32>, %b: tensor<2xbf16>) -> (tensor<2x3xf32>, tensor<2xbf16>) {
  %c = onnx.Cast %x {to = 10 : si64} : (tensor<2x3xf32>) -> tensor<2x3xf16>
  %shape = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %z = onnx.ConstantOfShape %shape {value = dense<1.5> : tensor<1xf16>} : (tensor<2xi64>) -> tensor<2x3xf16>
  %a = onnx.Add %c, %z : (tensor<2x3xf16>, tensor<2x3xf16>) -> tensor<2x3xf16>
  %back = onnx.Cast %a {to = 1 : si64} : (tensor<2x3xf16>) -> tensor<2x3xf32>
  return %back, %b : tensor<2x3xf32>, tensor<2xbf16>
}
