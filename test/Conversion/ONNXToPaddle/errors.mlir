// Ops --onnx-to-paddle cannot convert are all reported, each at its ONNX
// node, with the reason, and the pass fails.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle -verify-diagnostics

func.func @several(%xd: tensor<?x3xf32>, %x: tensor<2x3xf32>, %s: tensor<2xi64>, %i: tensor<2x3xui32>, %m: tensor<2x2xf32>) -> (tensor<3x2xf32>, tensor<2x3xui32>, tensor<f32>) {
  // expected-error @+1 {{cannot convert 'onnx.Reshape' to the paddle dialect: allowzero = 1 with a run-time shape that may hold a 0 (an empty dim, which reshape2 reads as 'copy'): x2p converts it when the shape is built from tensor dims and constants only, not read from a tensor's values}}
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
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}

// -----

// shape:
func.func @reshape_allowzero_dynamic(%x: tensor<?x3xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  // expected-error @+1 {{allowzero = 1 with a run-time shape that may hold a 0 (an empty dim, which reshape2 reads as 'copy'): x2p converts it when the shape is built from tensor dims and constants only, not read from a tensor's values}}
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
  // expected-error @+1 {{Paddle's CPU range kernel has no i16 variant}}
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

// conv-nn: auto_pad SAME_LOWER with a stride over a dynamic dim.
func.func @conv_same_lower_dynamic(%x: tensor<1x2x?x?xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x?x?xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{cannot convert 'onnx.Conv' to the paddle dialect: auto_pad SAME_LOWER with a stride > 1 over a dynamic dim needs padding that depends on the input size, which Paddle's SAME (SAME_UPPER without dilation) cannot express here}}
  %0 = onnx.Conv %x, %w, %none {auto_pad = "SAME_LOWER", strides = array<i64: 2, 2>} : (tensor<1x2x?x?xf32>, tensor<4x2x3x3xf32>, none) -> tensor<1x4x?x?xf32>
  return %0 : tensor<1x4x?x?xf32>
}

// -----

// shape:
func.func @depth_to_space_int(%x: tensor<1x8x2x2xi32>) -> tensor<1x2x4x4xi32> {
  // expected-error @+1 {{Paddle's CPU pixel_shuffle kernel has no i32 variant}}
  %0 = onnx.DepthToSpace %x {blocksize = 2 : si64} : (tensor<1x8x2x2xi32>) -> tensor<1x2x4x4xi32>
  return %0 : tensor<1x2x4x4xi32>
}

// -----

// conv-nn: pools have no dilations in Paddle.
func.func @maxpool_dilations(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x6x6xf32> {
  // expected-error @+1 {{Paddle's pools have no dilations}}
  %0:2 = onnx.MaxPool %x {kernel_shape = array<i64: 2, 2>, dilations = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x6x6xf32>, none)
  return %0#0 : tensor<1x2x6x6xf32>
}

// -----

// conv-nn: MaxPool's Indices output.
func.func @maxpool_indices(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xi64> {
  // expected-error @+1 {{the Indices output has no Paddle pool2d counterpart}}
  %0:2 = onnx.MaxPool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xi64>)
  return %0#1 : tensor<1x2x4x4xi64>
}

// -----

// conv-nn: an inclusive ceil_mode average whose last window passes the pads.
func.func @avgpool_ceil_include_pad(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+1 {{ceil_mode with count_include_pad where the last window passes the padding (ONNX divides by the part inside, Paddle by the kernel size)}}
  %0 = onnx.AveragePool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : si64, count_include_pad = 1 : si64} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// conv-nn: BatchNormalization in training mode.
func.func @batchnorm_training(%x: tensor<2x3xf32>, %p: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{training mode (batch statistics and running mean/var outputs) is not converted}}
  %0:3 = onnx.BatchNormalization %x, %p, %p, %p, %p {training_mode = 1 : si64} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>)
  return %0#0 : tensor<2x3xf32>
}

// -----

// conv-nn: LpNormalization with p other than 1 and 2.
func.func @lpnorm_p3(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{p must be 1 or 2}}
  %0 = onnx.LpNormalization %x {p = 3 : si64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// conv-nn: GroupNormalization's opset-18 per-group scale.
func.func @groupnorm_per_group(%x: tensor<2x6x4xf32>, %s: tensor<3xf32>) -> tensor<2x6x4xf32> {
  // expected-error @+1 {{scale and bias must be 1-D with one entry per channel (the opset-18 per-group form is not converted)}}
  %0 = onnx.GroupNormalization %x, %s, %s {num_groups = 3 : si64} : (tensor<2x6x4xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}

// -----

// conv-nn: nearest half_pixel resizing by a non-integer factor.
func.func @resize_nearest_fractional(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x6x6xf32> {
  %none = onnx.NoValue
  %sc = onnx.Constant dense<[1.0, 1.0, 1.5, 1.5]> : tensor<4xf32>
  // expected-error @+1 {{nearest with coordinate_transformation_mode 'half_pixel' and nearest_mode 'round_prefer_floor' without known integer upscaling has no Paddle nearest_interp_v2 equivalent}}
  %0 = onnx.Resize %x, %none, %sc, %none : (tensor<1x1x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x1x6x6xf32>
  return %0 : tensor<1x1x6x6xf32>
}

// -----

// conv-nn: Resize of the channel dim.
func.func @resize_channels(%x: tensor<1x2x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %none = onnx.NoValue
  %sc = onnx.Constant dense<[1.0, 2.0, 1.0, 1.0]> : tensor<4xf32>
  // expected-error @+1 {{only the spatial dims (2 and up) can be resized in Paddle}}
  %0 = onnx.Resize %x, %none, %sc, %none : (tensor<1x2x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// conv-nn: Shrink that is neither hard_shrink nor softshrink.
func.func @shrink_bias(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{a bias other than 0 (hard_shrink) or lambd (softshrink) is not converted}}
  %0 = onnx.Shrink %x {bias = 0.25 : f32, lambd = 1.0 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// conv-nn: an integer Clip without one of its bounds.
func.func @clip_int_open(%x: tensor<4xi32>) -> tensor<4xi32> {
  %none = onnx.NoValue
  %lo = onnx.Constant dense<1> : tensor<i32>
  // expected-error @+1 {{an absent bound of an integer Clip has no exact float attribute}}
  %0 = onnx.Clip %x, %lo, %none : (tensor<4xi32>, tensor<i32>, none) -> tensor<4xi32>
  return %0 : tensor<4xi32>
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

// A run-time axis must be known to hold one value; cumprod has no float16
// kernel.
func.func @cumsum_dynamic_axis(%x: tensor<4x4xf32>, %a: tensor<?xi64>, %h: tensor<4xf16>, %b: tensor<i64>) -> (tensor<4x4xf32>, tensor<4xf16>) {
  // expected-error @+1 {{the run-time axis is not known to hold one value}}
  %0 = onnx.CumSum %x, %a : (tensor<4x4xf32>, tensor<?xi64>) -> tensor<4x4xf32>
  // expected-error @+1 {{Paddle's CPU cumprod kernel has no f16 variant}}
  %1 = onnx.CumProd %h, %b : (tensor<4xf16>, tensor<i64>) -> tensor<4xf16>
  return %0, %1 : tensor<4x4xf32>, tensor<4xf16>
}

// -----

func.func @pad_dynamic(%x: tensor<4x4xf32>, %p: tensor<?xi64>) -> tensor<?x?xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{run-time pads are not known to hold two entries per axis}}
  %0 = onnx.Pad %x, %p, %none, %none : (tensor<4x4xf32>, tensor<?xi64>, none, none) -> tensor<?x?xf32>
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

func.func @pad_i8(%x: tensor<4x4xi8>) -> tensor<4x6xi8> {
  %p = onnx.Constant dense<[0, 1, 0, 1]> : tensor<4xi64>
  %none = onnx.NoValue
  // expected-error @+1 {{Paddle's CPU pad3d kernel has no i8 variant}}
  %0 = onnx.Pad %x, %p, %none, %none : (tensor<4x4xi8>, tensor<4xi64>, none, none) -> tensor<4x6xi8>
  return %0 : tensor<4x6xi8>
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

// -----

// attention: what the RMSNormalization and Attention decompositions refuse.
func.func @attention_unsupported(%x: tensor<2x4xf16>, %s: tensor<4xf16>, %q: tensor<2x4x24xf32>, %q4: tensor<2x4x4x8xf32>, %k4: tensor<2x3x6x8xf32>, %m: tensor<6x6xf32>) -> (tensor<2x4xf16>, tensor<2x4x24xf32>, tensor<2x4x4x8xf32>, tensor<2x3x6x6xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{stash_type 10 is not converted (only 1, float32, or 11 with double X)}}
  %0 = onnx.RMSNormalization %x, %s {stash_type = 10 : si64} : (tensor<2x4xf16>, tensor<4xf16>) -> tensor<2x4xf16>
  // expected-error @+1 {{3-D inputs need q_num_heads and kv_num_heads}}
  %1:4 = onnx.Attention %q, %q, %q, %none, %none, %none, %none : (tensor<2x4x24xf32>, tensor<2x4x24xf32>, tensor<2x4x24xf32>, none, none, none, none) -> (tensor<2x4x24xf32>, none, none, none)
  // expected-error @+1 {{q heads are not a multiple of kv heads}}
  %2:4 = onnx.Attention %q4, %k4, %k4, %none, %none, %none, %none : (tensor<2x4x4x8xf32>, tensor<2x3x6x8xf32>, tensor<2x3x6x8xf32>, none, none, none, none) -> (tensor<2x4x4x8xf32>, none, none, none)
  // expected-error @+1 {{qk_matmul_output_mode must be 0 to 3}}
  %3:4 = onnx.Attention %k4, %k4, %k4, %m, %none, %none, %none {qk_matmul_output_mode = 4 : si64} : (tensor<2x3x6x8xf32>, tensor<2x3x6x8xf32>, tensor<2x3x6x8xf32>, tensor<6x6xf32>, none, none, none) -> (tensor<2x3x6x8xf32>, none, none, tensor<2x3x6x6xf32>)
  return %0, %1#0, %2#0, %3#3 : tensor<2x4xf16>, tensor<2x4x24xf32>, tensor<2x4x4x8xf32>, tensor<2x3x6x6xf32>
}

// -----

// attention: RotaryEmbedding's refusals.
func.func @rotary_unsupported(%x: tensor<2x3x30xf32>, %c: tensor<2x3x4xf32>, %x4: tensor<2x4x3x8xf32>, %c3: tensor<2x3x5xf32>) -> (tensor<2x3x30xf32>, tensor<2x4x3x8xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{3-D X needs num_heads dividing a static hidden size}}
  %0 = onnx.RotaryEmbedding %x, %c, %c, %none {num_heads = 4 : si64} : (tensor<2x3x30xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, none) -> tensor<2x3x30xf32>
  // expected-error @+1 {{rotary_embedding_dim must be even and at most the head size}}
  %1 = onnx.RotaryEmbedding %x4, %c3, %c3, %none {rotary_embedding_dim = 10 : si64} : (tensor<2x4x3x8xf32>, tensor<2x3x5xf32>, tensor<2x3x5xf32>, none) -> tensor<2x4x3x8xf32>
  return %0, %1 : tensor<2x3x30xf32>, tensor<2x4x3x8xf32>
}

// -----

// attention: RMSNormalization's scale must broadcast to X.
func.func @rms_scale_mismatch(%x: tensor<2x4xf32>, %s: tensor<3xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{scale does not broadcast to X's shape}}
  %0 = onnx.RMSNormalization %x, %s : (tensor<2x4xf32>, tensor<3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// loss: the shapes ONNX's losses are defined on, and an ignore_index that
// fill_constant cannot hold exactly.
func.func @loss_unsupported(%x1: tensor<5xf32>, %t1: tensor<5xi64>, %xu: tensor<*xf32>, %t: tensor<3xi64>, %x: tensor<3x5xf32>, %t2: tensor<3x2xi64>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{cannot convert 'onnx.NegativeLogLikelihoodLoss' to the paddle dialect: input must have rank >= 2 (N, C, d1, ...)}}
  %0 = onnx.NegativeLogLikelihoodLoss %x1, %t1, %none : (tensor<5xf32>, tensor<5xi64>, none) -> tensor<f32>
  // expected-error @+1 {{cannot convert 'onnx.SoftmaxCrossEntropyLoss' to the paddle dialect: input and target must have known ranks}}
  %1:2 = onnx.SoftmaxCrossEntropyLoss %xu, %t, %none : (tensor<*xf32>, tensor<3xi64>, none) -> (tensor<f32>, none)
  // expected-error @+1 {{cannot convert 'onnx.NegativeLogLikelihoodLoss' to the paddle dialect: ignore_index beyond +-2^53 has no exact Paddle fill_constant (its value is read as a double)}}
  %2 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {ignore_index = 9007199254740993 : si64} : (tensor<3x5xf32>, tensor<3xi64>, none) -> tensor<f32>
  // expected-error @+1 {{cannot convert 'onnx.NegativeLogLikelihoodLoss' to the paddle dialect: target must have input's rank minus one}}
  %3 = onnx.NegativeLogLikelihoodLoss %x, %t2, %none : (tensor<3x5xf32>, tensor<3x2xi64>, none) -> tensor<f32>
  return %0, %1#0, %2, %3 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
}

// -----

// resize: GridSample modes Paddle's grid_sampler lacks or computes
// differently, and element types its CPU kernel lacks.
func.func @grid_sample_unsupported(%x: tensor<1x3x8x8xf32>, %g: tensor<1x5x7x2xf32>, %h: tensor<1x3x8x8xf16>, %k: tensor<1x5x7x2xf16>) -> (tensor<1x3x5x7xf32>, tensor<1x3x5x7xf32>, tensor<1x3x5x7xf16>) {
  // expected-error @+1 {{mode 'cubic' has no Paddle grid_sampler kernel (it has bilinear and nearest only)}}
  %0 = onnx.GridSample %x, %g {mode = "cubic"} : (tensor<1x3x8x8xf32>, tensor<1x5x7x2xf32>) -> tensor<1x3x5x7xf32>
  // expected-error @+1 {{nearest with reflection padding and align_corners = 0: Paddle reflects before rounding, ONNX after}}
  %1 = onnx.GridSample %x, %g {mode = "nearest", padding_mode = "reflection"} : (tensor<1x3x8x8xf32>, tensor<1x5x7x2xf32>) -> tensor<1x3x5x7xf32>
  // expected-error @+1 {{Paddle's CPU grid_sampler kernel takes float32 and float64 only}}
  %2 = onnx.GridSample %h, %k : (tensor<1x3x8x8xf16>, tensor<1x5x7x2xf16>) -> tensor<1x3x5x7xf16>
  return %0, %1, %2 : tensor<1x3x5x7xf32>, tensor<1x3x5x7xf32>, tensor<1x3x5x7xf16>
}

// -----

// pool: LpPool has Paddle's pool limits (no dilations), and abs/pow have
// no float16 CPU kernels.
func.func @lp_pool_dilations(%x: tensor<1x2x9x9xf32>, %h: tensor<1x2x9x9xf16>) -> (tensor<1x2x5x5xf32>, tensor<1x2x7x7xf16>) {
  // expected-error @+1 {{Paddle's pools have no dilations}}
  %0 = onnx.LpPool %x {kernel_shape = array<i64: 3, 3>, dilations = array<i64: 2, 2>} : (tensor<1x2x9x9xf32>) -> tensor<1x2x5x5xf32>
  // expected-error @+1 {{Paddle's CPU abs and pow kernels take float32 and float64 only}}
  %1 = onnx.LpPool %h {kernel_shape = array<i64: 3, 3>} : (tensor<1x2x9x9xf16>) -> tensor<1x2x7x7xf16>
  return %0, %1 : tensor<1x2x5x5xf32>, tensor<1x2x7x7xf16>
}

// -----

// pad: wrap of a dim cropped at one end and padded at the other (ONNX
// crops before wrapping, pad3d wraps the uncropped dim).
func.func @pad_wrap_crop(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %p = onnx.Constant dense<[0, -1, 0, 1]> : tensor<4xi64>
  %none = onnx.NoValue
  // expected-error @+1 {{wrap of a dim cropped at one end and padded at the other (pad3d wraps the uncropped dim)}}
  %0 = onnx.Pad %x, %p, %none, %none {mode = "wrap"} : (tensor<3x4xf32>, tensor<4xi64>, none, none) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// allowzero = 1 reshaping a tensor that is empty (a static 0 dim) with a
// target that arithmetic can make 0 (a dim minus a dim): nothing says the
// target holds no 0, which reshape2 would read as "copy".
func.func @reshape_allowzero_sub(%x: tensor<0x?xf32>, %y: tensor<?x?xf32>, %z: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %s = onnx.Shape %y : (tensor<?x?xf32>) -> tensor<2xi64>
  %t = onnx.Shape %z : (tensor<?x?xf32>) -> tensor<2xi64>
  %d = onnx.Sub %s, %t : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  // expected-error @+1 {{allowzero = 1 with a run-time shape that may hold a 0}}
  %0 = onnx.Reshape %x, %d {allowzero = 1 : si64} : (tensor<0x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// A constant 0 written into a run-time target: an empty dim the model
// means, refused whatever the input.
func.func @reshape_allowzero_zero_piece(%x: tensor<?x?xf32>, %y: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %t = onnx.Shape %y {end = 1 : si64} : (tensor<?x?xf32>) -> tensor<1xi64>
  %z = onnx.Constant dense<0> : tensor<1xi64>
  %s = onnx.Concat %t, %z {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  // expected-error @+1 {{allowzero = 1 with a run-time shape that may hold a 0}}
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// A target read from a tensor's values (here the contents of an int64
// input, summed), not from its dims: a 0 there is the model's to give.
func.func @reshape_allowzero_values(%x: tensor<?x?xf32>, %v: tensor<4x2xi64>) -> tensor<?x?xf32> {
  %ax = onnx.Constant dense<0> : tensor<1xi64>
  %s = onnx.ReduceSum %v, %ax {keepdims = 0 : si64} : (tensor<4x2xi64>, tensor<1xi64>) -> tensor<2xi64>
  // expected-error @+1 {{allowzero = 1 with a run-time shape that may hold a 0}}
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
