// Slicing, selection, scatter, sort and pad ops of --onnx-to-paddle.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// Constant starts/ends saturate to Paddle's int32 attributes (numpy
// clamping is the same in both); negative axes are normalised.
// CHECK-LABEL: func @slice_const
// CHECK: paddle.slice %arg0 {axes = array<i32: 2>, ends = array<i32: 2147483647>, infer_flags = array<i32: 1>, starts = array<i32: 3>} : (tensor<?x20x10xf32>) -> tensor<?x20x7xf32>
func.func @slice_const(%x: tensor<?x20x10xf32>) -> tensor<?x20x7xf32> {
  %s = onnx.Constant dense<[3]> : tensor<1xi64>
  %e = onnx.Constant dense<[9223372036854775807]> : tensor<1xi64>
  %a = onnx.Constant dense<[-1]> : tensor<1xi64>
  %none = onnx.NoValue
  %0 = onnx.Slice %x, %s, %e, %a, %none : (tensor<?x20x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<?x20x7xf32>
  return %0 : tensor<?x20x7xf32>
}

// -----

// Dynamic ends (position_ids[:, :seq]) go to the EndsTensor slot.
// CHECK-LABEL: func @slice_dynamic_end
// CHECK: paddle.slice %arg0 EndsTensor(%arg1) {axes = array<i32: 1>, infer_flags = array<i32: -1>, starts = array<i32: 0>} : (tensor<1x512xi64>, tensor<1xi64>) -> tensor<1x?xi64>
func.func @slice_dynamic_end(%x: tensor<1x512xi64>, %end: tensor<1xi64>) -> tensor<1x?xi64> {
  %s = onnx.Constant dense<[0]> : tensor<1xi64>
  %a = onnx.Constant dense<[1]> : tensor<1xi64>
  %st = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.Slice %x, %s, %end, %a, %st : (tensor<1x512xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1x?xi64>
  return %0 : tensor<1x?xi64>
}

// -----

// A step other than 1 makes a strided_slice.
// CHECK-LABEL: func @slice_steps
// CHECK: paddle.strided_slice %arg0 {axes = array<i32: 0>, ends = array<i32: -2147483648>, infer_flags = array<i32: 1>, starts = array<i32: -1>, strides = array<i32: -5>} : (tensor<20x10xf32>) -> tensor<4x10xf32>
func.func @slice_steps(%x: tensor<20x10xf32>) -> tensor<4x10xf32> {
  %s = onnx.Constant dense<[-1]> : tensor<1xi64>
  %e = onnx.Constant dense<[-9223372036854775808]> : tensor<1xi64>
  %st = onnx.Constant dense<[-5]> : tensor<1xi64>
  %none = onnx.NoValue
  %0 = onnx.Slice %x, %s, %e, %none, %st : (tensor<20x10xf32>, tensor<1xi64>, tensor<1xi64>, none, tensor<1xi64>) -> tensor<4x10xf32>
  return %0 : tensor<4x10xf32>
}

// -----

// CHECK-LABEL: func @split
// CHECK: paddle.split %arg0 {axis = 1 : si32, sections = array<i32: 2, 5>} : (tensor<?x7xf32>) -> (tensor<?x2xf32>, tensor<?x5xf32>)
// CHECK: paddle.split %arg0 {axis = 1 : si32, sections = array<i32: 3, 3, 1>} : (tensor<?x7xf32>) -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x1xf32>)
func.func @split(%x: tensor<?x7xf32>) -> (tensor<?x2xf32>, tensor<?x5xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x1xf32>) {
  %sizes = onnx.Constant dense<[2, 5]> : tensor<2xi64>
  %0:2 = onnx.Split %x, %sizes {axis = -1 : si64} : (tensor<?x7xf32>, tensor<2xi64>) -> (tensor<?x2xf32>, tensor<?x5xf32>)
  %none = onnx.NoValue
  %1:3 = onnx.Split %x, %none {axis = 1 : si64, num_outputs = 3 : si64} : (tensor<?x7xf32>, none) -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x1xf32>)
  return %0#0, %0#1, %1#0, %1#1, %1#2 : tensor<?x2xf32>, tensor<?x5xf32>, tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x1xf32>
}

// -----

// Paddle's where needs equal shapes: a static result expands each operand
// to it; a dynamic one to the run-time shape of a zero tensor of the
// broadcast shape.
// CHECK-LABEL: func @where_static
// CHECK: %[[C:.*]] = paddle.expand_v2 %arg0 {shape = array<i32: 2, 3>} : (tensor<1x3xi1>) -> tensor<2x3xi1>
// CHECK: %[[Y:.*]] = paddle.expand_v2 %arg2 {shape = array<i32: 2, 3>} : (tensor<f32>) -> tensor<2x3xf32>
// CHECK: paddle.where %[[C]], %arg1, %[[Y]] : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @where_static(%c: tensor<1x3xi1>, %x: tensor<2x3xf32>, %y: tensor<f32>) -> tensor<2x3xf32> {
  %0 = onnx.Where %c, %x, %y : (tensor<1x3xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @where_dynamic
// CHECK: %[[Z0:.*]] = paddle.fill_any_like %arg0 {dtype = 2 : si32} : (tensor<?x1x1x?xi1>) -> tensor<?x1x1x?xi32>
// CHECK: %[[Z1:.*]] = paddle.fill_any_like %arg1 {dtype = 2 : si32}
// CHECK: %[[S01:.*]] = paddle.elementwise_add %[[Z0]], %[[Z1]] : (tensor<?x1x1x?xi32>, tensor<?x12x?x?xi32>) -> tensor<?x12x?x?xi32>
// CHECK: %[[Z2:.*]] = paddle.fill_any_like %arg2 {dtype = 2 : si32}
// CHECK: %[[S:.*]] = paddle.elementwise_add %[[S01]], %[[Z2]]
// CHECK: %[[SHAPE:.*]] = paddle.shape %[[S]] : (tensor<?x12x?x?xi32>) -> tensor<4xi32>
// CHECK: %[[C:.*]] = paddle.expand_v2 %arg0 Shape(%[[SHAPE]]) : (tensor<?x1x1x?xi1>, tensor<4xi32>) -> tensor<?x12x?x?xi1>
// CHECK: %[[X:.*]] = paddle.expand_v2 %arg1 Shape(%[[SHAPE]])
// CHECK: %[[Y:.*]] = paddle.expand_v2 %arg2 Shape(%[[SHAPE]]) : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x?x?xf32>
// CHECK: paddle.where %[[C]], %[[X]], %[[Y]]
func.func @where_dynamic(%c: tensor<?x1x1x?xi1>, %x: tensor<?x12x?x?xf32>, %y: tensor<f32>) -> tensor<?x12x?x?xf32> {
  %0 = onnx.Where %c, %x, %y : (tensor<?x1x1x?xi1>, tensor<?x12x?x?xf32>, tensor<f32>) -> tensor<?x12x?x?xf32>
  return %0 : tensor<?x12x?x?xf32>
}

// -----

// CHECK-LABEL: func @gathers
// CHECK: paddle.take_along_axis %arg0, %arg1 {Axis = 1 : si32} : (tensor<3x4xf32>, tensor<3x2xi64>) -> tensor<3x2xf32>
// CHECK: paddle.gather_nd %arg0, %arg2 : (tensor<3x4xf32>, tensor<5x2xi64>) -> tensor<5xf32>
func.func @gathers(%x: tensor<3x4xf32>, %i: tensor<3x2xi64>, %n: tensor<5x2xi64>) -> (tensor<3x2xf32>, tensor<5xf32>) {
  %0 = onnx.GatherElements %x, %i {axis = -1 : si64} : (tensor<3x4xf32>, tensor<3x2xi64>) -> tensor<3x2xf32>
  %1 = onnx.GatherND %x, %n : (tensor<3x4xf32>, tensor<5x2xi64>) -> tensor<5xf32>
  return %0, %1 : tensor<3x2xf32>, tensor<5xf32>
}

// -----

// CHECK-LABEL: func @scatters
// CHECK: %[[MAX:.*]] = paddle.put_along_axis %arg0, %arg1, %arg2 {Axis = 1 : si32, Reduce = "amax"}
// CHECK: %[[ADD:.*]] = paddle.scatter_nd_add %arg0, %arg3, %arg4 : (tensor<3x4xf32>, tensor<5x2xi64>, tensor<5xf32>) -> tensor<3x4xf32>
// CHECK: %[[ZEROS:.*]] = paddle.fill_any_like %arg0 : (tensor<3x4xf32>) -> tensor<3x4xf32>
// CHECK: %[[ONES:.*]] = paddle.fill_any_like %arg4 {value = 1.000000e+00 : f32}
// CHECK: %[[MASK:.*]] = paddle.scatter_nd_add %[[ZEROS]], %arg3, %[[ONES]]
// CHECK: %[[PLACED:.*]] = paddle.scatter_nd_add %[[ZEROS]], %arg3, %arg4
// CHECK: %[[HIT:.*]] = paddle.not_equal %[[MASK]], %[[ZEROS]]
// CHECK: %[[SET:.*]] = paddle.where %[[HIT]], %[[PLACED]], %arg0
// CHECK: return %[[MAX]], %[[ADD]], %[[SET]]
func.func @scatters(%x: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2xf32>, %n: tensor<5x2xi64>, %v: tensor<5xf32>) -> (tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) {
  %0 = onnx.ScatterElements %x, %i, %u {axis = 1 : si64, reduction = "max"} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %1 = onnx.ScatterND %x, %n, %v {reduction = "add"} : (tensor<3x4xf32>, tensor<5x2xi64>, tensor<5xf32>) -> tensor<3x4xf32>
  %2 = onnx.ScatterND %x, %n, %v : (tensor<3x4xf32>, tensor<5x2xi64>, tensor<5xf32>) -> tensor<3x4xf32>
  return %0, %1, %2 : tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func @nonzero_trilu
// CHECK: %[[IDX:.*]] = paddle.where_index %arg0 : (tensor<?x4xf32>) -> tensor<?x2xi64>
// CHECK: %[[NZ:.*]], %{{.*}} = paddle.transpose2 %[[IDX]] {axis = array<i32: 1, 0>} : (tensor<?x2xi64>) -> (tensor<2x?xi64>, tensor<0x?x2xi64>)
// CHECK: %[[TRIL:.*]] = paddle.tril_triu %arg0 {diagonal = -1 : si32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
// A dynamic k: col - row >= k, broadcast to the input, selects.
// CHECK: paddle.shape %arg0
// CHECK: %[[ROWS:.*]] = paddle.range %{{.*}} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xi64>
// CHECK: %[[COLS:.*]] = paddle.range %{{.*}} -> tensor<4xi64>
// CHECK: %[[ROW:.*]], %{{.*}} = paddle.reshape2 %[[ROWS]] {shape = array<i32: -1, 1>}
// CHECK: %[[DIFF:.*]] = paddle.elementwise_sub %[[COLS]], %[[ROW]] : (tensor<4xi64>, tensor<?x1xi64>) -> tensor<?x4xi64>
// CHECK: %[[KEEP:.*]] = paddle.greater_equal %[[DIFF]], %arg1 : (tensor<?x4xi64>, tensor<i64>) -> tensor<?x4xi1>
// CHECK: %[[ZEROS:.*]] = paddle.fill_any_like %arg0 : (tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: %[[MASK:.*]] = paddle.expand_v2 %[[KEEP]] Shape(
// CHECK: %[[TRIU:.*]] = paddle.where %[[MASK]], %arg0, %[[ZEROS]]
// CHECK: return %[[NZ]], %[[TRIL]], %[[TRIU]]
func.func @nonzero_trilu(%x: tensor<?x4xf32>, %k: tensor<i64>) -> (tensor<2x?xi64>, tensor<?x4xf32>, tensor<?x4xf32>) {
  %0 = onnx.NonZero %x : (tensor<?x4xf32>) -> tensor<2x?xi64>
  %c = onnx.Constant dense<-1> : tensor<i64>
  %1 = onnx.Trilu %x, %c {upper = 0 : si64} : (tensor<?x4xf32>, tensor<i64>) -> tensor<?x4xf32>
  %2 = onnx.Trilu %x, %k : (tensor<?x4xf32>, tensor<i64>) -> tensor<?x4xf32>
  return %0, %1, %2 : tensor<2x?xi64>, tensor<?x4xf32>, tensor<?x4xf32>
}

// -----

// TopK is a stable argsort (ONNX orders equal values by index) and a slice.
// CHECK-LABEL: func @topk
// CHECK: %[[V:.*]], %[[I:.*]] = paddle.argsort %arg0 {axis = 1 : si32, stable = true} : (tensor<3x4xf32>) -> (tensor<3x4xf32>, tensor<3x4xi64>)
// CHECK: paddle.slice %[[V]] {axes = array<i32: 1>, ends = array<i32: 2>, infer_flags = array<i32: 1>, starts = array<i32: 0>} : (tensor<3x4xf32>) -> tensor<3x2xf32>
// CHECK: paddle.slice %[[I]] {axes = array<i32: 1>, ends = array<i32: 2>, infer_flags = array<i32: 1>, starts = array<i32: 0>} : (tensor<3x4xi64>) -> tensor<3x2xi64>
// CHECK: %[[V2:.*]], %[[I2:.*]] = paddle.argsort %arg0 {axis = 1 : si32, descending = true, stable = true}
// CHECK: paddle.slice %[[V2]] EndsTensor(%arg1) {axes = array<i32: 1>, infer_flags = array<i32: -1>, starts = array<i32: 0>} : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<3x?xf32>
// CHECK: paddle.slice %[[I2]] EndsTensor(%arg1)
func.func @topk(%x: tensor<3x4xf32>, %k: tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>, tensor<3x?xf32>, tensor<3x?xi64>) {
  %c = onnx.Constant dense<2> : tensor<1xi64>
  %0:2 = onnx.TopK %x, %c {axis = 1 : si64, largest = 0 : si64} : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  %1:2 = onnx.TopK %x, %k : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x?xf32>, tensor<3x?xi64>)
  return %0#0, %0#1, %1#0, %1#1 : tensor<3x2xf32>, tensor<3x2xi64>, tensor<3x?xf32>, tensor<3x?xi64>
}

// -----

// CHECK-LABEL: func @arg_cumsum
// CHECK: paddle.arg_max %arg0 {axis = 1 : si64, keepdims = true} : (tensor<?x4xf32>) -> tensor<?x1xi64>
// select_last_index: the arg of the reversed axis, counted from the end.
// CHECK: %[[REV:.*]] = paddle.strided_slice %arg0 {axes = array<i32: 1>, ends = array<i32: -2147483648>, infer_flags = array<i32: 1>, starts = array<i32: -1>, strides = array<i32: -1>}
// CHECK: %[[MIN:.*]] = paddle.arg_min %[[REV]] {axis = 1 : si64} : (tensor<?x4xf32>) -> tensor<?xi64>
// CHECK: paddle.scale %[[MIN]] {bias = 3.000000e+00 : f32, scale = -1.000000e+00 : f32}
// CHECK: paddle.cumsum %arg0 {axis = 1 : si32, exclusive = true, reverse = true} : (tensor<?x4xf32>) -> tensor<?x4xf32>
func.func @arg_cumsum(%x: tensor<?x4xf32>) -> (tensor<?x1xi64>, tensor<?xi64>, tensor<?x4xf32>) {
  %0 = onnx.ArgMax %x {axis = -1 : si64} : (tensor<?x4xf32>) -> tensor<?x1xi64>
  %1 = onnx.ArgMin %x {axis = 1 : si64, keepdims = 0 : si64, select_last_index = 1 : si64} : (tensor<?x4xf32>) -> tensor<?xi64>
  %a = onnx.Constant dense<-1> : tensor<i32>
  %2 = onnx.CumSum %x, %a {exclusive = 1 : si64, reverse = 1 : si64} : (tensor<?x4xf32>, tensor<i32>) -> tensor<?x4xf32>
  return %0, %1, %2 : tensor<?x1xi64>, tensor<?xi64>, tensor<?x4xf32>
}

// -----

// CHECK-LABEL: func @onehot
// Negative indices count from the end, then compare with range(depth).
// CHECK: %[[ZERO:.*]] = paddle.fill_any_like %arg0
// CHECK: %[[NEG:.*]] = paddle.less_than %arg0, %[[ZERO]]
// CHECK: %[[SHIFTED:.*]] = paddle.scale %arg0 {bias = 5.000000e+00 : f32}
// CHECK: %[[IX:.*]] = paddle.where %[[NEG]], %[[SHIFTED]], %arg0
// CHECK: %[[UNSQ:.*]], %{{.*}} = paddle.unsqueeze2 %[[IX]] {axes = array<i32: 1>} : (tensor<?x3xi64>) -> (tensor<?x1x3xi64>, tensor<0x?x3xi64>)
// CHECK: %[[RANGE:.*]] = paddle.range %{{.*}} -> tensor<5xi64>
// CHECK: %[[CLASSES:.*]], %{{.*}} = paddle.reshape2 %[[RANGE]] {shape = array<i32: 5, 1>}
// CHECK: %[[HIT:.*]] = paddle.equal %[[UNSQ]], %[[CLASSES]] : (tensor<?x1x3xi64>, tensor<5x1xi64>) -> tensor<?x5x3xi1>
// CHECK: %[[MISS:.*]] = paddle.logical_not %[[HIT]]
// CHECK: %[[OFF:.*]] = paddle.slice %arg1 {axes = array<i32: 0>, ends = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>}
// CHECK: %[[ON:.*]] = paddle.slice %arg1 {axes = array<i32: 0>, ends = array<i32: 2>, infer_flags = array<i32: 1>, starts = array<i32: 1>}
// CHECK: %[[H:.*]] = paddle.cast %[[HIT]] {in_dtype = 0 : si32, out_dtype = 5 : si32}
// CHECK: %[[HV:.*]] = paddle.elementwise_mul %[[H]], %[[ON]]
// CHECK: %[[M:.*]] = paddle.cast %[[MISS]]
// CHECK: %[[MV:.*]] = paddle.elementwise_mul %[[M]], %[[OFF]]
// CHECK: paddle.elementwise_add %[[HV]], %[[MV]] : (tensor<?x5x3xf32>, tensor<?x5x3xf32>) -> tensor<?x5x3xf32>
func.func @onehot(%i: tensor<?x3xi64>, %v: tensor<2xf32>) -> tensor<?x5x3xf32> {
  %d = onnx.Constant dense<5.0> : tensor<f32>
  %0 = onnx.OneHot %i, %d, %v {axis = 1 : si64} : (tensor<?x3xi64>, tensor<f32>, tensor<2xf32>) -> tensor<?x5x3xf32>
  return %0 : tensor<?x5x3xf32>
}

// -----

// Every mode is pad3d on the last three dims, through a 5-D view.
// CHECK-LABEL: func @pads
// CHECK: %[[X5:.*]], %{{.*}} = paddle.unsqueeze2 %arg0 {axes = array<i32: 0>} : (tensor<1x3x4x5xf32>) -> (tensor<1x1x3x4x5xf32>, tensor<0x1x3x4x5xf32>)
// CHECK: %[[P:.*]] = paddle.pad3d %[[X5]] {paddings = array<i32: 2, 4, 1, 2, 0, 0>, value = 1.500000e+00 : f32} : (tensor<1x1x3x4x5xf32>) -> tensor<1x1x3x7x11xf32>
// CHECK: paddle.squeeze2 %[[P]] {axes = array<i32: 0>} : (tensor<1x1x3x7x11xf32>) -> (tensor<1x3x7x11xf32>, tensor<0x1x1x3x7x11xf32>)
// CHECK: paddle.pad3d %{{.*}} {mode = "reflect", paddings = array<i32: 0, 0, 1, 2, 0, 0>} : (tensor<1x1x3x4x5xf32>) -> tensor<1x1x3x7x5xf32>
func.func @pads(%x: tensor<1x3x4x5xf32>) -> (tensor<1x3x7x11xf32>, tensor<1x3x7x5xf32>) {
  %p = onnx.Constant dense<[0, 0, 1, 2, 0, 0, 2, 4]> : tensor<8xi64>
  %v = onnx.Constant dense<1.5> : tensor<f32>
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %v, %none : (tensor<1x3x4x5xf32>, tensor<8xi64>, tensor<f32>, none) -> tensor<1x3x7x11xf32>
  %q = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %a = onnx.Constant dense<[-2]> : tensor<1xi64>
  %1 = onnx.Pad %x, %q, %none, %a {mode = "reflect"} : (tensor<1x3x4x5xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<1x3x7x5xf32>
  return %0, %1 : tensor<1x3x7x11xf32>, tensor<1x3x7x5xf32>
}

// -----

// CHECK-LABEL: func @compress
// CHECK: %[[IDX:.*]] = paddle.where_index %arg1 : (tensor<3xi1>) -> tensor<?x1xi64>
// CHECK: %[[FLAT:.*]], %{{.*}} = paddle.reshape2 %[[IDX]] {shape = array<i32: -1>} : (tensor<?x1xi64>) -> (tensor<?xi64>, tensor<0x?x1xi64>)
// CHECK: paddle.gather %arg0, %[[FLAT]] {axis = 1 : si32} : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<2x?xf32>
func.func @compress(%x: tensor<2x3xf32>, %c: tensor<3xi1>) -> tensor<2x?xf32> {
  %0 = onnx.Compress %x, %c {axis = -1 : si64} : (tensor<2x3xf32>, tensor<3xi1>) -> tensor<2x?xf32>
  return %0 : tensor<2x?xf32>
}

// -----

// ReverseSequence: time index len - 1 - t where t < len, else t.
// CHECK-LABEL: func @reverse_sequence
// CHECK: %[[T:.*]], %{{.*}} = paddle.reshape2 %{{.*}} {shape = array<i32: -1, 1>} : (tensor<4xi64>) -> (tensor<4x1xi64>, tensor<0x4xi64>)
// CHECK: %[[LEN:.*]], %{{.*}} = paddle.reshape2 %arg1 {shape = array<i32: 1, -1>} : (tensor<2xi64>) -> (tensor<1x2xi64>, tensor<0x2xi64>)
// CHECK: %[[IN:.*]] = paddle.less_than %[[T]], %[[LEN]] : (tensor<4x1xi64>, tensor<1x2xi64>) -> tensor<4x2xi1>
// CHECK: %[[LAST:.*]] = paddle.scale %[[LEN]] {bias = -1.000000e+00 : f32}
// CHECK: %[[REV:.*]] = paddle.elementwise_sub %[[LAST]], %[[T]] : (tensor<1x2xi64>, tensor<4x1xi64>) -> tensor<4x2xi64>
// CHECK: %[[TT:.*]] = paddle.expand_v2 %[[T]] {shape = array<i32: 4, 2>}
// CHECK: %[[INDEX:.*]] = paddle.where %[[IN]], %[[REV]], %[[TT]] : (tensor<4x2xi1>, tensor<4x2xi64>, tensor<4x2xi64>) -> tensor<4x2xi64>
// CHECK: %[[INDEX3:.*]], %{{.*}} = paddle.unsqueeze2 %[[INDEX]] {axes = array<i32: 2>}
// CHECK: %[[FULL:.*]] = paddle.expand_v2 %[[INDEX3]] {shape = array<i32: 4, 2, 3>}
// CHECK: paddle.take_along_axis %arg0, %[[FULL]] {Axis = 0 : si32} : (tensor<4x2x3xf32>, tensor<4x2x3xi64>) -> tensor<4x2x3xf32>
func.func @reverse_sequence(%x: tensor<4x2x3xf32>, %l: tensor<2xi64>) -> tensor<4x2x3xf32> {
  %0 = onnx.ReverseSequence %x, %l {batch_axis = 1 : si64, time_axis = 0 : si64} : (tensor<4x2x3xf32>, tensor<2xi64>) -> tensor<4x2x3xf32>
  return %0 : tensor<4x2x3xf32>
}

// -----

// ScatterND mul/max/min: put_along_axis on the flattened data at the linear
// offsets of the index tuples (negative ones counted from the end) plus
// range(slice size).
// CHECK-LABEL: func @scatternd_mul
// CHECK: %[[I:.*]] = paddle.slice %arg1 {axes = array<i32: 1>, ends = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>} : (tensor<2x1xi64>) -> tensor<2x1xi64>
// CHECK: %[[NEG:.*]] = paddle.less_than %[[I]]
// CHECK: %[[UP:.*]] = paddle.scale %[[I]] {bias = 4.000000e+00 : f32}
// CHECK: %[[IX:.*]] = paddle.where %[[NEG]], %[[UP]], %[[I]]
// CHECK: %[[OFFSETS:.*]] = paddle.range %{{.*}} -> tensor<3xi64>
// CHECK: %[[BASE:.*]] = paddle.scale %[[IX]] {scale = 3.000000e+00 : f32}
// CHECK: %[[POS:.*]] = paddle.elementwise_add %[[BASE]], %[[OFFSETS]] : (tensor<2x1xi64>, tensor<3xi64>) -> tensor<2x3xi64>
// CHECK: %[[DATA:.*]], %{{.*}} = paddle.reshape2 %arg0 {shape = array<i32: -1>} : (tensor<4x3xf32>) -> (tensor<12xf32>, tensor<0x4x3xf32>)
// CHECK: %[[FPOS:.*]], %{{.*}} = paddle.reshape2 %[[POS]] {shape = array<i32: -1>}
// CHECK: %[[UPD:.*]], %{{.*}} = paddle.reshape2 %arg2 {shape = array<i32: -1>}
// CHECK: %[[PUT:.*]] = paddle.put_along_axis %[[DATA]], %[[FPOS]], %[[UPD]] {Axis = 0 : si32, Reduce = "mul"} : (tensor<12xf32>, tensor<6xi64>, tensor<6xf32>) -> tensor<12xf32>
// CHECK: paddle.reshape2 %[[PUT]] {shape = array<i32: 4, 3>}
func.func @scatternd_mul(%x: tensor<4x3xf32>, %i: tensor<2x1xi64>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = onnx.ScatterND %x, %i, %u {reduction = "mul"} : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// Run-time steps go to strided_slice's StridesTensor; a 1-D CumSum has one
// valid axis whatever its run-time value.
// CHECK-LABEL: func @runtime_steps_axis
// CHECK: paddle.strided_slice %arg0 StridesTensor(%arg1) {axes = array<i32: 0>, ends = array<i32: -2147483648>, infer_flags = array<i32: -1>, starts = array<i32: -1>} : (tensor<10xf32>, tensor<1xi64>) -> tensor<?xf32>
// CHECK: paddle.cumsum %arg0 {axis = 0 : si32} : (tensor<10xf32>) -> tensor<10xf32>
func.func @runtime_steps_axis(%x: tensor<10xf32>, %st: tensor<1xi64>, %a: tensor<i64>) -> (tensor<?xf32>, tensor<10xf32>) {
  %s = onnx.Constant dense<[-1]> : tensor<1xi64>
  %e = onnx.Constant dense<[-9223372036854775808]> : tensor<1xi64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %0 = onnx.Slice %x, %s, %e, %ax, %st : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  %1 = onnx.CumSum %x, %a : (tensor<10xf32>, tensor<i64>) -> tensor<10xf32>
  return %0, %1 : tensor<?xf32>, tensor<10xf32>
}

// -----

// select_last_index along a dynamic dim: (dim - 1) - index, dim at run time.
// CHECK-LABEL: func @argmax_last_dynamic
// CHECK: %[[REV:.*]] = paddle.strided_slice %arg0 {axes = array<i32: 1>
// CHECK: %[[IDX:.*]] = paddle.arg_max %[[REV]] {axis = 1 : si64, keepdims = true}
// CHECK: %[[SHAPE:.*]] = paddle.shape %arg0
// CHECK: %[[DIM:.*]] = paddle.slice %[[SHAPE]] {axes = array<i32: 0>, ends = array<i32: 2>, infer_flags = array<i32: 1>, starts = array<i32: 1>}
// CHECK: %[[DIM64:.*]] = paddle.cast %[[DIM]] {in_dtype = 2 : si32, out_dtype = 3 : si32}
// CHECK: %[[LAST:.*]] = paddle.scale %[[DIM64]] {bias = -1.000000e+00 : f32}
// CHECK: paddle.elementwise_sub %[[LAST]], %[[IDX]] : (tensor<1xi64>, tensor<3x1xi64>) -> tensor<3x1xi64>
func.func @argmax_last_dynamic(%x: tensor<3x?xf32>) -> tensor<3x1xi64> {
  %0 = onnx.ArgMax %x {axis = 1 : si64, select_last_index = 1 : si64} : (tensor<3x?xf32>) -> tensor<3x1xi64>
  return %0 : tensor<3x1xi64>
}

// -----

// CumProd is cumprod with ONNX's exclusive and reverse.
// CHECK-LABEL: func @cumprod
// CHECK: paddle.cumprod %arg0 {dim = 0 : si32, exclusive = true, reverse = true} : (tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: paddle.cumprod %arg1 {dim = 0 : si32} : (tensor<5xi32>) -> tensor<5xi32>
func.func @cumprod(%x: tensor<?x4xf32>, %i: tensor<5xi32>, %a: tensor<i64>) -> (tensor<?x4xf32>, tensor<5xi32>) {
  %ax = onnx.Constant dense<-2> : tensor<i64>
  %0 = onnx.CumProd %x, %ax {exclusive = 1 : si64, reverse = 1 : si64} : (tensor<?x4xf32>, tensor<i64>) -> tensor<?x4xf32>
  %1 = onnx.CumProd %i, %a : (tensor<5xi32>, tensor<i64>) -> tensor<5xi32>
  return %0, %1 : tensor<?x4xf32>, tensor<5xi32>
}

// -----

// A run-time axis: the scan along each axis, picked by where over
// (axis + rank) % rank.
// CHECK-LABEL: func @scan_runtime_axis
// CHECK: %[[SHIFT:.*]] = paddle.scale %arg1 {bias = 2.000000e+00 : f32}
// CHECK: %[[RANK:.*]] = paddle.fill_any_like %arg1 {value = 2.000000e+00 : f32}
// CHECK: %[[AXIS:.*]] = paddle.elementwise_mod %[[SHIFT]], %[[RANK]]
// CHECK: %[[LAST:.*]] = paddle.cumsum %arg0 {axis = 1 : si32, exclusive = true}
// CHECK: %[[R0:.*]] = paddle.fill_any_like %arg0 {dtype = 3 : si32}
// CHECK: %[[PICK:.*]] = paddle.equal %[[R0]], %[[AXIS]] : (tensor<3x4xi64>, tensor<i64>) -> tensor<3x4xi1>
// CHECK: %[[FIRST:.*]] = paddle.cumsum %arg0 {axis = 0 : si32, exclusive = true}
// CHECK: paddle.where %[[PICK]], %[[FIRST]], %[[LAST]]
func.func @scan_runtime_axis(%x: tensor<3x4xf32>, %a: tensor<i64>) -> tensor<3x4xf32> {
  %0 = onnx.CumSum %x, %a {exclusive = 1 : si64} : (tensor<3x4xf32>, tensor<i64>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// Run-time pads: the Paddings tensor of pad3d, gathered from ONNX's layout
// ([w begin, w end, h begin, h end, d begin, d end], zeros for dims not
// padded); the dims before the last three by a second pad3d over a
// transposed view.
// CHECK-LABEL: func @pad_runtime
// CHECK: %[[P:.*]] = paddle.cast %arg1 {in_dtype = 3 : si32, out_dtype = 2 : si32} : (tensor<8xi64>) -> tensor<8xi32>
// CHECK: %[[V:[^,]*]], %{{.*}} = paddle.unsqueeze2 %arg0 {axes = array<i32: 0>}
// CHECK: %[[WB:.*]] = paddle.slice %[[P]] {axes = array<i32: 0>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 3>}
// CHECK: %[[WE:.*]] = paddle.slice %[[P]] {axes = array<i32: 0>, ends = array<i32: 8>, infer_flags = array<i32: 1>, starts = array<i32: 7>}
// CHECK: %[[CAT:.*]] = paddle.concat %[[WB]], %[[WE]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : {{.*}} -> tensor<6xi32>
// CHECK: %[[PAD:.*]] = paddle.pad3d %[[V]] Paddings(%[[CAT]]) {mode = "replicate", paddings = array<i32: 0, 0, 0, 0, 0, 0>} : (tensor<1x1x3x4x5xf32>, tensor<6xi32>) -> tensor<1x1x?x?x?xf32>
// CHECK: %[[SQ:[^,]*]], %{{.*}} = paddle.squeeze2 %[[PAD]] {axes = array<i32: 0>}
// CHECK: %[[T:[^,]*]], %{{.*}} = paddle.transpose2 %[[SQ]] {axis = array<i32: 1, 2, 3, 0>}
// CHECK: %[[T5:[^,]*]], %{{.*}} = paddle.unsqueeze2 %[[T]] {axes = array<i32: 0>}
// CHECK: %[[NB:.*]] = paddle.slice %[[P]] {axes = array<i32: 0>, ends = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>}
// CHECK: paddle.pad3d %[[T5]] Paddings(%{{.*}}) {mode = "replicate"
// CHECK: paddle.transpose2 %{{.*}} {axis = array<i32: 3, 0, 1, 2>}
func.func @pad_runtime(%x: tensor<1x3x4x5xf32>, %p: tensor<8xi64>) -> tensor<?x?x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %none, %none {mode = "edge"} : (tensor<1x3x4x5xf32>, tensor<8xi64>, none, none) -> tensor<?x?x?x?xf32>
  return %0 : tensor<?x?x?x?xf32>
}

// -----

// A run-time constant_value: zero padding, then where a padded ones tensor
// is 0, the value.
// CHECK-LABEL: func @pad_runtime_value
// CHECK: %[[PAD:.*]] = paddle.pad3d %{{.*}} {paddings = array<i32: 1, 2, 0, 0, 0, 0>} : (tensor<1x1x1x3x4xf32>) -> tensor<1x1x1x3x7xf32>
// CHECK: %[[ONES:.*]] = paddle.fill_any_like %arg0 {value = 1.000000e+00 : f32}
// CHECK: %[[MASK:.*]] = paddle.pad3d %{{.*}} {paddings = array<i32: 1, 2, 0, 0, 0, 0>}
// CHECK: %[[IN:.*]] = paddle.cast %{{.*}} {in_dtype = 5 : si32, out_dtype = 0 : si32} : (tensor<3x7xf32>) -> tensor<3x7xi1>
// CHECK: %[[ZERO:.*]] = paddle.fill_any_like %{{.*}} : (tensor<3x7xf32>) -> tensor<3x7xf32>
// CHECK: %[[FILL:.*]] = paddle.elementwise_add %[[ZERO]], %arg1 : (tensor<3x7xf32>, tensor<f32>) -> tensor<3x7xf32>
// CHECK: paddle.where %[[IN]], %{{.*}}, %[[FILL]]
func.func @pad_runtime_value(%x: tensor<3x4xf32>, %v: tensor<f32>) -> tensor<3x7xf32> {
  %p = onnx.Constant dense<[0, 1, 0, 2]> : tensor<4xi64>
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %v, %none : (tensor<3x4xf32>, tensor<4xi64>, tensor<f32>, none) -> tensor<3x7xf32>
  return %0 : tensor<3x7xf32>
}

// -----

// Run-time axes: each dim's pads are sum((axis + rank) % rank == dim) *
// pad (in int64: Paddle's reduce_sum makes int32 int64); wrap with run-time
// pads crops (min(pads, 0)) before it pads (max(pads, 0)).
// CHECK-LABEL: func @pad_runtime_axes
// CHECK: %[[EQ:.*]] = paddle.equal %{{.*}}, %{{.*}} : (tensor<2x1xi64>, tensor<3xi64>) -> tensor<2x3xi1>
// CHECK: paddle.reduce_sum %{{.*}} : (tensor<2x3xi64>) -> tensor<3xi64>
// CHECK: paddle.reduce_sum %{{.*}} : (tensor<2x3xi64>) -> tensor<3xi64>
// CHECK: %[[FULL:.*]] = paddle.concat %{{.*}}, %{{.*}} : (tensor<3xi64>, tensor<3xi64>) -> tensor<6xi64>
// CHECK: %[[P:.*]] = paddle.cast %[[FULL]] {in_dtype = 3 : si32, out_dtype = 2 : si32}
// CHECK: paddle.elementwise_min %[[P]]
// CHECK: paddle.pad3d %{{.*}} Paddings(%{{.*}}) {mode = "circular"
// CHECK: paddle.elementwise_max %[[P]]
// CHECK: paddle.pad3d %{{.*}} Paddings(%{{.*}}) {mode = "circular"
func.func @pad_runtime_axes(%x: tensor<3x4x5xf32>, %p: tensor<4xi64>, %a: tensor<2xi64>) -> tensor<?x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.Pad %x, %p, %none, %a {mode = "wrap"} : (tensor<3x4x5xf32>, tensor<4xi64>, none, tensor<2xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// float16 Where (Paddle's CPU where has no f16 kernel): selected in
// float32, which is exact, and cast back.
// CHECK-LABEL: func @where_f16
// CHECK: %[[X:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<4xf16>) -> tensor<4xf32>
// CHECK: %[[Y:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[R:.*]] = paddle.where %arg0, %[[X]], %[[Y]] : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK: paddle.cast %[[R]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<4xf32>) -> tensor<4xf16>
func.func @where_f16(%c: tensor<4xi1>, %x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = onnx.Where %c, %x, %x : (tensor<4xi1>, tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}
