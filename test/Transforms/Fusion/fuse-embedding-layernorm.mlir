// --fuse-embedding-layernorm: layer_norm of summed embedding lookups
// becomes one paddle.fused_embedding_eltwise_layernorm for target=gpu; for
// cpu (no CPU kernel) nothing changes.
// RUN: x2p-opt %s -split-input-file --fuse-embedding-layernorm=target=gpu | FileCheck %s
// RUN: x2p-opt %s -split-input-file --fuse-embedding-layernorm | FileCheck %s --check-prefix=CPU

// BERT as x2p converts torch's export: word and token type lookups by
// [batch, seq] ids reshaped back with concat(shape(ids), 32), a position
// lookup by a [1, seq] slice of a constant arange reshaped to [1, -1, 32].
// The position ids are broadcast to [batch, seq].
// CHECK-LABEL: func @bert
// CHECK-DAG: %[[WORD:.*]] = paddle.parameter "word"
// CHECK-DAG: %[[POS:.*]] = paddle.parameter "pos"
// CHECK-DAG: %[[TYPE:.*]] = paddle.parameter "type"
// CHECK-DAG: %[[G:.*]] = paddle.parameter "gamma"
// CHECK-DAG: %[[B:.*]] = paddle.parameter "beta"
// CHECK: %[[SLICE:.*]] = paddle.slice
// CHECK: %[[ZEROS:.*]] = paddle.fill_any_like %arg0 : (tensor<?x?xi64>) -> tensor<?x?xi64>
// CHECK: %[[PIDS:.*]] = paddle.elementwise_add %[[ZEROS]], %[[SLICE]] : (tensor<?x?xi64>, tensor<1x?xi64>) -> tensor<?x?xi64>
// CHECK: %[[OUT:.*]] = paddle.fused_embedding_eltwise_layernorm Ids(%arg0, %arg1, %[[PIDS]]) Embs(%[[WORD]], %[[TYPE]], %[[POS]]) Bias(%[[B]]) Scale(%[[G]]) {epsilon = 9.99999996E-13 : f32} : (tensor<?x?xi64>, tensor<?x?xi64>, tensor<?x?xi64>, tensor<128x32xf32>, tensor<2x32xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<?x?x32xf32>
// CHECK-NOT: paddle.layer_norm
// CHECK: return %[[OUT]]
// CPU-LABEL: func @bert
// CPU-NOT: paddle.fused_embedding_eltwise_layernorm
// CPU: paddle.layer_norm
func.func @bert(%ids: tensor<?x?xi64>, %types: tensor<?x?xi64>) -> tensor<?x?x32xf32> {
  %word = paddle.parameter "word" dense<0.25> : tensor<128x32xf32>
  %pos = paddle.parameter "pos" dense<0.5> : tensor<64x32xf32>
  %type = paddle.parameter "type" dense<0.75> : tensor<2x32xf32>
  %gamma = paddle.parameter "gamma" dense<1.5> : tensor<32xf32>
  %beta = paddle.parameter "beta" dense<0.5> : tensor<32xf32>
  %arange = paddle.parameter "arange" dense<1> : tensor<1x64xi64>
  %shape = paddle.shape %ids : (tensor<?x?xi64>) -> tensor<2xi32>
  %c1 = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 1>, value = 1.0 : f32} : () -> tensor<1xi64>
  %seq = paddle.slice %arange EndsTensor(%c1) {axes = array<i32: 1>, infer_flags = array<i32: -1>, starts = array<i32: 0>} : (tensor<1x64xi64>, tensor<1xi64>) -> tensor<1x?xi64>
  %flat, %xs0 = paddle.reshape2 %ids {shape = array<i32: -1>} : (tensor<?x?xi64>) -> (tensor<?xi64>, tensor<0x?x?xi64>)
  %rows = paddle.gather %word, %flat : (tensor<128x32xf32>, tensor<?xi64>) -> tensor<?x32xf32>
  %h = paddle.fill_constant {dtype = 2 : si32, shape = array<i64: 1>, value = 3.200000e+01 : f32} : () -> tensor<1xi32>
  %dims = paddle.concat %shape, %h : (tensor<2xi32>, tensor<1xi32>) -> tensor<3xi32>
  %e0, %xs1 = paddle.reshape2 %rows Shape(%dims) {shape = array<i32: 0, 0, 32>} : (tensor<?x32xf32>, tensor<3xi32>) -> (tensor<?x?x32xf32>, tensor<0x?x32xf32>)
  %tflat, %xs2 = paddle.reshape2 %types {shape = array<i32: -1>} : (tensor<?x?xi64>) -> (tensor<?xi64>, tensor<0x?x?xi64>)
  %trows = paddle.gather %type, %tflat : (tensor<2x32xf32>, tensor<?xi64>) -> tensor<?x32xf32>
  %tshape = paddle.shape %types : (tensor<?x?xi64>) -> tensor<2xi32>
  %tdims = paddle.concat %tshape, %h : (tensor<2xi32>, tensor<1xi32>) -> tensor<3xi32>
  %e1, %xs3 = paddle.reshape2 %trows Shape(%tdims) {shape = array<i32: 0, 0, 32>} : (tensor<?x32xf32>, tensor<3xi32>) -> (tensor<?x?x32xf32>, tensor<0x?x32xf32>)
  %sum0 = paddle.elementwise_add %e0, %e1 : (tensor<?x?x32xf32>, tensor<?x?x32xf32>) -> tensor<?x?x32xf32>
  %pflat, %xs4 = paddle.reshape2 %seq {shape = array<i32: -1>} : (tensor<1x?xi64>) -> (tensor<?xi64>, tensor<0x1x?xi64>)
  %prows = paddle.gather %pos, %pflat : (tensor<64x32xf32>, tensor<?xi64>) -> tensor<?x32xf32>
  %e2, %xs5 = paddle.reshape2 %prows {shape = array<i32: 1, -1, 32>} : (tensor<?x32xf32>) -> (tensor<1x?x32xf32>, tensor<0x?x32xf32>)
  %sum1 = paddle.elementwise_add %sum0, %e2 : (tensor<?x?x32xf32>, tensor<1x?x32xf32>) -> tensor<?x?x32xf32>
  %y, %m, %v = paddle.layer_norm %sum1 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<?x?x32xf32>, tensor<?xf32>, tensor<?xf32>)
  return %y : tensor<?x?x32xf32>
}

