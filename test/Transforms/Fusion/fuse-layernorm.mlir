// --fuse-layernorm: decomposed layer norms become one paddle.layer_norm;
// RMSNorm's 1/sqrt becomes one rsqrt; near misses stay as they are.
// RUN: x2p-opt %s -split-input-file --fuse-layernorm | FileCheck %s
// RUN: x2p-opt %s -split-input-file --fuse-layernorm=target=gpu | FileCheck %s

// torch's TorchScript exporter below opset 17 (BERT): mean, sub, pow 2,
// mean, add eps, sqrt, div, mul scale, add bias.
// CHECK-LABEL: func @torch_opset13
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %arg0 Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<?x?x32xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK-NOT: paddle.reduce_mean
// CHECK-NOT: paddle.sqrt
// CHECK: return %[[Y]]
func.func @torch_opset13(%x: tensor<?x?x32xf32>) -> tensor<?x?x32xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-12> : tensor<f32>
  %w = paddle.parameter "w" dense<1.5> : tensor<32xf32>
  %b = paddle.parameter "b" dense<0.5> : tensor<32xf32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 2>, keep_dim = true} : (tensor<?x?x32xf32>) -> tensor<?x?x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<?x?x32xf32>, tensor<?x?x1xf32>) -> tensor<?x?x32xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<?x?x32xf32>, tensor<f32>) -> tensor<?x?x32xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 2>, keep_dim = true} : (tensor<?x?x32xf32>) -> tensor<?x?x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<?x?x1xf32>, tensor<f32>) -> tensor<?x?x1xf32>
  %5 = paddle.sqrt %4 : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<?x?x32xf32>, tensor<?x?x1xf32>) -> tensor<?x?x32xf32>
  %7 = paddle.elementwise_mul %6, %w : (tensor<?x?x32xf32>, tensor<32xf32>) -> tensor<?x?x32xf32>
  %8 = paddle.elementwise_add %7, %b : (tensor<?x?x32xf32>, tensor<32xf32>) -> tensor<?x?x32xf32>
  return %8 : tensor<?x?x32xf32>
}

// -----

// d * d for the square, rsqrt then mul, operands the other way round,
// negative axis, no bias.
// CHECK-LABEL: func @rsqrt_no_bias
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %arg0 Scale(%{{.*}}) : (tensor<4x16xf32>, tensor<16xf32>) -> (tensor<4x16xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: return %[[Y]]
func.func @rsqrt_no_bias(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<1xf32>
  %w = paddle.parameter "w" dense<1.5> : tensor<16xf32>
  %0 = paddle.reduce_mean %x {dim = array<i32: -1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %2 = paddle.elementwise_mul %1, %1 : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: -1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_add %eps, %3 : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %5 = paddle.rsqrt %4 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %6 = paddle.elementwise_mul %5, %1 : (tensor<4x1xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %7 = paddle.elementwise_mul %w, %6 : (tensor<16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  return %7 : tensor<4x16xf32>
}

// -----

// Over a trailing group of axes (torch.nn.LayerNorm([8, 8])) with a
// [8, 8] scale and bias: they become 1-D [64] vectors; reciprocal(sqrt).
// CHECK-LABEL: func @trailing_group
// CHECK-DAG: %[[W:.*]], %{{.*}} = paddle.reshape2 %{{.*}} {shape = array<i32: 64>} : (tensor<8x8xf32>) -> (tensor<64xf32>, tensor<0x8x8xf32>)
// CHECK-DAG: %[[B:.*]], %{{.*}} = paddle.reshape2 %{{.*}} {shape = array<i32: 64>} : (tensor<1x8x8xf32>) -> (tensor<64xf32>, tensor<0x1x8x8xf32>)
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %arg0 Scale(%[[W]]) Bias(%[[B]]) {begin_norm_axis = 2 : si32} : (tensor<2x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>) -> (tensor<2x3x8x8xf32>, tensor<6xf32>, tensor<6xf32>)
// CHECK: return %[[Y]]
func.func @trailing_group(%x: tensor<2x3x8x8xf32>) -> tensor<2x3x8x8xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %w = paddle.parameter "w" dense<1.5> : tensor<8x8xf32>
  %b = paddle.parameter "b" dense<0.5> : tensor<1x8x8xf32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 3, 2>, keep_dim = true} : (tensor<2x3x8x8xf32>) -> tensor<2x3x1x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<2x3x8x8xf32>, tensor<2x3x1x1xf32>) -> tensor<2x3x8x8xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<2x3x8x8xf32>, tensor<f32>) -> tensor<2x3x8x8xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 2, 3>, keep_dim = true} : (tensor<2x3x8x8xf32>) -> tensor<2x3x1x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<2x3x1x1xf32>, tensor<f32>) -> tensor<2x3x1x1xf32>
  %5 = paddle.sqrt %4 : (tensor<2x3x1x1xf32>) -> tensor<2x3x1x1xf32>
  %6 = paddle.reciprocal %5 : (tensor<2x3x1x1xf32>) -> tensor<2x3x1x1xf32>
  %7 = paddle.elementwise_mul %1, %6 : (tensor<2x3x8x8xf32>, tensor<2x3x1x1xf32>) -> tensor<2x3x8x8xf32>
  %8 = paddle.elementwise_mul %7, %w : (tensor<2x3x8x8xf32>, tensor<8x8xf32>) -> tensor<2x3x8x8xf32>
  %9 = paddle.elementwise_add %b, %8 : (tensor<1x8x8xf32>, tensor<2x3x8x8xf32>) -> tensor<2x3x8x8xf32>
  return %9 : tensor<2x3x8x8xf32>
}

