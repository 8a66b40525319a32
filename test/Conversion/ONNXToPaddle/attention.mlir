// Transformer building blocks of --onnx-to-paddle: RMSNormalization and
// Attention decomposed into reduce_mean/rsqrt and matmul_v2/softmax, f16
// computed in f32 and cast back, masks turned into one additive bias.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @rms_f16
// CHECK-NOT: onnx.
// CHECK: %[[X:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf32>
// CHECK: %[[SQ:.*]] = paddle.elementwise_mul %[[X]], %[[X]]
// CHECK: %[[MEAN:.*]] = paddle.reduce_mean %[[SQ]] {dim = array<i32: 1, 2>, keep_dim = true} : (tensor<2x3x4xf32>) -> tensor<2x1x1xf32>
// CHECK: %[[EPS:.*]] = paddle.scale %[[MEAN]] {bias = 9.99999974E-6 : f32}
// CHECK: %[[INV:.*]] = paddle.rsqrt %[[EPS]]
// CHECK: %[[N:.*]] = paddle.elementwise_mul %[[X]], %[[INV]] : (tensor<2x3x4xf32>, tensor<2x1x1xf32>) -> tensor<2x3x4xf32>
// CHECK: %[[N16:.*]] = paddle.cast %[[N]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
// CHECK: %[[N32:.*]] = paddle.cast %[[N16]] {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[S:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<3x4xf16>) -> tensor<3x4xf32>
// CHECK: %[[Y:.*]] = paddle.elementwise_mul %[[N32]], %[[S]] : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
// CHECK: %[[Y16:.*]] = paddle.cast %[[Y]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
// CHECK: return %[[Y16]]
func.func @rms_f16(%x: tensor<2x3x4xf16>, %s: tensor<3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = onnx.RMSNormalization %x, %s {axis = 1 : si64, epsilon = 1.0e-5 : f32} : (tensor<2x3x4xf16>, tensor<3x4xf16>) -> tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}

// -----

// 3-D inputs split into heads; GQA repeats each kv head in place
// (unsqueeze, tile, reshape); is_causal is a -inf upper triangle.
// CHECK-LABEL: func @attention_3d_gqa_causal
// CHECK-NOT: onnx.
// CHECK: paddle.reshape2 %arg0 {shape = array<i32: 0, 0, 9, 8>}
// CHECK: paddle.transpose2 %{{.*}} {axis = array<i32: 0, 2, 1, 3>} : (tensor<2x4x9x8xf32>) -> (tensor<2x9x4x8xf32>
// CHECK: %[[KU:.*]], %{{.*}} = paddle.unsqueeze2 %{{.*}} {axes = array<i32: 2>} : (tensor<2x3x6x8xf32>) -> (tensor<2x3x1x6x8xf32>
// CHECK: %[[KT:.*]] = paddle.tile %[[KU]] {repeat_times = array<i32: 1, 1, 3, 1, 1>}
// CHECK: %[[K:.*]], %{{.*}} = paddle.reshape2 %[[KT]] {shape = array<i32: 0, 9, -1, 8>} : (tensor<2x3x3x6x8xf32>) -> (tensor<2x9x6x8xf32>
// CHECK: paddle.tile
// CHECK: %[[QS:.*]] = paddle.scale %{{.*}} {scale = 0.594603539 : f32} : (tensor<2x9x4x8xf32>)
// CHECK: %[[KS:.*]] = paddle.scale %[[K]] {scale = 0.594603539 : f32}
// CHECK: %[[QK:.*]] = paddle.matmul_v2 %[[QS]], %[[KS]] {trans_y = true} : (tensor<2x9x4x8xf32>, tensor<2x9x6x8xf32>) -> tensor<2x9x4x6xf32>
// CHECK: %[[NEG:.*]] = paddle.fill_constant {shape = array<i64: 4, 6>, value = 0xFF800000 : f32}
// CHECK: %[[TRI:.*]] = paddle.tril_triu %[[NEG]] {diagonal = 1 : si32, lower = false}
// CHECK: %[[B:.*]] = paddle.elementwise_add %[[QK]], %[[TRI]]
// CHECK: %[[P:.*]] = paddle.softmax %[[B]]
// CHECK: %[[Y:.*]] = paddle.matmul_v2 %[[P]], %{{.*}} : (tensor<2x9x4x6xf32>, tensor<2x9x6x8xf32>) -> tensor<2x9x4x8xf32>
// CHECK: paddle.transpose2 %[[Y]] {axis = array<i32: 0, 2, 1, 3>}
// CHECK: paddle.reshape2 %{{.*}} {shape = array<i32: 0, 0, 72>} : (tensor<2x4x9x8xf32>) -> (tensor<2x4x72xf32>
func.func @attention_3d_gqa_causal(%q: tensor<2x4x72xf32>, %k: tensor<2x6x24xf32>, %v: tensor<2x6x24xf32>) -> tensor<2x4x72xf32> {
  %none = onnx.NoValue
  %0:4 = onnx.Attention %q, %k, %v, %none, %none, %none, %none {is_causal = 1 : si64, q_num_heads = 9 : si64, kv_num_heads = 3 : si64} : (tensor<2x4x72xf32>, tensor<2x6x24xf32>, tensor<2x6x24xf32>, none, none, none, none) -> (tensor<2x4x72xf32>, none, none, none)
  return %0#0 : tensor<2x4x72xf32>
}

