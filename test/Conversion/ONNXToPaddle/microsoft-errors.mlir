// com.microsoft forms --onnx-to-paddle refuses, each with its reason at
// the op.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle -verify-diagnostics

func.func @attention_past(%x: tensor<2x5x8xf32>, %past: tensor<2x2x2x3x4xf32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  %qkv = onnx.Constant dense<0.1> : tensor<8x24xf32>
  // expected-error @+1 {{cannot convert 'onnx.ms.Attention' to the paddle dialect: the KV cache (past, present, past_sequence_length) is not converted}}
  %a, %p = onnx.ms.Attention %x, %qkv, %none, %none, %past, %none, %none {num_heads = 2 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, none, tensor<2x2x2x3x4xf32>, none, none) -> (tensor<2x5x8xf32>, none)
  return %a : tensor<2x5x8xf32>
}

// -----

func.func @attention_rotary(%x: tensor<2x5x8xf32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  %qkv = onnx.Constant dense<0.1> : tensor<8x24xf32>
  // expected-error @+1 {{rotary embedding (do_rotary) is not converted}}
  %a, %p = onnx.ms.Attention %x, %qkv, %none, %none, %none, %none, %none {num_heads = 2 : si64, do_rotary = 1 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, none, none, none, none) -> (tensor<2x5x8xf32>, none)
  return %a : tensor<2x5x8xf32>
}

// -----

func.func @attention_mask_3b2(%x: tensor<2x5x8xf32>, %m: tensor<8xi32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  %qkv = onnx.Constant dense<0.1> : tensor<8x24xf32>
  // expected-error @+1 {{the [3 * batch + 2] mask_index form is not converted}}
  %a, %p = onnx.ms.Attention %x, %qkv, %none, %m, %none, %none, %none {num_heads = 2 : si64} : (tensor<2x5x8xf32>, tensor<8x24xf32>, none, tensor<8xi32>, none, none, none) -> (tensor<2x5x8xf32>, none)
  return %a : tensor<2x5x8xf32>
}

// -----

func.func @skip_norm_stats(%x: tensor<2x5x8xf32>, %g: tensor<8xf32>) -> tensor<2x5x1xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{the mean and inv_std_var outputs (training statistics) are not converted}}
  %y, %m, %i, %s = onnx.ms.SkipLayerNormalization %x, %x, %g, %none, %none : (tensor<2x5x8xf32>, tensor<2x5x8xf32>, tensor<8xf32>, none, none) -> (tensor<2x5x8xf32>, tensor<2x5x1xf32>, none, none)
  return %m : tensor<2x5x1xf32>
}

// -----

func.func @skip_norm_dynamic_hidden(%x: tensor<2x5x?xf32>, %g: tensor<?xf32>) -> tensor<2x5x?xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{the hidden (last) dim must be static}}
  %y, %m, %i, %s = onnx.ms.SkipLayerNormalization %x, %x, %g, %none, %none : (tensor<2x5x?xf32>, tensor<2x5x?xf32>, tensor<?xf32>, none, none) -> (tensor<2x5x?xf32>, none, none, none)
  return %y : tensor<2x5x?xf32>
}

// -----

func.func @embed_segment_alone(%ids: tensor<2x5xi32>) -> tensor<2x5x8xf32> {
  %none = onnx.NoValue
  %w = onnx.Constant dense<0.5> : tensor<30x8xf32>
  %g = onnx.Constant dense<1.0> : tensor<8xf32>
  // expected-error @+1 {{segment_ids and segment_embedding must come together}}
  %e, %mi, %sum = onnx.ms.EmbedLayerNormalization %ids, %ids, %w, %w, %none, %g, %g, %none, %none : (tensor<2x5xi32>, tensor<2x5xi32>, tensor<30x8xf32>, tensor<30x8xf32>, none, tensor<8xf32>, tensor<8xf32>, none, none) -> (tensor<2x5x8xf32>, none, none)
  return %e : tensor<2x5x8xf32>
}
