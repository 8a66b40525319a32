// com.microsoft contrib ops of --onnx-to-paddle, unfused into CPU ops:
// GELUs as gelu (approximate for FastGelu's tanh form), skip norms as
// elementwise_add + layer_norm (or reduce_mean/rsqrt for the RMS form),
// EmbedLayerNormalization as lookup_table_v2 + layer_norm, Attention as
// matmul_v2/split/softmax with onnxruntime's additive mask.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @gelus
// CHECK-NOT: onnx.
// CHECK: %[[A:.*]] = paddle.elementwise_add %arg0, %arg1 : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
// CHECK: %[[F:.*]] = paddle.gelu %[[A]] {approximate = true}
// CHECK: %[[B:.*]] = paddle.elementwise_add %[[F]], %arg1
// CHECK: %[[G:.*]] = paddle.gelu %[[B]] :
// CHECK: %[[E:.*]] = paddle.gelu %[[G]] :
// CHECK: %[[S:.*]] = paddle.scale %[[E]] {scale = 1.702000e+00 : f32}
// CHECK: %[[SG:.*]] = paddle.sigmoid %[[S]]
// CHECK: %[[Q:.*]] = paddle.elementwise_mul %[[E]], %[[SG]]
// CHECK: %[[BA:.*]] = paddle.elementwise_add %[[Q]], %arg1
// CHECK: %[[BA2:.*]] = paddle.elementwise_add %[[BA]], %arg0
// CHECK: %[[NB:.*]] = paddle.gelu %arg0 {approximate = true}
// CHECK: return %[[BA2]], %[[NB]]
func.func @gelus(%x: tensor<?x?x8xf32>, %b: tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?x?x8xf32>) {
  %none = onnx.NoValue
  %f = onnx.ms.FastGelu %x, %b : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %g = onnx.ms.BiasGelu %f, %b : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %e = onnx.ms.Gelu %g : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %q = onnx.ms.QuickGelu %e : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %a = onnx.ms.BiasAdd %q, %b, %x : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %n = onnx.ms.FastGelu %x, %none : (tensor<?x?x8xf32>, none) -> tensor<?x?x8xf32>
  return %a, %n : tensor<?x?x8xf32>, tensor<?x?x8xf32>
}

// -----

