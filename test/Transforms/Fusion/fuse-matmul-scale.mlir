// --fuse-matmul-scale: a constant division or multiplication of a matmul
// result becomes a scale op, which Paddle's matmul_scale_fuse_pass folds
// into the matmul; anything else is left alone.
// RUN: x2p-opt %s -split-input-file --fuse-matmul-scale | FileCheck %s

// QKᵀ / sqrt(64), as torch's exporter writes attention scores.
// CHECK-LABEL: func @scores_div
// CHECK: %[[M:.*]] = paddle.matmul_v2 %arg0, %arg1 {trans_y = true}
// CHECK: %[[S:.*]] = paddle.scale %[[M]] {scale = 1.250000e-01 : f32} : (tensor<?x12x?x?xf32>) -> tensor<?x12x?x?xf32>
// CHECK-NOT: paddle.elementwise_div
// CHECK: return %[[S]]
func.func @scores_div(%q: tensor<?x12x?x64xf32>, %k: tensor<?x12x?x64xf32>) -> tensor<?x12x?x?xf32> {
  %c = paddle.parameter "c" dense<8.0> : tensor<f32>
  %m = paddle.matmul_v2 %q, %k {trans_y = true} : (tensor<?x12x?x64xf32>, tensor<?x12x?x64xf32>) -> tensor<?x12x?x?xf32>
  %d = paddle.elementwise_div %m, %c : (tensor<?x12x?x?xf32>, tensor<f32>) -> tensor<?x12x?x?xf32>
  return %d : tensor<?x12x?x?xf32>
}

// -----

// A constant multiplication, the constant first.
// CHECK-LABEL: func @scores_mul
// CHECK: %[[M:.*]] = paddle.matmul_v2
// CHECK: paddle.scale %[[M]] {scale = 1.250000e-01 : f32}
func.func @scores_mul(%q: tensor<2x4x8xf32>, %k: tensor<2x8x4xf32>) -> tensor<2x4x4xf32> {
  %c = paddle.parameter "c" dense<0.125> : tensor<1xf32>
  %m = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %d = paddle.elementwise_mul %c, %m : (tensor<1xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  return %d : tensor<2x4x4xf32>
}

// -----

// GPT2 (torch's TorchScript exporter) divides by `0 + 64 ** 0.5`, scalar
// arithmetic on constants left unfolded: it folds to 8.
// CHECK-LABEL: func @scores_div_by_expression
// CHECK: %[[M:.*]] = paddle.matmul_v2
// CHECK: paddle.scale %[[M]] {scale = 1.250000e-01 : f32}
// CHECK-NOT: paddle.elementwise_pow
func.func @scores_div_by_expression(%q: tensor<2x4x8xf32>, %k: tensor<2x8x4xf32>) -> tensor<2x4x4xf32> {
  %zero = paddle.parameter "zero" dense<0.0> : tensor<f32>
  %d = paddle.parameter "d" dense<64.0> : tensor<f32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %p = paddle.elementwise_pow %d, %half : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %c = paddle.elementwise_add %zero, %p : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %m = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %s = paddle.elementwise_div %m, %c : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
  return %s : tensor<2x4x4xf32>
}

// -----

// Left alone: the matmul result is used elsewhere (returned: Paddle's
// fusion would drop it), the divisor is not a splat constant, the dividend
// is not a matmul, the constant divides by the product, or the product
// broadcasts.
// CHECK-LABEL: func @left_alone
// CHECK-NOT: paddle.scale
func.func @left_alone(%q: tensor<2x4x8xf32>, %k: tensor<2x8x4xf32>, %v: tensor<2x4x4xf32>) -> (tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<3x2x4x4xf32>) {
  %c = paddle.parameter "c" dense<8.0> : tensor<f32>
  %m = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %d = paddle.elementwise_div %m, %c : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
  %m2 = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %d2 = paddle.elementwise_div %m2, %v : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %d3 = paddle.elementwise_div %v, %c : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4x4xf32>
  %m4 = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %d4 = paddle.elementwise_div %c, %m4 : (tensor<f32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %b = paddle.parameter "b" dense<2.0> : tensor<3x1x1x1xf32>
  %m5 = paddle.matmul_v2 %q, %k : (tensor<2x4x8xf32>, tensor<2x8x4xf32>) -> tensor<2x4x4xf32>
  %d5 = paddle.elementwise_mul %m5, %b : (tensor<2x4x4xf32>, tensor<3x1x1x1xf32>) -> tensor<3x2x4x4xf32>
  return %m, %d, %d2, %d3, %d4, %d5 : tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<3x2x4x4xf32>
}
