// Reduce* of --onnx-to-paddle: constant axes become reduce_*'s `dim`, axes
// known only at run time go through nansum. The sweep shows that the axes
// constants are left unused.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle --paddle-drop-dead-parameters | FileCheck %s

// The LayerNorm mean of exported transformers; negative axes normalized.
// CHECK-LABEL: func @mean_last
// CHECK-NOT: paddle.parameter
// CHECK: paddle.reduce_mean %arg0 {dim = array<i32: 2>, keep_dim = true} : (tensor<?x?x768xf32>) -> tensor<?x?x1xf32>
func.func @mean_last(%x: tensor<?x?x768xf32>) -> tensor<?x?x1xf32> {
  %axes = onnx.Constant dense<[-1]> : tensor<1xi64>
  %0 = onnx.ReduceMean %x, %axes : (tensor<?x?x768xf32>, tensor<1xi64>) -> tensor<?x?x1xf32>
  return %0 : tensor<?x?x1xf32>
}

// -----

// No axes: everything, to a 0-D result without keepdims.
// An int32 sum runs on int64 (Paddle's int32 kernel yields int64).
// CHECK-LABEL: func @sum_all
// CHECK: %[[WIDE:.*]] = paddle.cast %arg0 {{.*}} : (tensor<2x3xi32>) -> tensor<2x3xi64>
// CHECK: %[[SUM:.*]] = paddle.reduce_sum %[[WIDE]] {dim = array<i32: 0, 1>, reduce_all = true} : (tensor<2x3xi64>) -> tensor<i64>
// CHECK: paddle.cast %[[SUM]] {{.*}} : (tensor<i64>) -> tensor<i32>
func.func @sum_all(%x: tensor<2x3xi32>) -> tensor<i32> {
  %none = onnx.NoValue
  %0 = onnx.ReduceSum %x, %none {keepdims = 0 : si64} : (tensor<2x3xi32>, none) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// Empty axes with noop_with_empty_axes reduce nothing, but the elementwise
// part still applies (ONNX's reference).
// CHECK-LABEL: func @noop
// CHECK: %[[A:.*]] = paddle.assign %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[SQ:.*]] = paddle.elementwise_mul %arg0, %arg0
// CHECK-NOT: paddle.reduce_sum
// CHECK: return %[[A]], %[[SQ]]
func.func @noop(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %axes = onnx.Constant dense<> : tensor<0xi64>
  %0 = onnx.ReduceSum %x, %axes {noop_with_empty_axes = 1 : si64} : (tensor<2x3xf32>, tensor<0xi64>) -> tensor<2x3xf32>
  %1 = onnx.ReduceSumSquare %x, %axes {noop_with_empty_axes = 1 : si64} : (tensor<2x3xf32>, tensor<0xi64>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @composite
// CHECK: %[[SQ:.*]] = paddle.elementwise_mul %arg0, %arg0
// CHECK: %[[S2:.*]] = paddle.reduce_sum %[[SQ]] {dim = array<i32: 1>, keep_dim = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
// CHECK: %[[L2:.*]] = paddle.sqrt %[[S2]]
// CHECK: %[[ABS:.*]] = paddle.abs %arg0
// CHECK: %[[L1:.*]] = paddle.reduce_sum %[[ABS]] {dim = array<i32: 1>} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
// CHECK: %[[S:.*]] = paddle.reduce_sum %arg0 {dim = array<i32: 1>}
// CHECK: %[[LS:.*]] = paddle.log %[[S]]
// CHECK: %[[LSE:.*]] = paddle.logsumexp %arg0 {axis = array<i32: 1>} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
// CHECK: return %[[L2]], %[[L1]], %[[LS]], %[[LSE]]
func.func @composite(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceL2 %x, %axes : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x1x4xf32>
  %1 = onnx.ReduceL1 %x, %axes {keepdims = 0 : si64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  %2 = onnx.ReduceLogSum %x, %axes {keepdims = 0 : si64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  %3 = onnx.ReduceLogSumExp %x, %axes {keepdims = 0 : si64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  return %0, %1, %2, %3 : tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>
}

// -----

// reduce_max has no uint8 kernel: int32, exact.
// CHECK-LABEL: func @max_uint8
// CHECK: %[[X:.*]] = paddle.cast %arg0 {in_dtype = 20 : si32, out_dtype = 2 : si32}
// CHECK: %[[M:.*]] = paddle.reduce_max %[[X]] {dim = array<i32: 1>, keep_dim = true} : (tensor<2x3xi32>) -> tensor<2x1xi32>
// CHECK: paddle.cast %[[M]] {in_dtype = 2 : si32, out_dtype = 20 : si32}
func.func @max_uint8(%x: tensor<2x3xui8>) -> tensor<2x1xui8> {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %0 = onnx.ReduceMax %x, %axes : (tensor<2x3xui8>, tensor<1xi64>) -> tensor<2x1xui8>
  return %0 : tensor<2x1xui8>
}

// -----

// Run-time axes: nansum, plus sqrt(-count of NaNs), which is 0 or NaN.
// CHECK-LABEL: func @sum_dynamic
// CHECK: %[[S:.*]] = paddle.nansum %arg0 AxisTensor(%arg1) : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<3xf32>
// CHECK: %[[NAN:.*]] = paddle.isnan_v2 %arg0
// CHECK: %[[NANF:.*]] = paddle.cast %[[NAN]] {in_dtype = 0 : si32, out_dtype = 5 : si32}
// CHECK: %[[COUNT:.*]] = paddle.nansum %[[NANF]] AxisTensor(%arg1)
// CHECK: %[[NEG:.*]] = paddle.scale %[[COUNT]] {scale = -1.000000e+00 : f32}
// CHECK: %[[FIX:.*]] = paddle.sqrt %[[NEG]]
// CHECK: paddle.elementwise_add %[[S]], %[[FIX]]
func.func @sum_dynamic(%x: tensor<3x4xf32>, %axes: tensor<1xi64>) -> tensor<3xf32> {
  %0 = onnx.ReduceSum %x, %axes {keepdims = 0 : si64} : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// The mean over run-time axes: sum * size(out) / size(in).
// CHECK-LABEL: func @mean_dynamic
// CHECK: %[[S:.*]] = paddle.elementwise_add
// CHECK: %[[NOUT:.*]] = paddle.size %[[S]] : (tensor<3x1xf32>) -> tensor<i64>
// CHECK: %[[NOUTF:.*]] = paddle.cast %[[NOUT]] {in_dtype = 3 : si32, out_dtype = 5 : si32}
// CHECK: %[[NIN:.*]] = paddle.size %arg0
// CHECK: %[[NINF:.*]] = paddle.cast %[[NIN]]
// CHECK: %[[RATIO:.*]] = paddle.elementwise_div %[[NOUTF]], %[[NINF]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: paddle.elementwise_mul %[[S]], %[[RATIO]] : (tensor<3x1xf32>, tensor<f32>) -> tensor<3x1xf32>
func.func @mean_dynamic(%x: tensor<3x4xf32>, %axes: tensor<1xi64>) -> tensor<3x1xf32> {
  %0 = onnx.ReduceMean %x, %axes : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<3x1xf32>
  return %0 : tensor<3x1xf32>
}

// -----

// Constant axes become `dim` (negative ones normalized); reduce_min has
// no i8 kernel: int32, exact, then back.
// CHECK-LABEL: func @reduce_min
// CHECK-NEXT: %[[RMIN:.*]] = paddle.reduce_min %arg0 {dim = array<i32: 1>, keep_dim = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg1 {in_dtype = 21 : si32, out_dtype = 2 : si32} : (tensor<2x3xi8>) -> tensor<2x3xi32>
// CHECK-NEXT: %[[RMIN2:.*]] = paddle.reduce_min %[[IN]] {dim = array<i32: 1>} : (tensor<2x3xi32>) -> tensor<2xi32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[RMIN2]] {in_dtype = 2 : si32, out_dtype = 21 : si32} : (tensor<2xi32>) -> tensor<2xi8>
// CHECK-NEXT: return %[[RMIN]], %[[OUT]] : tensor<2x1x4xf32>, tensor<2xi8>
func.func @reduce_min(%x: tensor<2x3x4xf32>, %i: tensor<2x3xi8>) -> (tensor<2x1x4xf32>, tensor<2xi8>) {
  %axes = onnx.Constant dense<[1]> : tensor<1xi64>
  %last = onnx.Constant dense<[-1]> : tensor<1xi64>
  %0 = onnx.ReduceMin %x, %axes : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x1x4xf32>
  %1 = onnx.ReduceMin %i, %last {keepdims = 0 : si64} : (tensor<2x3xi8>, tensor<1xi64>) -> tensor<2xi8>
  return %0, %1 : tensor<2x1x4xf32>, tensor<2xi8>
}

// -----

// No axes: everything; reduce_prod has no f16 kernel: f32, then back.
// CHECK-LABEL: func @reduce_prod
// CHECK-NEXT: %[[RPROD:.*]] = paddle.reduce_prod %arg0 {dim = array<i32: 0, 1>, reduce_all = true} : (tensor<2x3xi64>) -> tensor<i64>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<2x3xf16>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[RPROD2:.*]] = paddle.reduce_prod %[[IN]] {dim = array<i32: 0, 1>, keep_dim = true, reduce_all = true} : (tensor<2x3xf32>) -> tensor<1x1xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[RPROD2]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<1x1xf32>) -> tensor<1x1xf16>
// CHECK-NEXT: return %[[RPROD]], %[[OUT]] : tensor<i64>, tensor<1x1xf16>
func.func @reduce_prod(%x: tensor<2x3xi64>, %h: tensor<2x3xf16>) -> (tensor<i64>, tensor<1x1xf16>) {
  %none = onnx.NoValue
  %0 = onnx.ReduceProd %x, %none {keepdims = 0 : si64} : (tensor<2x3xi64>, none) -> tensor<i64>
  %1 = onnx.ReduceProd %h, %none : (tensor<2x3xf16>, none) -> tensor<1x1xf16>
  return %0, %1 : tensor<i64>, tensor<1x1xf16>
}
