// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// What must stay unknown: unranked inputs, shapes that are not constants,
// Squeeze without axes on `?` dims, NonZero's count, and types that
// disagree with the inference (the model's statement wins).

// CHECK-LABEL: func.func @unranked_stays_unranked
// CHECK: onnx.Relu {{.*}} -> tensor<*xf32>
// CHECK: onnx.Add {{.*}} -> tensor<*xf32>
// CHECK: onnx.MatMul {{.*}} -> tensor<*xf32>
func.func @unranked_stays_unranked(%x: tensor<*xf32>, %y: tensor<2x3xf32>) -> tensor<*xf32> {
  %0 = onnx.Relu %x : (tensor<*xf32>) -> tensor<*xf32>
  %1 = onnx.Add %0, %y : (tensor<*xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  %2 = onnx.MatMul %1, %y : (tensor<*xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  return %2 : tensor<*xf32>
}

// -----

// A shape operand whose length is known gives the rank only.
// CHECK-LABEL: func.func @reshape_unknown_shape
// CHECK: onnx.Reshape {{.*}} -> tensor<?x?x?xf32>
// CHECK: onnx.Reshape {{.*}} -> tensor<*xf32>
func.func @reshape_unknown_shape(%x: tensor<2x768xf32>, %s: tensor<3xi64>, %t: tensor<?xi64>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Reshape %x, %s : (tensor<2x768xf32>, tensor<3xi64>) -> tensor<*xf32>
  %1 = onnx.Reshape %x, %t : (tensor<2x768xf32>, tensor<?xi64>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// -1 with a dynamic input stays `?`.
// CHECK-LABEL: func.func @reshape_minus_one_dynamic
// CHECK: onnx.Reshape {{.*}} -> tensor<4x?xf32>
func.func @reshape_minus_one_dynamic(%x: tensor<?x8xf32>) -> tensor<*xf32> {
  %s = onnx.Constant dense<[4, -1]> : tensor<2xi64>
  %0 = onnx.Reshape %x, %s : (tensor<?x8xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @squeeze_unknown
// CHECK: onnx.Squeeze {{.*}} -> tensor<*xf32>
// CHECK: onnx.Unsqueeze {{.*}} -> tensor<*xf32>
// CHECK: onnx.NonZero {{.*}} -> tensor<2x?xi64>
func.func @squeeze_unknown(%x: tensor<?x3xf32>, %axes: tensor<?xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xi64>) {
  %none = onnx.NoValue
  %0 = onnx.Squeeze %x, %none : (tensor<?x3xf32>, none) -> tensor<*xf32>
  %1 = onnx.Unsqueeze %x, %axes : (tensor<?x3xf32>, tensor<?xi64>) -> tensor<*xf32>
  %2 = onnx.NonZero %x : (tensor<?x3xf32>) -> tensor<*xi64>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xi64>
}

// -----

// A result type with another rank than inferred is kept as the model says.
// CHECK-LABEL: func.func @conflicting_rank_kept
// CHECK: onnx.Relu {{.*}} -> tensor<?x?x?xf32>
func.func @conflicting_rank_kept(%x: tensor<*xf32>) -> tensor<?x?x?xf32> {
  %0 = onnx.Relu %x : (tensor<*xf32>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// Ops without a shape function keep their types.
// CHECK-LABEL: func.func @no_shape_function
// CHECK: onnx.Compress {{.*}} -> tensor<*xf32>
func.func @no_shape_function(%x: tensor<1x8x2x2xf32>, %c: tensor<?xi1>) -> tensor<*xf32> {
  %0 = onnx.Compress %x, %c : (tensor<1x8x2x2xf32>, tensor<?xi1>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Data-dependent sizes stay `?`.
// CHECK-LABEL: func.func @data_dependent
// CHECK: onnx.TopK {{.*}} -> (tensor<4x?xf32>, tensor<4x?xi64>)
// CHECK: onnx.Expand {{.*}} -> tensor<3x?xf32>
func.func @data_dependent(%x: tensor<4x5xf32>, %k: tensor<1xi64>, %y: tensor<3x1xf32>, %s: tensor<2xi64>) -> (tensor<*xf32>, tensor<*xi64>, tensor<*xf32>) {
  %0, %1 = onnx.TopK %x, %k : (tensor<4x5xf32>, tensor<1xi64>) -> (tensor<*xf32>, tensor<*xi64>)
  %2 = onnx.Expand %y, %s : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xi64>, tensor<*xf32>
}
