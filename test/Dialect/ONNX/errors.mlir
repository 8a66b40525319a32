// Each class of invalid onnx op is rejected with a message naming the rule:
// hand-written verifiers (Gemm, MatMul, Reshape, Transpose, Split, region
// ops), the generic traits the generator attaches from the schemas (axis
// ranges, minimum arity, shared element types, broadcasting) and ODS's own
// checks (operand types, counts, required attributes).
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
  // expected-error @+1 {{operand #0 must be tensor of 32-bit float or 32-bit signless integer}}
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

// -----

func.func @softmax_axis_negative(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis -3 is out of range for rank 2 (expected [-2, 1])}}
  %0 = onnx.Softmax %x {axis = -3 : si64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>) -> tensor<4x3xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0 = onnx.Concat %a, %a {axis = 2 : si64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// Flatten's axis may equal the rank ([-r, r]).
func.func @flatten_axis(%a: tensor<2x3xf32>) -> tensor<6x1xf32> {
  %0 = onnx.Flatten %a {axis = 2 : si64} : (tensor<2x3xf32>) -> tensor<6x1xf32>
  // expected-error @+1 {{axis 3 is out of range for rank 2 (expected [-2, 2])}}
  %1 = onnx.Flatten %a {axis = 3 : si64} : (tensor<2x3xf32>) -> tensor<6x1xf32>
  return %1 : tensor<6x1xf32>
}

// -----

// An unranked input is not an error: the verifier does not guess.
func.func @axis_unranked(%a: tensor<*xf32>, %b: tensor<4xf32>, %i: tensor<2xi64>) -> tensor<*xf32> {
  %0 = onnx.Gather %a, %i {axis = 7 : si64} : (tensor<*xf32>, tensor<2xi64>) -> tensor<*xf32>
  // expected-error @+1 {{axis 7 is out of range for rank 1}}
  %1 = onnx.Gather %b, %i {axis = 7 : si64} : (tensor<4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @axes_range(%x: tensor<1x3x4x4xf32>, %none: none) -> tensor<1x3x4x4xf32> {
  // expected-error @+1 {{axes entry 4 is out of range for rank 4 (expected [-4, 3])}}
  %0 = onnx.Resize %x, %none, %none, %none {axes = array<i64: 2, 4>} : (tensor<1x3x4x4xf32>, none, none, none) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @axes_repeated(%x: tensor<1x3x4x4xf32>, %none: none) -> tensor<1x3x4x4xf32> {
  // expected-error @+1 {{axes entry -1 repeats an axis}}
  %0 = onnx.Resize %x, %none, %none, %none {axes = array<i64: 3, -1>} : (tensor<1x3x4x4xf32>, none, none, none) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @concat_no_inputs() -> tensor<2xf32> {
  // expected-error @+1 {{expected 1 or more operands, but found 0}}
  %0 = onnx.Concat {axis = 0 : si64} : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @split_no_results(%x: tensor<4xf32>, %none: none) {
  // expected-error @+1 {{expected 1 or more results, but found 0}}
  onnx.Split %x, %none : (tensor<4xf32>, none) -> ()
  return
}

// -----

func.func @concat_requires_axis(%a: tensor<2xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{requires attribute 'axis'}}
  %0 = onnx.Concat %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @gemm_operand_count(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // An absent optional input is still an operand (`none`).
  // expected-error @+1 {{expected 3 operands, but found 2}}
  %0 = onnx.Gemm %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gemm_element_types(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>, %c: none) -> tensor<2x4xf32> {
  // expected-error @+1 {{failed to verify that all of {A, B, Y} have same element type}}
  %0 = onnx.Gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf16>, none) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @optional_input_type(%x: tensor<4xf32>, %t: tensor<2xi32>, %none: none) -> tensor<4xf32> {
  // Resize's `sizes` is tensor(int64) or absent.
  // expected-error @+1 {{operand #3 must be tensor of 64-bit signless integer values or none type}}
  %0 = onnx.Resize %x, %none, %none, %t : (tensor<4xf32>, none, none, tensor<2xi32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sequence_expected(%x: tensor<4xf32>, %i: tensor<i64>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #0 must be sequence of tensor of 8-bit unsigned integer or}}
  %0 = onnx.SequenceAt %x, %i : (tensor<4xf32>, tensor<i64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @optional_element_type(%x: tensor<4xf8E4M3FN>) -> !onnx.Opt<tensor<4xf8E4M3FN>> {
  // ONNX's Optional does not take float8 tensors.
  // expected-error @+1 {{operand #0 must be tensor of 8-bit unsigned integer}}
  %0 = onnx.Optional %x : (tensor<4xf8E4M3FN>) -> !onnx.Opt<tensor<4xf8E4M3FN>>
  return %0 : !onnx.Opt<tensor<4xf8E4M3FN>>
}

// -----

func.func @optional_expected(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{result #0 must be optional sequence of tensor of}}
  %0 = onnx.Optional %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @transpose_perm_length(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{'perm' has 3 entries for an input of rank 2}}
  %0 = onnx.Transpose %x {perm = array<i64: 1, 0, 2>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_not_permutation(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{'perm' is not a permutation of [0, 2)}}
  %0 = onnx.Transpose %x {perm = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @split_num_outputs(%x: tensor<6xf32>, %none: none) {
  // expected-error @+1 {{'num_outputs' is 3 but the op has 2 results}}
  %0:2 = onnx.Split %x, %none {num_outputs = 3 : si64} : (tensor<6xf32>, none) -> (tensor<3xf32>, tensor<3xf32>)
  return
}

// -----

func.func @split_both(%x: tensor<6xf32>, %s: tensor<2xi64>) {
  // expected-error @+1 {{takes either the 'split' input or the 'num_outputs' attribute, not both}}
  %0:2 = onnx.Split %x, %s {num_outputs = 2 : si64} : (tensor<6xf32>, tensor<2xi64>) -> (tensor<3xf32>, tensor<3xf32>)
  return
}

// -----

func.func @split_sizes(%x: tensor<6xf32>, %s: tensor<3xi64>) {
  // expected-error @+1 {{'split' has 3 entries but the op has 2 results}}
  %0:2 = onnx.Split %x, %s : (tensor<6xf32>, tensor<3xi64>) -> (tensor<3xf32>, tensor<3xf32>)
  return
}

// -----

func.func @if_yield_count(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{region 'else_branch' yields 2 values, expected 1}}
  %0 = "onnx.If"(%c) ({
    onnx.Yield %x : tensor<2xf32>
  }, {
    onnx.Yield %x, %x : tensor<2xf32>, tensor<2xf32>
  }) : (tensor<i1>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @loop_body_arguments(%n: tensor<i64>, %c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // The body takes the iteration number, the condition and each loop value.
  // expected-error @+1 {{region 'body' takes 2 arguments, expected 3}}
  %0 = "onnx.Loop"(%n, %c, %x) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>):
    onnx.Yield %cond, %x : tensor<i1>, tensor<2xf32>
  }) : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @scan_yield_count(%s: tensor<2xf32>, %xs: tensor<5x2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{region 'body' yields 2 values, expected 1}}
  %0 = "onnx.Scan"(%s, %xs) <{num_scan_inputs = 1 : si64}> ({
  ^bb0(%a: tensor<2xf32>, %b: tensor<2xf32>):
    onnx.Yield %a, %b : tensor<2xf32>, tensor<2xf32>
  }) : (tensor<2xf32>, tensor<5x2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @if_needs_yield(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{region 'then_branch' must end in onnx.Yield}}
  %0 = "onnx.If"(%c) ({
    func.return %x : tensor<2xf32>
  }, {
    onnx.Yield %x : tensor<2xf32>
  }) : (tensor<i1>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @yield_outside_graph(%x: tensor<2xf32>) {
  // expected-error @+1 {{expects parent op to be one of 'onnx.If, onnx.Loop, onnx.Scan, onnx.SequenceMap'}}
  onnx.Yield %x : tensor<2xf32>
}

// -----

func.func @cast_to(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{result element type 'f32' differs from 'f16' named by 'to'}}
  %0 = onnx.Cast %x {to = 10 : si64} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @cast_unknown_data_type(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{attribute 'to' is 99, not an ONNX data type}}
  %0 = onnx.Cast %x {to = 99 : si64} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @random_default_dtype() -> tensor<2xf64> {
  // dtype defaults to 1 (float).
  // expected-error @+1 {{result element type 'f64' differs from 'f32' named by 'dtype'}}
  %0 = onnx.RandomNormal {shape = array<i64: 2>} : () -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

func.func @eye_like_input_type(%x: tensor<3x3xi64>) -> tensor<3x3xf32> {
  // Without dtype, EyeLike's result has its input's element type.
  // expected-error @+1 {{result element type 'f32' differs from 'i64' of the input}}
  %0 = onnx.EyeLike %x : (tensor<3x3xi64>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

func.func @ms_attention_heads(%x: tensor<2x5x8xf32>, %w: tensor<8x24xf32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{'onnx.ms.Attention' op weights' 24 columns are not three equal multiples of num_heads (3)}}
  %a, %p = onnx.ms.Attention %x, %w, %none, %none, %none, %none, %none {num_heads = 3 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, none, none, none, none) -> (tensor<2x5x8xf32>, none)
  return %a : tensor<2x5x8xf32>
}

// -----

func.func @ms_attention_qkv_sizes(%x: tensor<2x5x8xf32>, %w: tensor<8x24xf32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{'onnx.ms.Attention' op weights have 24 columns, qkv_hidden_sizes sum to 20}}
  %a, %p = onnx.ms.Attention %x, %w, %none, %none, %none, %none, %none {num_heads = 2 : si64, qkv_hidden_sizes = array<i64: 8, 8, 4>} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, none, none, none, none) -> (tensor<2x5x8xf32>, none)
  return %a : tensor<2x5x8xf32>
}