// -----

// No scale, no bias (elementwise_affine=False): the normalized value.
// CHECK-LABEL: func @no_affine
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %arg0 : (tensor<4x16xf32>)
// CHECK: return %[[Y]]
func.func @no_affine(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %5 = paddle.sqrt %4 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  return %6 : tensor<4x16xf32>
}

// -----

// A mean over a leading axis (not a layer norm over trailing dims).
// CHECK-LABEL: func @not_trailing
// CHECK-NOT: paddle.layer_norm
// CHECK: paddle.sqrt
func.func @not_trailing(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 0>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<1x16xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<4x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 0>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<1x16xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<1x16xf32>, tensor<f32>) -> tensor<1x16xf32>
  %5 = paddle.sqrt %4 : (tensor<1x16xf32>) -> tensor<1x16xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<4x16xf32>, tensor<1x16xf32>) -> tensor<4x16xf32>
  return %6 : tensor<4x16xf32>
}

// -----

// The two means over different axes.
// CHECK-LABEL: func @different_axes
// CHECK-NOT: paddle.layer_norm
func.func @different_axes(%x: tensor<2x4x16xf32>) -> tensor<2x4x16xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 2>, keep_dim = true} : (tensor<2x4x16xf32>) -> tensor<2x4x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<2x4x16xf32>, tensor<2x4x1xf32>) -> tensor<2x4x16xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<2x4x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 1, 2>, keep_dim = true} : (tensor<2x4x16xf32>) -> tensor<2x1x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<2x1x1xf32>, tensor<f32>) -> tensor<2x1x1xf32>
  %5 = paddle.sqrt %4 : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<2x4x16xf32>, tensor<2x1x1xf32>) -> tensor<2x4x16xf32>
  return %6 : tensor<2x4x16xf32>
}

// -----

