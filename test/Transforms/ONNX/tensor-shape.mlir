// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// Reshape (0 and -1, allowzero, partly known shapes), Transpose, Flatten,
// Unsqueeze/Squeeze, Expand, Tile, Shape, Size, ConstantOfShape, Range.

// CHECK-LABEL: func.func @reshape_constant
// CHECK: onnx.Reshape {{.*}} -> tensor<2x12x64xf32>
// CHECK: onnx.Reshape {{.*}} -> tensor<?x12x64xf32>
func.func @reshape_constant(%x: tensor<2x768xf32>, %y: tensor<?x768xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %s = onnx.Constant dense<[0, 12, -1]> : tensor<3xi64>
  %0 = onnx.Reshape %x, %s : (tensor<2x768xf32>, tensor<3xi64>) -> tensor<*xf32>
  %1 = onnx.Reshape %y, %s : (tensor<?x768xf32>, tensor<3xi64>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// allowzero: a 0 is a zero-sized dim.
// CHECK-LABEL: func.func @reshape_allowzero
// CHECK: onnx.Reshape {{.*}} -> tensor<0x4xf32>
func.func @reshape_allowzero(%x: tensor<0x2x2xf32>) -> tensor<*xf32> {
  %s = onnx.Constant dense<[0, 4]> : tensor<2xi64>
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<0x2x2xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// torch's dynamic reshape: the batch comes from Shape, the rest are constants.
// CHECK-LABEL: func.func @reshape_partly_known
// CHECK: onnx.Reshape {{.*}} -> tensor<?x?x12x64xf32>
func.func @reshape_partly_known(%x: tensor<?x?x768xf32>) -> tensor<*xf32> {
  %shape = onnx.Shape %x : (tensor<?x?x768xf32>) -> tensor<*xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %b = onnx.Gather %shape, %i0 : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %s = onnx.Gather %shape, %i1 : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %bu = onnx.Unsqueeze %b, %ax : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %su = onnx.Unsqueeze %s, %ax : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %rest = onnx.Constant dense<[12, 64]> : tensor<2xi64>
  %cat = onnx.Concat %bu, %su, %rest {axis = 0 : si64} : (tensor<*xi64>, tensor<*xi64>, tensor<2xi64>) -> tensor<*xi64>
  %0 = onnx.Reshape %x, %cat : (tensor<?x?x768xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_flatten
// CHECK: onnx.Transpose {{.*}} -> tensor<?x12x64x128xf32>
// CHECK: onnx.Transpose {{.*}} -> tensor<64x12x128x?xf32>
// CHECK: onnx.Flatten {{.*}} -> tensor<?x98304xf32>
// CHECK: onnx.Flatten {{.*}} -> tensor<?x64xf32>
func.func @transpose_flatten(%x: tensor<?x128x12x64xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Transpose %x {perm = array<i64: 0, 2, 3, 1>} : (tensor<?x128x12x64xf32>) -> tensor<*xf32>
  %1 = onnx.Transpose %x : (tensor<?x128x12x64xf32>) -> tensor<*xf32>
  %2 = onnx.Flatten %x : (tensor<?x128x12x64xf32>) -> tensor<*xf32>
  %3 = onnx.Flatten %x {axis = -1 : si64} : (tensor<?x128x12x64xf32>) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @unsqueeze_squeeze
// CHECK: onnx.Unsqueeze {{.*}} -> tensor<?x1x1x128xi64>
// CHECK: onnx.Unsqueeze {{.*}} -> tensor<?x128x1xi64>
// CHECK: onnx.Squeeze {{.*}} -> tensor<?x128xi64>
// CHECK: onnx.Squeeze {{.*}} -> tensor<3xf32>
func.func @unsqueeze_squeeze(%m: tensor<?x128xi64>, %v: tensor<1x3x1xf32>) -> (tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xf32>) {
  %a12 = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %am1 = onnx.Constant dense<[-1]> : tensor<1xi64>
  %none = onnx.NoValue
  %0 = onnx.Unsqueeze %m, %a12 : (tensor<?x128xi64>, tensor<2xi64>) -> tensor<*xi64>
  %1 = onnx.Unsqueeze %m, %am1 : (tensor<?x128xi64>, tensor<1xi64>) -> tensor<*xi64>
  %2 = onnx.Squeeze %0, %a12 : (tensor<*xi64>, tensor<2xi64>) -> tensor<*xi64>
  %3 = onnx.Squeeze %v, %none : (tensor<1x3x1xf32>, none) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @expand_tile
// CHECK: onnx.Expand {{.*}} -> tensor<2x3x4xf32>
// CHECK: onnx.Tile {{.*}} -> tensor<6x4xf32>
// CHECK: onnx.Tile {{.*}} -> tensor<?x?xf32>
func.func @expand_tile(%x: tensor<3x1xf32>, %y: tensor<3x2xf32>, %r: tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %s = onnx.Constant dense<[2, 1, 4]> : tensor<3xi64>
  %0 = onnx.Expand %x, %s : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<*xf32>
  %rep = onnx.Constant dense<[2, 2]> : tensor<2xi64>
  %1 = onnx.Tile %y, %rep : (tensor<3x2xf32>, tensor<2xi64>) -> tensor<*xf32>
  %2 = onnx.Tile %y, %r : (tensor<3x2xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @shape_size
// CHECK: onnx.Shape {{.*}} -> tensor<3xi64>
// CHECK: onnx.Shape {{.*}} -> tensor<1xi64>
// CHECK: onnx.Shape {{.*}} -> tensor<2xi64>
// CHECK: onnx.Size {{.*}} -> tensor<i64>
func.func @shape_size(%x: tensor<?x4x5xf32>) -> (tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>) {
  %0 = onnx.Shape %x : (tensor<?x4x5xf32>) -> tensor<*xi64>
  %1 = onnx.Shape %x {start = -1 : si64} : (tensor<?x4x5xf32>) -> tensor<*xi64>
  %2 = onnx.Shape %x {end = -1 : si64, start = -10 : si64} : (tensor<?x4x5xf32>) -> tensor<*xi64>
  %3 = onnx.Size %x : (tensor<?x4x5xf32>) -> tensor<*xi64>
  return %0, %1, %2, %3 : tensor<*xi64>, tensor<*xi64>, tensor<*xi64>, tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @constant_of_shape_range
// CHECK: onnx.ConstantOfShape {{.*}} -> tensor<2x3xi64>
// CHECK: onnx.ConstantOfShape {{.*}} -> tensor<?x?xf32>
// CHECK: onnx.Range {{.*}} -> tensor<5xi64>
// CHECK: onnx.Range {{.*}} -> tensor<4xf32>
// CHECK: onnx.Range {{.*}} -> tensor<?xi64>
func.func @constant_of_shape_range(%n: tensor<i64>, %sh: tensor<2xi64>) -> (tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>) {
  %s = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %0 = onnx.ConstantOfShape %s {value = dense<1> : tensor<1xi64>} : (tensor<2xi64>) -> tensor<*xi64>
  %1 = onnx.ConstantOfShape %sh : (tensor<2xi64>) -> tensor<*xf32>
  %start = onnx.Constant dense<0> : tensor<i64>
  %limit = onnx.Constant dense<10> : tensor<i64>
  %delta = onnx.Constant dense<2> : tensor<i64>
  %2 = onnx.Range %start, %limit, %delta : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  %fs = onnx.Constant dense<1.0> : tensor<f32>
  %fl = onnx.Constant dense<3.0> : tensor<f32>
  %fd = onnx.Constant dense<0.5> : tensor<f32>
  %3 = onnx.Range %fs, %fl, %fd : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<*xf32>
  %4 = onnx.Range %start, %n, %delta : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  return %0, %1, %2, %3, %4 : tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>
}
