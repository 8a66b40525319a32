// --paddle-avoid-quirks on paddle programs as --onnx-to-paddle or
// --import-paddle give them: each rewrite, where it applies and where it
// must leave the op alone, and its option that turns it off.
// RUN: x2p-opt %s -split-input-file --paddle-avoid-quirks | FileCheck %s
// RUN: x2p-opt %s -split-input-file --paddle-avoid-quirks="reshape-shape-template=false div-full-shape-x=false int-elementwise-activation=false constant-matmul-input=false" | FileCheck %s --check-prefix=OFF

// A reshape2 with a run-time Shape gets the result's static dims and 0 for
// the dynamic ones as its shape attribute: Paddle's
// operator_reshape2_onednn_fuse_pass reads only the attribute and skips
// just reshapes with a 0 in it.
// CHECK-LABEL: func @reshape_runtime_shape
// CHECK: paddle.reshape2 %arg0 Shape(%arg1) {shape = array<i32: 0, 0, 12, 64>} : (tensor<?x?x768xf32>, tensor<4xi64>) -> (tensor<?x?x12x64xf32>, tensor<0x?x?x768xf32>)
// OFF-LABEL: func @reshape_runtime_shape
// OFF: paddle.reshape2 %arg0 Shape(%arg1) : (tensor<?x?x768xf32>, tensor<4xi64>)
func.func @reshape_runtime_shape(%x: tensor<?x?x768xf32>, %s: tensor<4xi64>) -> tensor<?x?x12x64xf32> {
  %0, %xs = paddle.reshape2 %x Shape(%s) : (tensor<?x?x768xf32>, tensor<4xi64>) -> (tensor<?x?x12x64xf32>, tensor<0x?x?x768xf32>)
  return %0 : tensor<?x?x12x64xf32>
}

// -----

// All dims static (an imported program; the conversion would have folded
// the target): the first dim becomes 0, so the fusion still skips it.
// CHECK-LABEL: func @reshape_runtime_shape_static_result
// CHECK: paddle.reshape2 %arg0 Shape(%arg1) {shape = array<i32: 0, 12>} : (tensor<2x6xf32>, tensor<2xi32>) -> (tensor<1x12xf32>, tensor<0x2x6xf32>)
func.func @reshape_runtime_shape_static_result(%x: tensor<2x6xf32>, %s: tensor<2xi32>) -> tensor<1x12xf32> {
  %0, %xs = paddle.reshape2 %x Shape(%s) : (tensor<2x6xf32>, tensor<2xi32>) -> (tensor<1x12xf32>, tensor<0x2x6xf32>)
  return %0 : tensor<1x12xf32>
}

// -----