// -----

// f16 with a KV cache, a short bool mask (log(0/1) = -inf/0, padded with
// -inf), softcap and the biased scores as qk_matmul_output.
// CHECK-LABEL: func @attention_4d_past_bool_mask
// CHECK-NOT: onnx.
// CHECK: %[[K:.*]] = paddle.concat %{{.*}}, %{{.*}} {axis = 2 : si32} : (tensor<?x3x12x8xf32>, tensor<?x3x6x8xf32>) -> tensor<?x3x18x8xf32>
// CHECK: %[[V:.*]] = paddle.concat %{{.*}}, %{{.*}} {axis = 2 : si32} : (tensor<?x3x12x10xf32>, tensor<?x3x6x10xf32>) -> tensor<?x3x18x10xf32>
// CHECK: %[[KS:.*]] = paddle.scale %[[K]] {scale = 5.000000e-01 : f32}
// CHECK: %[[QK:.*]] = paddle.matmul_v2 %{{.*}}, %[[KS]] {trans_y = true}
// CHECK: %[[T:.*]] = paddle.scale %[[QK]] {scale = 5.000000e-01 : f32}
// CHECK: %[[TANH:.*]] = paddle.tanh %[[T]]
// CHECK: %[[CAP:.*]] = paddle.scale %[[TANH]] {scale = 2.000000e+00 : f32}
// CHECK: %[[M:.*]] = paddle.cast %arg3 {in_dtype = 0 : si32, out_dtype = 5 : si32} : (tensor<4x16xi1>) -> tensor<4x16xf32>
// CHECK: %[[LOG:.*]] = paddle.log %[[M]]
// CHECK: %[[PAD:.*]] = paddle.fill_constant {shape = array<i64: 4, 2>, value = 0xFF800000 : f32}
// CHECK: %[[MASK:.*]] = paddle.concat %[[LOG]], %[[PAD]] {axis = 1 : si32} : (tensor<4x16xf32>, tensor<4x2xf32>) -> tensor<4x18xf32>
// CHECK: %[[B:.*]] = paddle.elementwise_add %[[CAP]], %[[MASK]] : (tensor<?x3x4x18xf32>, tensor<4x18xf32>) -> tensor<?x3x4x18xf32>
// CHECK: %[[P:.*]] = paddle.softmax %[[B]]
// CHECK: %[[Y:.*]] = paddle.matmul_v2 %[[P]], %[[V]]
// CHECK: %[[Y16:.*]] = paddle.cast %[[Y]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
// CHECK: %[[PK:.*]] = paddle.cast %[[K]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
// CHECK: %[[PV:.*]] = paddle.cast %[[V]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
// CHECK: %[[QKO:.*]] = paddle.cast %[[B]] {in_dtype = 5 : si32, out_dtype = 4 : si32}
// CHECK: return %[[Y16]], %[[PK]], %[[PV]], %[[QKO]]
func.func @attention_4d_past_bool_mask(%q: tensor<?x3x4x8xf16>, %k: tensor<?x3x6x8xf16>, %v: tensor<?x3x6x10xf16>, %m: tensor<4x16xi1>, %pk: tensor<?x3x12x8xf16>, %pv: tensor<?x3x12x10xf16>) -> (tensor<?x3x4x10xf16>, tensor<?x3x18x8xf16>, tensor<?x3x18x10xf16>, tensor<?x3x4x18xf16>) {
  %none = onnx.NoValue
  %0:4 = onnx.Attention %q, %k, %v, %m, %pk, %pv, %none {qk_matmul_output_mode = 2 : si64, softcap = 2.0 : f32, scale = 0.25 : f32} : (tensor<?x3x4x8xf16>, tensor<?x3x6x8xf16>, tensor<?x3x6x10xf16>, tensor<4x16xi1>, tensor<?x3x12x8xf16>, tensor<?x3x12x10xf16>, none) -> (tensor<?x3x4x10xf16>, tensor<?x3x18x8xf16>, tensor<?x3x18x10xf16>, tensor<?x3x4x18xf16>)
  return %0#0, %0#1, %0#2, %0#3 : tensor<?x3x4x10xf16>, tensor<?x3x18x8xf16>, tensor<?x3x18x10xf16>, tensor<?x3x4x18xf16>
}

