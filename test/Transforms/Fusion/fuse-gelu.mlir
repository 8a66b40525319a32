// --fuse-gelu: the decomposed GELU forms exporters write become one
// paddle.gelu; near misses stay as they are.
// RUN: x2p-opt %s -split-input-file --fuse-gelu | FileCheck %s

// torch's TorchScript exporter: ((x * (erf(x / sqrt2) + 1)) * 0.5).
// CHECK-LABEL: func @erf_torch
// CHECK: %[[G:.*]] = paddle.gelu %arg0 : (tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
// CHECK-NOT: paddle.erf
// CHECK: return %[[G]]
func.func @erf_torch(%x: tensor<?x?x64xf32>) -> tensor<?x?x64xf32> {
  %sqrt2 = paddle.parameter "sqrt2" dense<1.41421354> : tensor<f32>
  %one = paddle.parameter "one" dense<1.0> : tensor<f32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %0 = paddle.elementwise_div %x, %sqrt2 : (tensor<?x?x64xf32>, tensor<f32>) -> tensor<?x?x64xf32>
  %1 = paddle.erf %0 : (tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  %2 = paddle.elementwise_add %1, %one : (tensor<?x?x64xf32>, tensor<f32>) -> tensor<?x?x64xf32>
  %3 = paddle.elementwise_mul %x, %2 : (tensor<?x?x64xf32>, tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  %4 = paddle.elementwise_mul %3, %half : (tensor<?x?x64xf32>, tensor<f32>) -> tensor<?x?x64xf32>
  return %4 : tensor<?x?x64xf32>
}

// -----

// The 0.5 applied to x first, x * (1/sqrt2), 1 + erf with the constant
// first (transformers' GELUActivation written by hand).
// CHECK-LABEL: func @erf_half_first
// CHECK: %[[G:.*]] = paddle.gelu %arg0 : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK: return %[[G]]
func.func @erf_half_first(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %rsqrt2 = paddle.parameter "rsqrt2" dense<0.707106769> : tensor<1xf32>
  %one = paddle.parameter "one" dense<1.0> : tensor<1xf32>
  %half = paddle.parameter "half" dense<0.5> : tensor<1xf32>
  %h = paddle.elementwise_mul %x, %half : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %0 = paddle.elementwise_mul %rsqrt2, %x : (tensor<1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = paddle.erf %0 : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %2 = paddle.elementwise_add %one, %1 : (tensor<1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %3 = paddle.elementwise_mul %h, %2 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %3 : tensor<4x8xf32>
}

// -----

// GPT2's gelu_new: 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3))).
// CHECK-LABEL: func @tanh_gpt2
// CHECK: %[[G:.*]] = paddle.gelu %arg0 {approximate = true} : (tensor<?x16xf32>) -> tensor<?x16xf32>
// CHECK-NOT: paddle.tanh
// CHECK: return %[[G]]
func.func @tanh_gpt2(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %three = paddle.parameter "three" dense<3.0> : tensor<f32>
  %c = paddle.parameter "c" dense<0.044715> : tensor<f32>
  %k = paddle.parameter "k" dense<0.797884583> : tensor<f32>
  %one = paddle.parameter "one" dense<1.0> : tensor<f32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %h = paddle.elementwise_mul %half, %x : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %p = paddle.elementwise_pow %x, %three : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
  %cp = paddle.elementwise_mul %c, %p : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %s = paddle.elementwise_add %x, %cp : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %ks = paddle.elementwise_mul %k, %s : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %t = paddle.tanh %ks : (tensor<?x16xf32>) -> tensor<?x16xf32>
  %t1 = paddle.elementwise_add %t, %one : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
  %r = paddle.elementwise_mul %h, %t1 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  return %r : tensor<?x16xf32>
}

// -----

// x^3 as (x * x) * x.
// CHECK-LABEL: func @tanh_cube_by_mul
// CHECK: paddle.gelu %arg0 {approximate = true}
func.func @tanh_cube_by_mul(%x: tensor<8xf32>) -> tensor<8xf32> {
  %c = paddle.parameter "c" dense<0.044715> : tensor<f32>
  %k = paddle.parameter "k" dense<0.797884583> : tensor<f32>
  %one = paddle.parameter "one" dense<1.0> : tensor<f32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %xx = paddle.elementwise_mul %x, %x : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %p = paddle.elementwise_mul %xx, %x : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %cp = paddle.elementwise_mul %p, %c : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %s = paddle.elementwise_add %cp, %x : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %ks = paddle.elementwise_mul %s, %k : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %t = paddle.tanh %ks : (tensor<8xf32>) -> tensor<8xf32>
  %t1 = paddle.elementwise_add %t, %one : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %m = paddle.elementwise_mul %x, %t1 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %r = paddle.elementwise_mul %m, %half : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

// Not GELU: another constant (x / 2 inside the erf), an intermediate used
// elsewhere, and a plain tanh (BERT's pooler).
// CHECK-LABEL: func @left_alone
// CHECK-NOT: paddle.gelu
// CHECK: paddle.erf
// CHECK: paddle.erf
// CHECK: paddle.tanh
func.func @left_alone(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %sqrt2 = paddle.parameter "sqrt2" dense<1.41421354> : tensor<f32>
  %one = paddle.parameter "one" dense<1.0> : tensor<f32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %0 = paddle.elementwise_div %x, %two : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = paddle.erf %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = paddle.elementwise_add %1, %one : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %3 = paddle.elementwise_mul %x, %2 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %4 = paddle.elementwise_mul %3, %half : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %5 = paddle.elementwise_div %x, %sqrt2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %6 = paddle.erf %5 : (tensor<4xf32>) -> tensor<4xf32>
  %7 = paddle.elementwise_add %6, %one : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %8 = paddle.elementwise_mul %x, %7 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %9 = paddle.elementwise_mul %8, %half : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %t = paddle.tanh %x : (tensor<4xf32>) -> tensor<4xf32>
  return %4, %9, %7, %t : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// The product broadcasts x to a larger shape: a gelu of x would not.
// CHECK-LABEL: func @broadcasting
// CHECK-NOT: paddle.gelu
func.func @broadcasting(%x: tensor<8xf32>, %y: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %sqrt2 = paddle.parameter "sqrt2" dense<1.41421354> : tensor<f32>
  %one = paddle.parameter "one" dense<1.0> : tensor<2x8xf32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %0 = paddle.elementwise_div %x, %sqrt2 : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %1 = paddle.erf %0 : (tensor<8xf32>) -> tensor<8xf32>
  %2 = paddle.elementwise_add %1, %one : (tensor<8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = paddle.elementwise_mul %x, %2 : (tensor<8xf32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %4 = paddle.elementwise_mul %3, %half : (tensor<2x8xf32>, tensor<f32>) -> tensor<2x8xf32>
  return %4 : tensor<2x8xf32>
}
