// Folders of the onnx dialect: Identity disappears, equal constants merge,
// and folded values come back as onnx.Constant.
// RUN: x2p-opt %s -split-input-file -canonicalize | FileCheck %s

// CHECK-LABEL: func @identity_folds
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
// CHECK-NOT: onnx.Identity
// CHECK: return %[[X]]
func.func @identity_folds(%x: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %0 = onnx.Identity %x : (tensor<2x?xf32>) -> tensor<2x?xf32>
  %1 = onnx.Identity %0 : (tensor<2x?xf32>) -> tensor<2x?xf32>
  return %1 : tensor<2x?xf32>
}

// -----

// CHECK-LABEL: func @identity_of_constant
// CHECK: %[[C:.*]] = onnx.Constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NOT: onnx.Constant
// CHECK: return %[[C]], %[[C]]
func.func @identity_of_constant() -> (tensor<2xf32>, tensor<2xf32>) {
  %0 = onnx.Constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = onnx.Identity %0 : (tensor<2xf32>) -> tensor<2xf32>
  %2 = onnx.Constant dense<[1.0, 2.0]> : tensor<2xf32>
  return %1, %2 : tensor<2xf32>, tensor<2xf32>
}

// -----

// Values that are not constant stay.
// CHECK-LABEL: func @others_stay
// CHECK: onnx.Relu
func.func @others_stay(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = onnx.Relu %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
