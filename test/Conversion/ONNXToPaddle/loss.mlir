// Losses of --onnx-to-paddle: NegativeLogLikelihoodLoss and
// SoftmaxCrossEntropyLoss (log_softmax on axis 1, then the same NLL) from
// take_along_axis (the picked log-probabilities), lookup_table_v2 (the
// picked weights), where (ignore_index, whose targets read class 0 instead)
// and full reductions; d1..dk flattened into one dim, through float64
// beyond 6 dims (oneDNN's float32 kernels take at most 6).
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @nll_none
// CHECK-NOT: onnx.
// CHECK: %[[IDX:.*]], %{{.*}} = paddle.unsqueeze2 %arg1 {axes = array<i32: 1>} : (tensor<3xi64>) -> (tensor<3x1xi64>, tensor<0x3xi64>)
// CHECK: %[[P:.*]] = paddle.take_along_axis %arg0, %[[IDX]] {Axis = 1 : si32} : (tensor<3x5xf32>, tensor<3x1xi64>) -> tensor<3x1xf32>
// CHECK: %[[SQ:.*]], %{{.*}} = paddle.squeeze2 %[[P]] {axes = array<i32: 1>}
// CHECK: %[[L:.*]] = paddle.scale %[[SQ]] {scale = -1.000000e+00 : f32} : (tensor<3xf32>) -> tensor<3xf32>
// CHECK: return %[[L]]
func.func @nll_none(%x: tensor<3x5xf32>, %t: tensor<3xi64>) -> tensor<3xf32> {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {reduction = "none"} : (tensor<3x5xf32>, tensor<3xi64>, none) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// A negative ignore_index: the ignored targets pick class 0 (never out of
// range), their loss and weight are selected to 0; mean = sum / sum(weights).
// CHECK-LABEL: func @nll_mean_weight_ii
// CHECK-NOT: onnx.
// CHECK: %[[II:.*]] = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 1>, str_value = "-1", value = -1.000000e+00 : f32} : () -> tensor<1xi64>
// CHECK: %[[KEEP:.*]] = paddle.not_equal %arg1, %[[II]] : (tensor<3x2xi64>, tensor<1xi64>) -> tensor<3x2xi1>
// CHECK: %[[Z:.*]] = paddle.fill_any_like %arg1
// CHECK: %[[T:.*]] = paddle.where %[[KEEP]], %arg1, %[[Z]] : (tensor<3x2xi1>, tensor<3x2xi64>, tensor<3x2xi64>) -> tensor<3x2xi64>
// CHECK: paddle.unsqueeze2 %[[T]] {axes = array<i32: 1>}
// CHECK: paddle.take_along_axis %arg0, %{{.*}} {Axis = 1 : si32} : (tensor<3x5x2xf32>, tensor<3x1x2xi64>) -> tensor<3x1x2xf32>
// CHECK: %[[NEG:.*]] = paddle.scale
// CHECK: %[[TABLE:.*]], %{{.*}} = paddle.reshape2 %arg2 {shape = array<i32: -1, 1>} : (tensor<5xf32>) -> (tensor<5x1xf32>, tensor<0x5xf32>)
// CHECK: %[[ROWS:.*]] = paddle.lookup_table_v2 %[[T]], %[[TABLE]] : (tensor<3x2xi64>, tensor<5x1xf32>) -> tensor<3x2x1xf32>
// CHECK: %[[W:.*]], %{{.*}} = paddle.squeeze2 %[[ROWS]] {axes = array<i32: 2>}
// CHECK: %[[WL:.*]] = paddle.elementwise_mul %[[NEG]], %[[W]]
// CHECK: %[[ZF:.*]] = paddle.fill_any_like %[[WL]]
// CHECK: %[[LOSS:.*]] = paddle.where %[[KEEP]], %[[WL]], %[[ZF]]
// CHECK: %[[PICKS:.*]] = paddle.where %[[KEEP]], %[[W]], %[[ZF]]
// CHECK: %[[S:.*]] = paddle.reduce_sum %[[LOSS]] {dim = array<i32: 0, 1>, reduce_all = true} : (tensor<3x2xf32>) -> tensor<f32>
// CHECK: %[[SW:.*]] = paddle.reduce_sum %[[PICKS]] {dim = array<i32: 0, 1>, reduce_all = true} : (tensor<3x2xf32>) -> tensor<f32>
// CHECK: %[[M:.*]] = paddle.elementwise_div %[[S]], %[[SW]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: return %[[M]]
func.func @nll_mean_weight_ii(%x: tensor<3x5x2xf32>, %t: tensor<3x2xi64>, %w: tensor<5xf32>) -> tensor<f32> {
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %w {ignore_index = -1 : si64, reduction = "mean"} : (tensor<3x5x2xf32>, tensor<3x2xi64>, tensor<5xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// ignore_index without weights: mean over the targets not ignored.
// CHECK-LABEL: func @nll_mean_ii
// CHECK-NOT: onnx.
// CHECK: %[[KEEP:.*]] = paddle.not_equal %arg1, %{{.*}} : (tensor<3xi32>, tensor<1xi32>) -> tensor<3xi1>
// CHECK: paddle.take_along_axis %arg0, %{{.*}} : (tensor<3x5xf32>, tensor<3x1xi32>) -> tensor<3x1xf32>
// CHECK: %[[LOSS:.*]] = paddle.where %[[KEEP]]
// CHECK: %[[COUNT:.*]] = paddle.cast %[[KEEP]] {in_dtype = 0 : si32, out_dtype = 5 : si32} : (tensor<3xi1>) -> tensor<3xf32>
// CHECK: %[[S:.*]] = paddle.reduce_sum %[[LOSS]]
// CHECK: %[[N:.*]] = paddle.reduce_sum %[[COUNT]]
// CHECK: paddle.elementwise_div %[[S]], %[[N]]
func.func @nll_mean_ii(%x: tensor<3x5xf32>, %t: tensor<3xi32>) -> tensor<f32> {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {ignore_index = 1 : si64} : (tensor<3x5xf32>, tensor<3xi32>, none) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// An int32 target never equals an ignore_index outside int32: no mask.
// CHECK-LABEL: func @nll_ii_outside_int32
// CHECK-NOT: paddle.not_equal
// CHECK: paddle.reduce_mean %{{.*}} {reduce_all = true} : (tensor<3xf32>) -> tensor<f32>
func.func @nll_ii_outside_int32(%x: tensor<3x5xf32>, %t: tensor<3xi32>) -> tensor<f32> {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {ignore_index = 5000000000 : si64} : (tensor<3x5xf32>, tensor<3xi32>, none) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// d1..dk flattened into one dim, the batch dim kept by 0.
// CHECK-LABEL: func @nll_sum_4d
// CHECK-NOT: onnx.
// CHECK: %[[X:.*]], %{{.*}} = paddle.reshape2 %arg0 {shape = array<i32: 0, 0, -1>} : (tensor<?x3x4x5xf32>) -> (tensor<?x3x20xf32>, tensor<0x?x3x4x5xf32>)
// CHECK: %[[T:.*]], %{{.*}} = paddle.reshape2 %arg1 {shape = array<i32: 0, -1>} : (tensor<?x4x5xi64>) -> (tensor<?x20xi64>, tensor<0x?x4x5xi64>)
// CHECK: paddle.take_along_axis %[[X]], %{{.*}} {Axis = 1 : si32} : (tensor<?x3x20xf32>, tensor<?x1x20xi64>) -> tensor<?x1x20xf32>
// CHECK: paddle.reduce_sum %{{.*}} {dim = array<i32: 0, 1>, reduce_all = true} : (tensor<?x20xf32>) -> tensor<f32>
func.func @nll_sum_4d(%x: tensor<?x3x4x5xf32>, %t: tensor<?x4x5xi64>) -> tensor<f32> {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {reduction = "sum"} : (tensor<?x3x4x5xf32>, tensor<?x4x5xi64>, none) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// reduction "none" with unknown d dims: reshaped back to shape(target).
// CHECK-LABEL: func @nll_none_dynamic
// CHECK-NOT: onnx.
// CHECK: %[[L:.*]] = paddle.scale %{{.*}} : (tensor<2x?xf32>) -> tensor<2x?xf32>
// CHECK: %[[S:.*]] = paddle.shape %arg1 : (tensor<2x?x?xi64>) -> tensor<3xi32>
// CHECK: %[[R:.*]], %{{.*}} = paddle.reshape2 %[[L]] Shape(%[[S]]) : (tensor<2x?xf32>, tensor<3xi32>) -> (tensor<2x?x?xf32>, tensor<0x2x?xf32>)
// CHECK: return %[[R]]
func.func @nll_none_dynamic(%x: tensor<2x3x?x?xf32>, %t: tensor<2x?x?xi64>) -> tensor<2x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {reduction = "none"} : (tensor<2x3x?x?xf32>, tensor<2x?x?xi64>, none) -> tensor<2x?x?xf32>
  return %0 : tensor<2x?x?xf32>
}

// -----

// 7 dims: the float32 input is flattened through float64 (exact casts).
// CHECK-LABEL: func @nll_rank7
// CHECK-NOT: onnx.
// CHECK: %[[D:.*]] = paddle.cast %arg0 {in_dtype = 5 : si32, out_dtype = 6 : si32} : (tensor<2x3x2x2x2x2x2xf32>) -> tensor<2x3x2x2x2x2x2xf64>
// CHECK: %[[F:.*]], %{{.*}} = paddle.reshape2 %[[D]] {shape = array<i32: 0, 0, -1>} : (tensor<2x3x2x2x2x2x2xf64>) -> (tensor<2x3x32xf64>, tensor<0x2x3x2x2x2x2x2xf64>)
// CHECK: %[[X:.*]] = paddle.cast %[[F]] {in_dtype = 6 : si32, out_dtype = 5 : si32} : (tensor<2x3x32xf64>) -> tensor<2x3x32xf32>
// CHECK: paddle.take_along_axis %[[X]]
// CHECK: paddle.reshape2 %{{.*}} {shape = array<i32: 2, 2, 2, 2, 2, 2>} : (tensor<2x32xf32>) -> (tensor<2x2x2x2x2x2xf32>, tensor<0x2x32xf32>)
func.func @nll_rank7(%x: tensor<2x3x2x2x2x2x2xf32>, %t: tensor<2x2x2x2x2x2xi64>) -> tensor<2x2x2x2x2x2xf32> {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {reduction = "none"} : (tensor<2x3x2x2x2x2x2xf32>, tensor<2x2x2x2x2x2xi64>, none) -> tensor<2x2x2x2x2x2xf32>
  return %0 : tensor<2x2x2x2x2x2xf32>
}

// -----

// float16: computed in float32 (no float16 take_along_axis or
// lookup_table_v2 kernel), the loss cast back.
// CHECK-LABEL: func @nll_f16
// CHECK-NOT: onnx.
// CHECK: %[[X:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<3x5xf16>) -> tensor<3x5xf32>
// CHECK: %[[W:.*]] = paddle.cast %arg2 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<5xf16>) -> tensor<5xf32>
// CHECK: paddle.take_along_axis %[[X]]
// CHECK: paddle.reshape2 %[[W]]
// CHECK: %[[S:.*]] = paddle.reduce_sum %{{.*}} : (tensor<3xf32>) -> tensor<f32>
// CHECK: %[[R:.*]] = paddle.cast %[[S]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<f32>) -> tensor<f16>
// CHECK: return %[[R]]
func.func @nll_f16(%x: tensor<3x5xf16>, %t: tensor<3xi64>, %w: tensor<5xf16>) -> tensor<f16> {
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %w {reduction = "sum"} : (tensor<3x5xf16>, tensor<3xi64>, tensor<5xf16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// -----

// CHECK-LABEL: func @sce_log_prob
// CHECK-NOT: onnx.
// CHECK: %[[LP:.*]] = paddle.log_softmax %arg0 {axis = 1 : si32} : (tensor<3x5xf32>) -> tensor<3x5xf32>
// CHECK: paddle.not_equal
// CHECK: paddle.take_along_axis %[[LP]]
// CHECK: paddle.lookup_table_v2
// CHECK: %[[M:.*]] = paddle.elementwise_div
// CHECK: return %[[M]], %[[LP]] : tensor<f32>, tensor<3x5xf32>
func.func @sce_log_prob(%x: tensor<3x5xf32>, %t: tensor<3xi64>, %w: tensor<5xf32>) -> (tensor<f32>, tensor<3x5xf32>) {
  %0:2 = onnx.SoftmaxCrossEntropyLoss %x, %t, %w {ignore_index = 0 : si64, reduction = "mean"} : (tensor<3x5xf32>, tensor<3xi64>, tensor<5xf32>) -> (tensor<f32>, tensor<3x5xf32>)
  return %0#0, %0#1 : tensor<f32>, tensor<3x5xf32>
}

// -----

// No weight, no ignore_index: a plain mean.
// CHECK-LABEL: func @sce_mean
// CHECK-NOT: onnx.
// CHECK: %[[LP:.*]] = paddle.log_softmax %arg0 {axis = 1 : si32}
// CHECK: paddle.take_along_axis %[[LP]]
// CHECK: %[[M:.*]] = paddle.reduce_mean %{{.*}} {reduce_all = true} : (tensor<3xf32>) -> tensor<f32>
// CHECK: return %[[M]]
func.func @sce_mean(%x: tensor<3x5xf32>, %t: tensor<3xi64>) -> tensor<f32> {
  %none = onnx.NoValue
  %0:2 = onnx.SoftmaxCrossEntropyLoss %x, %t, %none : (tensor<3x5xf32>, tensor<3xi64>, none) -> (tensor<f32>, none)
  return %0#0 : tensor<f32>
}

// -----

// log_prob of 7 dims: log_softmax on the flattened scores, reshaped back
// through float64.
// CHECK-LABEL: func @sce_rank7_log_prob
// CHECK-NOT: onnx.
// CHECK: %[[LP:.*]] = paddle.log_softmax %{{.*}} {axis = 1 : si32} : (tensor<2x3x32xf32>) -> tensor<2x3x32xf32>
// CHECK: %[[D:.*]] = paddle.cast %[[LP]] {in_dtype = 5 : si32, out_dtype = 6 : si32} : (tensor<2x3x32xf32>) -> tensor<2x3x32xf64>
// CHECK: %[[R:.*]], %{{.*}} = paddle.reshape2 %[[D]] {shape = array<i32: 2, 3, 2, 2, 2, 2, 2>}
// CHECK: %[[F:.*]] = paddle.cast %[[R]] {in_dtype = 6 : si32, out_dtype = 5 : si32} : (tensor<2x3x2x2x2x2x2xf64>) -> tensor<2x3x2x2x2x2x2xf32>
// CHECK: return %{{.*}}, %[[F]]
func.func @sce_rank7_log_prob(%x: tensor<2x3x2x2x2x2x2xf32>, %t: tensor<2x2x2x2x2x2xi64>) -> (tensor<f32>, tensor<2x3x2x2x2x2x2xf32>) {
  %none = onnx.NoValue
  %0:2 = onnx.SoftmaxCrossEntropyLoss %x, %t, %none {reduction = "sum"} : (tensor<2x3x2x2x2x2x2xf32>, tensor<2x2x2x2x2x2xi64>, none) -> (tensor<f32>, tensor<2x3x2x2x2x2x2xf32>)
  return %0#0, %0#1 : tensor<f32>, tensor<2x3x2x2x2x2x2xf32>
}