// pow 3 is no variance; an epsilon of 16 elements is no epsilon.
// CHECK-LABEL: func @wrong_constants
// CHECK-NOT: paddle.layer_norm
func.func @wrong_constants(%x: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %three = paddle.parameter "three" dense<3.0> : tensor<f32>
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %eps16 = paddle.parameter "eps16" dense<1.0e-5> : tensor<16xf32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %2 = paddle.elementwise_pow %1, %three : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %5 = paddle.sqrt %4 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %a0 = paddle.reduce_mean %x {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %a1 = paddle.elementwise_sub %x, %a0 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %a2 = paddle.elementwise_pow %a1, %two : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %a3 = paddle.reduce_mean %a2 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %a4 = paddle.elementwise_add %a3, %eps16 : (tensor<4x1xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  %a5 = paddle.sqrt %a4 : (tensor<4x16xf32>) -> tensor<4x16xf32>
  %a6 = paddle.elementwise_div %a1, %a5 : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  return %6, %a6 : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// x - mean is also returned: the chain has another user.
// CHECK-LABEL: func @intermediate_used
// CHECK-NOT: paddle.layer_norm
func.func @intermediate_used(%x: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x1xf32>) {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %5 = paddle.sqrt %4 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  return %6, %3 : tensor<4x16xf32>, tensor<4x1xf32>
}

// -----

// A scale that is not per feature ([4, 1] multiplies rows) stays a mul
// after the layer_norm.
// CHECK-LABEL: func @scale_per_row
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %arg0 : (tensor<4x16xf32>)
// CHECK: %[[M:.*]] = paddle.elementwise_mul %[[Y]], %{{.*}}
// CHECK: return %[[M]]
func.func @scale_per_row(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-5> : tensor<f32>
  %w = paddle.parameter "w" dense<1.5> : tensor<4x1xf32>
  %0 = paddle.reduce_mean %x {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %1 = paddle.elementwise_sub %x, %0 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %2 = paddle.elementwise_pow %1, %two : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %3 = paddle.reduce_mean %2 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x16xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_add %3, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %5 = paddle.sqrt %4 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %6 = paddle.elementwise_div %1, %5 : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  %7 = paddle.elementwise_mul %6, %w : (tensor<4x16xf32>, tensor<4x1xf32>) -> tensor<4x16xf32>
  return %7 : tensor<4x16xf32>
}

// -----

// RMSNorm as torch's dynamo exporter writes it (Llama, Qwen2, T5):
// pow(x, 2) becomes x * x, reciprocal(sqrt) becomes rsqrt.
// CHECK-LABEL: func @rms_dynamo
// CHECK: %[[P:.*]] = paddle.elementwise_mul %arg0, %arg0
// CHECK: %[[M:.*]] = paddle.reduce_mean %[[P]]
// CHECK: %[[A:.*]] = paddle.elementwise_add %[[M]]
// CHECK: %[[R:.*]] = paddle.rsqrt %[[A]]
// CHECK-NOT: paddle.sqrt
// CHECK-NOT: paddle.reciprocal
// CHECK: %[[N:.*]] = paddle.elementwise_mul %arg0, %[[R]]
// CHECK: paddle.elementwise_mul %{{.*}}, %[[N]]
func.func @rms_dynamo(%x: tensor<?x?x32xf32>) -> tensor<?x?x32xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-6> : tensor<f32>
  %w = paddle.parameter "w" dense<1.5> : tensor<32xf32>
  %0 = paddle.elementwise_pow %x, %two : (tensor<?x?x32xf32>, tensor<f32>) -> tensor<?x?x32xf32>
  %1 = paddle.reduce_mean %0 {dim = array<i32: 2>, keep_dim = true} : (tensor<?x?x32xf32>) -> tensor<?x?x1xf32>
  %2 = paddle.elementwise_add %1, %eps : (tensor<?x?x1xf32>, tensor<f32>) -> tensor<?x?x1xf32>
  %3 = paddle.sqrt %2 : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %4 = paddle.reciprocal %3 : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %5 = paddle.elementwise_mul %x, %4 : (tensor<?x?x32xf32>, tensor<?x?x1xf32>) -> tensor<?x?x32xf32>
  %6 = paddle.elementwise_mul %w, %5 : (tensor<32xf32>, tensor<?x?x32xf32>) -> tensor<?x?x32xf32>
  return %6 : tensor<?x?x32xf32>
}

// -----

// RMSNorm as torch's TorchScript exporter writes it: ones (fill_any_like)
// divided by the sqrt.
// CHECK-LABEL: func @rms_torchscript
// CHECK: %[[R:.*]] = paddle.rsqrt
// CHECK-NOT: paddle.fill_any_like
// CHECK-NOT: paddle.elementwise_div
// CHECK: paddle.elementwise_mul %arg0, %[[R]]
func.func @rms_torchscript(%x: tensor<?x?x32xf32>) -> tensor<?x?x32xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-6> : tensor<f32>
  %0 = paddle.elementwise_pow %x, %two : (tensor<?x?x32xf32>, tensor<f32>) -> tensor<?x?x32xf32>
  %1 = paddle.reduce_mean %0 {dim = array<i32: 2>, keep_dim = true} : (tensor<?x?x32xf32>) -> tensor<?x?x1xf32>
  %2 = paddle.elementwise_add %1, %eps : (tensor<?x?x1xf32>, tensor<f32>) -> tensor<?x?x1xf32>
  %3 = paddle.sqrt %2 : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %4 = paddle.fill_any_like %3 {value = 1.000000e+00 : f32} : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %5 = paddle.elementwise_div %4, %3 : (tensor<?x?x1xf32>, tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %6 = paddle.elementwise_mul %x, %5 : (tensor<?x?x32xf32>, tensor<?x?x1xf32>) -> tensor<?x?x32xf32>
  return %6 : tensor<?x?x32xf32>
}

// -----

// 2 / sqrt is not an inverse square root; the mean of x^2 scaling another
// tensor is no RMSNorm.
// CHECK-LABEL: func @rms_near_misses
// CHECK-NOT: paddle.rsqrt
// CHECK-NOT: paddle.elementwise_mul %arg0, %arg0
func.func @rms_near_misses(%x: tensor<4x32xf32>, %y: tensor<4x32xf32>) -> (tensor<4x32xf32>, tensor<4x32xf32>) {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-6> : tensor<f32>
  %0 = paddle.elementwise_pow %x, %two : (tensor<4x32xf32>, tensor<f32>) -> tensor<4x32xf32>
  %1 = paddle.reduce_mean %0 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %2 = paddle.elementwise_add %1, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %3 = paddle.sqrt %2 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_div %two, %3 : (tensor<f32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %5 = paddle.elementwise_mul %x, %4 : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %a0 = paddle.elementwise_pow %x, %two : (tensor<4x32xf32>, tensor<f32>) -> tensor<4x32xf32>
  %a1 = paddle.reduce_mean %a0 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %a2 = paddle.elementwise_add %a1, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %a3 = paddle.sqrt %a2 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %a4 = paddle.reciprocal %a3 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %a5 = paddle.elementwise_mul %y, %a4 : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  return %5, %a5 : tensor<4x32xf32>, tensor<4x32xf32>
}

// -----

// x / sqrt(mean(pow(x, 2)) + eps) (no inverse to shorten): the square
// becomes x * x.
// CHECK-LABEL: func @rms_divides
// CHECK: %[[S:.*]] = paddle.elementwise_mul %arg0, %arg0
// CHECK: paddle.reduce_mean %[[S]]
// CHECK: paddle.sqrt
// CHECK: paddle.elementwise_div %arg0
// CHECK-NOT: paddle.elementwise_pow
func.func @rms_divides(%x: tensor<4x32xf32>) -> tensor<4x32xf32> {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %eps = paddle.parameter "eps" dense<1.0e-6> : tensor<f32>
  %0 = paddle.elementwise_pow %x, %two : (tensor<4x32xf32>, tensor<f32>) -> tensor<4x32xf32>
  %1 = paddle.reduce_mean %0 {dim = array<i32: 1>, keep_dim = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %2 = paddle.elementwise_add %1, %eps : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
  %3 = paddle.sqrt %2 : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %4 = paddle.elementwise_div %x, %3 : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  return %4 : tensor<4x32xf32>
}