// (input + skip) + bias, layer_norm over the last dim; the sum is an
// output too.
// CHECK-LABEL: func @skip_layer_norm
// CHECK-NOT: onnx.
// CHECK: %[[S:.*]] = paddle.elementwise_add %arg0, %arg1 : (tensor<?x?x8xf32>, tensor<1x?x8xf32>) -> tensor<?x?x8xf32>
// CHECK: %[[SB:.*]] = paddle.elementwise_add %[[S]], %arg3
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %[[SB]] Scale(%arg2) Bias(%arg3) {begin_norm_axis = 2 : si32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: return %[[Y]], %[[SB]]
func.func @skip_layer_norm(%x: tensor<?x?x8xf32>, %s: tensor<1x?x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?x?x8xf32>) {
  %y, %m, %i, %sum = onnx.ms.SkipLayerNormalization %x, %s, %g, %b, %b {epsilon = 1.0e-5 : f32} : (tensor<?x?x8xf32>, tensor<1x?x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, none, none, tensor<?x?x8xf32>)
  return %y, %sum : tensor<?x?x8xf32>, tensor<?x?x8xf32>
}

// -----

// f16 computes in f32; the RMS form has no beta.
// CHECK-LABEL: func @skip_simplified_f16
// CHECK-NOT: onnx.
// CHECK: paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[S:.*]] = paddle.elementwise_add
// CHECK: %[[SQ:.*]] = paddle.elementwise_mul %[[S]], %[[S]]
// CHECK: %[[M:.*]] = paddle.reduce_mean %[[SQ]] {dim = array<i32: 1>, keep_dim = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK: %[[E:.*]] = paddle.scale %[[M]] {bias = 9.99999997E-7 : f32}
// CHECK: %[[R:.*]] = paddle.rsqrt %[[E]]
// CHECK: %[[N:.*]] = paddle.elementwise_mul %[[S]], %[[R]]
// CHECK: %[[Y:.*]] = paddle.elementwise_mul %[[N]]
// CHECK: paddle.cast %[[Y]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
func.func @skip_simplified_f16(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  %none = onnx.NoValue
  %y, %m, %i, %sum = onnx.ms.SkipSimplifiedLayerNormalization %x, %x, %g, %none {epsilon = 1.0e-6 : f32} : (tensor<4x8xf16>, tensor<4x8xf16>, tensor<8xf16>, none) -> (tensor<4x8xf16>, none, none, none)
  return %y : tensor<4x8xf16>
}

// -----

// Word + position (0 .. S-1 from a run-time range) + segment rows, then
// layer_norm; mask_index counts the mask's 1s.
// CHECK-LABEL: func @embed_layer_norm
// CHECK-NOT: onnx.
// CHECK: %[[W:.*]] = paddle.lookup_table_v2 %arg0, %{{.*}} : (tensor<?x?xi32>, tensor<30x8xf32>) -> tensor<?x?x8xf32>
// CHECK: %[[POS:.*]] = paddle.range %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?xi32>
// CHECK: %[[P:.*]] = paddle.lookup_table_v2 %[[POS]], %{{.*}} : (tensor<?xi32>, tensor<16x8xf32>) -> tensor<?x8xf32>
// CHECK: %[[WP:.*]] = paddle.elementwise_add %[[W]], %[[P]] : (tensor<?x?x8xf32>, tensor<?x8xf32>) -> tensor<?x?x8xf32>
// CHECK: %[[SG:.*]] = paddle.lookup_table_v2 %arg1, %{{.*}} : (tensor<?x?xi32>, tensor<2x8xf32>) -> tensor<?x?x8xf32>
// CHECK: %[[SUM:.*]] = paddle.elementwise_add %[[WP]], %[[SG]]
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %[[SUM]] Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32}
// CHECK: %[[ONES:.*]] = paddle.equal %arg2, %{{.*}} : (tensor<?x?xi32>, tensor<1xi32>) -> tensor<?x?xi1>
// CHECK: %[[F:.*]] = paddle.cast %[[ONES]] {in_dtype = 0 : si32, out_dtype = 5 : si32}
// CHECK: %[[CNT:.*]] = paddle.reduce_sum %[[F]] {dim = array<i32: 1>} : (tensor<?x?xf32>) -> tensor<?xf32>
// CHECK: %[[MI:.*]] = paddle.cast %[[CNT]] {in_dtype = 5 : si32, out_dtype = 2 : si32}
// CHECK: return %[[Y]], %[[MI]]
func.func @embed_layer_norm(%ids: tensor<?x?xi32>, %seg: tensor<?x?xi32>, %mask: tensor<?x?xi32>) -> (tensor<?x?x8xf32>, tensor<?xi32>) {
  %none = onnx.NoValue
  %w = onnx.Constant dense<0.5> : tensor<30x8xf32>
  %p = onnx.Constant dense<0.25> : tensor<16x8xf32>
  %s = onnx.Constant dense<0.125> : tensor<2x8xf32>
  %g = onnx.Constant dense<1.0> : tensor<8xf32>
  %e, %mi, %sum = onnx.ms.EmbedLayerNormalization %ids, %seg, %w, %p, %s, %g, %g, %mask, %none : (tensor<?x?xi32>, tensor<?x?xi32>, tensor<30x8xf32>, tensor<16x8xf32>, tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<?x?xi32>, none) -> (tensor<?x?x8xf32>, tensor<?xi32>, none)
  return %e, %mi : tensor<?x?x8xf32>, tensor<?xi32>
}

// -----

// Without a mask, mask_index is zeros (filled to the run-time batch);
// position_ids index the position table.
// CHECK-LABEL: func @embed_no_mask
// CHECK-NOT: onnx.
// CHECK: paddle.lookup_table_v2 %arg1, %{{.*}} : (tensor<1x?xi32>, tensor<16x8xf32>) -> tensor<1x?x8xf32>
// CHECK: %[[B:.*]] = paddle.slice
// CHECK: paddle.fill_constant ShapeTensor(%[[B]]) {dtype = 2 : si32} : (tensor<1xi32>) -> tensor<?xi32>
func.func @embed_no_mask(%ids: tensor<?x?xi32>, %pos: tensor<1x?xi32>) -> (tensor<?x?x8xf32>, tensor<?xi32>) {
  %none = onnx.NoValue
  %w = onnx.Constant dense<0.5> : tensor<30x8xf32>
  %p = onnx.Constant dense<0.25> : tensor<16x8xf32>
  %g = onnx.Constant dense<1.0> : tensor<8xf32>
  %e, %mi, %sum = onnx.ms.EmbedLayerNormalization %ids, %none, %w, %p, %none, %g, %g, %none, %pos : (tensor<?x?xi32>, none, tensor<30x8xf32>, tensor<16x8xf32>, none, tensor<8xf32>, tensor<8xf32>, none, tensor<1x?xi32>) -> (tensor<?x?x8xf32>, tensor<?xi32>, none)
  return %e, %mi : tensor<?x?x8xf32>, tensor<?xi32>
}

// -----

