// Each class of invalid onnx op is rejected with a message naming the rule.
// RUN: x2p-opt %s -split-input-file -verify-diagnostics

func.func @gemm_flag(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: none) -> tensor<2x4xf32> {
  // expected-error @+1 {{attribute 'transA' must be 0 or 1, got 2}}
  %0 = onnx.Gemm %a, %b, %c {transA = 2 : si64} : (tensor<2x3xf32>, tensor<3x4xf32>, none) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_rank(%a: tensor<1x2x3xf32>, %b: tensor<3x4xf32>, %c: none) -> tensor<2x4xf32> {
  // expected-error @+1 {{A must be 2-D, got rank 3}}
  %0 = onnx.Gemm %a, %b, %c : (tensor<1x2x3xf32>, tensor<3x4xf32>, none) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_contraction(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: none) -> tensor<3x4xf32> {
  // transA makes A' 3x2, which cannot meet B's 3 rows.
  // expected-error @+1 {{contraction dims differ: A' has 2, B' has 3}}
  %0 = onnx.Gemm %a, %b, %c {transA = 1 : si64} : (tensor<2x3xf32>, tensor<3x4xf32>, none) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @gemm_c_rank(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<1x2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{C must have rank <= 2, got 3}}
  %0 = onnx.Gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<1x2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @matmul_contraction(%a: tensor<?x5xf32>, %b: tensor<4x8xf32>) -> tensor<?x8xf32> {
  // expected-error @+1 {{contraction dims differ: A has 5, B has 4}}
  %0 = onnx.MatMul %a, %b : (tensor<?x5xf32>, tensor<4x8xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

func.func @matmul_scalar(%a: tensor<f32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operands must have rank >= 1}}
  %0 = onnx.MatMul %a, %b : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @add_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{operands don't have broadcast-compatible shapes}}
  %0 = onnx.Add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @add_mixed_types(%a: tensor<2xf32>, %b: tensor<2xi32>) -> tensor<2xf32> {
  // expected-error @+1 {{requires the same element type for all operands and results}}
  %0 = onnx.Add %a, %b : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @relu_unsigned(%a: tensor<2xui8>) -> tensor<2xui8> {
  // expected-error @+1 {{operand #0 must be tensor of signed integer or floating-point values}}
  %0 = onnx.Relu %a : (tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

func.func @reshape_shape_rank(%x: tensor<6xf32>, %s: tensor<1x2xi64>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'shape' must be 1-D, got rank 2}}
  %0 = onnx.Reshape %x, %s : (tensor<6xf32>, tensor<1x2xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reshape_result_rank(%x: tensor<6xf32>, %s: tensor<3xi64>) -> tensor<2x3xf32> {
  // expected-error @+1 {{result rank 2 differs from the 3 entries of 'shape'}}
  %0 = onnx.Reshape %x, %s : (tensor<6xf32>, tensor<3xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reshape_allowzero(%x: tensor<6xf32>, %s: tensor<2xi64>) -> tensor<2x3xf32> {
  // expected-error @+1 {{attribute 'allowzero' must be 0 or 1, got -1}}
  %0 = onnx.Reshape %x, %s {allowzero = -1 : si64} : (tensor<6xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reshape_shape_type(%x: tensor<6xf32>, %s: tensor<2xi32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{operand #1 must be tensor of 64-bit signless integer values}}
  %0 = onnx.Reshape %x, %s : (tensor<6xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @softmax_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0 = onnx.Softmax %x {axis = 2 : si64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @constant_generic_type() -> tensor<3xf32> {
  // expected-error @+1 {{failed to verify that all of {value, output} have same type}}
  %0 = "onnx.Constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
