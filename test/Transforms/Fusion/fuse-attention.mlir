// --fuse-attention: self-attention blocks as the exporters write them
// become multihead_matmul (gpu); on cpu they stay primitive unless
// cpu-self-dp=1 asks for self_dp_attention (mask-less blocks only).
// Everything else stays as it is, and explain=1 says why.
// RUN: x2p-opt %s -split-input-file --fuse-attention=target=gpu | FileCheck %s --check-prefix=GPU
// RUN: x2p-opt %s -split-input-file --fuse-attention | FileCheck %s --check-prefix=DEFAULT
// RUN: x2p-opt %s -split-input-file --fuse-attention=cpu-self-dp=1 | FileCheck %s --check-prefix=CPU
// RUN: x2p-opt %s -split-input-file --fuse-attention="target=gpu explain=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WHYGPU
// RUN: x2p-opt %s -split-input-file --fuse-attention="cpu-self-dp=1 explain=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WHY

// torch 1.13's exporter (BERT, RoBERTa, ELECTRA...): bias added first, Kᵀ
// by transpose [0, 2, 3, 1], the scale after QKᵀ (as --fuse-matmul-scale

// torch 1.13's exporter (BERT, RoBERTa, ELECTRA...): bias added first, Kᵀ
// by transpose [0, 2, 3, 1], the scale after QKᵀ (as --fuse-matmul-scale
// leaves it) and BERT's additive mask (1 - mask) * min.
// DEFAULT-NOT: self_dp_attention
// DEFAULT-NOT: multihead_matmul
// GPU-LABEL: func @bert_torch113
// GPU-DAG: %[[W:.*]] = paddle.parameter "wq.qkv_weight" dense_resource<wq.qkv_weight> : tensor<8x3x8xf32>
// GPU-DAG: %[[B:.*]] = paddle.parameter "wq.qkv_bias" dense_resource<wq.qkv_bias> : tensor<3x8xf32>
// GPU: %[[O:.*]] = paddle.multihead_matmul %arg0, %[[W]], %[[B]] BiasQK(%{{.*}}) {alpha = 5.000000e-01 : f32, head_number = 2 : si32} : (tensor<?x?x8xf32>, tensor<8x3x8xf32>, tensor<3x8xf32>, tensor<?x1x1x?xf32>) -> tensor<?x?x8xf32>
// GPU-NOT: paddle.softmax
// GPU: return %[[O]]
// CPU-LABEL: func @bert_torch113
// CPU-NOT: self_dp_attention
// CPU: paddle.softmax
// WHY: remark: attention not fused: a masked block: Paddle has no CPU attention op with a mask
func.func @bert_torch113(%x: tensor<?x?x8xf32>, %m: tensor<?x1x1x?xi64>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %one = paddle.parameter "one" dense<1.0> : tensor<f32>
  %min = paddle.parameter "min" dense<-3.40282347E+38> : tensor<f32>
  %mf = paddle.cast %m {in_dtype = 3 : si32, out_dtype = 5 : si32} : (tensor<?x1x1x?xi64>) -> tensor<?x1x1x?xf32>
  %inv = paddle.elementwise_sub %one, %mf : (tensor<f32>, tensor<?x1x1x?xf32>) -> tensor<?x1x1x?xf32>
  %mask = paddle.elementwise_mul %inv, %min : (tensor<?x1x1x?xf32>, tensor<f32>) -> tensor<?x1x1x?xf32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %bq, %qm : (tensor<8xf32>, tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %bk, %km : (tensor<8xf32>, tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %bv, %vm : (tensor<8xf32>, tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 3, 1>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x4x?xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %s = paddle.matmul_v2 %qh, %kh : (tensor<?x2x?x4xf32>, tensor<?x2x4x?xf32>) -> tensor<?x2x?x?xf32>
  %ss = paddle.scale %s {scale = 0.5 : f32} : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %sm = paddle.elementwise_add %ss, %mask : (tensor<?x2x?x?xf32>, tensor<?x1x1x?xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %sm : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %p, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// The dynamo exporter's SDPA without a mask (ViT): sqrt(scale) on Q and on
// Kᵀ, Kᵀ through [batch * heads, seq, head_dim], where(true, 0, min) as
// the mask and a NaN guard after the softmax. On cpu: one packed QKV
// matmul and self_dp_attention.
// GPU-LABEL: func @vit_dynamo
// GPU: paddle.multihead_matmul %arg0, %{{.*}}, %{{.*}} {alpha = 2.500000e-01 : f32, head_number = 2 : si32} : (tensor<?x?x8xf32>, tensor<8x3x8xf32>, tensor<3x8xf32>) -> tensor<?x?x8xf32>
// GPU-NOT: paddle.softmax
// CPU-LABEL: func @vit_dynamo
// CPU-DAG: %[[W:.*]] = paddle.parameter "wq.qkv_weight" dense_resource<wq.qkv_weight> : tensor<8x24xf32>
// CPU-DAG: %[[B:.*]] = paddle.parameter "wq.qkv_bias" dense_resource<wq.qkv_bias> : tensor<24xf32>
// CPU: %[[P:.*]] = paddle.matmul_v2 %arg0, %[[W]] : (tensor<?x?x8xf32>, tensor<8x24xf32>) -> tensor<?x?x24xf32>
// CPU: %[[A:.*]] = paddle.elementwise_add %[[P]], %[[B]]
// CPU: %[[R:.*]], %{{.*}} = paddle.reshape2 %[[A]] {shape = array<i32: 0, 0, 3, 2, 4>} : (tensor<?x?x24xf32>) -> (tensor<?x?x3x2x4xf32>
// CPU: %[[S:.*]] = paddle.self_dp_attention %[[R]] {alpha = 2.500000e-01 : f32, head_number = 2 : si32} : (tensor<?x?x3x2x4xf32>) -> tensor<?x?x2x4xf32>
// CPU: %[[O:.*]], %{{.*}} = paddle.reshape2 %[[S]] {shape = array<i32: 0, 0, 8>}
// CPU-NOT: paddle.softmax
// CPU: return %[[O]]
func.func @vit_dynamo(%x: tensor<?x?x8xf32>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %zero = paddle.parameter "zero" dense<0.0> : tensor<f32>
  %min = paddle.parameter "min" dense<-3.40282347E+38> : tensor<f32>
  %true = paddle.parameter "true" dense<true> : tensor<1x1x1x1xi1>
  %minus1 = paddle.parameter "minus1" dense<-1> : tensor<1xi64>
  %four = paddle.parameter "four" dense<4> : tensor<1xi64>
  %two = paddle.parameter "two" dense<2> : tensor<1xi64>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %km, %bk : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %ksh = paddle.shape %kh : (tensor<?x2x?x4xf32>) -> tensor<4xi32>
  %ksl = paddle.cast %ksh {in_dtype = 2 : si32, out_dtype = 3 : si32} : (tensor<4xi32>) -> tensor<4xi64>
  %seq = paddle.slice %ksl {axes = array<i32: 0>, ends = array<i32: -1>, infer_flags = array<i32: 1>, starts = array<i32: -2>} : (tensor<4xi64>) -> tensor<1xi64>
  %fs = paddle.concat %minus1, %seq, %four : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %kf, %kfx = paddle.reshape2 %kh Shape(%fs) {shape = array<i32: 0, 0, 4>} : (tensor<?x2x?x4xf32>, tensor<3xi64>) -> (tensor<?x?x4xf32>, tensor<0x?x2x?x4xf32>)
  %kt, %ktx = paddle.transpose2 %kf {axis = array<i32: 0, 2, 1>} : (tensor<?x?x4xf32>) -> (tensor<?x4x?xf32>, tensor<0x?x?x4xf32>)
  %bs = paddle.concat %minus1, %two, %four, %seq : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %kT, %kTx = paddle.reshape2 %kt Shape(%bs) {shape = array<i32: 0, 2, 4, 0>} : (tensor<?x4x?xf32>, tensor<4xi64>) -> (tensor<?x2x4x?xf32>, tensor<0x?x4x?xf32>)
  %qs = paddle.elementwise_mul %qh, %half : (tensor<?x2x?x4xf32>, tensor<f32>) -> tensor<?x2x?x4xf32>
  %ks = paddle.elementwise_mul %kT, %half : (tensor<?x2x4x?xf32>, tensor<f32>) -> tensor<?x2x4x?xf32>
  %c = paddle.expand_v2 %true {shape = array<i32: -1, 1, -1, -1>} : (tensor<1x1x1x1xi1>) -> tensor<?x1x?x?xi1>
  %mask = paddle.where %c, %zero, %min : (tensor<?x1x?x?xi1>, tensor<f32>, tensor<f32>) -> tensor<?x1x?x?xf32>
  %s = paddle.matmul_v2 %qs, %ks : (tensor<?x2x?x4xf32>, tensor<?x2x4x?xf32>) -> tensor<?x2x?x?xf32>
  %sm = paddle.elementwise_add %s, %mask : (tensor<?x2x?x?xf32>, tensor<?x1x?x?xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %sm : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %nan = paddle.isnan_v2 %p : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xi1>
  %g = paddle.where %nan, %zero, %p : (tensor<?x2x?x?xi1>, tensor<f32>, tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %g, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// Whisper's encoder (dynamo): Q scaled before the split, K without a
// bias, an identity reshape of the ·V product.
// GPU-LABEL: func @whisper_dynamo
// GPU: paddle.multihead_matmul %arg0, %{{.*}}, %{{.*}} {alpha = 5.000000e-01 : f32, head_number = 2 : si32}
// GPU-NOT: paddle.softmax
// CPU-LABEL: func @whisper_dynamo
// CPU: paddle.self_dp_attention %{{.*}} {alpha = 5.000000e-01 : f32, head_number = 2 : si32}
// CPU-NOT: paddle.softmax
func.func @whisper_dynamo(%x: tensor<?x?x8xf32>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %half = paddle.parameter "half" dense<0.5> : tensor<f32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qsc = paddle.elementwise_mul %qp, %half : (tensor<?x?x8xf32>, tensor<f32>) -> tensor<?x?x8xf32>
  %kp = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qsc {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %s = paddle.matmul_v2 %qh, %kh {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %s : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %c0 = paddle.matmul_v2 %p, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ctx, %ctxx = paddle.reshape2 %c0 {shape = array<i32: -1, 2, 0, 4>} : (tensor<?x2x?x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x2x?x4xf32>)
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// torch 1.13's DistilBERT: scores.masked_fill(mask == 0, min) as a where
// on the expanded bool mask; it becomes the additive cast(mask) * min.
// GPU-LABEL: func @distilbert_masked_fill
// GPU: %[[C:.*]] = paddle.cast %arg1 {in_dtype = 0 : si32, out_dtype = 5 : si32} : (tensor<?x1x1x?xi1>) -> tensor<?x1x1x?xf32>
// GPU: %[[M:.*]] = paddle.scale %[[C]] {scale = -3.40282347E+38 : f32} : (tensor<?x1x1x?xf32>) -> tensor<?x1x1x?xf32>
// GPU: paddle.multihead_matmul %arg0, %{{.*}}, %{{.*}} BiasQK(%[[M]]) {alpha = 2.500000e-01 : f32, head_number = 2 : si32}
// GPU-NOT: paddle.softmax
// CPU-LABEL: func @distilbert_masked_fill
// CPU: paddle.softmax
// WHY: remark: attention not fused: a masked block: Paddle has no CPU attention op with a mask
func.func @distilbert_masked_fill(%x: tensor<?x?x8xf32>, %m: tensor<?x1x1x?xi1>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %min = paddle.parameter "min" dense<-3.40282347E+38> : tensor<f32>
  %quarter = paddle.parameter "quarter" dense<0.25> : tensor<f32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %km, %bk : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %qs = paddle.elementwise_mul %qh, %quarter : (tensor<?x2x?x4xf32>, tensor<f32>) -> tensor<?x2x?x4xf32>
  %s = paddle.matmul_v2 %qs, %kh {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
  %sh = paddle.shape %s : (tensor<?x2x?x?xf32>) -> tensor<4xi32>
  %me = paddle.expand_v2 %m Shape(%sh) : (tensor<?x1x1x?xi1>, tensor<4xi32>) -> tensor<?x2x?x?xi1>
  %fe = paddle.expand_v2 %min Shape(%sh) : (tensor<f32>, tensor<4xi32>) -> tensor<?x2x?x?xf32>
  %sm = paddle.where %me, %fe, %s : (tensor<?x2x?x?xi1>, tensor<?x2x?x?xf32>, tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %sm : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %p, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// Cross-attention: K and V project another input (BART's decoder).
// GPU-LABEL: func @cross_attention
// GPU-NOT: multihead_matmul
// GPU: paddle.softmax
// CPU-LABEL: func @cross_attention
// CPU-NOT: self_dp_attention
// CPU: paddle.softmax
// WHY: remark: attention not fused: Q, K and V project different inputs (cross-attention)
// WHYGPU: remark: attention not fused: Q, K and V project different inputs (cross-attention)
func.func @cross_attention(%x: tensor<?x?x8xf32>, %y: tensor<?x?x8xf32>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %y, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %km, %bk : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %y, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %s = paddle.matmul_v2 %qh, %kh {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %s : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %p, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// An op between the softmax and ·V (a head mask) stays unfused.
// GPU-LABEL: func @head_mask
// GPU-NOT: multihead_matmul
// GPU: paddle.softmax
// CPU-LABEL: func @head_mask
// CPU-NOT: self_dp_attention
// CPU: paddle.softmax
// WHY: remark: attention not fused: the softmax result does not feed a ·V matmul
// WHYGPU: remark: attention not fused: the softmax result does not feed a ·V matmul
func.func @head_mask(%x: tensor<?x?x8xf32>, %hm: tensor<1x2x1x1xf32>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %km, %bk : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %s = paddle.matmul_v2 %qh, %kh {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %s : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %pm = paddle.elementwise_mul %p, %hm : (tensor<?x2x?x?xf32>, tensor<1x2x1x1xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %pm, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// A Q weight that is not a parameter stays unfused.
// GPU-LABEL: func @weight_not_constant
// GPU-NOT: multihead_matmul
// GPU: paddle.softmax
// CPU-LABEL: func @weight_not_constant
// CPU-NOT: self_dp_attention
// CPU: paddle.softmax
// WHY: remark: attention not fused: Q, K or V is not input @ constant weight (+ constant bias)
// WHYGPU: remark: attention not fused: Q, K or V is not input @ constant weight (+ constant bias)
func.func @weight_not_constant(%x: tensor<?x?x8xf32>, %wq: tensor<8x8xf32>) -> tensor<?x?x8xf32> {
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %km, %bk : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %s = paddle.matmul_v2 %qh, %kh {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %s : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %p, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}

// -----

// A softmax over another axis is not attention.
// GPU-LABEL: func @softmax_axis
// GPU-NOT: multihead_matmul
// GPU: paddle.softmax
// CPU-LABEL: func @softmax_axis
// CPU-NOT: self_dp_attention
// CPU: paddle.softmax
// WHY: remark: attention not fused: the softmax is not over the last axis
// WHYGPU: remark: attention not fused: the softmax is not over the last axis
func.func @softmax_axis(%x: tensor<?x?x8xf32>) -> tensor<?x?x8xf32> {
  %wq = paddle.parameter "wq" dense<0.1> : tensor<8x8xf32>
  %bq = paddle.parameter "bq" dense<0.01> : tensor<8xf32>
  %wk = paddle.parameter "wk" dense<0.2> : tensor<8x8xf32>
  %bk = paddle.parameter "bk" dense<0.02> : tensor<8xf32>
  %wv = paddle.parameter "wv" dense<0.3> : tensor<8x8xf32>
  %bv = paddle.parameter "bv" dense<0.03> : tensor<8xf32>
  %qm = paddle.matmul_v2 %x, %wq : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %qp = paddle.elementwise_add %qm, %bq : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %km = paddle.matmul_v2 %x, %wk : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %kp = paddle.elementwise_add %km, %bk : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %vm = paddle.matmul_v2 %x, %wv : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32>
  %vp = paddle.elementwise_add %vm, %bv : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %qr, %qrx = paddle.reshape2 %qp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %qh, %qhx = paddle.transpose2 %qr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %kr, %krx = paddle.reshape2 %kp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %kh, %khx = paddle.transpose2 %kr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %vr, %vrx = paddle.reshape2 %vp {shape = array<i32: 0, 0, 2, 4>} : (tensor<?x?x8xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x?x8xf32>)
  %vh, %vhx = paddle.transpose2 %vr {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x?x2x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<0x?x?x2x4xf32>)
  %s = paddle.matmul_v2 %qh, %kh {trans_y = true} : (tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x?xf32>
  %p = paddle.softmax %s {axis = 2 : si32} : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %ctx = paddle.matmul_v2 %p, %vh : (tensor<?x2x?x?xf32>, tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32>
  %ot, %otx = paddle.transpose2 %ctx {axis = array<i32: 0, 2, 1, 3>} : (tensor<?x2x?x4xf32>) -> (tensor<?x?x2x4xf32>, tensor<0x?x2x?x4xf32>)
  %out, %outx = paddle.reshape2 %ot {shape = array<i32: 0, 0, 8>} : (tensor<?x?x2x4xf32>) -> (tensor<?x?x8xf32>, tensor<0x?x?x2x4xf32>)
  return %out : tensor<?x?x8xf32>
}
