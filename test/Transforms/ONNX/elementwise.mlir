// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// Elementwise ops: multidirectional broadcasting, comparisons to i1, Cast,
// unary math and activations, Dropout and Identity.

// CHECK-LABEL: func.func @add_broadcast
// CHECK: onnx.Add {{.*}} -> tensor<2x3x4xf32>
// CHECK: return {{.*}} : tensor<2x3x4xf32>
func.func @add_broadcast(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<*xf32> {
  %0 = onnx.Add %a, %b : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// A `?` meets 1 and stays `?`; a `?` meets 8 and is 8.
// CHECK-LABEL: func.func @sub_dynamic
// CHECK: onnx.Sub {{.*}} -> tensor<?x8xf32>
func.func @sub_dynamic(%a: tensor<?x?xf32>, %b: tensor<1x8xf32>) -> tensor<*xf32> {
  %0 = onnx.Sub %a, %b : (tensor<?x?xf32>, tensor<1x8xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @mul_div_pow_mod
// CHECK: onnx.Mul {{.*}} -> tensor<4x5xf32>
// CHECK: onnx.Div {{.*}} -> tensor<4x5xf32>
// CHECK: onnx.Pow {{.*}} -> tensor<4x5xf32>
// CHECK: onnx.Mod {{.*}} -> tensor<4x5xi64>
func.func @mul_div_pow_mod(%a: tensor<4x5xf32>, %s: tensor<f32>, %i: tensor<4x1xi64>, %j: tensor<5xi64>) -> (tensor<*xf32>, tensor<*xi64>) {
  %0 = onnx.Mul %a, %s : (tensor<4x5xf32>, tensor<f32>) -> tensor<*xf32>
  %1 = onnx.Div %0, %a : (tensor<*xf32>, tensor<4x5xf32>) -> tensor<*xf32>
  %2 = onnx.Pow %1, %s : (tensor<*xf32>, tensor<f32>) -> tensor<*xf32>
  %3 = onnx.Mod %i, %j : (tensor<4x1xi64>, tensor<5xi64>) -> tensor<*xi64>
  return %2, %3 : tensor<*xf32>, tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @compare_logic
// CHECK: onnx.Equal {{.*}} -> tensor<2x3xi1>
// CHECK: onnx.Less {{.*}} -> tensor<2x3xi1>
// CHECK: onnx.Greater {{.*}} -> tensor<2x3xi1>
// CHECK: onnx.And {{.*}} -> tensor<2x3xi1>
// CHECK: onnx.Or {{.*}} -> tensor<2x3xi1>
// CHECK: onnx.Not {{.*}} -> tensor<2x3xi1>
// CHECK: onnx.Where {{.*}} -> tensor<2x3xf32>
func.func @compare_logic(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<*xf32> {
  %0 = onnx.Equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<*xi1>
  %1 = onnx.Less %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<*xi1>
  %2 = onnx.Greater %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<*xi1>
  %3 = onnx.And %0, %1 : (tensor<*xi1>, tensor<*xi1>) -> tensor<*xi1>
  %4 = onnx.Or %3, %2 : (tensor<*xi1>, tensor<*xi1>) -> tensor<*xi1>
  %5 = onnx.Not %4 : (tensor<*xi1>) -> tensor<*xi1>
  %6 = onnx.Where %5, %a, %b : (tensor<*xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<*xf32>
  return %6 : tensor<*xf32>
}

// -----

// Variadic Max/Min broadcast all their operands.
// CHECK-LABEL: func.func @max_min
// CHECK: onnx.Max {{.*}} -> tensor<3x4x5xf32>
// CHECK: onnx.Min {{.*}} -> tensor<4x5xf32>
func.func @max_min(%a: tensor<5xf32>, %b: tensor<4x1xf32>, %c: tensor<3x1x1xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Max %a, %b, %c : (tensor<5xf32>, tensor<4x1xf32>, tensor<3x1x1xf32>) -> tensor<*xf32>
  %1 = onnx.Min %a, %b : (tensor<5xf32>, tensor<4x1xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @unary
// CHECK: onnx.Relu {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Sigmoid {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Tanh {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Erf {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Sqrt {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Exp {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Log {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Neg {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Abs {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Gelu {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.LeakyRelu {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.HardSigmoid {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.HardSwish {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Softmax {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.LogSoftmax {{.*}} -> tensor<?x16xf32>
// CHECK: onnx.Clip {{.*}} -> tensor<?x16xf32>
// CHECK: return {{.*}} : tensor<?x16xf32>
func.func @unary(%x: tensor<?x16xf32>, %lo: tensor<f32>) -> tensor<*xf32> {
  %0 = onnx.Relu %x : (tensor<?x16xf32>) -> tensor<*xf32>
  %1 = onnx.Sigmoid %0 : (tensor<*xf32>) -> tensor<*xf32>
  %2 = onnx.Tanh %1 : (tensor<*xf32>) -> tensor<*xf32>
  %3 = onnx.Erf %2 : (tensor<*xf32>) -> tensor<*xf32>
  %4 = onnx.Sqrt %3 : (tensor<*xf32>) -> tensor<*xf32>
  %5 = onnx.Exp %4 : (tensor<*xf32>) -> tensor<*xf32>
  %6 = onnx.Log %5 : (tensor<*xf32>) -> tensor<*xf32>
  %7 = onnx.Neg %6 : (tensor<*xf32>) -> tensor<*xf32>
  %8 = onnx.Abs %7 : (tensor<*xf32>) -> tensor<*xf32>
  %9 = onnx.Gelu %8 : (tensor<*xf32>) -> tensor<*xf32>
  %10 = onnx.LeakyRelu %9 : (tensor<*xf32>) -> tensor<*xf32>
  %11 = onnx.HardSigmoid %10 : (tensor<*xf32>) -> tensor<*xf32>
  %12 = onnx.HardSwish %11 : (tensor<*xf32>) -> tensor<*xf32>
  %13 = onnx.Softmax %12 : (tensor<*xf32>) -> tensor<*xf32>
  %14 = onnx.LogSoftmax %13 {axis = 0 : si64} : (tensor<*xf32>) -> tensor<*xf32>
  %none = onnx.NoValue
  %15 = onnx.Clip %14, %lo, %none : (tensor<*xf32>, tensor<f32>, none) -> tensor<*xf32>
  return %15 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @cast
// CHECK: onnx.Cast {{.*}} -> tensor<2x?xi64>
// CHECK: onnx.Cast {{.*}} -> tensor<2x?xf16>
func.func @cast(%x: tensor<2x?xf32>) -> (tensor<*xi64>, tensor<*xf16>) {
  %0 = onnx.Cast %x {to = 7 : si64} : (tensor<2x?xf32>) -> tensor<*xi64>
  %1 = onnx.Cast %0 {to = 10 : si64} : (tensor<*xi64>) -> tensor<*xf16>
  return %0, %1 : tensor<*xi64>, tensor<*xf16>
}

// -----

// CHECK-LABEL: func.func @dropout_identity
// CHECK: onnx.Dropout {{.*}} -> (tensor<3x7xf32>, tensor<3x7xi1>)
// CHECK: onnx.Identity {{.*}} -> tensor<3x7xf32>
func.func @dropout_identity(%x: tensor<3x7xf32>) -> (tensor<*xf32>, tensor<*xi1>) {
  %none = onnx.NoValue
  %0, %1 = onnx.Dropout %x, %none, %none : (tensor<3x7xf32>, none, none) -> (tensor<*xf32>, tensor<*xi1>)
  %2 = onnx.Identity %0 : (tensor<*xf32>) -> tensor<*xf32>
  return %2, %1 : tensor<*xf32>, tensor<*xi1>
}

// -----

// A dim the model states is kept; the inference only fills in `?`s.
// CHECK-LABEL: func.func @keeps_stated_dims
// CHECK: onnx.Add {{.*}} -> tensor<5x3xf32>
func.func @keeps_stated_dims(%a: tensor<?x3xf32>, %b: tensor<?x3xf32>) -> tensor<5x?xf32> {
  %0 = onnx.Add %a, %b : (tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<5x?xf32>
  return %0 : tensor<5x?xf32>
}

// -----

// Shape-preserving ops whose element type comes from elsewhere (the
// importer): QuantizeLinear/DequantizeLinear; predicates give i1.
// CHECK-LABEL: func.func @quantize_predicates
// CHECK: onnx.QuantizeLinear {{.*}} -> tensor<?x4xi8>
// CHECK: onnx.DequantizeLinear {{.*}} -> tensor<?x4xf32>
// CHECK: onnx.IsNaN {{.*}} -> tensor<?x4xi1>
// CHECK: onnx.Cast {{.*}} -> tensor<?x4xf8E4M3FN>
func.func @quantize_predicates(%x: tensor<?x4xf32>, %s: tensor<f32>, %z: tensor<i8>) -> (tensor<*xf32>, tensor<*xi1>, tensor<*xf8E4M3FN>) {
  %0 = onnx.QuantizeLinear %x, %s, %z : (tensor<?x4xf32>, tensor<f32>, tensor<i8>) -> tensor<*xi8>
  %1 = onnx.DequantizeLinear %0, %s, %z : (tensor<*xi8>, tensor<f32>, tensor<i8>) -> tensor<*xf32>
  %2 = onnx.IsNaN %1 : (tensor<*xf32>) -> tensor<*xi1>
  %3 = onnx.Cast %x {to = 17 : si64} : (tensor<?x4xf32>) -> tensor<*xf8E4M3FN>
  return %1, %2, %3 : tensor<*xf32>, tensor<*xi1>, tensor<*xf8E4M3FN>
}