// Not rewritten: a shape attribute that is already there, a reshape
// without Shape, and ShapeTensor lists (the fusion skips those itself).
// CHECK-LABEL: func @reshape_left_alone
// CHECK: paddle.reshape2 %arg0 Shape(%arg1) {shape = array<i32: 0, -1>} :
// CHECK: paddle.reshape2 %arg0 {shape = array<i32: 0, -1, 4>} :
// CHECK: paddle.reshape2 %arg0 ShapeTensor(%arg2, %arg3) :
func.func @reshape_left_alone(%x: tensor<?x6x4xf32>, %s: tensor<2xi64>, %d0: tensor<1xi32>, %d1: tensor<1xi32>) -> (tensor<?x?xf32>, tensor<?x6x4xf32>, tensor<?x?xf32>) {
  %0, %xs0 = paddle.reshape2 %x Shape(%s) {shape = array<i32: 0, -1>} : (tensor<?x6x4xf32>, tensor<2xi64>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
  %1, %xs1 = paddle.reshape2 %x {shape = array<i32: 0, -1, 4>} : (tensor<?x6x4xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x6x4xf32>)
  %2, %xs2 = paddle.reshape2 %x ShapeTensor(%d0, %d1) : (tensor<?x6x4xf32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
  return %0, %1, %2 : tensor<?x?xf32>, tensor<?x6x4xf32>, tensor<?x?xf32>
}

// -----

// A float elementwise_div whose X broadcasts gets an X of the result's
// shape first (Paddle's oneDNN elementwise_div computes Y / X otherwise;
// T5's layer norm `1 / sqrt(variance + eps)`): a splat constant by
// fill_any_like over Y, anything else times ones of Y's shape.
// CHECK-LABEL: func @div_broadcast_dividend
// CHECK: %[[FULL:.*]] = paddle.fill_any_like %arg0 {value = 2.000000e+00 : f32} : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
// CHECK: paddle.elementwise_div %[[FULL]], %arg0 : (tensor<?x?x1xf32>, tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
// CHECK: %[[ONES:.*]] = paddle.fill_any_like %arg0 {value = 1.000000e+00 : f32} : (tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
// CHECK: %[[X:.*]] = paddle.elementwise_mul %arg1, %[[ONES]] : (tensor<1x1x4xf32>, tensor<?x?x1xf32>) -> tensor<?x?x4xf32>
// CHECK: paddle.elementwise_div %[[X]], %arg0 : (tensor<?x?x4xf32>, tensor<?x?x1xf32>) -> tensor<?x?x4xf32>
// OFF-LABEL: func @div_broadcast_dividend
// OFF-NOT: fill_any_like
// OFF: paddle.elementwise_div %{{.*}}, %arg0 : (tensor<f32>, tensor<?x?x1xf32>)
// OFF: paddle.elementwise_div %arg1, %arg0 : (tensor<1x1x4xf32>, tensor<?x?x1xf32>)
func.func @div_broadcast_dividend(%y: tensor<?x?x1xf32>, %x: tensor<1x1x4xf32>) -> (tensor<?x?x1xf32>, tensor<?x?x4xf32>) {
  %two = paddle.parameter "two" dense<2.0> : tensor<f32>
  %0 = paddle.elementwise_div %two, %y : (tensor<f32>, tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
  %1 = paddle.elementwise_div %x, %y : (tensor<1x1x4xf32>, tensor<?x?x1xf32>) -> tensor<?x?x4xf32>
  return %0, %1 : tensor<?x?x1xf32>, tensor<?x?x4xf32>
}

// -----

// A splat that float32 does not hold exactly (fill_any_like's value is
// f32) takes the multiplication; so does a legacy program's lower-rank X,
// whose `axis` moves to the multiplication (the division's operands then
// have equal ranks).
// CHECK-LABEL: func @div_broadcast_dividend_mul
// CHECK: %[[ONES:.*]] = paddle.fill_any_like %arg0 {value = 1.000000e+00 : f32} : (tensor<2x3xf64>) -> tensor<2x3xf64>
// CHECK: %[[X:.*]] = paddle.elementwise_mul %{{.*}}, %[[ONES]] : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
// CHECK: paddle.elementwise_div %[[X]], %arg0 : (tensor<2x3xf64>, tensor<2x3xf64>)
// CHECK: %[[ONES2:.*]] = paddle.fill_any_like %arg2 {value = 1.000000e+00 : f32} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK: %[[X2:.*]] = paddle.elementwise_mul %arg1, %[[ONES2]] {axis = 1 : si32} : (tensor<3xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK: paddle.elementwise_div %[[X2]], %arg2 : (tensor<2x3x4xf32>, tensor<2x3x4xf32>)
func.func @div_broadcast_dividend_mul(%y: tensor<2x3xf64>, %v: tensor<3xf32>, %w: tensor<2x3x4xf32>) -> (tensor<2x3xf64>, tensor<2x3x4xf32>) {
  %tenth = paddle.parameter "tenth" dense<0.1> : tensor<f64>
  %0 = paddle.elementwise_div %tenth, %y : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %1 = paddle.elementwise_div %v, %w {axis = 1 : si32} : (tensor<3xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<2x3xf64>, tensor<2x3x4xf32>
}

// -----

// Not rewritten: integer divisions (no oneDNN kernel), an X of the
// result's shape (Y broadcasts, which oneDNN gets right), and dynamic dims
// against dynamic dims (nothing says they differ).
// CHECK-LABEL: func @div_left_alone
// CHECK-NOT: fill_any_like
// CHECK-NOT: elementwise_mul
// CHECK: paddle.elementwise_div %arg0, %arg1 : (tensor<1x4xi32>, tensor<3x4xi32>)
// CHECK: paddle.elementwise_div %arg2, %arg3 : (tensor<3x4xf32>, tensor<4xf32>)
// CHECK: paddle.elementwise_div %arg4, %arg4 : (tensor<?x?xf32>, tensor<?x?xf32>)
func.func @div_left_alone(%a: tensor<1x4xi32>, %b: tensor<3x4xi32>, %c: tensor<3x4xf32>, %d: tensor<4xf32>, %e: tensor<?x?xf32>) -> (tensor<3x4xi32>, tensor<3x4xf32>, tensor<?x?xf32>) {
  %0 = paddle.elementwise_div %a, %b : (tensor<1x4xi32>, tensor<3x4xi32>) -> tensor<3x4xi32>
  %1 = paddle.elementwise_div %c, %d : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  %2 = paddle.elementwise_div %e, %e : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0, %1, %2 : tensor<3x4xi32>, tensor<3x4xf32>, tensor<?x?xf32>
}

// -----

// An activation right after an int64 elementwise op (ModernBERT's and
// DeBERTa-v2's abs(q_ids - k_ids)): elementwise_act_onednn_fuse_pass would
// fuse them and refuse the int op it did not place on oneDNN. An assign
// goes between; float32 pairs, which oneDNN runs, stay as they are.
// CHECK-LABEL: func @int_elementwise_activation
// CHECK: %[[D:.*]] = paddle.elementwise_sub %arg0, %arg1
// CHECK: %[[A:.*]] = paddle.assign %[[D]] : (tensor<?x?xi64>) -> tensor<?x?xi64>
// CHECK: paddle.abs %[[A]]
// CHECK: %[[F:.*]] = paddle.elementwise_add %arg2, %arg2
// CHECK-NEXT: paddle.gelu %[[F]]
// OFF-LABEL: func @int_elementwise_activation
// OFF-NOT: paddle.assign
func.func @int_elementwise_activation(%q: tensor<?x1xi64>, %k: tensor<1x?xi64>, %x: tensor<?x8xf32>) -> (tensor<?x?xi64>, tensor<?x8xf32>) {
  %d = paddle.elementwise_sub %q, %k {axis = -1 : si32} : (tensor<?x1xi64>, tensor<1x?xi64>) -> tensor<?x?xi64>
  %a = paddle.abs %d : (tensor<?x?xi64>) -> tensor<?x?xi64>
  %f = paddle.elementwise_add %x, %x {axis = -1 : si32} : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %g = paddle.gelu %f {approximate = false} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  return %a, %g : tensor<?x?xi64>, tensor<?x8xf32>
}

// -----

// A matmul of two parameters (DeBERTa-v2's layer-normed relative position
// embeddings, folded by the exporter, times a projection weight): Paddle's
// fc fusion would make an fc whose Input has no producer, which
// repeated_fc_relu_fuse_pass dereferences. X goes through an assign; a
// matmul with a computed X is left alone.
// CHECK-LABEL: func @constant_matmul_input
// CHECK: %[[E:.*]] = paddle.parameter "rel_embeddings"
// CHECK: %[[W:.*]] = paddle.parameter "pos_proj.weight"
// CHECK: %[[A:.*]] = paddle.assign %[[E]]
// CHECK: paddle.matmul_v2 %[[A]], %[[W]]
// CHECK: paddle.matmul_v2 %arg0, %[[W]]
// OFF-LABEL: func @constant_matmul_input
// OFF-NOT: paddle.assign
func.func @constant_matmul_input(%x: tensor<?x4xf32>) -> (tensor<6x4xf32>, tensor<?x4xf32>) {
  %e = paddle.parameter "rel_embeddings" dense<0.5> : tensor<6x4xf32>
  %w = paddle.parameter "pos_proj.weight" dense<0.25> : tensor<4x4xf32>
  %0 = paddle.matmul_v2 %e, %w {trans_x = false, trans_y = false} : (tensor<6x4xf32>, tensor<4x4xf32>) -> tensor<6x4xf32>
  %1 = paddle.matmul_v2 %x, %w {trans_x = false, trans_y = false} : (tensor<?x4xf32>, tensor<4x4xf32>) -> tensor<?x4xf32>
  return %0, %1 : tensor<6x4xf32>, tensor<?x4xf32>
}