// -----

// nonpad_kv_seqlen: log(range(total) < length) added per batch;
// softmax_precision double runs the softmax and the product in f64.
// CHECK-LABEL: func @attention_nonpad
// CHECK-NOT: onnx.
// CHECK: %[[QK:.*]] = paddle.matmul_v2 %{{.*}}, %{{.*}} {trans_y = true}
// CHECK: %[[R:.*]] = paddle.range %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<6xi64>
// CHECK: %[[N:.*]], %{{.*}} = paddle.reshape2 %arg3 {shape = array<i32: -1, 1>}
// CHECK: %[[LT:.*]] = paddle.less_than %[[R]], %[[N]] : (tensor<6xi64>, tensor<2x1xi64>) -> tensor<2x6xi1>
// CHECK: %[[F:.*]] = paddle.cast %[[LT]]
// CHECK: %[[LOG:.*]] = paddle.log %[[F]]
// CHECK: %[[PAD:.*]], %{{.*}} = paddle.unsqueeze2 %[[LOG]] {axes = array<i32: 1, 2>} : (tensor<2x6xf32>) -> (tensor<2x1x1x6xf32>
// CHECK: %[[B:.*]] = paddle.elementwise_add %[[QK]], %[[PAD]] : (tensor<2x3x4x6xf32>, tensor<2x1x1x6xf32>) -> tensor<2x3x4x6xf32>
// CHECK: %[[B64:.*]] = paddle.cast %[[B]] {in_dtype = 5 : si32, out_dtype = 6 : si32}
// CHECK: %[[P:.*]] = paddle.softmax %[[B64]] : (tensor<2x3x4x6xf64>) -> tensor<2x3x4x6xf64>
// CHECK: %[[V:.*]] = paddle.cast %arg2 {in_dtype = 5 : si32, out_dtype = 6 : si32}
// CHECK: %[[Y:.*]] = paddle.matmul_v2 %[[P]], %[[V]]
// CHECK: paddle.cast %[[Y]] {in_dtype = 6 : si32, out_dtype = 5 : si32}
func.func @attention_nonpad(%q: tensor<2x3x4x8xf32>, %k: tensor<2x3x6x8xf32>, %v: tensor<2x3x6x8xf32>, %n: tensor<2xi64>) -> tensor<2x3x4x8xf32> {
  %none = onnx.NoValue
  %0:4 = onnx.Attention %q, %k, %v, %none, %none, %none, %n {softmax_precision = 11 : si64} : (tensor<2x3x4x8xf32>, tensor<2x3x6x8xf32>, tensor<2x3x6x8xf32>, none, none, none, tensor<2xi64>) -> (tensor<2x3x4x8xf32>, none, none, none)
  return %0#0 : tensor<2x3x4x8xf32>
}

// -----

