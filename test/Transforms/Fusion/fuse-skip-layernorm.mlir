// --fuse-skip-layernorm: layer_norm(a + b) over the last axis becomes one
// paddle.skip_layernorm for target=gpu; for cpu (no CPU kernel) nothing
// changes.
// RUN: x2p-opt %s -split-input-file --fuse-skip-layernorm=target=gpu | FileCheck %s
// RUN: x2p-opt %s -split-input-file --fuse-skip-layernorm | FileCheck %s --check-prefix=CPU

// A transformer layer's residual connection.
// CHECK-LABEL: func @residual
// CHECK: %[[S:.*]] = paddle.skip_layernorm %arg0, %arg1, %{{.*}}, %{{.*}} {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x32xf32>, tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<?x?x32xf32>
// CHECK-NOT: paddle.layer_norm
// CHECK: return %[[S]]
// CPU-LABEL: func @residual
// CPU: paddle.elementwise_add
// CPU: paddle.layer_norm
// CPU-NOT: paddle.skip_layernorm
func.func @residual(%a: tensor<?x?x32xf32>, %b: tensor<?x?x32xf32>) -> tensor<?x?x32xf32> {
  %w = paddle.parameter "w" dense<1.5> : tensor<32xf32>
  %c = paddle.parameter "c" dense<0.5> : tensor<32xf32>
  %0 = paddle.elementwise_add %a, %b : (tensor<?x?x32xf32>, tensor<?x?x32xf32>) -> tensor<?x?x32xf32>
  %y, %m, %v = paddle.layer_norm %0 Scale(%w) Bias(%c) {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<?x?x32xf32>, tensor<?xf32>, tensor<?xf32>)
  return %y : tensor<?x?x32xf32>
}

// -----

// The bias of a linear layer broadcast into the sum: not a skip.
// CHECK-LABEL: func @broadcast_operand
// CHECK-NOT: paddle.skip_layernorm
func.func @broadcast_operand(%a: tensor<?x?x32xf32>, %b: tensor<1x?x32xf32>) -> tensor<?x?x32xf32> {
  %w = paddle.parameter "w" dense<1.5> : tensor<32xf32>
  %c = paddle.parameter "c" dense<0.5> : tensor<32xf32>
  %0 = paddle.elementwise_add %a, %b : (tensor<?x?x32xf32>, tensor<1x?x32xf32>) -> tensor<?x?x32xf32>
  %y, %m, %v = paddle.layer_norm %0 Scale(%w) Bias(%c) {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<?x?x32xf32>, tensor<?xf32>, tensor<?xf32>)
  return %y : tensor<?x?x32xf32>
}

// -----

// The sum is also returned; the layer_norm has no Bias; it normalizes two
// axes; its Mean is used.
// CHECK-LABEL: func @near_misses
// CHECK-NOT: paddle.skip_layernorm
func.func @near_misses(%a: tensor<2x4x32xf32>, %b: tensor<2x4x32xf32>) -> (tensor<2x4x32xf32>, tensor<2x4x32xf32>, tensor<2x4x32xf32>, tensor<2x4x32xf32>, tensor<8xf32>) {
  %w = paddle.parameter "w" dense<1.5> : tensor<32xf32>
  %c = paddle.parameter "c" dense<0.5> : tensor<32xf32>
  %w2 = paddle.parameter "w2" dense<1.5> : tensor<128xf32>
  %0 = paddle.elementwise_add %a, %b : (tensor<2x4x32xf32>, tensor<2x4x32xf32>) -> tensor<2x4x32xf32>
  %y0, %m0, %v0 = paddle.layer_norm %0 Scale(%w) Bias(%c) {begin_norm_axis = 2 : si32} : (tensor<2x4x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<2x4x32xf32>, tensor<8xf32>, tensor<8xf32>)
  %1 = paddle.elementwise_add %a, %b : (tensor<2x4x32xf32>, tensor<2x4x32xf32>) -> tensor<2x4x32xf32>
  %y1, %m1, %v1 = paddle.layer_norm %1 Scale(%w) {begin_norm_axis = 2 : si32} : (tensor<2x4x32xf32>, tensor<32xf32>) -> (tensor<2x4x32xf32>, tensor<8xf32>, tensor<8xf32>)
  %2 = paddle.elementwise_add %a, %b : (tensor<2x4x32xf32>, tensor<2x4x32xf32>) -> tensor<2x4x32xf32>
  %y2, %m2, %v2 = paddle.layer_norm %2 Scale(%w2) Bias(%w2) {begin_norm_axis = 1 : si32} : (tensor<2x4x32xf32>, tensor<128xf32>, tensor<128xf32>) -> (tensor<2x4x32xf32>, tensor<2xf32>, tensor<2xf32>)
  %3 = paddle.elementwise_add %a, %b : (tensor<2x4x32xf32>, tensor<2x4x32xf32>) -> tensor<2x4x32xf32>
  %y3, %m3, %v3 = paddle.layer_norm %3 Scale(%w) Bias(%c) {begin_norm_axis = 2 : si32} : (tensor<2x4x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<2x4x32xf32>, tensor<8xf32>, tensor<8xf32>)
  return %0, %y1, %y2, %y3, %m3 : tensor<2x4x32xf32>, tensor<2x4x32xf32>, tensor<2x4x32xf32>, tensor<2x4x32xf32>, tensor<8xf32>
}
