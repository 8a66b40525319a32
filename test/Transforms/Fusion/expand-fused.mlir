// --paddle-expand-fused: the CUDA-only fused layer norms become the
// primitive ops they are defined by, which Paddle's CPU runs.
// RUN: x2p-opt %s -split-input-file --paddle-expand-fused | FileCheck %s
// A GPU fusion followed by the expansion gives back an add and a
// layer_norm.
// RUN: x2p-opt %s -split-input-file --paddle-expand-fused --fuse-skip-layernorm=target=gpu --paddle-expand-fused | FileCheck %s

// CHECK-LABEL: func @skip
// CHECK: %[[S:.*]] = paddle.elementwise_add %arg0, %arg1 : (tensor<?x?x32xf32>, tensor<?x?x32xf32>) -> tensor<?x?x32xf32>
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %[[S]] Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<?x?x32xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK-NOT: paddle.skip_layernorm
// CHECK: return %[[Y]]
func.func @skip(%a: tensor<?x?x32xf32>, %b: tensor<?x?x32xf32>) -> tensor<?x?x32xf32> {
  %w = paddle.parameter "w" dense<1.5> : tensor<32xf32>
  %c = paddle.parameter "c" dense<0.5> : tensor<32xf32>
  %0 = paddle.skip_layernorm %a, %b, %w, %c {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x32xf32>, tensor<?x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<?x?x32xf32>
  return %0 : tensor<?x?x32xf32>
}

// -----

// CHECK-LABEL: func @embedding
// CHECK: %[[E0:.*]] = paddle.lookup_table_v2 %arg0, %{{.*}} : (tensor<?x?xi64>, tensor<100x16xf32>) -> tensor<?x?x16xf32>
// CHECK: %[[E1:.*]] = paddle.lookup_table_v2 %arg1, %{{.*}} : (tensor<?x?xi64>, tensor<8x16xf32>) -> tensor<?x?x16xf32>
// CHECK: %[[S0:.*]] = paddle.elementwise_add %[[E0]], %[[E1]]
// CHECK: %[[E2:.*]] = paddle.lookup_table_v2 %arg2, %{{.*}} : (tensor<?x?xi64>, tensor<2x16xf32>) -> tensor<?x?x16xf32>
// CHECK: %[[S1:.*]] = paddle.elementwise_add %[[S0]], %[[E2]]
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %[[S1]] Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32} :
// CHECK: return %[[Y]]
func.func @embedding(%ids: tensor<?x?xi64>, %pos: tensor<?x?xi64>, %types: tensor<?x?xi64>) -> tensor<?x?x16xf32> {
  %word = paddle.parameter "word" dense<0.25> : tensor<100x16xf32>
  %ptab = paddle.parameter "ptab" dense<0.5> : tensor<8x16xf32>
  %ttab = paddle.parameter "ttab" dense<0.75> : tensor<2x16xf32>
  %gamma = paddle.parameter "gamma" dense<1.5> : tensor<16xf32>
  %beta = paddle.parameter "beta" dense<0.5> : tensor<16xf32>
  %0 = paddle.fused_embedding_eltwise_layernorm Ids(%ids, %pos, %types) Embs(%word, %ptab, %ttab) Bias(%beta) Scale(%gamma) {epsilon = 1.0e-5 : f32} : (tensor<?x?xi64>, tensor<?x?xi64>, tensor<?x?xi64>, tensor<100x16xf32>, tensor<8x16xf32>, tensor<2x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x?x16xf32>
  return %0 : tensor<?x?x16xf32>
}
