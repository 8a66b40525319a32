// Ops --onnx-to-paddle cannot convert are all reported, each at its ONNX
// node, with the reason, and the pass fails.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle -verify-diagnostics

func.func @several(%xd: tensor<?x3xf32>, %x: tensor<2x3xf32>, %s: tensor<2xi64>, %i: tensor<2x3xi32>) -> (tensor<3x2xf32>, tensor<2x3xi32>, tensor<2x3xf32>) {
  // expected-error @+1 {{cannot convert 'onnx.Reshape' to the paddle dialect: allowzero = 1 with a dynamic shape: a 0 in it (an empty dim) has no reshape2 equivalent}}
  %0 = onnx.Reshape %xd, %s {allowzero = 1 : si64} : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
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
  %0 = onnx.Reshape %xd, %s {allowzero = 1 : si64} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}

// -----

// shape:
func.func @reshape_allowzero_dynamic(%x: tensor<?x3xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  // expected-error @+1 {{allowzero = 1 with a dynamic shape: a 0 in it (an empty dim) has no reshape2 equivalent}}
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// shape:
func.func @squeeze_dynamic_axes(%x: tensor<?x1x3xf32>, %a: tensor<1xi64>) -> tensor<?x3xf32> {
  // expected-error @+1 {{the axes are not a constant (squeeze2 takes them as an attribute only)}}
  %0 = onnx.Squeeze %x, %a : (tensor<?x1x3xf32>, tensor<1xi64>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

// shape:
func.func @expand_empty(%x: tensor<1x3xf32>) -> tensor<0x3xf32> {
  %c = onnx.Constant dense<[0, 3]> : tensor<2xi64>
  // expected-error @+1 {{a target dim is 0 (an empty result), negative or beyond int32}}
  %0 = onnx.Expand %x, %c : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<0x3xf32>
  return %0 : tensor<0x3xf32>
}

// -----

// shape:
func.func @tile_zero(%x: tensor<2x3xf32>) -> tensor<0x3xf32> {
  %c = onnx.Constant dense<[0, 1]> : tensor<2xi64>
  // expected-error @+1 {{a repeat count is 0 (an empty result), negative or beyond int32}}
  %0 = onnx.Tile %x, %c : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<0x3xf32>
  return %0 : tensor<0x3xf32>
}

// -----

// shape:
func.func @range_int16(%a: tensor<i16>) -> tensor<?xi16> {
  // expected-error @+1 {{Paddle's CPU range kernel has no int16 or float16 version}}
  %0 = onnx.Range %a, %a, %a : (tensor<i16>, tensor<i16>, tensor<i16>) -> tensor<?xi16>
  return %0 : tensor<?xi16>
}

// -----

// shape:
func.func @cast_uint16(%x: tensor<2xf32>) -> tensor<2xui16> {
  // expected-error @+1 {{a source or target element type Paddle has no tensor type for}}
  %0 = onnx.Cast %x {to = 4 : si64} : (tensor<2xf32>) -> tensor<2xui16>
  return %0 : tensor<2xui16>
}

// -----

// shape:
func.func @dropout_training(%x: tensor<2xf32>) -> tensor<2xf32> {
  %t = onnx.Constant dense<true> : tensor<i1>
  %none = onnx.NoValue
  // expected-error @+1 {{training_mode is true (random dropout is not an inference computation)}}
  %0, %m = onnx.Dropout %x, %none, %t : (tensor<2xf32>, none, tensor<i1>) -> (tensor<2xf32>, none)
  return %0 : tensor<2xf32>
}