// RotaryEmbedding with position_ids (cache rows by lookup_table_v2),
// interleaved pairs and a partial rotary dim (the rest passed through).
// CHECK-LABEL: func @rotary_interleaved_partial
// CHECK-NOT: onnx.
// CHECK: %[[C:.*]] = paddle.lookup_table_v2 %arg3, %arg1 : (tensor<2x3xi64>, tensor<50x2xf32>) -> tensor<2x3x2xf32>
// CHECK: %[[COS:.*]], %{{.*}} = paddle.unsqueeze2 %[[C]] {axes = array<i32: 1>} : (tensor<2x3x2xf32>) -> (tensor<2x1x3x2xf32>
// CHECK: %[[S:.*]] = paddle.lookup_table_v2 %arg3, %arg2
// CHECK: %[[SIN:.*]], %{{.*}} = paddle.unsqueeze2 %[[S]] {axes = array<i32: 1>}
// CHECK: %[[ROT:.*]] = paddle.slice %arg0 {axes = array<i32: 3>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 0>}
// CHECK: %[[PAIRS:.*]], %{{.*}} = paddle.reshape2 %[[ROT]] {shape = array<i32: 0, 0, 0, 2, 2>}
// CHECK: %[[X1:.*]] = paddle.slice %[[PAIRS]] {axes = array<i32: 4>, decrease_axis = array<i32: 4>, ends = array<i32: 1>, infer_flags = array<i32: 1>, starts = array<i32: 0>}
// CHECK: %[[X2:.*]] = paddle.slice %[[PAIRS]] {axes = array<i32: 4>, decrease_axis = array<i32: 4>, ends = array<i32: 2>, infer_flags = array<i32: 1>, starts = array<i32: 1>}
// CHECK: %[[A:.*]] = paddle.elementwise_mul %[[X1]], %[[COS]] : (tensor<2x4x3x2xf32>, tensor<2x1x3x2xf32>) -> tensor<2x4x3x2xf32>
// CHECK: %[[B:.*]] = paddle.elementwise_mul %[[X2]], %[[SIN]]
// CHECK: %[[REAL:.*]] = paddle.elementwise_sub %[[A]], %[[B]]
// CHECK: %[[C2:.*]] = paddle.elementwise_mul %[[X1]], %[[SIN]]
// CHECK: %[[D:.*]] = paddle.elementwise_mul %[[X2]], %[[COS]]
// CHECK: %[[IMAG:.*]] = paddle.elementwise_add %[[C2]], %[[D]]
// CHECK: %[[R1:.*]], %{{.*}} = paddle.unsqueeze2 %[[REAL]] {axes = array<i32: 4>}
// CHECK: %[[I1:.*]], %{{.*}} = paddle.unsqueeze2 %[[IMAG]] {axes = array<i32: 4>}
// CHECK: %[[CAT:.*]] = paddle.concat %[[R1]], %[[I1]] {axis = 4 : si32}
// CHECK: %[[OUT:.*]], %{{.*}} = paddle.reshape2 %[[CAT]] {shape = array<i32: 0, 0, 0, 4>}
// CHECK: %[[PASS:.*]] = paddle.slice %arg0 {axes = array<i32: 3>, ends = array<i32: 8>, infer_flags = array<i32: 1>, starts = array<i32: 4>}
// CHECK: %[[Y:.*]] = paddle.concat %[[OUT]], %[[PASS]] {axis = 3 : si32} : (tensor<2x4x3x4xf32>, tensor<2x4x3x4xf32>) -> tensor<2x4x3x8xf32>
// CHECK: return %[[Y]]
func.func @rotary_interleaved_partial(%x: tensor<2x4x3x8xf32>, %c: tensor<50x2xf32>, %s: tensor<50x2xf32>, %p: tensor<2x3xi64>) -> tensor<2x4x3x8xf32> {
  %0 = onnx.RotaryEmbedding %x, %c, %s, %p {interleaved = 1 : si64, rotary_embedding_dim = 4 : si64} : (tensor<2x4x3x8xf32>, tensor<50x2xf32>, tensor<50x2xf32>, tensor<2x3xi64>) -> tensor<2x4x3x8xf32>
  return %0 : tensor<2x4x3x8xf32>
}

// -----

// 3-D X split into [B, S, heads, head_size]; per-batch caches without
// position_ids; halves rotated.
// CHECK-LABEL: func @rotary_3d
// CHECK-NOT: onnx.
// CHECK: %[[X:.*]], %{{.*}} = paddle.reshape2 %arg0 {shape = array<i32: 0, 0, 4, 8>} : (tensor<?x3x32xf32>) -> (tensor<?x3x4x8xf32>
// CHECK: %[[COS:.*]], %{{.*}} = paddle.unsqueeze2 %arg1 {axes = array<i32: 2>} : (tensor<?x3x4xf32>) -> (tensor<?x3x1x4xf32>
// CHECK: %[[SIN:.*]], %{{.*}} = paddle.unsqueeze2 %arg2 {axes = array<i32: 2>}
// CHECK: %[[X1:.*]] = paddle.slice %[[X]] {axes = array<i32: 3>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 0>}
// CHECK: %[[X2:.*]] = paddle.slice %[[X]] {axes = array<i32: 3>, ends = array<i32: 8>, infer_flags = array<i32: 1>, starts = array<i32: 4>}
// CHECK: %[[REAL:.*]] = paddle.elementwise_sub
// CHECK: %[[IMAG:.*]] = paddle.elementwise_add
// CHECK: %[[CAT:.*]] = paddle.concat %[[REAL]], %[[IMAG]] {axis = 3 : si32} : (tensor<?x3x4x4xf32>, tensor<?x3x4x4xf32>) -> tensor<?x3x4x8xf32>
// CHECK: paddle.reshape2 %[[CAT]] {shape = array<i32: 0, 0, 32>} : (tensor<?x3x4x8xf32>) -> (tensor<?x3x32xf32>
func.func @rotary_3d(%x: tensor<?x3x32xf32>, %c: tensor<?x3x4xf32>, %s: tensor<?x3x4xf32>) -> tensor<?x3x32xf32> {
  %none = onnx.NoValue
  %0 = onnx.RotaryEmbedding %x, %c, %s, %none {num_heads = 4 : si64} : (tensor<?x3x32xf32>, tensor<?x3x4xf32>, tensor<?x3x4xf32>, none) -> tensor<?x3x32xf32>
  return %0 : tensor<?x3x32xf32>
}