// Packed QKV split, heads, scaled scores; the [batch] mask_index of
// EmbedLayerNormalization masks keys at or after each batch's end with
// -10000 (key positions from a run-time range).
// CHECK-LABEL: func @attention_end_mask
// CHECK-NOT: onnx.
// CHECK: %[[QKV:.*]] = paddle.matmul_v2 %{{.*}}, %{{.*}} : (tensor<?x?x8xf32>, tensor<8x24xf32>) -> tensor<?x?x24xf32>
// CHECK: %[[QKVB:.*]] = paddle.elementwise_add %[[QKV]], %{{.*}} : (tensor<?x?x24xf32>, tensor<24xf32>) -> tensor<?x?x24xf32>
// CHECK: %[[Q:.*]]:3 = paddle.split %[[QKVB]] {axis = 2 : si32, sections = array<i32: 8, 8, 8>} : (tensor<?x?x24xf32>) -> (tensor<?x?x8xf32>, tensor<?x?x8xf32>, tensor<?x?x8xf32>)
// CHECK: paddle.reshape2 %[[Q]]#0 {shape = array<i32: 0, 0, 2, 4>}
// CHECK: paddle.transpose2 {{.*}} {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>
// CHECK: %[[QK:.*]] = paddle.matmul_v2 {{.*}} {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
// CHECK: %[[SC:.*]] = paddle.scale %[[QK]] {scale = 5.000000e-01 : f32}
// CHECK: %[[KEYS:.*]] = paddle.range
// CHECK: %[[END:.*]], %{{.*}} = paddle.reshape2 %{{.*}} {shape = array<i32: -1, 1>} : (tensor<?xi32>) -> (tensor<?x1xi32>
// CHECK: %[[ATT:.*]] = paddle.less_than %[[KEYS]], %[[END]] : (tensor<?xi32>, tensor<?x1xi32>) -> tensor<?x?xi1>
// CHECK: %[[AF:.*]] = paddle.cast %[[ATT]]
// CHECK: %[[ADD:.*]] = paddle.scale %[[AF]] {bias = -1.000000e+04 : f32, scale = 1.000000e+04 : f32}
// CHECK: %[[M:.*]], %{{.*}} = paddle.unsqueeze2 %[[ADD]] {axes = array<i32: 1, 2>} : (tensor<?x?xf32>) -> (tensor<?x1x1x?xf32>
// CHECK: %[[SM:.*]] = paddle.elementwise_add %[[SC]], %[[M]]
// CHECK: %[[P:.*]] = paddle.softmax %[[SM]] :
// CHECK: %[[O:.*]] = paddle.matmul_v2 %[[P]], %{{.*}} : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
// CHECK: paddle.transpose2 %[[O]] {axis = array<i32: 0, 2, 1, 3>}
// CHECK: paddle.reshape2 {{.*}} {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>
func.func @attention_end_mask(%ids: tensor<?x?xi32>, %mask: tensor<?x?xi32>) -> tensor<?x?x8xf32> {
  %none = onnx.NoValue
  %w = onnx.Constant dense<0.5> : tensor<30x8xf32>
  %p = onnx.Constant dense<0.25> : tensor<16x8xf32>
  %g = onnx.Constant dense<1.0> : tensor<8xf32>
  %qkv = onnx.Constant dense<0.1> : tensor<8x24xf32>
  %bias = onnx.Constant dense<0.2> : tensor<24xf32>
  %e, %mi, %sum = onnx.ms.EmbedLayerNormalization %ids, %none, %w, %p, %none, %g, %g, %mask, %none : (tensor<?x?xi32>, none, tensor<30x8xf32>, tensor<16x8xf32>, none, tensor<8xf32>, tensor<8xf32>, tensor<?x?xi32>, none) -> (tensor<?x?x8xf32>, tensor<?xi32>, none)
  %a, %pr = onnx.ms.Attention %e, %qkv, %bias, %mi, %none, %none, %none {num_heads = 2 : si64} : (tensor<?x?x8xf32>, tensor<8x24xf32>, tensor<24xf32>, tensor<?xi32>, none, none, none) -> (tensor<?x?x8xf32>, none)
  return %a : tensor<?x?x8xf32>
}

// -----

