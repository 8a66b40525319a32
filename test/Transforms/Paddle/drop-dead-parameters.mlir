// --paddle-drop-dead-parameters erases the paddle.parameter ops nothing
// reads (they would be written to the params file) and nothing else.
// RUN: x2p-opt %s -split-input-file --paddle-drop-dead-parameters | FileCheck %s

// CHECK-LABEL: func @dead_and_used
// CHECK-NOT: "folded.shape"
// CHECK: %[[W:.*]] = paddle.parameter "w" dense<1.000000e+00> : tensor<4xf32>
// CHECK-NOT: "folded.shape"
// CHECK: paddle.elementwise_add %arg0, %[[W]]
// An unused op that is not a parameter stays.
// CHECK: paddle.relu %arg0
func.func @dead_and_used(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %s = paddle.parameter "folded.shape" dense<[2, 2]> : tensor<2xi64>
  %w = paddle.parameter "w" dense<1.0> : tensor<4xf32>
  %0 = paddle.elementwise_add %x, %w : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xf32>
  %1 = paddle.relu %x : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A parameter only a returned value uses is live.
// CHECK-LABEL: func @returned
// CHECK: paddle.parameter "out"
func.func @returned() -> tensor<2xf32> {
  %p = paddle.parameter "out" dense<3.0> : tensor<2xf32>
  return %p : tensor<2xf32>
}
