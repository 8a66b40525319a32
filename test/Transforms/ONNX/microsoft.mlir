// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// com.microsoft contrib ops: dynamic batch and sequence dims flow through
// them; hidden sizes come from the weights.

// CHECK-LABEL: func.func @embed_attention
// CHECK: onnx.ms.EmbedLayerNormalization {{.*}} -> (tensor<?x?x8xf32>, tensor<?xi32>, tensor<?x?x8xf32>)
// CHECK: onnx.ms.Attention {{.*}} -> (tensor<?x?x8xf32>, none)
// CHECK: onnx.ms.Attention {{.*}} -> (tensor<?x?x4xf32>, none)
func.func @embed_attention(%ids: tensor<?x?xi32>, %w: tensor<30x8xf32>, %p: tensor<16x8xf32>, %g: tensor<8xf32>, %qkv: tensor<8x24xf32>, %qkv2: tensor<8x20xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %e, %mi, %sum = onnx.ms.EmbedLayerNormalization %ids, %none, %w, %p, %none, %g, %g, %ids, %none : (tensor<?x?xi32>, none, tensor<30x8xf32>, tensor<16x8xf32>, none, tensor<8xf32>, tensor<8xf32>, tensor<?x?xi32>, none) -> (tensor<*xf32>, tensor<*xi32>, tensor<*xf32>)
  %a, %pr = onnx.ms.Attention %e, %qkv, %none, %mi, %none, %none, %none {num_heads = 2 : si64} : (tensor<*xf32>, tensor<8x24xf32>, none, tensor<*xi32>, none, none, none) -> (tensor<*xf32>, none)
  %b, %pr2 = onnx.ms.Attention %a, %qkv2, %none, %mi, %none, %none, %none {num_heads = 2 : si64, qkv_hidden_sizes = array<i64: 8, 8, 4>} : (tensor<*xf32>, tensor<8x20xf32>, none, tensor<*xi32>, none, none, none) -> (tensor<*xf32>, none)
  return %a, %b, %sum : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @present
// CHECK: onnx.ms.Attention {{.*}} -> (tensor<?x?x8xf32>, tensor<2x?x2x?x4xf32>)
func.func @present(%x: tensor<?x?x8xf32>, %qkv: tensor<8x24xf32>) -> tensor<*xf32> {
  %none = onnx.NoValue
  %a, %p = onnx.ms.Attention %x, %qkv, %none, %none, %none, %none, %none {num_heads = 2 : si64} : (tensor<?x?x8xf32>, tensor<8x24xf32>, none, none, none, none, none) -> (tensor<*xf32>, tensor<*xf32>)
  return %p : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @skip_norms_gelus
// CHECK: onnx.ms.SkipLayerNormalization {{.*}} -> (tensor<?x?x8xf32>, tensor<?x?x1xf32>, none, tensor<?x?x8xf32>)
// CHECK: onnx.ms.SkipSimplifiedLayerNormalization {{.*}} -> (tensor<?x?x8xf32>, none, none, none)
// CHECK: onnx.ms.FastGelu {{.*}} -> tensor<?x?x8xf32>
// CHECK: onnx.ms.BiasGelu {{.*}} -> tensor<?x?x8xf32>
// CHECK: onnx.ms.Gelu {{.*}} -> tensor<?x?x8xf32>
// CHECK: onnx.ms.QuickGelu {{.*}} -> tensor<?x?x8xf32>
// CHECK: onnx.ms.BiasAdd {{.*}} -> tensor<?x?x8xf32>
func.func @skip_norms_gelus(%x: tensor<?x?x8xf32>, %g: tensor<8xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %y, %m, %i, %s = onnx.ms.SkipLayerNormalization %x, %x, %g, %g, %none : (tensor<?x?x8xf32>, tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, none, tensor<*xf32>)
  %r, %r1, %r2, %r3 = onnx.ms.SkipSimplifiedLayerNormalization %y, %s, %g, %none : (tensor<*xf32>, tensor<*xf32>, tensor<8xf32>, none) -> (tensor<*xf32>, none, none, none)
  %f = onnx.ms.FastGelu %r, %g : (tensor<*xf32>, tensor<8xf32>) -> tensor<*xf32>
  %b = onnx.ms.BiasGelu %f, %g : (tensor<*xf32>, tensor<8xf32>) -> tensor<*xf32>
  %e = onnx.ms.Gelu %b : (tensor<*xf32>) -> tensor<*xf32>
  %q = onnx.ms.QuickGelu %e : (tensor<*xf32>) -> tensor<*xf32>
  %a = onnx.ms.BiasAdd %q, %g, %x : (tensor<*xf32>, tensor<8xf32>, tensor<?x?x8xf32>) -> tensor<*xf32>
  return %a, %m, %s : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}
