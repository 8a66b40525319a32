// Ops --onnx-to-paddle cannot convert are all reported, each at its ONNX
// node, with the reason, and the pass fails.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle -verify-diagnostics

func.func @several(%x: tensor<2x3xf32>, %s: tensor<2xi64>, %i: tensor<2x3xi32>) -> (tensor<3x2xf32>, tensor<2x3xi32>, tensor<2x3xf32>) {
  // expected-error @+1 {{cannot convert 'onnx.Reshape' to the paddle dialect: the target shape is not a constant (dynamic shapes are not converted yet)}}
  %0 = onnx.Reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  // expected-error @+1 {{cannot convert 'onnx.Div' to the paddle dialect: only floating-point operands are converted (integer semantics differ)}}
  %1 = onnx.Div %i, %i : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
  // expected-error @+1 {{cannot convert 'onnx.Sin' to the paddle dialect: no conversion for this operator yet}}
  %2 = onnx.Sin %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2 : tensor<3x2xf32>, tensor<2x3xi32>, tensor<2x3xf32>
}

// -----

func.func @allowzero(%x: tensor<0x3xf32>) -> tensor<3x0xf32> {
  %s = onnx.Constant dense<[3, 0]> : tensor<2xi64>
  // expected-error @+1 {{allowzero = 1 with a 0 in the shape (an empty dim) has no reshape2 equivalent}}
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}

// -----

// indexing:
func.func @slice_dynamic_axes(%x: tensor<4x4xf32>, %s: tensor<1xi64>, %a: tensor<1xi64>) -> tensor<?x?xf32> {
  %e = onnx.Constant dense<[3]> : tensor<1xi64>
  %none = onnx.NoValue
  // expected-error @+1 {{cannot convert 'onnx.Slice' to the paddle dialect: the axes are not a constant (Paddle's slice takes axes as an attribute only)}}
  %0 = onnx.Slice %x, %s, %e, %a, %none : (tensor<4x4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @cumsum_dynamic_axis(%x: tensor<4x4xf32>, %a: tensor<i64>) -> tensor<4x4xf32> {
  // expected-error @+1 {{the axis is not a constant (cumsum takes it as an attribute only)}}
  %0 = onnx.CumSum %x, %a : (tensor<4x4xf32>, tensor<i64>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @pad_dynamic(%x: tensor<4x4xf32>, %p: tensor<4xi64>) -> tensor<?x?xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{the pads are not a constant}}
  %0 = onnx.Pad %x, %p, %none, %none : (tensor<4x4xf32>, tensor<4xi64>, none, none) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @pad_leading_dims(%x: tensor<2x3x4x5xf32>) -> tensor<3x3x4x5xf32> {
  %p = onnx.Constant dense<[1, 0, 0, 0, 0, 0, 0, 0]> : tensor<8xi64>
  %none = onnx.NoValue
  // expected-error @+1 {{only the last three dims are padded (pad3d; Paddle's pad op crashes under oneDNN)}}
  %0 = onnx.Pad %x, %p, %none, %none : (tensor<2x3x4x5xf32>, tensor<8xi64>, none, none) -> tensor<3x3x4x5xf32>
  return %0 : tensor<3x3x4x5xf32>
}

// -----

func.func @scatternd_max_dynamic(%x: tensor<?x4xf32>, %i: tensor<2x1xi64>, %u: tensor<2x4xf32>) -> tensor<?x4xf32> {
  // expected-error @+1 {{reduction 'max' needs a static data shape and index depth}}
  %0 = onnx.ScatterND %x, %i, %u {reduction = "max"} : (tensor<?x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

func.func @topk_uint64(%x: tensor<3x4xui64>) -> (tensor<3x2xui64>, tensor<3x2xi64>) {
  %k = onnx.Constant dense<2> : tensor<1xi64>
  // expected-error @+1 {{operand 0 (tensor<3x4xui64>) has no Paddle element type}}
  %0:2 = onnx.TopK %x, %k : (tensor<3x4xui64>, tensor<1xi64>) -> (tensor<3x2xui64>, tensor<3x2xi64>)
  return %0#0, %0#1 : tensor<3x2xui64>, tensor<3x2xi64>
}

// -----

func.func @argmax_last_dynamic(%x: tensor<?xf32>) -> tensor<i64> {
  // expected-error @+1 {{select_last_index with an unknown dim along the axis and a 0-D result}}
  %0 = onnx.ArgMax %x {axis = 0 : si64, keepdims = 0 : si64, select_last_index = 1 : si64} : (tensor<?xf32>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// Paddle's CPU kernels lack some element types (float16 for most).
func.func @where_f16(%c: tensor<4xi1>, %x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error @+1 {{Paddle's CPU where kernel has no f16 variant}}
  %0 = onnx.Where %c, %x, %x : (tensor<4xi1>, tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @pad_i8(%x: tensor<4x4xi8>) -> tensor<4x6xi8> {
  %p = onnx.Constant dense<[0, 1, 0, 1]> : tensor<4xi64>
  %none = onnx.NoValue
  // expected-error @+1 {{Paddle's CPU pad3d kernel has no i8 variant}}
  %0 = onnx.Pad %x, %p, %none, %none : (tensor<4x4xi8>, tensor<4xi64>, none, none) -> tensor<4x6xi8>
  return %0 : tensor<4x6xi8>
}
