// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// LayerNormalization (with Mean/InvStdDev), BatchNormalization,
// InstanceNormalization, GroupNormalization.

// CHECK-LABEL: func.func @layer_norm
// CHECK: onnx.LayerNormalization {{.*}} -> (tensor<?x128x768xf32>, tensor<?x128x1xf32>, tensor<?x128x1xf32>)
// CHECK: onnx.LayerNormalization {{.*}} -> (tensor<?x128x768xf32>, none, none)
func.func @layer_norm(%x: tensor<?x128x768xf32>, %s: tensor<768xf32>, %b: tensor<768xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0, %1, %2 = onnx.LayerNormalization %x, %s, %b : (tensor<?x128x768xf32>, tensor<768xf32>, tensor<768xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  %3, %4, %5 = onnx.LayerNormalization %x, %s, %b {axis = 2 : si64} : (tensor<?x128x768xf32>, tensor<768xf32>, tensor<768xf32>) -> (tensor<*xf32>, none, none)
  return %0, %1, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @batch_instance_group_norm
// CHECK: onnx.BatchNormalization {{.*}} -> (tensor<?x16x32x32xf32>, none, none)
// CHECK: onnx.InstanceNormalization {{.*}} -> tensor<?x16x32x32xf32>
// CHECK: onnx.GroupNormalization {{.*}} -> tensor<?x16x32x32xf32>
func.func @batch_instance_group_norm(%x: tensor<?x16x32x32xf32>, %c: tensor<16xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0, %1, %2 = onnx.BatchNormalization %x, %c, %c, %c, %c : (tensor<?x16x32x32xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<*xf32>, none, none)
  %3 = onnx.InstanceNormalization %x, %c, %c : (tensor<?x16x32x32xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<*xf32>
  %4 = onnx.GroupNormalization %x, %c, %c {num_groups = 4 : si64} : (tensor<?x16x32x32xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<*xf32>
  return %0, %3, %4 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}
