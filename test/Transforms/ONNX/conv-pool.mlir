// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// Conv, ConvTranspose, MaxPool/AveragePool (pads, strides, dilations,
// ceil_mode, auto_pad), global pools, Resize, GridSample.

// CHECK-LABEL: func.func @conv
// CHECK: onnx.Conv {{.*}} -> tensor<?x64x112x112xf32>
// CHECK: onnx.Conv {{.*}} -> tensor<?x64x56x56xf32>
// CHECK: onnx.Conv {{.*}} -> tensor<?x64x?x?xf32>
// CHECK: onnx.Conv {{.*}} -> tensor<?x64x106x106xf32>
func.func @conv(%x: tensor<?x3x224x224xf32>, %w: tensor<64x3x7x7xf32>, %b: tensor<64xf32>, %d: tensor<?x3x?x?xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Conv %x, %w, %b {pads = array<i64: 3, 3, 3, 3>, strides = array<i64: 2, 2>} : (tensor<?x3x224x224xf32>, tensor<64x3x7x7xf32>, tensor<64xf32>) -> tensor<*xf32>
  %1 = onnx.Conv %x, %w, %b {auto_pad = "SAME_UPPER", strides = array<i64: 4, 4>} : (tensor<?x3x224x224xf32>, tensor<64x3x7x7xf32>, tensor<64xf32>) -> tensor<*xf32>
  %2 = onnx.Conv %d, %w, %b : (tensor<?x3x?x?xf32>, tensor<64x3x7x7xf32>, tensor<64xf32>) -> tensor<*xf32>
  %3 = onnx.Conv %x, %w, %b {auto_pad = "VALID", dilations = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x224x224xf32>, tensor<64x3x7x7xf32>, tensor<64xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @conv_transpose
// CHECK: onnx.ConvTranspose {{.*}} -> tensor<1x8x10x7xf32>
// CHECK: onnx.ConvTranspose {{.*}} -> tensor<1x8x6x6xf32>
func.func @conv_transpose(%x: tensor<1x4x3x3xf32>, %w: tensor<4x4x3x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %0 = onnx.ConvTranspose %x, %w, %none {group = 2 : si64, output_padding = array<i64: 1, 0>, strides = array<i64: 3, 2>} : (tensor<1x4x3x3xf32>, tensor<4x4x3x3xf32>, none) -> tensor<*xf32>
  %1 = onnx.ConvTranspose %x, %w, %none {auto_pad = "SAME_UPPER", group = 2 : si64, strides = array<i64: 2, 2>} : (tensor<1x4x3x3xf32>, tensor<4x4x3x3xf32>, none) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @pools
// CHECK: onnx.MaxPool {{.*}} -> (tensor<?x64x56x56xf32>, none)
// CHECK: onnx.MaxPool {{.*}} -> (tensor<?x64x3x3xf32>, none)
// CHECK: onnx.MaxPool {{.*}} -> (tensor<?x64x2x2xf32>, none)
// CHECK: onnx.AveragePool {{.*}} -> tensor<?x64x56x56xf32>
// CHECK: onnx.GlobalAveragePool {{.*}} -> tensor<?x64x1x1xf32>
// CHECK: onnx.GlobalMaxPool {{.*}} -> tensor<?x64x1x1xf32>
func.func @pools(%x: tensor<?x64x112x112xf32>, %s: tensor<?x64x5x5xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0, %i0 = onnx.MaxPool %x {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<?x64x112x112xf32>) -> (tensor<*xf32>, none)
  // ceil_mode: 5 by kernel 2 stride 2 gives ceil(3/2)+1 = 3 windows.
  %1, %i1 = onnx.MaxPool %s {ceil_mode = 1 : si64, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x64x5x5xf32>) -> (tensor<*xf32>, none)
  %2, %i2 = onnx.MaxPool %s {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x64x5x5xf32>) -> (tensor<*xf32>, none)
  %3 = onnx.AveragePool %x {auto_pad = "SAME_LOWER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<?x64x112x112xf32>) -> tensor<*xf32>
  %4 = onnx.GlobalAveragePool %x : (tensor<?x64x112x112xf32>) -> tensor<*xf32>
  %5 = onnx.GlobalMaxPool %x : (tensor<?x64x112x112xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @resize
// CHECK: onnx.Resize {{.*}} -> tensor<1x3x64x96xf32>
// CHECK: onnx.Resize {{.*}} -> tensor<1x3x20x20xf32>
// CHECK: onnx.Resize {{.*}} -> tensor<1x3x?x?xf32>
func.func @resize(%x: tensor<1x3x32x48xf32>, %dyn: tensor<4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %sc = onnx.Constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %0 = onnx.Resize %x, %none, %sc, %none : (tensor<1x3x32x48xf32>, none, tensor<4xf32>, none) -> tensor<*xf32>
  %sz = onnx.Constant dense<[20, 20]> : tensor<2xi64>
  %1 = onnx.Resize %x, %none, %none, %sz {axes = array<i64: 2, 3>} : (tensor<1x3x32x48xf32>, none, none, tensor<2xi64>) -> tensor<*xf32>
  %2 = onnx.Resize %x, %none, %dyn, %none {axes = array<i64: 2, 3>} : (tensor<1x3x32x48xf32>, none, tensor<4xf32>, none) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @grid_sample
// CHECK: onnx.GridSample {{.*}} -> tensor<2x3x5x7xf32>
// CHECK: onnx.GridSample {{.*}} -> tensor<?x3x?x4x5xf32>
func.func @grid_sample(%x: tensor<2x3x8x8xf32>, %g: tensor<?x5x7x2xf32>, %v: tensor<?x3x4x4x4xf32>, %h: tensor<?x?x4x5x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.GridSample %x, %g : (tensor<2x3x8x8xf32>, tensor<?x5x7x2xf32>) -> tensor<*xf32>
  %1 = onnx.GridSample %v, %h {mode = "nearest"} : (tensor<?x3x4x4x4xf32>, tensor<?x?x4x5x3xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}
