// The shape family of --onnx-to-paddle: the Shape → Gather → Unsqueeze →
// Concat → Reshape chains of models with dynamic batch and sequence axes,
// and the ops that move, broadcast, create and cast tensors. Constant
// operands become attributes; dynamic ones Paddle's tensor slots.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// A BERT-style dynamic chain: the batch and sequence dims read at run time
// feed a reshape through its Shape tensor (its 0-dim shape attribute comes
// later, from --paddle-avoid-quirks: test/Transforms/Paddle).
// CHECK-LABEL: func @dynamic_chain
// CHECK: %[[S:.*]] = paddle.shape %arg0 : (tensor<?x?x768xf32>) -> tensor<3xi32>
// CHECK: %[[S64:.*]] = paddle.cast %[[S]] {in_dtype = 2 : si32, out_dtype = 3 : si32} : (tensor<3xi32>) -> tensor<3xi64>
// CHECK: %[[B:.*]] = paddle.gather %[[S64]], %{{.*}} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
// CHECK: %[[Q:.*]] = paddle.gather %[[S64]], %{{.*}} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
// CHECK: %[[B1:.*]], %{{.*}} = paddle.unsqueeze2 %[[B]] {axes = array<i32: 0>} : (tensor<i64>) -> (tensor<1xi64>, tensor<0xi64>)
// CHECK: %[[Q1:.*]], %{{.*}} = paddle.unsqueeze2 %[[Q]] {axes = array<i32: 0>}
// CHECK: %[[H:.*]] = paddle.parameter "{{.*}}" dense<[12, 64]> : tensor<2xi64>
// CHECK: %[[C:.*]] = paddle.concat %[[B1]], %[[Q1]], %[[H]] : (tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<4xi64>
// CHECK: paddle.reshape2 %arg0 Shape(%[[C]]) : (tensor<?x?x768xf32>, tensor<4xi64>) -> (tensor<?x?x12x64xf32>, tensor<0x?x?x768xf32>)
// CHECK-NOT: onnx.
func.func @dynamic_chain(%x: tensor<?x?x768xf32>) -> tensor<?x?x12x64xf32> {
  %s = onnx.Shape %x : (tensor<?x?x768xf32>) -> tensor<3xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %b = onnx.Gather %s, %i0 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %q = onnx.Gather %s, %i1 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %ax = onnx.Constant dense<0> : tensor<1xi64>
  %b1 = onnx.Unsqueeze %b, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %q1 = onnx.Unsqueeze %q, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %h = onnx.Constant dense<[12, 64]> : tensor<2xi64>
  %shape = onnx.Concat %b1, %q1, %h {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<4xi64>
  %r = onnx.Reshape %x, %shape : (tensor<?x?x768xf32>, tensor<4xi64>) -> tensor<?x?x12x64xf32>
  return %r : tensor<?x?x12x64xf32>
}

// -----

// allowzero = 1 with a target assembled from the input's own dims and
// constants that are not 0 (what torch's dynamo exporter writes for every
// view): no piece can be 0 for a non-empty input, so the reshape2
// attribute template holds; 0 copies the input's dim.
// CHECK-LABEL: func @allowzero_template
// CHECK: paddle.reshape2 %arg0 {shape = array<i32: 0, 0, 12, 64>}
// CHECK-NOT: onnx.
func.func @allowzero_template(%x: tensor<?x?x768xf32>) -> tensor<?x?x12x64xf32> {
  %s = onnx.Shape %x : (tensor<?x?x768xf32>) -> tensor<3xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %b = onnx.Gather %s, %i0 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %q = onnx.Gather %s, %i1 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %ax = onnx.Constant dense<0> : tensor<1xi64>
  %b1 = onnx.Unsqueeze %b, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %q1 = onnx.Unsqueeze %q, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %h = onnx.Constant dense<12> : tensor<1xi64>
  %d = onnx.Constant dense<64> : tensor<1xi64>
  %shape = onnx.Concat %b1, %q1, %h, %d {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %r = onnx.Reshape %x, %shape {allowzero = 1 : si64} : (tensor<?x?x768xf32>, tensor<4xi64>) -> tensor<?x?x12x64xf32>
  return %r : tensor<?x?x12x64xf32>
}

// -----

// allowzero = 1 with a target read from another tensor's dims (the
// attention mask's batch and sequence) times and plus constants, as the
// dynamo exporter writes: dims of a non-empty tensor are >= 1 and the
// arithmetic keeps them positive, so no 0 reaches the target and reshape2
// takes the run-time Shape tensor as it is.
// CHECK-LABEL: func @allowzero_runtime_dims
// CHECK: %[[S:.*]] = paddle.concat
// CHECK: paddle.reshape2 %arg0 Shape(%[[S]])
// CHECK-NOT: onnx.
func.func @allowzero_runtime_dims(%x: tensor<?x?x32xf32>, %mask: tensor<?x?xi64>) -> tensor<?x?x2x16xf32> {
  %b = onnx.Shape %mask {start = 0 : si64, end = 1 : si64} : (tensor<?x?xi64>) -> tensor<1xi64>
  %s = onnx.Shape %mask {start = 1 : si64, end = 2 : si64} : (tensor<?x?xi64>) -> tensor<1xi64>
  %one = onnx.Constant dense<1> : tensor<1xi64>
  %s1 = onnx.Mul %s, %one : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %h = onnx.Constant dense<2> : tensor<1xi64>
  %d = onnx.Constant dense<-1> : tensor<1xi64>
  %shape = onnx.Concat %b, %s1, %h, %d {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %r = onnx.Reshape %x, %shape {allowzero = 1 : si64} : (tensor<?x?x32xf32>, tensor<4xi64>) -> tensor<?x?x2x16xf32>
  return %r : tensor<?x?x2x16xf32>
}

// -----

// allowzero = 1 with torch.export's symbolic size arithmetic (Wav2Vec2's
// conv output length, ((samples / 80 - 3) / 2 - 1) / 2 + 1): the value
// itself may be 0 for some input, but the reshaped tensor is not empty, so
// a valid target's product is its element count and holds no 0.
// CHECK-LABEL: func @allowzero_size_arithmetic
// CHECK: %[[S:.*]] = paddle.concat
// CHECK: paddle.reshape2 %arg0 Shape(%[[S]])
// CHECK-NOT: onnx.
func.func @allowzero_size_arithmetic(%x: tensor<?x?x32xf32>, %audio: tensor<?x?xf32>) -> tensor<?x?x2x16xf32> {
  %b = onnx.Shape %audio {end = 1 : si64} : (tensor<?x?xf32>) -> tensor<1xi64>
  %n = onnx.Shape %audio {start = 1 : si64, end = 2 : si64} : (tensor<?x?xf32>) -> tensor<1xi64>
  %c80 = onnx.Constant dense<80> : tensor<1xi64>
  %c3 = onnx.Constant dense<3> : tensor<1xi64>
  %c2 = onnx.Constant dense<2> : tensor<1xi64>
  %q = onnx.Div %n, %c80 : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %f = onnx.Sub %q, %c3 : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %g = onnx.Div %f, %c2 : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %h = onnx.Constant dense<16> : tensor<1xi64>
  %shape = onnx.Concat %b, %g, %c2, %h {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %r = onnx.Reshape %x, %shape {allowzero = 1 : si64} : (tensor<?x?x32xf32>, tensor<4xi64>) -> tensor<?x?x2x16xf32>
  return %r : tensor<?x?x2x16xf32>
}

// -----

// Shape with start/end: a slice of paddle.shape's int32 vector, then the
// cast to ONNX's int64; an empty range is an empty constant.
// CHECK-LABEL: func @shape_slice
// CHECK: %[[S:.*]] = paddle.shape %arg0 : (tensor<?x3x?x5xf32>) -> tensor<4xi32>
// CHECK: %[[P:.*]] = paddle.slice %[[S]] {axes = array<i32: 0>, ends = array<i32: 3>, infer_flags = array<i32: 1>, starts = array<i32: 1>} : (tensor<4xi32>) -> tensor<2xi32>
// CHECK: %[[R0:.*]] = paddle.cast %[[P]] {in_dtype = 2 : si32, out_dtype = 3 : si32} : (tensor<2xi32>) -> tensor<2xi64>
// CHECK: %[[R1:.*]] = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 0>} : () -> tensor<0xi64>
// CHECK: %[[T:.*]] = paddle.shape %arg0
// CHECK: %[[R2:.*]] = paddle.cast %[[T]] {in_dtype = 2 : si32, out_dtype = 3 : si32} : (tensor<4xi32>) -> tensor<4xi64>
// CHECK: return %[[R0]], %[[R1]], %[[R2]]
func.func @shape_slice(%x: tensor<?x3x?x5xf32>) -> (tensor<2xi64>, tensor<0xi64>, tensor<4xi64>) {
  %0 = onnx.Shape %x {start = 1 : si64, end = -1 : si64} : (tensor<?x3x?x5xf32>) -> tensor<2xi64>
  %1 = onnx.Shape %x {start = 3 : si64, end = 1 : si64} : (tensor<?x3x?x5xf32>) -> tensor<0xi64>
  %2 = onnx.Shape %x : (tensor<?x3x?x5xf32>) -> tensor<4xi64>
  return %0, %1, %2 : tensor<2xi64>, tensor<0xi64>, tensor<4xi64>
}

// -----

// CHECK-LABEL: func @size
// CHECK: paddle.size %arg0 : (tensor<?x3xf32>) -> tensor<i64>
func.func @size(%x: tensor<?x3xf32>) -> tensor<i64> {
  %0 = onnx.Size %x : (tensor<?x3xf32>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// Gather with 2-D indices: flattened, gathered, reshaped to
// dims[:axis] + indices.dims + dims[axis+1:]; static here, so the reshape
// is an attribute (0 copies the leading dim).
// CHECK-LABEL: func @gather_2d_indices
// CHECK: %[[I:.*]], %{{.*}} = paddle.reshape2 %arg1 {shape = array<i32: -1>} : (tensor<2x3xi64>) -> (tensor<6xi64>, tensor<0x2x3xi64>)
// CHECK: %[[G:.*]] = paddle.gather %arg0, %[[I]] {axis = 1 : si32} : (tensor<?x5x4xf32>, tensor<6xi64>) -> tensor<?x6x4xf32>
// CHECK: %[[R0:.*]], %{{.*}} = paddle.reshape2 %[[G]] {shape = array<i32: 0, 2, 3, 4>} : (tensor<?x6x4xf32>) -> (tensor<?x2x3x4xf32>, tensor<0x?x6x4xf32>)
// CHECK: %[[J:.*]], %{{.*}} = paddle.reshape2 %arg2 {shape = array<i32: -1>}
// CHECK: %[[H:.*]] = paddle.gather %arg0, %[[J]] : (tensor<?x5x4xf32>, tensor<?xi64>) -> tensor<?x5x4xf32>
// CHECK: %[[JS:.*]] = paddle.shape %arg2 : (tensor<?x?xi64>) -> tensor<2xi32>
// CHECK: %[[D5:.*]] = paddle.fill_constant {dtype = 2 : si32, shape = array<i64: 1>, value = 5.000000e+00 : f32} : () -> tensor<1xi32>
// CHECK: %[[D4:.*]] = paddle.fill_constant {dtype = 2 : si32, shape = array<i64: 1>, value = 4.000000e+00 : f32} : () -> tensor<1xi32>
// CHECK: %[[T:.*]] = paddle.concat %[[JS]], %[[D5]], %[[D4]] : (tensor<2xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
// CHECK: %[[R1:.*]], %{{.*}} = paddle.reshape2 %[[H]] Shape(%[[T]]) : (tensor<?x5x4xf32>, tensor<4xi32>) -> (tensor<?x?x5x4xf32>, tensor<0x?x5x4xf32>)
// CHECK: return %[[R0]], %[[R1]]
func.func @gather_2d_indices(%x: tensor<?x5x4xf32>, %i: tensor<2x3xi64>, %j: tensor<?x?xi64>) -> (tensor<?x2x3x4xf32>, tensor<?x?x5x4xf32>) {
  %0 = onnx.Gather %x, %i {axis = 1 : si64} : (tensor<?x5x4xf32>, tensor<2x3xi64>) -> tensor<?x2x3x4xf32>
  %1 = onnx.Gather %x, %j {axis = 0 : si64} : (tensor<?x5x4xf32>, tensor<?x?xi64>) -> tensor<?x?x5x4xf32>
  return %0, %1 : tensor<?x2x3x4xf32>, tensor<?x?x5x4xf32>
}

// -----

// Unsqueeze: constant axes normalized against the output rank and sorted;
// dynamic ones normalized (mod the output rank) and sorted at run time.
// CHECK-LABEL: func @unsqueeze
// CHECK: %[[R0:.*]], %{{.*}} = paddle.unsqueeze2 %arg0 {axes = array<i32: 0, 3>} : (tensor<3x4xf32>) -> (tensor<1x3x4x1xf32>, tensor<0x3x4xf32>)
// CHECK: %[[RANK:.*]] = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 1>, value = 4.000000e+00 : f32} : () -> tensor<1xi64>
// CHECK: %[[M:.*]] = paddle.elementwise_mod %arg1, %[[RANK]] : (tensor<2xi64>, tensor<1xi64>) -> tensor<2xi64>
// CHECK: %[[SORTED:.*]], %{{.*}} = paddle.top_k_v2 %[[M]] {k = 2 : si32, largest = false} : (tensor<2xi64>) -> (tensor<2xi64>, tensor<2xi64>)
// CHECK: %[[R1:.*]], %{{.*}} = paddle.unsqueeze2 %arg0 AxesTensor(%[[SORTED]]) : (tensor<3x4xf32>, tensor<2xi64>) -> (tensor<?x?x?x?xf32>, tensor<0x3x4xf32>)
// CHECK: return %[[R0]], %[[R1]]
func.func @unsqueeze(%x: tensor<3x4xf32>, %a: tensor<2xi64>) -> (tensor<1x3x4x1xf32>, tensor<?x?x?x?xf32>) {
  %ax = onnx.Constant dense<[-1, 0]> : tensor<2xi64>
  %0 = onnx.Unsqueeze %x, %ax : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<1x3x4x1xf32>
  %1 = onnx.Unsqueeze %x, %a : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?x?x?xf32>
  return %0, %1 : tensor<1x3x4x1xf32>, tensor<?x?x?x?xf32>
}

// -----

// Squeeze: constant axes (negative ones normalized), absent axes (every
// unit dim), and dynamic axes that the static input dims tell.
// CHECK-LABEL: func @squeeze
// CHECK: paddle.squeeze2 %arg0 {axes = array<i32: 2>} : (tensor<1x3x1xf32>) -> (tensor<1x3xf32>, tensor<0x1x3x1xf32>)
// CHECK: paddle.squeeze2 %arg0 : (tensor<1x3x1xf32>) -> (tensor<3xf32>, tensor<0x1x3x1xf32>)
// CHECK: paddle.squeeze2 %arg0 {axes = array<i32: 0, 2>} : (tensor<1x3x1xf32>) -> (tensor<3xf32>, tensor<0x1x3x1xf32>)
func.func @squeeze(%x: tensor<1x3x1xf32>, %a: tensor<2xi64>) -> (tensor<1x3xf32>, tensor<3xf32>, tensor<3xf32>) {
  %ax = onnx.Constant dense<[-1]> : tensor<1xi64>
  %0 = onnx.Squeeze %x, %ax : (tensor<1x3x1xf32>, tensor<1xi64>) -> tensor<1x3xf32>
  %none = onnx.NoValue
  %1 = onnx.Squeeze %x, %none : (tensor<1x3x1xf32>, none) -> tensor<3xf32>
  %2 = onnx.Squeeze %x, %a : (tensor<1x3x1xf32>, tensor<2xi64>) -> tensor<3xf32>
  return %0, %1, %2 : tensor<1x3xf32>, tensor<3xf32>, tensor<3xf32>
}

// -----

// Transpose without perm reverses the dims; Concat keeps its axis.
// CHECK-LABEL: func @transpose_concat
// CHECK: %[[T:.*]], %{{.*}} = paddle.transpose2 %arg0 {axis = array<i32: 2, 1, 0>} : (tensor<2x3x4xf32>) -> (tensor<4x3x2xf32>, tensor<0x2x3x4xf32>)
// CHECK: paddle.concat %[[T]], %arg1 {axis = -1 : si32} : (tensor<4x3x2xf32>, tensor<4x3x2xf32>) -> tensor<4x3x4xf32>
func.func @transpose_concat(%x: tensor<2x3x4xf32>, %y: tensor<4x3x2xf32>) -> tensor<4x3x4xf32> {
  %0 = onnx.Transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  %1 = onnx.Concat %0, %y {axis = -1 : si64} : (tensor<4x3x2xf32>, tensor<4x3x2xf32>) -> tensor<4x3x4xf32>
  return %1 : tensor<4x3x4xf32>
}

// -----

// Flatten: the ranges before and after axis merged; a unit dim inserted
// where one is empty.
// CHECK-LABEL: func @flatten
// CHECK: %[[A:.*]], %{{.*}} = paddle.flatten_contiguous_range %arg0 {start_axis = 2 : si32, stop_axis = 3 : si32} : (tensor<?x3x4x5xf32>) -> (tensor<?x3x20xf32>, tensor<0x?x3x4x5xf32>)
// CHECK: %[[R0:.*]], %{{.*}} = paddle.flatten_contiguous_range %[[A]] {start_axis = 0 : si32, stop_axis = 1 : si32} : (tensor<?x3x20xf32>) -> (tensor<?x20xf32>, tensor<0x?x3x20xf32>)
// CHECK: %[[B:.*]], %{{.*}} = paddle.flatten_contiguous_range %arg0 {start_axis = 0 : si32, stop_axis = 3 : si32} : (tensor<?x3x4x5xf32>) -> (tensor<?xf32>, tensor<0x?x3x4x5xf32>)
// CHECK: %[[R1:.*]], %{{.*}} = paddle.unsqueeze2 %[[B]] {axes = array<i32: 0>} : (tensor<?xf32>) -> (tensor<1x?xf32>, tensor<0x?xf32>)
// CHECK: %[[C:.*]], %{{.*}} = paddle.flatten_contiguous_range %arg0 {start_axis = 0 : si32, stop_axis = 3 : si32}
// CHECK: %[[R2:.*]], %{{.*}} = paddle.unsqueeze2 %[[C]] {axes = array<i32: 1>} : (tensor<?xf32>) -> (tensor<?x1xf32>, tensor<0x?xf32>)
// CHECK: %[[R3:.*]], %{{.*}} = paddle.flatten_contiguous_range %arg0 {start_axis = 1 : si32, stop_axis = 3 : si32} : (tensor<?x3x4x5xf32>) -> (tensor<?x60xf32>, tensor<0x?x3x4x5xf32>)
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @flatten(%x: tensor<?x3x4x5xf32>) -> (tensor<?x20xf32>, tensor<1x?xf32>, tensor<?x1xf32>, tensor<?x60xf32>) {
  %0 = onnx.Flatten %x {axis = 2 : si64} : (tensor<?x3x4x5xf32>) -> tensor<?x20xf32>
  %1 = onnx.Flatten %x {axis = 0 : si64} : (tensor<?x3x4x5xf32>) -> tensor<1x?xf32>
  %2 = onnx.Flatten %x {axis = 4 : si64} : (tensor<?x3x4x5xf32>) -> tensor<?x1xf32>
  %3 = onnx.Flatten %x : (tensor<?x3x4x5xf32>) -> tensor<?x60xf32>
  return %0, %1, %2, %3 : tensor<?x20xf32>, tensor<1x?xf32>, tensor<?x1xf32>, tensor<?x60xf32>
}

// -----

// Expand: a constant target's 1s that line up with input dims keep the
// input dim (ONNX broadcasts both ways): its size, or -1 when dynamic, with
// the input unsqueezed to the output rank first (oneDNN's expand_v2 reads
// -1 against unaligned dims); a dynamic target is broadcast with the input
// dims at run time.
// CHECK-LABEL: func @expand
// CHECK: %[[U:.*]], %{{.*}} = paddle.unsqueeze2 %arg0 {axes = array<i32: 0>} : (tensor<?x1x4xf32>) -> (tensor<1x?x1x4xf32>, tensor<0x?x1x4xf32>)
// CHECK: %[[R0:.*]] = paddle.expand_v2 %[[U]] {shape = array<i32: 2, -1, 3, 4>} : (tensor<1x?x1x4xf32>) -> tensor<2x?x3x4xf32>
// CHECK: %[[S:.*]] = paddle.shape %arg0 : (tensor<?x1x4xf32>) -> tensor<3xi32>
// CHECK: %[[D:.*]] = paddle.cast %[[S]] {in_dtype = 2 : si32, out_dtype = 3 : si32} : (tensor<3xi32>) -> tensor<3xi64>
// CHECK: %[[ONE:.*]] = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 1>, value = 1.000000e+00 : f32} : () -> tensor<1xi64>
// CHECK: %[[T:.*]] = paddle.concat %[[ONE]], %arg1 : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
// CHECK: %[[ONES:.*]] = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 3>, value = 1.000000e+00 : f32} : () -> tensor<3xi64>
// CHECK: %[[IS1:.*]] = paddle.equal %[[D]], %[[ONES]] : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
// CHECK: %[[B:.*]] = paddle.where %[[IS1]], %[[T]], %[[D]] : (tensor<3xi1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
// CHECK: %[[R1:.*]] = paddle.expand_v2 %arg0 Shape(%[[B]]) : (tensor<?x1x4xf32>, tensor<3xi64>) -> tensor<?x?x4xf32>
// CHECK: return %[[R0]], %[[R1]]
func.func @expand(%x: tensor<?x1x4xf32>, %s: tensor<2xi64>) -> (tensor<2x?x3x4xf32>, tensor<?x?x4xf32>) {
  %c = onnx.Constant dense<[2, 1, 3, 1]> : tensor<4xi64>
  %0 = onnx.Expand %x, %c : (tensor<?x1x4xf32>, tensor<4xi64>) -> tensor<2x?x3x4xf32>
  %1 = onnx.Expand %x, %s : (tensor<?x1x4xf32>, tensor<2xi64>) -> tensor<?x?x4xf32>
  return %0, %1 : tensor<2x?x3x4xf32>, tensor<?x?x4xf32>
}

// -----

// CHECK-LABEL: func @tile
// CHECK: paddle.tile %arg0 {repeat_times = array<i32: 2, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
// CHECK: paddle.tile %arg0 RepeatTimes(%arg1) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
func.func @tile(%x: tensor<2x3xf32>, %r: tensor<2xi64>) -> (tensor<4x3xf32>, tensor<?x?xf32>) {
  %c = onnx.Constant dense<[2, 1]> : tensor<2xi64>
  %0 = onnx.Tile %x, %c : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
  %1 = onnx.Tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1 : tensor<4x3xf32>, tensor<?x?xf32>
}

// -----

// ConstantOfShape: fill_constant with the shape attribute or ShapeTensor;
// an int64 value a float cannot hold travels as str_value.
// CHECK-LABEL: func @constant_of_shape
// CHECK: paddle.fill_constant {shape = array<i64: 2, 3>, value = 1.500000e+00 : f32} : () -> tensor<2x3xf32>
// CHECK: paddle.fill_constant ShapeTensor(%arg0) {dtype = 3 : si32, str_value = "9007199254740993", value = 9.00719925E+15 : f32} : (tensor<2xi64>) -> tensor<?x?xi64>
// CHECK: paddle.fill_constant ShapeTensor(%arg0) : (tensor<2xi64>) -> tensor<?x?xf32>
func.func @constant_of_shape(%s: tensor<2xi64>) -> (tensor<2x3xf32>, tensor<?x?xi64>, tensor<?x?xf32>) {
  %c = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %0 = onnx.ConstantOfShape %c {value = dense<1.5> : tensor<1xf32>} : (tensor<2xi64>) -> tensor<2x3xf32>
  %1 = onnx.ConstantOfShape %s {value = dense<9007199254740993> : tensor<1xi64>} : (tensor<2xi64>) -> tensor<?x?xi64>
  %2 = onnx.ConstantOfShape %s : (tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<?x?xi64>, tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func @range
// CHECK: paddle.range %arg0, %arg1, %arg2 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
func.func @range(%a: tensor<i64>, %b: tensor<i64>, %c: tensor<i64>) -> tensor<?xi64> {
  %0 = onnx.Range %a, %b, %c : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// Cast and CastLike: paddle.cast with VarType codes (FP32 5, INT64 3,
// FP16 4); a cast to the same type is an assign.
// CHECK-LABEL: func @cast
// CHECK: paddle.cast %arg0 {in_dtype = 5 : si32, out_dtype = 3 : si32} : (tensor<2xf32>) -> tensor<2xi64>
// CHECK: paddle.cast %arg0 {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<2xf32>) -> tensor<2xf16>
// CHECK: paddle.assign %arg0 : (tensor<2xf32>) -> tensor<2xf32>
func.func @cast(%x: tensor<2xf32>, %y: tensor<3xf16>) -> (tensor<2xi64>, tensor<2xf16>, tensor<2xf32>) {
  %0 = onnx.Cast %x {to = 7 : si64} : (tensor<2xf32>) -> tensor<2xi64>
  %1 = onnx.CastLike %x, %y : (tensor<2xf32>, tensor<3xf16>) -> tensor<2xf16>
  %2 = onnx.Cast %x {to = 1 : si64} : (tensor<2xf32>) -> tensor<2xf32>
  return %0, %1, %2 : tensor<2xi64>, tensor<2xf16>, tensor<2xf32>
}

// -----

// Identity and inference Dropout pass the input through; a used mask is
// all true.
// CHECK-LABEL: func @identity_dropout
// CHECK: %[[D:.*]] = paddle.assign %arg0 : (tensor<2xf32>) -> tensor<2xf32>
// CHECK: %[[M:.*]] = paddle.fill_any_like %arg0 {dtype = 0 : si32, value = 1.000000e+00 : f32} : (tensor<2xf32>) -> tensor<2xi1>
// CHECK: return %{{.*}}, %[[D]], %[[M]]
func.func @identity_dropout(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xi1>) {
  %0 = onnx.Identity %x : (tensor<2xf32>) -> tensor<2xf32>
  %none = onnx.NoValue
  %1, %m = onnx.Dropout %0, %none, %none : (tensor<2xf32>, none, none) -> (tensor<2xf32>, tensor<2xi1>)
  return %0, %1, %m : tensor<2xf32>, tensor<2xf32>, tensor<2xi1>
}

// -----

// DepthToSpace: CRD is pixel_shuffle; DCR permutes the channels first
// (reshape2, transpose2, reshape2 back with the spatial dims read at run
// time). SpaceToDepth is pixel_unshuffle and the inverse permutation.
// CHECK-LABEL: func @depth_space
// CHECK: %[[R0:.*]] = paddle.pixel_shuffle %arg0 {upscale_factor = 2 : si32} : (tensor<?x8x?x?xf32>) -> tensor<?x2x?x?xf32>
// CHECK: %[[G:.*]], %{{.*}} = paddle.reshape2 %arg0 {shape = array<i32: 0, 4, 2, -1>} : (tensor<?x8x?x?xf32>) -> (tensor<?x4x2x?xf32>, tensor<0x?x8x?x?xf32>)
// CHECK: %[[T:.*]], %{{.*}} = paddle.transpose2 %[[G]] {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x4x2x?xf32>) -> (tensor<?x2x4x?xf32>, tensor<0x?x4x2x?xf32>)
// CHECK: %[[TS:.*]] = paddle.shape %[[T]]
// CHECK: %[[N:.*]] = paddle.slice %[[TS]] {axes = array<i32: 0>, ends = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>} : (tensor<4xi32>) -> tensor<1xi32>
// CHECK: %[[C:.*]] = paddle.fill_constant {dtype = 2 : si32, shape = array<i64: 1>, value = 8.000000e+00 : f32} : () -> tensor<1xi32>
// CHECK: %[[XS:.*]] = paddle.shape %arg0
// CHECK: %[[HW:.*]] = paddle.slice %[[XS]] {axes = array<i32: 0>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 2>} : (tensor<4xi32>) -> tensor<2xi32>
// CHECK: %[[TARGET:.*]] = paddle.concat %[[N]], %[[C]], %[[HW]] : (tensor<1xi32>, tensor<1xi32>, tensor<2xi32>) -> tensor<4xi32>
// CHECK: %[[P:.*]], %{{.*}} = paddle.reshape2 %[[T]] Shape(%[[TARGET]]) : (tensor<?x2x4x?xf32>, tensor<4xi32>) -> (tensor<?x8x?x?xf32>, tensor<0x?x2x4x?xf32>)
// CHECK: %[[R1:.*]] = paddle.pixel_shuffle %[[P]] {upscale_factor = 2 : si32}
// CHECK: %[[U:.*]] = paddle.pixel_unshuffle %arg1 {downscale_factor = 2 : si32} : (tensor<1x2x4x4xf32>) -> tensor<1x8x2x2xf32>
// CHECK: %[[UG:.*]], %{{.*}} = paddle.reshape2 %[[U]] {shape = array<i32: 0, 2, 4, -1>} : (tensor<1x8x2x2xf32>) -> (tensor<1x2x4x4xf32>, tensor<0x1x8x2x2xf32>)
// CHECK: %[[UT:.*]], %{{.*}} = paddle.transpose2 %[[UG]] {axis = array<i32: 0, 2, 1, 3>} : (tensor<1x2x4x4xf32>) -> (tensor<1x4x2x4xf32>, tensor<0x1x2x4x4xf32>)
// CHECK: %[[R2:.*]], %{{.*}} = paddle.reshape2 %[[UT]] {shape = array<i32: 0, 8, 2, 2>} : (tensor<1x4x2x4xf32>) -> (tensor<1x8x2x2xf32>, tensor<0x1x4x2x4xf32>)
// CHECK: return %[[R0]], %[[R1]], %[[R2]]
func.func @depth_space(%x: tensor<?x8x?x?xf32>, %y: tensor<1x2x4x4xf32>) -> (tensor<?x2x?x?xf32>, tensor<?x2x?x?xf32>, tensor<1x8x2x2xf32>) {
  %0 = onnx.DepthToSpace %x {blocksize = 2 : si64, mode = "CRD"} : (tensor<?x8x?x?xf32>) -> tensor<?x2x?x?xf32>
  %1 = onnx.DepthToSpace %x {blocksize = 2 : si64} : (tensor<?x8x?x?xf32>) -> tensor<?x2x?x?xf32>
  %2 = onnx.SpaceToDepth %y {blocksize = 2 : si64} : (tensor<1x2x4x4xf32>) -> tensor<1x8x2x2xf32>
  return %0, %1, %2 : tensor<?x2x?x?xf32>, tensor<?x2x?x?xf32>, tensor<1x8x2x2xf32>
}

// -----

// A run-time target made of the input's own dims and constants becomes the
// attribute: 0 copies the dim, the one unknown piece is -1.
// CHECK-LABEL: func.func @reshape_own_dims
// CHECK: paddle.reshape2 %arg0 {shape = array<i32: 0, -1, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
// CHECK-NOT: paddle.shape
func.func @reshape_own_dims(%x: tensor<?x?x8xf32>, %y: tensor<?x?x8xf32>) -> tensor<?x?x2x4xf32> {
  %s = onnx.Shape %x : (tensor<?x?x8xf32>) -> tensor<3xi64>
  %sy = onnx.Shape %y : (tensor<?x?x8xf32>) -> tensor<3xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %b = onnx.Gather %s, %i0 : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %q = onnx.Gather %sy, %i1 : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %bu = onnx.Unsqueeze %b, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %qu = onnx.Unsqueeze %q, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %hd = onnx.Constant dense<[2, 4]> : tensor<2xi64>
  %h = onnx.Constant dense<[2]> : tensor<1xi64>
  %d = onnx.Constant dense<[4]> : tensor<1xi64>
  %t = onnx.Concat %bu, %qu, %h, %d {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %r = onnx.Reshape %x, %t : (tensor<?x?x8xf32>, tensor<4xi64>) -> tensor<?x?x2x4xf32>
  return %r : tensor<?x?x2x4xf32>
}

// -----

// float16 where Paddle's CPU kernels lack it (gather, shape; an fp16 model
// converted without --onnx-widen-float16): the data moves in float32,
// which is exact, and comes back as float16.
// CHECK-LABEL: func @gather_f16
// CHECK: %[[W:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<4x3xf16>) -> tensor<4x3xf32>
// CHECK: %[[G:.*]] = paddle.gather %[[W]], %arg1 : (tensor<4x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
// CHECK: paddle.cast %[[G]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<2x3xf32>) -> tensor<2x3xf16>
func.func @gather_f16(%x: tensor<4x3xf16>, %i: tensor<2xi64>) -> tensor<2x3xf16> {
  %0 = onnx.Gather %x, %i : (tensor<4x3xf16>, tensor<2xi64>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

// CHECK-LABEL: func @shape_f16
// CHECK: %[[W:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<?x3xf16>) -> tensor<?x3xf32>
// CHECK: paddle.shape %[[W]] : (tensor<?x3xf32>) -> tensor<2xi32>
func.func @shape_f16(%x: tensor<?x3xf16>) -> tensor<2xi64> {
  %0 = onnx.Shape %x : (tensor<?x3xf16>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}
