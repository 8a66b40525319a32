// Every paddle op prints in a form that parses back to the same IR, in both
// the custom and the generic syntax.
// RUN: x2p-opt %s -split-input-file | x2p-opt -split-input-file | FileCheck %s
// RUN: x2p-opt %s -split-input-file --mlir-print-op-generic | x2p-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @linear
// CHECK: %[[W:.*]] = paddle.parameter "encoder.w" dense_resource<w> : tensor<2x2xf32>
// CHECK: %[[B:.*]] = paddle.parameter "encoder.b" dense<5.000000e-01> : tensor<2xf32>
// CHECK: %[[MM:.*]] = paddle.matmul_v2 %{{.*}}, %[[W]] {trans_y = true} : (tensor<?x2xf32>, tensor<2x2xf32>) -> tensor<?x2xf32>
// CHECK: %[[ADD:.*]] = paddle.elementwise_add %[[MM]], %[[B]] : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
// CHECK: paddle.relu %[[ADD]] : (tensor<?x2xf32>) -> tensor<?x2xf32>
func.func @linear(%x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %w = paddle.parameter "encoder.w" dense_resource<w> : tensor<2x2xf32>
  %b = paddle.parameter "encoder.b" dense<0.5> : tensor<2xf32>
  %0 = paddle.matmul_v2 %x, %w {trans_y = true} : (tensor<?x2xf32>, tensor<2x2xf32>) -> tensor<?x2xf32>
  %1 = paddle.elementwise_add %0, %b : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %2 = paddle.relu %1 : (tensor<?x2xf32>) -> tensor<?x2xf32>
  return %2 : tensor<?x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// reshape2 takes its dims from the attribute, from Shape, or from
// ShapeTensor; XShape is a real result.
// CHECK-LABEL: func @reshape2
// CHECK: paddle.reshape2 %{{.*}} {shape = array<i32: 0, -1, 4>} : (tensor<?x6x4xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x6x4xf32>)
// CHECK: paddle.reshape2 %{{.*}} Shape(%{{.*}}) : (tensor<?x6x4xf32>, tensor<2xi64>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
// CHECK: paddle.reshape2 %{{.*}} ShapeTensor(%{{.*}}, %{{.*}}) : (tensor<?x6x4xf32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
func.func @reshape2(%x: tensor<?x6x4xf32>, %s: tensor<2xi64>, %d0: tensor<1xi32>, %d1: tensor<1xi32>) -> (tensor<?x6x4xf32>, tensor<?x?xf32>, tensor<?x?xf32>) {
  %0, %xs0 = paddle.reshape2 %x {shape = array<i32: 0, -1, 4>} : (tensor<?x6x4xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x6x4xf32>)
  %1, %xs1 = paddle.reshape2 %x Shape(%s) : (tensor<?x6x4xf32>, tensor<2xi64>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
  %2, %xs2 = paddle.reshape2 %x ShapeTensor(%d0, %d1) : (tensor<?x6x4xf32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
  return %0, %1, %2 : tensor<?x6x4xf32>, tensor<?x?xf32>, tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func @norm_softmax
// CHECK: paddle.layer_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: paddle.layer_norm %{{.*}} Bias(%{{.*}}) : (tensor<?x?x8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: paddle.softmax %{{.*}} {axis = 1 : si32} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
func.func @norm_softmax(%x: tensor<?x?x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<?x?x8xf32> {
  %y, %mean, %var = paddle.layer_norm %x Scale(%g) Bias(%b) {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
  %y2, %m2, %v2 = paddle.layer_norm %y Bias(%b) : (tensor<?x?x8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
  %0 = paddle.softmax %y2 {axis = 1 : si32} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  return %0 : tensor<?x?x8xf32>
}