// A raw [batch, sequence] mask: > 0 attends; unidirectional adds the
// causal triangle (static: tril_triu of a filled tensor); a custom scale
// and mask_filter_value.
// CHECK-LABEL: func @attention_raw_causal
// CHECK-NOT: onnx.
// CHECK: %[[SC:.*]] = paddle.scale %{{.*}} {scale = 1.250000e-01 : f32}
// CHECK: %[[ATT:.*]] = paddle.greater_than %arg1, %{{.*}} : (tensor<2x5xi32>, tensor<1xi32>) -> tensor<2x5xi1>
// CHECK: %[[AF:.*]] = paddle.cast %[[ATT]]
// CHECK: %[[ADD:.*]] = paddle.scale %[[AF]] {bias = -1.000000e+09 : f32, scale = 1.000000e+09 : f32}
// CHECK: %[[M:.*]], %{{.*}} = paddle.unsqueeze2 %[[ADD]] {axes = array<i32: 1, 2>} : (tensor<2x5xf32>) -> (tensor<2x1x1x5xf32>
// CHECK: %[[FULL:.*]] = paddle.fill_constant {shape = array<i64: 5, 5>, value = -1.000000e+09 : f32}
// CHECK: %[[C:.*]] = paddle.tril_triu %[[FULL]] {diagonal = 1 : si32, lower = false}
// CHECK: %[[MC:.*]] = paddle.elementwise_add %[[M]], %[[C]] : (tensor<2x1x1x5xf32>, tensor<5x5xf32>) -> tensor<2x1x5x5xf32>
// CHECK: paddle.elementwise_add %[[SC]], %[[MC]]
func.func @attention_raw_causal(%x: tensor<2x5x8xf32>, %mask: tensor<2x5xi32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  %qkv = onnx.Constant dense<0.1> : tensor<8x24xf32>
  %a, %pr = onnx.ms.Attention %x, %qkv, %none, %mask, %none, %none, %none {num_heads = 2 : si64, unidirectional = 1 : si64, scale = 0.125 : f32, mask_filter_value = -1.0e9 : f32} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, tensor<2x5xi32>, none, none, none) -> (tensor<2x5x8xf32>, none)
  return %a : tensor<2x5x8xf32>
}

// -----

// [2 * batch] (ends, then starts: mask_index padded with batch zeros,
// sliced at run-time batch offsets, the form a mask_index of unknown
// length takes too), 3-D and 4-D raw masks, attention_bias.
// CHECK-LABEL: func @attention_mask_forms
// CHECK-NOT: onnx.
// CHECK: %[[P:.*]] = paddle.concat %arg1, %{{.*}} : (tensor<4xi32>, tensor<2xi32>) -> tensor<6xi32>
// CHECK: paddle.slice %[[P]] StartsTensor(%{{.*}}) EndsTensor(%{{.*}}) {axes = array<i32: 0>, infer_flags = array<i32: -1>} : (tensor<6xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
// CHECK: paddle.slice %[[P]] StartsTensor
// CHECK: paddle.less_than
// CHECK: paddle.greater_equal
// CHECK: paddle.logical_and
// CHECK: paddle.unsqueeze2 %{{.*}} {axes = array<i32: 1>} : (tensor<2x5x5xf32>) -> (tensor<2x1x5x5xf32>
// CHECK: paddle.slice %arg3 EndsTensor(%{{.*}}) {axes = array<i32: 2, 3>, infer_flags = array<i32: -1, -1>, starts = array<i32: 0, 0>} : (tensor<2x1x9x9xi32>, tensor<2xi32>) -> tensor<2x1x5x5xi32>
// CHECK: %[[S:.*]] = paddle.elementwise_add %{{.*}}, %{{.*}} : (tensor<2x2x5x5xf32>, tensor<2x1x5x5xf32>)
// CHECK: paddle.elementwise_add %[[S]], %arg4 : (tensor<2x2x5x5xf32>, tensor<1x2x5x5xf32>)
func.func @attention_mask_forms(%x: tensor<2x5x8xf32>, %m1: tensor<4xi32>, %m3: tensor<2x5x5xi32>, %m4: tensor<2x1x9x9xi32>, %ab: tensor<1x2x5x5xf32>) -> (tensor<2x5x8xf32>, tensor<2x5x8xf32>, tensor<2x5x8xf32>) {
  %none = onnx.NoValue
  %qkv = onnx.Constant dense<0.1> : tensor<8x24xf32>
  %a, %p1 = onnx.ms.Attention %x, %qkv, %none, %m1, %none, %none, %none {num_heads = 2 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, tensor<4xi32>, none, none, none) -> (tensor<2x5x8xf32>, none)
  %b, %p2 = onnx.ms.Attention %x, %qkv, %none, %m3, %none, %none, %none {num_heads = 2 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, tensor<2x5x5xi32>, none, none, none) -> (tensor<2x5x8xf32>, none)
  %c, %p3 = onnx.ms.Attention %x, %qkv, %none, %m4, %none, %ab, %none {num_heads = 2 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, tensor<2x1x9x9xi32>, none, tensor<1x2x5x5xf32>, none) -> (tensor<2x5x8xf32>, none)
  return %a, %b, %c : tensor<2x5x8xf32>, tensor<2x5x8xf32>, tensor<2x5x8xf32>
}
