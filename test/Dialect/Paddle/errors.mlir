// Each class of paddle op that Paddle would reject at run time is rejected
// here, at compile time, with a message naming the rule.
// RUN: x2p-opt %s -split-input-file -verify-diagnostics

func.func @parameter_name() -> tensor<2xf32> {
  // expected-error @+1 {{parameter name must not be empty}}
  %0 = paddle.parameter "" dense<1.0> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @parameter_type() -> tensor<3xf32> {
  // expected-error @+1 {{failed to verify that all of {value, Out} have same type}}
  %0 = "paddle.parameter"() {name = "w", value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @parameter_dtype() -> tensor<2xcomplex<f32>> {
  // expected-error @+1 {{result #0 must be tensor of}}
  %0 = "paddle.parameter"() {name = "w", value = dense<(1.0, 0.0)> : tensor<2xcomplex<f32>>} : () -> tensor<2xcomplex<f32>>
  return %0 : tensor<2xcomplex<f32>>
}

// -----

func.func @matmul_contraction(%x: tensor<?x5xf32>, %y: tensor<4x8xf32>) -> tensor<?x8xf32> {
  // expected-error @+1 {{contraction dims differ: X has 5, Y has 4}}
  %0 = paddle.matmul_v2 %x, %y : (tensor<?x5xf32>, tensor<4x8xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

func.func @matmul_transposed(%x: tensor<2x3xf32>, %y: tensor<3x8xf32>) -> tensor<2x8xf32> {
  // trans_y makes Y 8x3, which cannot meet X's 3 columns.
  // expected-error @+1 {{contraction dims differ: X has 3, Y has 8}}
  %0 = paddle.matmul_v2 %x, %y {trans_y = true} : (tensor<2x3xf32>, tensor<3x8xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @matmul_scalar(%x: tensor<f32>, %y: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{X and Y must have rank >= 1}}
  %0 = paddle.matmul_v2 %x, %y : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @elementwise_axis(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis 2 must be -1 or in [0, 2)}}
  %0 = paddle.elementwise_add %x, %y {axis = 2 : si32} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @elementwise_types(%x: tensor<2xf32>, %y: tensor<2xi64>) -> tensor<2xf32> {
  // expected-error @+1 {{requires the same element type for all operands and results}}
  %0 = paddle.elementwise_add %x, %y : (tensor<2xf32>, tensor<2xi64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @softmax_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis -3 is out of range for rank 2}}
  %0 = paddle.softmax %x {axis = -3 : si32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @softmax_int(%x: tensor<2x3xi32>) -> tensor<2x3xi32> {
  // expected-error @+1 {{operand #0 must be tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float values}}
  %0 = paddle.softmax %x : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

func.func @reshape2_two_inferred(%x: tensor<6xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{'shape' may hold at most one -1}}
  %0, %xs = paddle.reshape2 %x {shape = array<i32: -1, -1>} : (tensor<6xf32>) -> (tensor<?x?xf32>, tensor<0x6xf32>)
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape2_negative(%x: tensor<6xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{'shape' entries must be >= -1, got -2}}
  %0, %xs = paddle.reshape2 %x {shape = array<i32: -2, 3>} : (tensor<6xf32>) -> (tensor<?x?xf32>, tensor<0x6xf32>)
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape2_no_shape(%x: tensor<6xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{needs a 'shape' attribute, Shape or ShapeTensor}}
  %0, %xs = paddle.reshape2 %x : (tensor<6xf32>) -> (tensor<?x?xf32>, tensor<0x6xf32>)
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape2_rank(%x: tensor<6xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{result rank 2 differs from the 3 entries of 'shape'}}
  %0, %xs = paddle.reshape2 %x {shape = array<i32: 1, 2, 3>} : (tensor<6xf32>) -> (tensor<?x?xf32>, tensor<0x6xf32>)
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape2_shape_tensors(%x: tensor<6xf32>, %d: tensor<1xi32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{result rank 2 differs from 1 ShapeTensor operands}}
  %0, %xs = paddle.reshape2 %x ShapeTensor(%d) : (tensor<6xf32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<0x6xf32>)
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape2_xshape(%x: tensor<6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{XShape must have rank 2 ([0, *X.dims]), got 1}}
  %0, %xs = paddle.reshape2 %x {shape = array<i32: 2, 3>} : (tensor<6xf32>) -> (tensor<2x3xf32>, tensor<6xf32>)
  return %0 : tensor<2x3xf32>
}

// -----

func.func @layer_norm_axis(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{begin_norm_axis 0 must be in [1, 2)}}
  %y, %m, %v = paddle.layer_norm %x {begin_norm_axis = 0 : si32} : (tensor<2x8xf32>) -> (tensor<2x8xf32>, tensor<2xf32>, tensor<2xf32>)
  return %y : tensor<2x8xf32>
}

// -----

func.func @layer_norm_scale(%x: tensor<2x8xf32>, %s: tensor<4xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{Scale and Bias must hold 8 elements (the normalized dims), got 4}}
  %y, %m, %v = paddle.layer_norm %x Scale(%s) : (tensor<2x8xf32>, tensor<4xf32>) -> (tensor<2x8xf32>, tensor<2xf32>, tensor<2xf32>)
  return %y : tensor<2x8xf32>
}
