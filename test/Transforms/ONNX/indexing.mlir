// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// Concat, Split, Slice (negative, clamped, stepped), Gather, GatherElements,
// OneHot, NonZero, Trilu, ScatterND, Pad.

// CHECK-LABEL: func.func @concat
// CHECK: onnx.Concat {{.*}} -> tensor<2x7x4xf32>
// CHECK: onnx.Concat {{.*}} -> tensor<2x?x4xf32>
func.func @concat(%a: tensor<?x3x4xf32>, %b: tensor<2x4x4xf32>, %c: tensor<2x?x4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Concat %a, %b {axis = -2 : si64} : (tensor<?x3x4xf32>, tensor<2x4x4xf32>) -> tensor<*xf32>
  %1 = onnx.Concat %b, %c {axis = 1 : si64} : (tensor<2x4x4xf32>, tensor<2x?x4xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @split
// CHECK: onnx.Split {{.*}} -> (tensor<?x256xf32>, tensor<?x256xf32>, tensor<?x256xf32>)
// CHECK: onnx.Split {{.*}} -> (tensor<?x100xf32>, tensor<?x668xf32>)
// CHECK: onnx.Split {{.*}} -> (tensor<3x?xf32>, tensor<2x?xf32>)
func.func @split(%x: tensor<?x768xf32>, %y: tensor<5x?xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %0, %1, %2 = onnx.Split %x, %none {axis = -1 : si64, num_outputs = 3 : si64} : (tensor<?x768xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  %s = onnx.Constant dense<[100, 668]> : tensor<2xi64>
  %3, %4 = onnx.Split %x, %s {axis = 1 : si64} : (tensor<?x768xf32>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  %5, %6 = onnx.Split %y, %none {num_outputs = 2 : si64} : (tensor<5x?xf32>, none) -> (tensor<*xf32>, tensor<*xf32>)
  return %0, %3, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @slice
// CHECK: onnx.Slice {{.*}} -> tensor<?x3x10xf32>
// CHECK: onnx.Slice {{.*}} -> tensor<?x20x5xf32>
// CHECK: onnx.Slice {{.*}} -> tensor<?x20x4xf32>
// CHECK: onnx.Slice {{.*}} -> tensor<?x?x10xf32>
func.func @slice(%x: tensor<?x20x10xf32>, %dyn: tensor<1xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  // [-3, INT64_MAX) on axis 1: the last three.
  %s0 = onnx.Constant dense<[-3]> : tensor<1xi64>
  %e0 = onnx.Constant dense<[9223372036854775807]> : tensor<1xi64>
  %a1 = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.Slice %x, %s0, %e0, %a1, %none : (tensor<?x20x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<*xf32>
  // Step 2 on the last axis.
  %s1 = onnx.Constant dense<[0]> : tensor<1xi64>
  %e1 = onnx.Constant dense<[100]> : tensor<1xi64>
  %am1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %st2 = onnx.Constant dense<[2]> : tensor<1xi64>
  %1 = onnx.Slice %x, %s1, %e1, %am1, %st2 : (tensor<?x20x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  // Negative step: from 8 down to (excluded) 0 by -2: 8, 6, 4, 2.
  %s2 = onnx.Constant dense<[8]> : tensor<1xi64>
  %e2 = onnx.Constant dense<[0]> : tensor<1xi64>
  %stm2 = onnx.Constant dense<[-2]> : tensor<1xi64>
  %2 = onnx.Slice %x, %s2, %e2, %am1, %stm2 : (tensor<?x20x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  // Unknown end on axis 1: that dim only becomes `?`.
  %3 = onnx.Slice %x, %s1, %dyn, %a1, %none : (tensor<?x20x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @gather
// CHECK: onnx.Gather {{.*}} -> tensor<?x128x768xf32>
// CHECK: onnx.Gather {{.*}} -> tensor<3x768xf32>
// CHECK: onnx.Gather {{.*}} -> tensor<i64>
// CHECK: onnx.GatherElements {{.*}} -> tensor<2x2xf32>
func.func @gather(%emb: tensor<30522x768xf32>, %ids: tensor<?x128xi64>, %shape: tensor<3xi64>, %ge: tensor<3x3xf32>, %gi: tensor<2x2xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>) {
  %0 = onnx.Gather %emb, %ids : (tensor<30522x768xf32>, tensor<?x128xi64>) -> tensor<*xf32>
  %i = onnx.Constant dense<[0, 5, -1]> : tensor<3xi64>
  %1 = onnx.Gather %emb, %i : (tensor<30522x768xf32>, tensor<3xi64>) -> tensor<*xf32>
  %z = onnx.Constant dense<0> : tensor<i64>
  %2 = onnx.Gather %shape, %z : (tensor<3xi64>, tensor<i64>) -> tensor<*xi64>
  %3 = onnx.GatherElements %ge, %gi {axis = 1 : si64} : (tensor<3x3xf32>, tensor<2x2xi64>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @onehot_nonzero_trilu_scatter
// CHECK: onnx.OneHot {{.*}} -> tensor<4x10xf32>
// CHECK: onnx.NonZero {{.*}} -> tensor<2x?xi64>
// CHECK: onnx.Trilu {{.*}} -> tensor<?x8x8xf32>
// CHECK: onnx.ScatterND {{.*}} -> tensor<4x4xf32>
func.func @onehot_nonzero_trilu_scatter(%idx: tensor<4xi64>, %vals: tensor<2xf32>, %m: tensor<3x4xf32>, %t: tensor<?x8x8xf32>, %d: tensor<4x4xf32>, %si: tensor<2x1xi64>, %su: tensor<2x4xf32>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>) {
  %depth = onnx.Constant dense<10> : tensor<i64>
  %0 = onnx.OneHot %idx, %depth, %vals : (tensor<4xi64>, tensor<i64>, tensor<2xf32>) -> tensor<*xf32>
  %1 = onnx.NonZero %m : (tensor<3x4xf32>) -> tensor<*xi64>
  %none = onnx.NoValue
  %2 = onnx.Trilu %t, %none : (tensor<?x8x8xf32>, none) -> tensor<*xf32>
  %3 = onnx.ScatterND %d, %si, %su : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @pad
// CHECK: onnx.Pad {{.*}} -> tensor<?x5x8xf32>
// CHECK: onnx.Pad {{.*}} -> tensor<?x3x7xf32>
func.func @pad(%x: tensor<?x3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %p = onnx.Constant dense<[0, 1, 2, 0, 1, 2]> : tensor<6xi64>
  %0 = onnx.Pad %x, %p, %none, %none : (tensor<?x3x4xf32>, tensor<6xi64>, none, none) -> tensor<*xf32>
  %p2 = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %ax = onnx.Constant dense<[-1]> : tensor<1xi64>
  %1 = onnx.Pad %x, %p2, %none, %ax : (tensor<?x3x4xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @gather_nd_depth_space
// CHECK: onnx.GatherND {{.*}} -> tensor<5x4xf32>
// CHECK: onnx.DepthToSpace {{.*}} -> tensor<?x2x8x6xf32>
// CHECK: onnx.SpaceToDepth {{.*}} -> tensor<?x8x4x3xf32>
func.func @gather_nd_depth_space(%d: tensor<2x3x4xf32>, %i: tensor<5x2xi64>, %x: tensor<?x8x4x3xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.GatherND %d, %i : (tensor<2x3x4xf32>, tensor<5x2xi64>) -> tensor<*xf32>
  %1 = onnx.DepthToSpace %x {blocksize = 2 : si64} : (tensor<?x8x4x3xf32>) -> tensor<*xf32>
  %2 = onnx.SpaceToDepth %1 {blocksize = 2 : si64} : (tensor<*xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}
