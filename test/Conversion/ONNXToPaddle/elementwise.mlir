// Elementwise, comparison, logical and activation ops of --onnx-to-paddle.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @arith
// CHECK: %[[SUB:.*]] = paddle.elementwise_sub %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: %[[MUL:.*]] = paddle.elementwise_mul %[[SUB]], %arg1
// CHECK: %[[DIV:.*]] = paddle.elementwise_div %[[MUL]], %arg1
// CHECK: %[[POW:.*]] = paddle.elementwise_pow %[[DIV]], %arg1
// CHECK: %[[M1:.*]] = paddle.elementwise_max %[[POW]], %arg0
// CHECK: %[[M2:.*]] = paddle.elementwise_max %[[M1]], %arg0
// CHECK: %[[NEG:.*]] = paddle.scale %[[M2]] {scale = -1.000000e+00 : f32}
// CHECK: return %[[NEG]]
func.func @arith(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = onnx.Sub %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = onnx.Mul %0, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = onnx.Div %1, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = onnx.Pow %2, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %4 = onnx.Max %3, %x, %x : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = onnx.Neg %4 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %5 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @compare
// CHECK: %[[EQ:.*]] = paddle.equal %arg0, %arg1 : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
// CHECK: %[[LT:.*]] = paddle.less_than %arg0, %arg1
// CHECK: %[[AND:.*]] = paddle.logical_and %[[EQ]], %[[LT]]
// CHECK: paddle.logical_not %[[AND]]
func.func @compare(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi1> {
  %0 = onnx.Equal %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  %1 = onnx.Less %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  %2 = onnx.And %0, %1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %3 = onnx.Not %2 : (tensor<4xi1>) -> tensor<4xi1>
  return %3 : tensor<4xi1>
}

// -----

// CHECK-LABEL: func @activations
// CHECK: paddle.sigmoid
// CHECK: paddle.tanh
// CHECK: paddle.erf
// CHECK: paddle.leaky_relu %{{.*}} {alpha = 1.000000e-01 : f32}
// CHECK: paddle.hard_sigmoid %{{.*}} {offset = 6.000000e-01 : f32, slope = 3.000000e-01 : f32}
func.func @activations(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = onnx.Sigmoid %x : (tensor<8xf32>) -> tensor<8xf32>
  %1 = onnx.Tanh %0 : (tensor<8xf32>) -> tensor<8xf32>
  %2 = onnx.Erf %1 : (tensor<8xf32>) -> tensor<8xf32>
  %3 = onnx.LeakyRelu %2 {alpha = 0.1 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  %4 = onnx.HardSigmoid %3 {alpha = 0.3 : f32, beta = 0.6 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  return %4 : tensor<8xf32>
}

// -----

// Gemm's alpha and beta scale the product and the bias.
// CHECK-LABEL: func @gemm_scaled
// CHECK: %[[P:.*]] = paddle.matmul_v2 %arg0, %arg1
// CHECK: %[[PS:.*]] = paddle.scale %[[P]] {scale = 5.000000e-01 : f32}
// CHECK: %[[CS:.*]] = paddle.scale %arg2 {scale = 2.000000e+00 : f32}
// CHECK: paddle.elementwise_add %[[PS]], %[[CS]]
func.func @gemm_scaled(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<4xf32>) -> tensor<2x4xf32> {
  %0 = onnx.Gemm %a, %b, %c {alpha = 0.5 : f32, beta = 2.0 : f32} : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
