// Ops --onnx-to-paddle cannot convert are all reported, each at its ONNX
// node, with the reason, and the pass fails.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle -verify-diagnostics

func.func @several(%xd: tensor<?x3xf32>, %x: tensor<2x3xf32>, %s: tensor<2xi64>, %i: tensor<2x3xui32>, %m: tensor<2x2xf32>) -> (tensor<3x2xf32>, tensor<2x3xui32>, tensor<f32>) {
  // expected-error @+1 {{cannot convert 'onnx.Reshape' to the paddle dialect: allowzero = 1 with a dynamic shape: a 0 in it (an empty dim) has no reshape2 equivalent}}
  %0 = onnx.Reshape %xd, %s {allowzero = 1 : si64} : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  // expected-error @+1 {{cannot convert 'onnx.Div' to the paddle dialect: Paddle has no ui32 tensors}}
  %1 = onnx.Div %i, %i : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
  // expected-error @+1 {{cannot convert 'onnx.Det' to the paddle dialect: no conversion for this operator yet}}
  %2 = onnx.Det %m : (tensor<2x2xf32>) -> tensor<f32>
  return %0, %1, %2 : tensor<3x2xf32>, tensor<2x3xui32>, tensor<f32>
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

// -----

// math: Paddle's only unsigned integer type is uint8.
func.func @bitshift_uint16(%a: tensor<3xui16>) -> tensor<3xui16> {
  // expected-error @+1 {{cannot convert 'onnx.BitShift' to the paddle dialect: Paddle's only unsigned integer type is uint8}}
  %0 = onnx.BitShift %a, %a {direction = "LEFT"} : (tensor<3xui16>, tensor<3xui16>) -> tensor<3xui16>
  return %0 : tensor<3xui16>
}

// -----

// math: reduce_max reads its axes only from `dim` (its AxisTensor is ignored).
func.func @reduce_max_runtime_axes(%x: tensor<3x4xf32>, %axes: tensor<1xi64>) -> tensor<3x1xf32> {
  // expected-error @+1 {{the axes are not a constant (Paddle's reduce_max takes them only as an attribute)}}
  %0 = onnx.ReduceMax %x, %axes : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<3x1xf32>
  return %0 : tensor<3x1xf32>
}

// -----

// math: whether noop_with_empty_axes applies is known only at run time.
func.func @reduce_sum_runtime_noop(%x: tensor<3x4xf32>, %axes: tensor<?xi64>) -> tensor<*xf32> {
  // expected-error @+1 {{noop_with_empty_axes = 1 with axes known only at run time}}
  %0 = onnx.ReduceSum %x, %axes {noop_with_empty_axes = 1 : si64} : (tensor<3x4xf32>, tensor<?xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// math: Paddle's einsum has no diagonals and crashes on 0-D results.
func.func @einsum_unsupported(%x: tensor<3x3xf32>, %v: tensor<3xf32>) -> (tensor<3xf32>, tensor<f32>) {
  // expected-error @+1 {{Paddle's einsum has no diagonals (label 'i' repeats in one operand)}}
  %0 = onnx.Einsum %x {equation = "ii->i"} : (tensor<3x3xf32>) -> tensor<3xf32>
  // expected-error @+1 {{Paddle's einsum crashes on a 0-D result}}
  %1 = onnx.Einsum %v, %v {equation = "i,i"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  return %0, %1 : tensor<3xf32>, tensor<f32>
}

// -----

// math: blocked quantization.
func.func @quantize_blocked(%x: tensor<2x4xf32>, %s: tensor<2x2xf32>) -> tensor<2x4xi8> {
  %none = onnx.NoValue
  // expected-error @+1 {{blocked quantization (block_size > 0) is not converted}}
  %0 = onnx.QuantizeLinear %x, %s, %none {axis = 1 : si64, block_size = 2 : si64, output_dtype = 3 : si64} : (tensor<2x4xf32>, tensor<2x2xf32>, none) -> tensor<2x4xi8>
  return %0 : tensor<2x4xi8>
}