// -----

// is_causal with sequence lengths known at run time only: the triangle is
// log(column - row <= past length) over ranges of the dims.
// CHECK-LABEL: func @attention_dynamic_causal
// CHECK-NOT: onnx.
// CHECK: %[[K:.*]] = paddle.concat %arg3, %arg1 {axis = 2 : si32}
// CHECK: %[[QK:.*]] = paddle.matmul_v2 %{{.*}}, %{{.*}} {trans_y = true} : (tensor<?x3x?x8xf32>, tensor<?x3x?x8xf32>) -> tensor<?x3x?x?xf32>
// CHECK: %[[QSHAPE:.*]] = paddle.shape %arg0
// CHECK: %[[S:.*]] = paddle.slice %[[QSHAPE]] {axes = array<i32: 0>, ends = array<i32: 3>, infer_flags = array<i32: 1>, starts = array<i32: 2>}
// CHECK: %[[ROWS:.*]] = paddle.range %{{.*}}, %[[S]], %{{.*}} : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?xi32>
// CHECK: %[[ROW:.*]], %{{.*}} = paddle.reshape2 %[[ROWS]] {shape = array<i32: -1, 1>}
// CHECK: %[[KSHAPE:.*]] = paddle.shape %[[K]]
// CHECK: %[[T:.*]] = paddle.slice %[[KSHAPE]]
// CHECK: %[[COLS:.*]] = paddle.range %{{.*}}, %[[T]], %{{.*}}
// CHECK: %[[OFF:.*]] = paddle.elementwise_sub %[[COLS]], %[[ROW]] : (tensor<?xi32>, tensor<?x1xi32>) -> tensor<?x?xi32>
// CHECK: %[[PSHAPE:.*]] = paddle.shape %arg3
// CHECK: %[[P:.*]] = paddle.slice %[[PSHAPE]]
// CHECK: %[[OK:.*]] = paddle.less_equal %[[OFF]], %[[P]] : (tensor<?x?xi32>, tensor<1xi32>) -> tensor<?x?xi1>
// CHECK: %[[F:.*]] = paddle.cast %[[OK]]
// CHECK: %[[BIAS:.*]] = paddle.log %[[F]]
// CHECK: %[[B:.*]] = paddle.elementwise_add %[[QK]], %[[BIAS]] : (tensor<?x3x?x?xf32>, tensor<?x?xf32>) -> tensor<?x3x?x?xf32>
// CHECK: paddle.softmax %[[B]]
func.func @attention_dynamic_causal(%q: tensor<?x3x?x8xf32>, %k: tensor<?x3x?x8xf32>, %v: tensor<?x3x?x8xf32>, %pk: tensor<?x3x?x8xf32>, %pv: tensor<?x3x?x8xf32>) -> tensor<?x3x?x8xf32> {
  %none = onnx.NoValue
  %0:4 = onnx.Attention %q, %k, %v, %none, %pk, %pv, %none {is_causal = 1 : si64} : (tensor<?x3x?x8xf32>, tensor<?x3x?x8xf32>, tensor<?x3x?x8xf32>, none, tensor<?x3x?x8xf32>, tensor<?x3x?x8xf32>, none) -> (tensor<?x3x?x8xf32>, none, none, none)
  return %0#0 : tensor<?x3x?x8xf32>
}

// -----