// -----

// Two lookup_table_v2 (DistilBERT-like: word + position by [batch, seq]).
// CHECK-LABEL: func @lookup_tables
// CHECK: %[[OUT:.*]] = paddle.fused_embedding_eltwise_layernorm Ids(%arg1, %arg0) Embs(%{{.*}}, %{{.*}}) Bias(%{{.*}}) Scale(%{{.*}}) :
// CHECK: return %[[OUT]]
func.func @lookup_tables(%ids: tensor<2x8xi64>, %pos: tensor<2x8xi64>) -> tensor<2x8x16xf32> {
  %word = paddle.parameter "word" dense<0.25> : tensor<100x16xf32>
  %ptab = paddle.parameter "ptab" dense<0.5> : tensor<8x16xf32>
  %gamma = paddle.parameter "gamma" dense<1.5> : tensor<16xf32>
  %beta = paddle.parameter "beta" dense<0.5> : tensor<16xf32>
  %0 = paddle.lookup_table_v2 %ids, %word : (tensor<2x8xi64>, tensor<100x16xf32>) -> tensor<2x8x16xf32>
  %1 = paddle.lookup_table_v2 %pos, %ptab : (tensor<2x8xi64>, tensor<8x16xf32>) -> tensor<2x8x16xf32>
  %2 = paddle.elementwise_add %1, %0 : (tensor<2x8x16xf32>, tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %y, %m, %v = paddle.layer_norm %2 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32, epsilon = 1.0e-5 : f32} : (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>)
  return %y : tensor<2x8x16xf32>
}

// -----

// A table that is an input, not a constant.
// CHECK-LABEL: func @table_not_constant
// CHECK-NOT: paddle.fused_embedding_eltwise_layernorm
func.func @table_not_constant(%ids: tensor<2x8xi64>, %pos: tensor<2x8xi64>, %word: tensor<100x16xf32>) -> tensor<2x8x16xf32> {
  %ptab = paddle.parameter "ptab" dense<0.5> : tensor<8x16xf32>
  %gamma = paddle.parameter "gamma" dense<1.5> : tensor<16xf32>
  %beta = paddle.parameter "beta" dense<0.5> : tensor<16xf32>
  %0 = paddle.lookup_table_v2 %ids, %word : (tensor<2x8xi64>, tensor<100x16xf32>) -> tensor<2x8x16xf32>
  %1 = paddle.lookup_table_v2 %pos, %ptab : (tensor<2x8xi64>, tensor<8x16xf32>) -> tensor<2x8x16xf32>
  %2 = paddle.elementwise_add %0, %1 : (tensor<2x8x16xf32>, tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %y, %m, %v = paddle.layer_norm %2 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32, epsilon = 1.0e-5 : f32} : (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>)
  return %y : tensor<2x8x16xf32>
}

// -----

