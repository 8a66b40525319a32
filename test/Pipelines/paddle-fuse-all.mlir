// --paddle-fuse-all runs every fusion pass, as x2p --fuse=all does: a
// decomposed GELU and a divided attention score in one program.
// RUN: x2p-opt %s --paddle-fuse-all | FileCheck %s
// RUN: x2p-opt %s --paddle-fuse-all="target=gpu" | FileCheck %s

// CHECK-LABEL: func @layer
// CHECK: paddle.scale %{{.*}} {scale = 1.250000e-01 : f32}
// CHECK: paddle.gelu %arg2
// CHECK-NOT: paddle.erf
// CHECK-NOT: paddle.elementwise_div
func.func @layer(%q: tensor<2x4x8xf32>, %k: tensor<2x8x4xf32>, %x: tensor<4xf32>) -> (tensor<2x4x4xf32>, tensor<4xf32>) {
  %c = paddle.parameter "c" dense<8.0> : tensor<f32>
  %m = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %s = paddle.elementwise_div %m, %c : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
  %sqrt2 = paddle.parameter "sqrt2" dense<1.41421354> : tensor<f32>
  %one = paddle.parameter "one" dense<1.0> : tensor<f32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %0 = paddle.elementwise_div %x, %sqrt2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = paddle.erf %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = paddle.elementwise_add %1, %one : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %3 = paddle.elementwise_mul %x, %2 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %4 = paddle.elementwise_mul %3, %half : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %s, %4 : tensor<2x4x4xf32>, tensor<4xf32>
}
