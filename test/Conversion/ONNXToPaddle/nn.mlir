// Activations, Clip, softmax-like ops, PRelu and Hardmax of --onnx-to-paddle.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @softmax_like
// CHECK-NOT: onnx.
// CHECK: paddle.softmax %{{.*}} {axis = 1 : si32} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK: paddle.log_softmax %{{.*}} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK: return
func.func @softmax_like(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = onnx.Softmax %x {axis = 1 : si64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = onnx.LogSoftmax %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<2x3x4xf32>, tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func @clip
// CHECK-NOT: onnx.
// CHECK: paddle.clip %{{.*}} {max = 6.000000e+00 : f32, min = 0.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.elementwise_min %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK: return
func.func @clip(%x: tensor<2x3xf32>, %hi: tensor<f32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %none = onnx.NoValue
  %lo = onnx.Constant dense<0.0> : tensor<f32>
  %six = onnx.Constant dense<6.0> : tensor<f32>
  %0 = onnx.Clip %x, %lo, %six : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = onnx.Clip %x, %none, %hi : (tensor<2x3xf32>, none, tensor<f32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @activations
// CHECK-NOT: onnx.
// CHECK: paddle.gelu %{{.*}} {approximate = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.hard_swish %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.selu %{{.*}} {alpha = 2.000000e+00 : f32, scale = 3.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.celu %{{.*}} {alpha = 2.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.thresholded_relu %{{.*}} {threshold = 2.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.softsign %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.mish %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: paddle.softshrink %{{.*}} {lambda = 1.500000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: return
func.func @activations(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = onnx.Gelu %x {approximate = "tanh"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = onnx.HardSwish %0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = onnx.Selu %1 {alpha = 2.0 : f32, gamma = 3.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = onnx.Celu %2 {alpha = 2.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = onnx.ThresholdedRelu %3 {alpha = 2.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = onnx.Softsign %4 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = onnx.Mish %5 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %7 = onnx.Shrink %6 {bias = 1.5 : f32, lambd = 1.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @prelu
// CHECK-NOT: onnx.
// CHECK: paddle.prelu %{{.*}}, %{{.*}} {mode = "channel"} : (tensor<?x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<?x3x4x5xf32>
// CHECK: paddle.prelu %{{.*}}, %{{.*}} : (tensor<?x3x4x5xf32>, tensor<1xf32>) -> tensor<?x3x4x5xf32>
// CHECK: paddle.relu %{{.*}} : (tensor<?x3x4x5xf32>) -> tensor<?x3x4x5xf32>
// CHECK: paddle.elementwise_sub %{{.*}}, %{{.*}} : (tensor<?x3x4x5xf32>, tensor<?x3x4x5xf32>) -> tensor<?x3x4x5xf32>
// CHECK: paddle.elementwise_mul %{{.*}}, %{{.*}} : (tensor<?x3x4x5xf32>, tensor<5xf32>) -> tensor<?x3x4x5xf32>
// CHECK: paddle.elementwise_add %{{.*}}, %{{.*}} : (tensor<?x3x4x5xf32>, tensor<?x3x4x5xf32>) -> tensor<?x3x4x5xf32>
// CHECK: return
func.func @prelu(%x: tensor<?x3x4x5xf32>, %c: tensor<3x1x1xf32>, %a: tensor<1xf32>, %e: tensor<5xf32>) -> (tensor<?x3x4x5xf32>, tensor<?x3x4x5xf32>, tensor<?x3x4x5xf32>) {
  %0 = onnx.PRelu %x, %c : (tensor<?x3x4x5xf32>, tensor<3x1x1xf32>) -> tensor<?x3x4x5xf32>
  %1 = onnx.PRelu %x, %a : (tensor<?x3x4x5xf32>, tensor<1xf32>) -> tensor<?x3x4x5xf32>
  %2 = onnx.PRelu %x, %e : (tensor<?x3x4x5xf32>, tensor<5xf32>) -> tensor<?x3x4x5xf32>
  return %0, %1, %2 : tensor<?x3x4x5xf32>, tensor<?x3x4x5xf32>, tensor<?x3x4x5xf32>
}

// -----

// CHECK-LABEL: func @hardmax
// CHECK-NOT: onnx.
// CHECK: paddle.arg_max %{{.*}} {axis = 1 : si64} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
// CHECK: paddle.one_hot_v2 %{{.*}} {depth = 3 : si32} : (tensor<2x4xi64>) -> tensor<2x4x3xf32>
// CHECK: paddle.transpose2 %{{.*}} {axis = array<i32: 0, 2, 1>} : (tensor<2x4x3xf32>) -> (tensor<2x3x4xf32>, tensor<0x2x4x3xf32>)
// CHECK: return
func.func @hardmax(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = onnx.Hardmax %x {axis = 1 : si64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Elu's alpha is Paddle's, its default (1.0) elided.
// CHECK-LABEL: func @elu
// CHECK-NEXT: %[[ELU:.*]] = paddle.elu %arg0 {alpha = 5.000000e-01 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
// CHECK-NEXT: %[[ELU2:.*]] = paddle.elu %arg0 : (tensor<2x8xf32>) -> tensor<2x8xf32>
// CHECK-NEXT: return %[[ELU]], %[[ELU2]] : tensor<2x8xf32>, tensor<2x8xf32>
func.func @elu(%x: tensor<2x8xf32>) -> (tensor<2x8xf32>, tensor<2x8xf32>) {
  %0 = onnx.Elu %x {alpha = 0.5 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %1 = onnx.Elu %x : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %0, %1 : tensor<2x8xf32>, tensor<2x8xf32>
}