// One lookup plus an activation; a partial sum used elsewhere; ids of
// int32; a reshape back that does not restore the ids' dims ([-1, 4, 16]
// of [2, 8] ids).
// CHECK-LABEL: func @near_misses
// CHECK-NOT: paddle.fused_embedding_eltwise_layernorm
func.func @near_misses(%ids: tensor<2x8xi64>, %x: tensor<2x8x16xf32>, %ids32: tensor<2x8xi32>) -> (tensor<2x8x16xf32>, tensor<2x8x16xf32>, tensor<2x8x16xf32>, tensor<2x8x16xf32>, tensor<4x4x16xf32>) {
  %word = paddle.parameter "word" dense<0.25> : tensor<100x16xf32>
  %gamma = paddle.parameter "gamma" dense<1.5> : tensor<16xf32>
  %beta = paddle.parameter "beta" dense<0.5> : tensor<16xf32>
  %0 = paddle.lookup_table_v2 %ids, %word : (tensor<2x8xi64>, tensor<100x16xf32>) -> tensor<2x8x16xf32>
  %1 = paddle.elementwise_add %0, %x : (tensor<2x8x16xf32>, tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %y0, %m0, %v0 = paddle.layer_norm %1 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32} : (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>)
  %2 = paddle.lookup_table_v2 %ids, %word : (tensor<2x8xi64>, tensor<100x16xf32>) -> tensor<2x8x16xf32>
  %3 = paddle.elementwise_add %2, %2 : (tensor<2x8x16xf32>, tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %s = paddle.elementwise_add %3, %2 : (tensor<2x8x16xf32>, tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %y1, %m1, %v1 = paddle.layer_norm %s Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32} : (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>)
  %4 = paddle.lookup_table_v2 %ids32, %word : (tensor<2x8xi32>, tensor<100x16xf32>) -> tensor<2x8x16xf32>
  %5 = paddle.lookup_table_v2 %ids32, %word : (tensor<2x8xi32>, tensor<100x16xf32>) -> tensor<2x8x16xf32>
  %6 = paddle.elementwise_add %4, %5 : (tensor<2x8x16xf32>, tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
  %y2, %m2, %v2 = paddle.layer_norm %6 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32} : (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<2x8x16xf32>, tensor<16xf32>, tensor<16xf32>)
  %flat, %xs0 = paddle.reshape2 %ids {shape = array<i32: -1>} : (tensor<2x8xi64>) -> (tensor<16xi64>, tensor<0x2x8xi64>)
  %rows = paddle.gather %word, %flat : (tensor<100x16xf32>, tensor<16xi64>) -> tensor<16x16xf32>
  %e0, %xs1 = paddle.reshape2 %rows {shape = array<i32: -1, 4, 16>} : (tensor<16x16xf32>) -> (tensor<4x4x16xf32>, tensor<0x16x16xf32>)
  %e1, %xs2 = paddle.reshape2 %rows {shape = array<i32: -1, 4, 16>} : (tensor<16x16xf32>) -> (tensor<4x4x16xf32>, tensor<0x16x16xf32>)
  %7 = paddle.elementwise_add %e0, %e1 : (tensor<4x4x16xf32>, tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
  %y3, %m3, %v3 = paddle.layer_norm %7 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32} : (tensor<4x4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<4x4x16xf32>, tensor<16xf32>, tensor<16xf32>)
  return %y0, %y1, %y2, %3, %y3 : tensor<2x8x16xf32>, tensor<2x8x16xf32>, tensor<2x8x16xf32>, tensor<2x8x16xf32>, tensor<4x4x16xf32>
}

// -----

// DistilBERT: the word embeddings also give the sequence length (shape):
// they stay for it, and the sum is fused.
// CHECK-LABEL: func @lookup_also_used
// CHECK: %[[E:.*]] = paddle.lookup_table_v2
// CHECK: paddle.shape %[[E]]
// CHECK: paddle.fused_embedding_eltwise_layernorm Ids(%arg0, %arg1)
func.func @lookup_also_used(%ids: tensor<?x?xi64>, %pos: tensor<?x?xi64>) -> (tensor<?x?x16xf32>, tensor<3xi32>) {
  %word = paddle.parameter "word" dense<0.25> : tensor<100x16xf32>
  %ptab = paddle.parameter "ptab" dense<0.5> : tensor<8x16xf32>
  %gamma = paddle.parameter "gamma" dense<1.5> : tensor<16xf32>
  %beta = paddle.parameter "beta" dense<0.5> : tensor<16xf32>
  %0 = paddle.lookup_table_v2 %ids, %word : (tensor<?x?xi64>, tensor<100x16xf32>) -> tensor<?x?x16xf32>
  %shape = paddle.shape %0 : (tensor<?x?x16xf32>) -> tensor<3xi32>
  %1 = paddle.lookup_table_v2 %pos, %ptab : (tensor<?x?xi64>, tensor<8x16xf32>) -> tensor<?x?x16xf32>
  %2 = paddle.elementwise_add %0, %1 : (tensor<?x?x16xf32>, tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %y, %m, %v = paddle.layer_norm %2 Scale(%gamma) Bias(%beta) {begin_norm_axis = 2 : si32} : (tensor<?x?x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<?x?x16xf32>, tensor<?xf32>, tensor<?xf32>)
  return %y, %shape : tensor<?x?x16xf32>, tensor<3xi32>
}
