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

// -----

func.func @elementwise_broadcast(%x: tensor<2x3xf32>, %y: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{X and Y do not broadcast: dim 1 is 3 in X and 4 in Y}}
  %0 = paddle.elementwise_mul %x, %y : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @elementwise_fit(%x: tensor<2x3xf32>, %y: tensor<3x1xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{the 2 dims of the lower-rank operand do not fit at axis 1 of the 2 others}}
  %0 = paddle.elementwise_sub %x, %y {axis = 1 : si32} : (tensor<2x3xf32>, tensor<3x1xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @elementwise_negative_axis(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis -2 must be -1 or >= 0}}
  %0 = paddle.elementwise_div %x, %y {axis = -2 : si32} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @elementwise_result_rank(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{result must have rank 2, got 1}}
  %0 = paddle.elementwise_max %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @pow_bool(%x: tensor<2xi1>) -> tensor<2xi1> {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = paddle.elementwise_pow %x, %x : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}

// -----

func.func @compare_types(%x: tensor<2xf32>, %y: tensor<2xi32>) -> tensor<2xi1> {
  // expected-error @+1 {{failed to verify that all of {X, Y} have same element type}}
  %0 = paddle.less_than %x, %y : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}

// -----

func.func @compare_result(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{result #0 must be tensor of 1-bit signless integer values}}
  %0 = paddle.equal %x, %x : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @logical_broadcast(%x: tensor<2x3xi1>, %y: tensor<2xi1>) -> tensor<2x3xi1> {
  // expected-error @+1 {{X and Y do not broadcast}}
  %0 = paddle.logical_and %x, %y : (tensor<2x3xi1>, tensor<2xi1>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// -----

func.func @activation_int(%x: tensor<2xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{operand #0 must be tensor of 16-bit float or bfloat16 type or 32-bit float or 64-bit float values}}
  %0 = paddle.gelu %x : (tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

func.func @hard_swish_attrs(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{Paddle's kernel only computes threshold 6, scale 6, offset 3; it ignores other values}}
  %0 = paddle.hard_swish %x {threshold = 4.0 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @scale_tensor(%x: tensor<2xf32>, %s: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{ScaleTensor/BiasTensor must hold 1 elements, got 2}}
  %0 = paddle.scale %x ScaleTensor(%s) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @scale_type(%x: tensor<2xf32>) -> tensor<2xf64> {
  // expected-error @+1 {{X and Out must have the same element type}}
  %0 = paddle.scale %x : (tensor<2xf32>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

func.func @clip_range(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{min 2.000000e+00 must not exceed max 1.000000e+00}}
  %0 = paddle.clip %x {min = 2.0 : f32, max = 1.0 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @cast_code(%x: tensor<2xf32>) -> tensor<2xi64> {
  // expected-error @+1 {{out_dtype 7 is not a Paddle tensor dtype code}}
  %0 = paddle.cast %x {in_dtype = 5 : si32, out_dtype = 7 : si32} : (tensor<2xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @cast_mismatch(%x: tensor<2xf32>) -> tensor<2xi64> {
  // expected-error @+1 {{in_dtype 6 names 'f64', but the input holds 'f32'}}
  %0 = paddle.cast %x {in_dtype = 6 : si32, out_dtype = 3 : si32} : (tensor<2xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @matmul_head_number(%x: tensor<2x3xf32>, %y: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{head_number 0 must be >= 1}}
  %0 = paddle.matmul %x, %y {head_number = 0 : si32} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @matmul_v1_contraction(%x: tensor<2x3xf32>, %y: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{contraction dims differ: X has 2, Y has 3}}
  %0 = paddle.matmul %x, %y {transpose_X = true} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @log_softmax_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0 = paddle.log_softmax %x {axis = 2 : si32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reduce_dim(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{dim 3 is out of range for rank 2}}
  %0 = paddle.reduce_sum %x {dim = array<i32: 3>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @reduce_twice(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{dim -1 is reduced twice}}
  %0 = paddle.reduce_mean %x {dim = array<i32: 1, -1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @reduce_rank(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{result must have rank 2, got 1}}
  %0 = paddle.reduce_max %x {dim = array<i32: 1>, keep_dim = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @arg_dtype(%x: tensor<2x3xf32>) -> tensor<2xi64> {
  // expected-error @+1 {{dtype 5 must be 2 (int32) or 3 (int64)}}
  %0 = paddle.arg_max %x {axis = 1 : si64, dtype = 5 : si32} : (tensor<2x3xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @arg_dtype_result(%x: tensor<2x3xf32>) -> tensor<2xi64> {
  // expected-error @+1 {{dtype 2 names 'i32', but the result holds 'i64'}}
  %0 = paddle.arg_min %x {axis = 1 : si64, dtype = 2 : si32} : (tensor<2x3xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @arg_axis(%x: tensor<2x3xf32>) -> tensor<2xi64> {
  // expected-error @+1 {{axis -3 is out of range for rank 2}}
  %0 = paddle.arg_max %x {axis = -3 : si64} : (tensor<2x3xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @arg_rank(%x: tensor<2x3xf32>) -> tensor<2x1xi64> {
  // expected-error @+1 {{Out must have rank 1, got 2}}
  %0 = paddle.arg_max %x {axis = 1 : si64} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

func.func @top_k_k(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{k 4 must be in [1, 3] (dim 1 of X)}}
  %0, %1 = paddle.top_k_v2 %x {k = 4 : si32} : (tensor<2x3xf32>) -> (tensor<2x4xf32>, tensor<2x4xi64>)
  return %0 : tensor<2x4xf32>
}

// -----

func.func @top_k_axis(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0, %1 = paddle.top_k_v2 %x {axis = 2 : si32} : (tensor<2x3xf32>) -> (tensor<2x1xf32>, tensor<2x1xi64>)
  return %0 : tensor<2x1xf32>
}

// -----

func.func @top_k_indices(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{result #1 must be tensor of 64-bit signless integer values}}
  %0, %1 = paddle.top_k_v2 %x : (tensor<2x3xf32>) -> (tensor<2x1xf32>, tensor<2x1xi32>)
  return %0 : tensor<2x1xf32>
}

// -----

func.func @cumsum_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis 5 is out of range for rank 2}}
  %0 = paddle.cumsum %x {axis = 5 : si32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reshape2_zero_copy(%x: tensor<6xf32>) -> tensor<6x1xf32> {
  // expected-error @+1 {{'shape' entry 1 is 0 (copy X's dim) but X has rank 1}}
  %0, %xs = paddle.reshape2 %x {shape = array<i32: 6, 0>} : (tensor<6xf32>) -> (tensor<6x1xf32>, tensor<0x6xf32>)
  return %0 : tensor<6x1xf32>
}

// -----

func.func @reshape2_numel(%x: tensor<2x3xf32>) -> tensor<4x?xf32> {
  // expected-error @+1 {{'shape' cannot hold the 6 elements of X}}
  %0, %xs = paddle.reshape2 %x {shape = array<i32: 4, -1>} : (tensor<2x3xf32>) -> (tensor<4x?xf32>, tensor<0x2x3xf32>)
  return %0 : tensor<4x?xf32>
}

// -----

func.func @xshape_zero(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{XShape's first dim must be 0 ([0, *X.dims])}}
  %0, %xs = paddle.transpose2 %x {axis = array<i32: 1, 0>} : (tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<1x2x3xf32>)
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_perm(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{axis is not a permutation: 1 appears twice}}
  %0, %xs = paddle.transpose2 %x {axis = array<i32: 1, -1>} : (tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<0x2x3xf32>)
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_size(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{axis has 3 entries, X has rank 2}}
  %0, %xs = paddle.transpose2 %x {axis = array<i32: 1, 0, 2>} : (tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<0x2x3xf32>)
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_range(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{axis entry 2 is out of range for rank 2}}
  %0, %xs = paddle.transpose2 %x {axis = array<i32: 2, 0>} : (tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<0x2x3xf32>)
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_dims(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{result dim 0 must be 3, got 2}}
  %0, %xs = paddle.transpose2 %x {axis = array<i32: 1, 0>} : (tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<0x2x3xf32>)
  return %0 : tensor<2x3xf32>
}

// -----

func.func @squeeze_axes(%x: tensor<2x1xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{axes entry 2 is out of range for rank 2}}
  %0, %xs = paddle.squeeze2 %x {axes = array<i32: 2>} : (tensor<2x1xf32>) -> (tensor<2xf32>, tensor<0x2x1xf32>)
  return %0 : tensor<2xf32>
}

// -----

func.func @unsqueeze_none(%x: tensor<2xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{needs 'axes', AxesTensor or AxesTensorList}}
  %0, %xs = paddle.unsqueeze2 %x : (tensor<2xf32>) -> (tensor<2x1xf32>, tensor<0x2xf32>)
  return %0 : tensor<2x1xf32>
}

// -----

func.func @unsqueeze_axes(%x: tensor<2xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{axes entry 3 is out of range for rank 2}}
  %0, %xs = paddle.unsqueeze2 %x {axes = array<i32: 3>} : (tensor<2xf32>) -> (tensor<2x1xf32>, tensor<0x2xf32>)
  return %0 : tensor<2x1xf32>
}

// -----

func.func @unsqueeze_rank(%x: tensor<2xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{Out must have rank 3, got 2}}
  %0, %xs = paddle.unsqueeze2 %x {axes = array<i32: 0, 1>} : (tensor<2xf32>) -> (tensor<2x1xf32>, tensor<0x2xf32>)
  return %0 : tensor<2x1xf32>
}

// -----

func.func @flatten_order(%x: tensor<2x3x4xf32>) -> tensor<24xf32> {
  // expected-error @+1 {{start_axis 2 comes after stop_axis 1}}
  %0, %xs = paddle.flatten_contiguous_range %x {start_axis = 2 : si32, stop_axis = 1 : si32} : (tensor<2x3x4xf32>) -> (tensor<24xf32>, tensor<0x2x3x4xf32>)
  return %0 : tensor<24xf32>
}

// -----

func.func @flatten_rank(%x: tensor<2x3x4xf32>) -> tensor<24xf32> {
  // expected-error @+1 {{Out must have rank 2, got 1}}
  %0, %xs = paddle.flatten_contiguous_range %x {start_axis = 1 : si32, stop_axis = -1 : si32} : (tensor<2x3x4xf32>) -> (tensor<24xf32>, tensor<0x2x3x4xf32>)
  return %0 : tensor<24xf32>
}

// -----

func.func @flatten_axis(%x: tensor<2x3x4xf32>) -> tensor<24xf32> {
  // expected-error @+1 {{stop_axis 3 is out of range for rank 3}}
  %0, %xs = paddle.flatten_contiguous_range %x {start_axis = 0 : si32, stop_axis = 3 : si32} : (tensor<2x3x4xf32>) -> (tensor<24xf32>, tensor<0x2x3x4xf32>)
  return %0 : tensor<24xf32>
}

// -----

func.func @concat_dims(%x: tensor<2x3xf32>, %y: tensor<4x4xf32>) -> tensor<6x3xf32> {
  // expected-error @+1 {{X dims differ off the concat axis: dim 1 is 3 and 4}}
  %0 = paddle.concat %x, %y : (tensor<2x3xf32>, tensor<4x4xf32>) -> tensor<6x3xf32>
  return %0 : tensor<6x3xf32>
}

// -----

func.func @concat_ranks(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<?x3xf32> {
  // expected-error @+1 {{all X must have the same rank, got 2 and 1}}
  %0 = paddle.concat %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

func.func @concat_types(%x: tensor<2x3xf32>, %y: tensor<2x3xf16>) -> tensor<4x3xf32> {
  // expected-error @+1 {{all X must have the same element type}}
  %0 = paddle.concat %x, %y : (tensor<2x3xf32>, tensor<2x3xf16>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @concat_empty() -> tensor<2xf32> {
  // expected-error @+1 {{needs at least one X}}
  %0 = paddle.concat : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @concat_axis(%x: tensor<2x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0 = paddle.concat %x, %x {axis = 2 : si32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @split_sum(%x: tensor<2x6xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'sections' sum to 5, but dim 1 of X is 6}}
  %0:2 = paddle.split %x {axis = 1 : si32, sections = array<i32: 2, 3>} : (tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x3xf32>)
  return %0#0 : tensor<2x2xf32>
}

// -----

func.func @split_inferred_sum(%x: tensor<2x6xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'sections' sum to 7, but dim 1 of X is 6}}
  %0:2 = paddle.split %x {axis = 1 : si32, sections = array<i32: 7, -1>} : (tensor<2x6xf32>) -> (tensor<2x4xf32>, tensor<2x?xf32>)
  return %0#0 : tensor<2x4xf32>
}

// -----

func.func @split_num(%x: tensor<2x6xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{dim 1 of X (6) does not split into 4 equal parts}}
  %0:4 = paddle.split %x {axis = 1 : si32, num = 4 : si32} : (tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>)
  return %0#0 : tensor<2x2xf32>
}

// -----

func.func @split_results(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{num is 3 but there are 2 results}}
  %0:2 = paddle.split %x {axis = 1 : si32, num = 3 : si32} : (tensor<2x6xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>)
  return %0#0 : tensor<2x3xf32>
}

// -----

func.func @split_sections_results(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'sections' has 3 entries but there are 2 results}}
  %0:2 = paddle.split %x {axis = 1 : si32, sections = array<i32: 2, 2, 2>} : (tensor<2x6xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>)
  return %0#0 : tensor<2x3xf32>
}

// -----

func.func @split_nothing(%x: tensor<2x6xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{needs num > 0, 'sections' or SectionsTensorList}}
  %0 = paddle.split %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @split_two_inferred(%x: tensor<2x6xf32>) -> tensor<2x?xf32> {
  // expected-error @+1 {{'sections' may hold at most one -1}}
  %0:2 = paddle.split %x {axis = 1 : si32, sections = array<i32: -1, -1>} : (tensor<2x6xf32>) -> (tensor<2x?xf32>, tensor<2x?xf32>)
  return %0#0 : tensor<2x?xf32>
}

// -----

func.func @slice_lengths(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'ends' has 2 entries, 'axes' has 1}}
  %0 = paddle.slice %x {axes = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 3, 4>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @slice_axis(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axes entry 2 is out of range for rank 2}}
  %0 = paddle.slice %x {axes = array<i32: 2>, starts = array<i32: 0>, ends = array<i32: 3>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @slice_repeated(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axes entry -1 appears twice}}
  %0 = paddle.slice %x {axes = array<i32: 1, -1>, starts = array<i32: 0, 0>, ends = array<i32: 3, 3>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @slice_decrease(%x: tensor<2x6xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{decrease_axis entry 0 is not in 'axes'}}
  %0 = paddle.slice %x {axes = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 1>, decrease_axis = array<i32: 0>} : (tensor<2x6xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @slice_decrease_rank(%x: tensor<2x6xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{Out must have rank 1, got 2}}
  %0 = paddle.slice %x {axes = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 1>, decrease_axis = array<i32: 1>} : (tensor<2x6xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

func.func @strided_slice_zero(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'strides' entries must not be 0}}
  %0 = paddle.strided_slice %x {axes = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 6>, strides = array<i32: 0>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @strided_slice_lengths(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'strides' has 0 entries, 'axes' has 1}}
  %0 = paddle.strided_slice %x {axes = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 6>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @strided_slice_infer_flags(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'infer_flags' has 0 entries, 'axes' has 1 (Paddle reads one per axis)}}
  %0 = paddle.strided_slice %x {axes = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 6>, strides = array<i32: 2>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @expand_dim(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{X's dim 1 (3) cannot expand to 4}}
  %0 = paddle.expand_v2 %x {shape = array<i32: 2, 4>} : (tensor<2x3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @expand_new_dim(%x: tensor<2x3xf32>) -> tensor<?x2x3xf32> {
  // expected-error @+1 {{'shape' entry 0 is -1; only dims that X has may be -1, others must be > 0}}
  %0 = paddle.expand_v2 %x {shape = array<i32: -1, 2, 3>} : (tensor<2x3xf32>) -> tensor<?x2x3xf32>
  return %0 : tensor<?x2x3xf32>
}

// -----

func.func @expand_short(%x: tensor<2x3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{'shape' has 1 entries, fewer than X's rank 2}}
  %0 = paddle.expand_v2 %x {shape = array<i32: 3>} : (tensor<2x3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @expand_nothing(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{needs 'shape', Shape or expand_shapes_tensor}}
  %0 = paddle.expand_v2 %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @expand_as_nothing(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{needs Y or 'target_shape'}}
  %0 = paddle.expand_as_v2 %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @expand_as_dim(%x: tensor<2x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{X's dim 0 (2) cannot expand to 4}}
  %0 = paddle.expand_as_v2 %x {target_shape = array<i32: 4, 3>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @tile_repeat(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{repeat_times entries must be > 0, got 0}}
  %0 = paddle.tile %x {repeat_times = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @tile_rank(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{Out must have rank 3, got 2}}
  %0 = paddle.tile %x {repeat_times = array<i32: 2, 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @gather_axis(%x: tensor<2x3xf32>, %i: tensor<2xi64>) -> tensor<2x2xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0 = paddle.gather %x, %i {axis = 2 : si32} : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @gather_index(%x: tensor<2x3xf32>, %i: tensor<2x2xi64>) -> tensor<2x2x3xf32> {
  // expected-error @+1 {{Index must be 1-D (or [N, 1])}}
  %0 = paddle.gather %x, %i : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2x3xf32>
  return %0 : tensor<2x2x3xf32>
}

// -----

func.func @gather_type(%x: tensor<2x3xf32>, %i: tensor<2xi64>) -> tensor<2x3xf16> {
  // expected-error @+1 {{X and Out must have the same element type}}
  %0 = paddle.gather %x, %i : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @gather_nd_depth(%x: tensor<2x3xf32>, %i: tensor<4x3xi64>) -> tensor<4xf32> {
  // expected-error @+1 {{Index tuples have 3 entries, more than X's rank 2}}
  %0 = paddle.gather_nd %x, %i : (tensor<2x3xf32>, tensor<4x3xi64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @gather_nd_scalar(%x: tensor<2x3xf32>, %i: tensor<i64>) -> tensor<2x3xf32> {
  // expected-error @+1 {{Index must have rank >= 1}}
  %0 = paddle.gather_nd %x, %i : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @where_condition(%c: tensor<2xf32>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{operand #0 must be tensor of 1-bit signless integer values}}
  %0 = paddle.where %c, %x, %x : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @lookup_table_rank(%ids: tensor<2x7xi64>, %w: tensor<10xf32>) -> tensor<2x7x1xf32> {
  // expected-error @+1 {{W must have rank 2, got 1}}
  %0 = paddle.lookup_table_v2 %ids, %w : (tensor<2x7xi64>, tensor<10xf32>) -> tensor<2x7x1xf32>
  return %0 : tensor<2x7x1xf32>
}

// -----

func.func @lookup_table_padding(%ids: tensor<2x7xi64>, %w: tensor<10x4xf32>) -> tensor<2x7x4xf32> {
  // expected-error @+1 {{padding_idx 10 must be -1 or a row of W}}
  %0 = paddle.lookup_table_v2 %ids, %w {padding_idx = 10 : si64} : (tensor<2x7xi64>, tensor<10x4xf32>) -> tensor<2x7x4xf32>
  return %0 : tensor<2x7x4xf32>
}

// -----

func.func @lookup_table_width(%ids: tensor<2x7xi64>, %w: tensor<10x4xf32>) -> tensor<2x7x5xf32> {
  // expected-error @+1 {{result's last dim must be W's width 4}}
  %0 = paddle.lookup_table_v2 %ids, %w : (tensor<2x7xi64>, tensor<10x4xf32>) -> tensor<2x7x5xf32>
  return %0 : tensor<2x7x5xf32>
}

// -----

func.func @lookup_table_out_rank(%ids: tensor<2x7xi64>, %w: tensor<10x4xf32>) -> tensor<14x4xf32> {
  // expected-error @+1 {{result must have rank 3 ([*Ids.dims, W.dims[1]])}}
  %0 = paddle.lookup_table_v2 %ids, %w : (tensor<2x7xi64>, tensor<10x4xf32>) -> tensor<14x4xf32>
  return %0 : tensor<14x4xf32>
}

// -----

func.func @shape_size(%x: tensor<2x3xf32>) -> tensor<3xi32> {
  // expected-error @+1 {{result must hold 2 elements (Input's rank)}}
  %0 = paddle.shape %x : (tensor<2x3xf32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

func.func @shape_i64(%x: tensor<2x3xf32>) -> tensor<2xi64> {
  // expected-error @+1 {{result #0 must be tensor of 32-bit signless integer values}}
  %0 = paddle.shape %x : (tensor<2x3xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

func.func @fill_constant_dtype() -> tensor<2xf32> {
  // expected-error @+1 {{dtype 3 names 'i64', but the result holds 'f32'}}
  %0 = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 2>} : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @fill_constant_shape() -> tensor<3xf32> {
  // expected-error @+1 {{result dim 0 must be 2}}
  %0 = paddle.fill_constant {shape = array<i64: 2>} : () -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @fill_constant_rank() -> tensor<2xf32> {
  // expected-error @+1 {{result rank 1 differs from the 2 entries of 'shape'}}
  %0 = paddle.fill_constant {shape = array<i64: 2, 1>} : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @fill_constant_negative() -> tensor<?xf32> {
  // expected-error @+1 {{'shape' entries must be >= 0, got -1}}
  %0 = paddle.fill_constant {shape = array<i64: -1>} : () -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

func.func @fill_any_like_keep(%x: tensor<2xf32>) -> tensor<2xi32> {
  // expected-error @+1 {{dtype -1 keeps X's element type, but Out differs}}
  %0 = paddle.fill_any_like %x : (tensor<2xf32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

func.func @range_scalar(%s: tensor<2xi64>, %e: tensor<1xi64>) -> tensor<?xi64> {
  // expected-error @+1 {{Start, End and Step must hold 1 elements, got 2}}
  %0 = paddle.range %s, %e, %e : (tensor<2xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

func.func @range_types(%s: tensor<1xi64>, %e: tensor<1xi32>) -> tensor<?xi64> {
  // expected-error @+1 {{failed to verify that all of {Start, End, Step, Out} have same element type}}
  %0 = paddle.range %s, %e, %s : (tensor<1xi64>, tensor<1xi32>, tensor<1xi64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

func.func @conv_channels(%x: tensor<1x4x8x8xf32>, %f: tensor<8x3x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{Input has 4 channels but Filter takes 3 x groups 1}}
  %0 = paddle.conv2d %x, %f : (tensor<1x4x8x8xf32>, tensor<8x3x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_groups(%x: tensor<1x4x8x8xf32>, %f: tensor<6x1x3x3xf32>) -> tensor<1x6x6x6xf32> {
  // expected-error @+1 {{Filter's 6 output channels are not divisible by groups 4}}
  %0 = paddle.conv2d %x, %f {groups = 4 : si32} : (tensor<1x4x8x8xf32>, tensor<6x1x3x3xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

func.func @conv_group_zero(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{groups 0 must be >= 1}}
  %0 = paddle.depthwise_conv2d %x, %f {groups = 0 : si32} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_strides(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{strides must have 2 entries, got 3}}
  %0 = paddle.conv2d %x, %f {strides = array<i32: 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_dilations(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{dilations entries must be > 0, got 0}}
  %0 = paddle.conv2d %x, %f {dilations = array<i32: 1, 0>} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_paddings(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{paddings must have 2 or 4 entries, got 3}}
  %0 = paddle.conv2d %x, %f {paddings = array<i32: 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_negative_padding(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{paddings entries must be >= 0, got -1}}
  %0 = paddle.conv2d %x, %f {paddings = array<i32: -1, 1>} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_algorithm(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{padding_algorithm "FULL" is not one of "EXPLICIT", "SAME", "VALID"}}
  %0 = paddle.conv2d %x, %f {padding_algorithm = "FULL"} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_format(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{data_format "NCWH" is not one of "NCHW", "NHWC", "AnyLayout"}}
  %0 = paddle.conv2d %x, %f {data_format = "NCWH"} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_rank(%x: tensor<4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{Input must have rank 4, got 3}}
  %0 = paddle.conv2d %x, %f : (tensor<4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_transpose_channels(%x: tensor<1x4x8x8xf32>, %f: tensor<8x4x3x3xf32>) -> tensor<1x4x10x10xf32> {
  // expected-error @+1 {{Input has 4 channels but Filter's dim 0 is 8}}
  %0 = paddle.conv2d_transpose %x, %f : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) -> tensor<1x4x10x10xf32>
  return %0 : tensor<1x4x10x10xf32>
}

// -----

func.func @conv_transpose_groups(%x: tensor<1x6x8x8xf32>, %f: tensor<6x1x3x3xf32>) -> tensor<1x4x10x10xf32> {
  // expected-error @+1 {{Input channels (6) are not divisible by groups 4}}
  %0 = paddle.conv2d_transpose %x, %f {groups = 4 : si32} : (tensor<1x6x8x8xf32>, tensor<6x1x3x3xf32>) -> tensor<1x4x10x10xf32>
  return %0 : tensor<1x4x10x10xf32>
}

// -----

func.func @pool_type(%x: tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error @+1 {{pooling_type "min" is not one of "max", "avg"}}
  %0 = paddle.pool2d %x {ksize = array<i32: 2, 2>, pooling_type = "min"} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

func.func @pool_ksize(%x: tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error @+1 {{ksize must have 2 entries, got 1}}
  %0 = paddle.pool2d %x {ksize = array<i32: 2>, pooling_type = "max"} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

func.func @pool_strides(%x: tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error @+1 {{strides entries must be > 0, got 0}}
  %0 = paddle.pool2d %x {ksize = array<i32: 2, 2>, pooling_type = "avg", strides = array<i32: 0, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

func.func @batch_norm_channels(%x: tensor<2x8x4x4xf32>, %c: tensor<4xf32>) -> tensor<2x8x4x4xf32> {
  // expected-error @+1 {{per-channel parameters must hold 8 elements, got 4}}
  %0:5 = paddle.batch_norm %x Mean(%c) Variance(%c) : (tensor<2x8x4x4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<2x8x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
  return %0#0 : tensor<2x8x4x4xf32>
}

// -----

func.func @batch_norm_epsilon(%x: tensor<2x8xf32>, %c: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{epsilon 1.000000e-02 must be in [0, 0.001]}}
  %0:5 = paddle.batch_norm %x Mean(%c) Variance(%c) {epsilon = 0.01 : f32} : (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
  return %0#0 : tensor<2x8xf32>
}

// -----

func.func @batch_norm_rank(%x: tensor<8xf32>, %c: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{X must have rank 2 to 5, got 1}}
  %0:5 = paddle.batch_norm %x Mean(%c) Variance(%c) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
  return %0#0 : tensor<8xf32>
}

// -----

func.func @batch_norm_layout(%x: tensor<2x8xf32>, %c: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{data_layout "NC" is not one of "NCHW", "NHWC", "AnyLayout"}}
  %0:5 = paddle.batch_norm %x Mean(%c) Variance(%c) {data_layout = "NC"} : (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
  return %0#0 : tensor<2x8xf32>
}

// -----

func.func @instance_norm_scale(%x: tensor<2x8x4x4xf32>, %c: tensor<4xf32>) -> tensor<2x8x4x4xf32> {
  // expected-error @+1 {{per-channel parameters must hold 8 elements, got 4}}
  %0:3 = paddle.instance_norm %x Scale(%c) : (tensor<2x8x4x4xf32>, tensor<4xf32>) -> (tensor<2x8x4x4xf32>, tensor<16xf32>, tensor<16xf32>)
  return %0#0 : tensor<2x8x4x4xf32>
}

// -----

func.func @group_norm_groups(%x: tensor<2x6x4x4xf32>) -> tensor<2x6x4x4xf32> {
  // expected-error @+1 {{the 6 channels are not divisible by groups 4}}
  %0:3 = paddle.group_norm %x {groups = 4 : si32} : (tensor<2x6x4x4xf32>) -> (tensor<2x6x4x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>)
  return %0#0 : tensor<2x6x4x4xf32>
}

// -----

func.func @group_norm_default(%x: tensor<2x6x4x4xf32>) -> tensor<2x6x4x4xf32> {
  // expected-error @+1 {{groups -1 must be >= 1}}
  %0:3 = paddle.group_norm %x {groups = -1 : si32} : (tensor<2x6x4x4xf32>) -> (tensor<2x6x4x4xf32>, tensor<2x1xf32>, tensor<2x1xf32>)
  return %0#0 : tensor<2x6x4x4xf32>
}

// -----

func.func @pad3d_paddings(%x: tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x6x7xf32> {
  // expected-error @+1 {{paddings must have 6 entries, got 4}}
  %0 = paddle.pad3d %x {paddings = array<i32: 1, 1, 1, 1>} : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x6x7xf32>
  return %0 : tensor<1x2x3x6x7xf32>
}

// -----

func.func @pad3d_mode(%x: tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xf32> {
  // expected-error @+1 {{mode "edge" is not one of "constant", "reflect", "replicate", "circular"}}
  %0 = paddle.pad3d %x {paddings = array<i32: 0, 0, 0, 0, 0, 0>, mode = "edge"} : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xf32>
  return %0 : tensor<1x2x3x4x5xf32>
}

// -----

func.func @pad3d_rank(%x: tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32> {
  // expected-error @+1 {{X must have rank 5, got 4}}
  %0 = paddle.pad3d %x {paddings = array<i32: 0, 0, 0, 0, 0, 0>} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

func.func @interp_method(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{interp_method must be "nearest", got "bilinear"}}
  %0 = paddle.nearest_interp_v2 %x {interp_method = "bilinear", out_h = 8 : si32, out_w = 8 : si32} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @interp_size(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{needs an output size: SizeTensor, OutSize, Scale, out_h and out_w, or 'scale'}}
  %0 = paddle.bilinear_interp_v2 %x {interp_method = "bilinear"} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @interp_scale(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{scale entries must be > 0, got -2}}
  %0 = paddle.bilinear_interp_v2 %x {interp_method = "bilinear", scale = array<f32: -2.0, 2.0>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @interp_align_mode(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{align_mode 2 must be 0 or 1}}
  %0 = paddle.bilinear_interp_v2 %x {interp_method = "bilinear", out_h = 8 : si32, out_w = 8 : si32, align_mode = 2 : si32} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @interp_rank(%x: tensor<3x4x4xf32>) -> tensor<3x8x8xf32> {
  // expected-error @+1 {{X must have rank 4, got 3}}
  %0 = paddle.bilinear_interp_v2 %x {interp_method = "bilinear", out_h = 8 : si32, out_w = 8 : si32} : (tensor<3x4x4xf32>) -> tensor<3x8x8xf32>
  return %0 : tensor<3x8x8xf32>
}

// -----

func.func @dropout_prob(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{dropout_prob 1.500000e+00 must be in [0, 1]}}
  %0, %m = paddle.dropout %x {dropout_prob = 1.5 : f32} : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2xui8>)
  return %0 : tensor<2xf32>
}

// -----

func.func @dropout_implementation(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{dropout_implementation "scale" is not one of "downgrade_in_infer", "upscale_in_train"}}
  %0, %m = paddle.dropout %x {dropout_implementation = "scale"} : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2xui8>)
  return %0 : tensor<2xf32>
}

// -----

func.func @fc_activation(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{activation_type "gelu" is not one of "", "relu"}}
  %0 = paddle.fc %x, %w {activation_type = "gelu"} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fc_k(%x: tensor<2x5x4xf32>, %w: tensor<4x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{Input's dims from in_num_col_dims on hold 20 elements but W has 4 rows}}
  %0 = paddle.fc %x, %w : (tensor<2x5x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fc_cols(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{in_num_col_dims 2 must be in [1, 2)}}
  %0 = paddle.fc %x, %w {in_num_col_dims = 2 : si32} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fc_bias(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{Bias must hold 3 elements, got 4}}
  %0 = paddle.fc %x, %w Bias(%b) : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fc_weight_rank(%x: tensor<2x4xf32>, %w: tensor<4x3x1xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{W must have rank 2, got 3}}
  %0 = paddle.fc %x, %w : (tensor<2x4xf32>, tensor<4x3x1xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @multihead_heads(%x: tensor<2x7x16xf32>, %w: tensor<16x3x16xf32>, %b: tensor<3x16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{hidden size 16 is not divisible by head_number 3}}
  %0 = paddle.multihead_matmul %x, %w, %b {head_number = 3 : si32} : (tensor<2x7x16xf32>, tensor<16x3x16xf32>, tensor<3x16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @multihead_weight(%x: tensor<2x7x16xf32>, %w: tensor<16x2x16xf32>, %b: tensor<3x16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{W must be [hidden, 3, hidden]}}
  %0 = paddle.multihead_matmul %x, %w, %b : (tensor<2x7x16xf32>, tensor<16x2x16xf32>, tensor<3x16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @multihead_bias(%x: tensor<2x7x16xf32>, %w: tensor<16x3x16xf32>, %b: tensor<3x8xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{Bias must be [3, hidden]}}
  %0 = paddle.multihead_matmul %x, %w, %b : (tensor<2x7x16xf32>, tensor<16x3x16xf32>, tensor<3x8xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @multihead_input(%x: tensor<2x7x8xf32>, %w: tensor<16x3x16xf32>, %b: tensor<3x16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{Input's hidden size 8 differs from W's 16}}
  %0 = paddle.multihead_matmul %x, %w, %b : (tensor<2x7x8xf32>, tensor<16x3x16xf32>, tensor<3x16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @skip_layernorm_shapes(%x: tensor<2x7x16xf32>, %y: tensor<2x8x16xf32>, %s: tensor<16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{X and Y must have the same shape}}
  %0 = paddle.skip_layernorm %x, %y, %s, %s {epsilon = 1.0e-5 : f32, begin_norm_axis = 2 : si32} : (tensor<2x7x16xf32>, tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @skip_layernorm_scale(%x: tensor<2x7x16xf32>, %s: tensor<8xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{Scale and Bias must hold 16 elements, got 8}}
  %0 = paddle.skip_layernorm %x, %x, %s, %s {epsilon = 1.0e-5 : f32, begin_norm_axis = 2 : si32} : (tensor<2x7x16xf32>, tensor<2x7x16xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @skip_layernorm_axis(%x: tensor<2x7x16xf32>, %s: tensor<16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{begin_norm_axis 3 must be in [1, 3)}}
  %0 = paddle.skip_layernorm %x, %x, %s, %s {epsilon = 1.0e-5 : f32, begin_norm_axis = 3 : si32} : (tensor<2x7x16xf32>, tensor<2x7x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @embedding_counts(%ids: tensor<2x7xi64>, %w: tensor<10x16xf32>, %s: tensor<16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{needs as many Ids as Embs (at least one), got 2 and 1}}
  %0 = paddle.fused_embedding_eltwise_layernorm Ids(%ids, %ids) Embs(%w) Bias(%s) Scale(%s) : (tensor<2x7xi64>, tensor<2x7xi64>, tensor<10x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @embedding_width(%ids: tensor<2x7xi64>, %w: tensor<10x16xf32>, %t: tensor<2x8xf32>, %s: tensor<16xf32>) -> tensor<2x7x16xf32> {
  // expected-error @+1 {{all Embs must have the same width}}
  %0 = paddle.fused_embedding_eltwise_layernorm Ids(%ids, %ids) Embs(%w, %t) Bias(%s) Scale(%s) : (tensor<2x7xi64>, tensor<2x7xi64>, tensor<10x16xf32>, tensor<2x8xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x7x16xf32>
  return %0 : tensor<2x7x16xf32>
}

// -----

func.func @quant_axis(%x: tensor<4x8xf32>, %s: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{quant_axis 2 must be -1, 0 or 1}}
  %0 = paddle.quantize_linear %x, %s, %s {quant_axis = 2 : si32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @quant_bits(%x: tensor<4x8xf32>, %s: tensor<1xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{bit_length 32 must be in [1, 16]}}
  %0 = paddle.quantize_linear %x, %s, %s {quant_axis = -1 : si32, bit_length = 32 : si32} : (tensor<4x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @quant_range(%x: tensor<4x8xf32>, %s: tensor<1xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{qmin 127 must be below qmax 127}}
  %0 = paddle.quantize_linear %x, %s, %s {quant_axis = -1 : si32, qmin = 127 : si32} : (tensor<4x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @quant_round(%x: tensor<4x8xf32>, %s: tensor<1xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{round_type 2 must be 0 (half to even) or 1 (half away from zero)}}
  %0 = paddle.quantize_linear %x, %s, %s {quant_axis = -1 : si32, round_type = 2 : si32} : (tensor<4x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @quant_per_tensor(%x: tensor<4x8xf32>, %s: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{Scale (per tensor) must hold 1 elements, got 8}}
  %0 = paddle.quantize_linear %x, %s, %s {quant_axis = -1 : si32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @dequant_per_channel(%w: tensor<4x8xi8>, %s: tensor<4xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{Scale (one per channel) must hold 8 elements, got 4}}
  %0 = paddle.dequantize_linear %w, %s, %s {quant_axis = 1 : si32} : (tensor<4x8xi8>, tensor<4xf32>, tensor<4xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @dequant_axis_rank(%w: tensor<8xi8>, %s: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{quant_axis 1 is out of range for rank 1}}
  %0 = paddle.dequantize_linear %w, %s, %s {quant_axis = 1 : si32} : (tensor<8xi8>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

func.func @size_rank(%x: tensor<2x3xf32>) -> tensor<1xi64> {
  // expected-error @+1 {{Out must have rank 0}}
  %0 = paddle.size %x : (tensor<2x3xf32>) -> tensor<1xi64>
  return %0 : tensor<1xi64>
}

// -----

func.func @pixel_shuffle_channels(%x: tensor<1x6x4x4xf32>) -> tensor<1x1x8x8xf32> {
  // expected-error @+1 {{X's 6 channels do not split into blocks of 2x2}}
  %0 = paddle.pixel_shuffle %x {upscale_factor = 2 : si32} : (tensor<1x6x4x4xf32>) -> tensor<1x1x8x8xf32>
  return %0 : tensor<1x1x8x8xf32>
}

// -----

func.func @conv3d_paddings(%x: tensor<1x2x4x4x4xf32>, %w: tensor<3x2x3x3x3xf32>) -> tensor<1x3x4x4x4xf32> {
  // expected-error @+1 {{paddings must have 3 or 6 entries, got 2}}
  %0 = paddle.conv3d %x, %w {paddings = array<i32: 1, 1>} : (tensor<1x2x4x4x4xf32>, tensor<3x2x3x3x3xf32>) -> tensor<1x3x4x4x4xf32>
  return %0 : tensor<1x3x4x4x4xf32>
}

// -----

func.func @prelu_channel(%x: tensor<2x3x4xf32>, %a: tensor<4xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+1 {{Alpha must hold 3 elements, got 4}}
  %0 = paddle.prelu %x, %a {mode = "channel"} : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

func.func @lrn_rank(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+1 {{X must have rank 4}}
  %0:2 = paddle.lrn %x : (tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>)
  return %0#0 : tensor<2x3x4xf32>
}

// -----

func.func @linear_interp_rank(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{X must have rank 3}}
  %0 = paddle.linear_interp_v2 %x {interp_method = "linear", out_w = 8 : si32} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

// index ops:
func.func @tril_triu_rank(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{X must have rank >= 2, got 1}}
  %0 = paddle.tril_triu %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @where_index_rank(%x: tensor<f32>) -> tensor<?x0xi64> {
  // expected-error @+1 {{Condition must have rank >= 1}}
  %0 = paddle.where_index %x : (tensor<f32>) -> tensor<?x0xi64>
  return %0 : tensor<?x0xi64>
}

// -----

func.func @scatter_nd_add_updates(%x: tensor<4x4xf32>, %i: tensor<5x1xi64>, %u: tensor<5xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{Updates must have rank 2 ([*Index.dims[:-1], *X.dims[depth:]])}}
  %0 = paddle.scatter_nd_add %x, %i, %u : (tensor<4x4xf32>, tensor<5x1xi64>, tensor<5xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @take_along_axis_rank(%x: tensor<4x4xf32>, %i: tensor<4xi64>) -> tensor<4xf32> {
  // expected-error @+1 {{Index must have Input's rank 2, got 1}}
  %0 = paddle.take_along_axis %x, %i {Axis = 0 : si32} : (tensor<4x4xf32>, tensor<4xi64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @put_along_axis_reduce(%x: tensor<4x4xf32>, %i: tensor<4x1xi64>, %v: tensor<4x1xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{Reduce}}
  %0 = paddle.put_along_axis %x, %i, %v {Axis = 1 : si32, Reduce = "max"} : (tensor<4x4xf32>, tensor<4x1xi64>, tensor<4x1xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @argsort_axis(%x: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xi64>) {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0:2 = paddle.argsort %x {axis = 2 : si32} : (tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xi64>)
  return %0#0, %0#1 : tensor<4x4xf32>, tensor<4x4xi64>
}

// -----

// math:
func.func @einsum_scratch(%x: tensor<2x3xf32>, %y: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{has 2 operands, so it needs 2 InnerCache and 2 XShape results}}
  %0:3 = paddle.einsum %x, %y {equation = "ij,jk->ik", resultSegmentSizes = array<i32: 1, 1, 1>} : (tensor<2x3xf32>, tensor<3x4xf32>) -> (tensor<2x4xf32>, tensor<?x?xf32>, tensor<2x3xf32>)
  return %0#0 : tensor<2x4xf32>
}

// -----

func.func @einsum_spaces(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{equation must not contain spaces}}
  %0:3 = paddle.einsum %x {equation = "ij -> ji", resultSegmentSizes = array<i32: 1, 1, 1>} : (tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<?x?xf32>, tensor<2x3xf32>)
  return %0#0 : tensor<3x2xf32>
}

// -----

func.func @bitwise_broadcast(%a: tensor<2x3xi32>, %b: tensor<4xi32>) -> tensor<2x3xi32> {
  // expected-error @+1 {{X and Y do not broadcast}}
  %0 = paddle.bitwise_or %a, %b : (tensor<2x3xi32>, tensor<4xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

func.func @logsumexp_axis(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{dim 2 is out of range}}
  %0 = paddle.logsumexp %x {axis = array<i32: 2>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @grid_sampler_mode(%x: tensor<1x3x4x4xf32>, %g: tensor<1x2x2x2xf32>) -> tensor<1x3x2x2xf32> {
  // expected-error @+1 {{mode "bicubic" is not one of "bilinear", "nearest"}}
  %0 = paddle.grid_sampler %x, %g {mode = "bicubic"} : (tensor<1x3x4x4xf32>, tensor<1x2x2x2xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// -----

func.func @grid_sampler_grid(%x: tensor<1x3x4x4xf32>, %g: tensor<1x2x2x3xf32>) -> tensor<1x3x2x2xf32> {
  // expected-error @+1 {{Grid's last dim must be 2, got 3}}
  %0 = paddle.grid_sampler %x, %g : (tensor<1x3x4x4xf32>, tensor<1x2x2x3xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// -----

func.func @grid_sampler_output(%x: tensor<1x3x4x4xf32>, %g: tensor<1x2x5x2xf32>) -> tensor<1x3x2x2xf32> {
  // expected-error @+1 {{Output's spatial dims must be Grid's dims 1 to 2}}
  %0 = paddle.grid_sampler %x, %g : (tensor<1x3x4x4xf32>, tensor<1x2x5x2xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// -----

func.func @cumprod_dim(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{dim 2 is out of range}}
  %0 = paddle.cumprod %x {dim = 2 : si32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// reduce_sum widens int32 to int64 in Paddle; the dialect's result type
// would lie.
func.func @reduce_sum_int32(%x: tensor<2x3xi32>) -> tensor<2xi32> {
  // expected-error @+1 {{'paddle.reduce_sum' op X has element type 'i32', which Paddle's CPU kernel lacks (it takes uint8, int8, int16, int64, float32, float64)}}
  %0 = paddle.reduce_sum %x {dim = array<i32: 1>} : (tensor<2x3xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// The kernel-type table (cpuKernelTypes in ODS): Paddle's CPU where kernel
// has no float16 variant; the slot it dispatches on is X, not Condition.
func.func @where_kernel_type(%c: tensor<4xi1>, %x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error @+1 {{X has element type 'f16', which Paddle's CPU kernel lacks (it takes bool, int32, int64, float32, float64)}}
  %0 = paddle.where %c, %x, %x : (tensor<4xi1>, tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @sin_kernel_type(%x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error @+1 {{operand #0 must be tensor of 32-bit float or 64-bit float values}}
  %0 = paddle.sin %x : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @self_dp_attention_packing(%x: tensor<2x7x2x4x8xf32>) -> tensor<2x7x4x8xf32> {
  // expected-error @+1 {{X must be [batch, seq, 3, head_number, head_dim]}}
  %0 = paddle.self_dp_attention %x {head_number = 4 : si32} : (tensor<2x7x2x4x8xf32>) -> tensor<2x7x4x8xf32>
  return %0 : tensor<2x7x4x8xf32>
}

// -----

func.func @self_dp_attention_out(%x: tensor<2x7x3x4x8xf32>) -> tensor<2x7x4x16xf32> {
  // expected-error @+1 {{Out must be [batch, seq, head_number, head_dim] of X}}
  %0 = paddle.self_dp_attention %x {head_number = 4 : si32} : (tensor<2x7x3x4x8xf32>) -> tensor<2x7x4x16xf32>
  return %0 : tensor<2x7x4x16xf32>
}

// -----

func.func @self_dp_attention_rank(%x: tensor<2x7x3x32xf32>) -> tensor<2x7x4x8xf32> {
  // expected-error @+1 {{X must have rank 5}}
  %0 = paddle.self_dp_attention %x {head_number = 4 : si32} : (tensor<2x7x3x32xf32>) -> tensor<2x7x4x8xf32>
  return %0 : tensor<2x7x4x8xf32>
}