// A mask whose length is known at run time only is always padded, by
// total - last columns of -inf (fill_constant of a run-time shape; none
// where it is full length).
// CHECK-LABEL: func @attention_dynamic_mask
// CHECK-NOT: onnx.
// CHECK: %[[QK:.*]] = paddle.matmul_v2 %{{.*}}, %{{.*}} {trans_y = true}
// CHECK: %[[MSHAPE:.*]] = paddle.shape %arg3 : (tensor<?x1x?x?xf32>) -> tensor<4xi32>
// CHECK: %[[LAST:.*]] = paddle.slice %[[MSHAPE]] {axes = array<i32: 0>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 3>}
// CHECK: %[[KSHAPE:.*]] = paddle.shape %arg1
// CHECK: %[[TOTAL:.*]] = paddle.slice %[[KSHAPE]] {axes = array<i32: 0>, ends = array<i32: 3>, infer_flags = array<i32: 1>, starts = array<i32: 2>}
// CHECK: %[[N:.*]] = paddle.elementwise_sub %[[TOTAL]], %[[LAST]]
// CHECK: %[[LEAD:.*]] = paddle.slice %[[MSHAPE]] {axes = array<i32: 0>, ends = array<i32: 3>, infer_flags = array<i32: 1>, starts = array<i32: 0>}
// CHECK: %[[DIMS:.*]] = paddle.concat %[[LEAD]], %[[N]] : (tensor<3xi32>, tensor<1xi32>) -> tensor<4xi32>
// CHECK: %[[PAD:.*]] = paddle.fill_constant ShapeTensor(%[[DIMS]]) {value = 0xFF800000 : f32} : (tensor<4xi32>) -> tensor<?x1x?x?xf32>
// CHECK: %[[MASK:.*]] = paddle.concat %arg3, %[[PAD]] {axis = 3 : si32}
// CHECK: %[[B:.*]] = paddle.elementwise_add %[[QK]], %[[MASK]] : (tensor<?x3x?x?xf32>, tensor<?x1x?x?xf32>) -> tensor<?x3x?x?xf32>
// CHECK: paddle.softmax %[[B]]
func.func @attention_dynamic_mask(%q: tensor<?x3x?x8xf32>, %k: tensor<?x3x?x8xf32>, %v: tensor<?x3x?x8xf32>, %m: tensor<?x1x?x?xf32>) -> tensor<?x3x?x8xf32> {
  %none = onnx.NoValue
  %0:4 = onnx.Attention %q, %k, %v, %m, %none, %none, %none : (tensor<?x3x?x8xf32>, tensor<?x3x?x8xf32>, tensor<?x3x?x8xf32>, tensor<?x1x?x?xf32>, none, none, none) -> (tensor<?x3x?x8xf32>, none, none, none)
  return %0#0 : tensor<?x3x?x8xf32>
}

// -----

// The raw product as qk_matmul_output (mode 0) with softcap: the product is
// divided by elementwise_div, not scale, which Paddle Inference would fold
// into the matmul, dropping the fetched product.
// CHECK-LABEL: func @attention_raw_scores_softcap
// CHECK-NOT: onnx.
// CHECK: %[[QK:.*]] = paddle.matmul_v2 %{{.*}}, %{{.*}} {trans_y = true}
// CHECK: %[[C:.*]] = paddle.fill_constant {shape = array<i64: 1>, value = 5.000000e-01 : f32}
// CHECK: %[[T:.*]] = paddle.elementwise_div %[[QK]], %[[C]] : (tensor<2x3x4x6xf32>, tensor<1xf32>) -> tensor<2x3x4x6xf32>
// CHECK: paddle.tanh %[[T]]
// CHECK: return %{{.*}}, %[[QK]]
func.func @attention_raw_scores_softcap(%q: tensor<2x3x4x8xf32>, %k: tensor<2x3x6x8xf32>, %v: tensor<2x3x6x8xf32>) -> (tensor<2x3x4x8xf32>, tensor<2x3x4x6xf32>) {
  %none = onnx.NoValue
  %0:4 = onnx.Attention %q, %k, %v, %none, %none, %none, %none {softcap = 0.5 : f32} : (tensor<2x3x4x8xf32>, tensor<2x3x6x8xf32>, tensor<2x3x6x8xf32>, none, none, none, none) -> (tensor<2x3x4x8xf32>, none, none, tensor<2x3x4x6xf32>)
  return %0#0, %0#3 : tensor<2x3x4x8xf32>, tensor<2x3x4x6xf32>
}
