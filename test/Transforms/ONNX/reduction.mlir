// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// Reduce* with constant axes, keepdims, noop_with_empty_axes; ArgMax/ArgMin;
// TopK; CumSum.

// CHECK-LABEL: func.func @reduce_mean
// CHECK: onnx.ReduceMean {{.*}} -> tensor<?x128x1xf32>
// CHECK: onnx.ReduceSum {{.*}} -> tensor<?xf32>
// CHECK: onnx.ReduceMax {{.*}} -> tensor<1x1x1xf32>
// CHECK: onnx.ReduceMin {{.*}} -> tensor<?x128x768xf32>
func.func @reduce_mean(%x: tensor<?x128x768xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %axes = onnx.Constant dense<[-1]> : tensor<1xi64>
  %axes2 = onnx.Constant dense<[1, 2]> : tensor<2xi64>
  %none = onnx.NoValue
  %0 = onnx.ReduceMean %x, %axes : (tensor<?x128x768xf32>, tensor<1xi64>) -> tensor<*xf32>
  %1 = onnx.ReduceSum %x, %axes2 {keepdims = 0 : si64} : (tensor<?x128x768xf32>, tensor<2xi64>) -> tensor<*xf32>
  %2 = onnx.ReduceMax %x, %none : (tensor<?x128x768xf32>, none) -> tensor<*xf32>
  %3 = onnx.ReduceMin %x, %none {noop_with_empty_axes = 1 : si64} : (tensor<?x128x768xf32>, none) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Axes not known: keepdims keeps the rank, dims become `?`.
// CHECK-LABEL: func.func @reduce_dynamic_axes
// CHECK: onnx.ReduceSum {{.*}} -> tensor<?x?xf32>
func.func @reduce_dynamic_axes(%x: tensor<4x5xf32>, %axes: tensor<1xi64>) -> tensor<*xf32> {
  %0 = onnx.ReduceSum %x, %axes : (tensor<4x5xf32>, tensor<1xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @argmax_topk_cumsum
// CHECK: onnx.ArgMax {{.*}} -> tensor<4x1xi64>
// CHECK: onnx.ArgMin {{.*}} -> tensor<5xi64>
// CHECK: onnx.TopK {{.*}} -> (tensor<4x3xf32>, tensor<4x3xi64>)
// CHECK: onnx.CumSum {{.*}} -> tensor<4x5xf32>
func.func @argmax_topk_cumsum(%x: tensor<4x5xf32>) -> (tensor<*xi64>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>) {
  %0 = onnx.ArgMax %x {axis = -1 : si64} : (tensor<4x5xf32>) -> tensor<*xi64>
  %1 = onnx.ArgMin %x {keepdims = 0 : si64} : (tensor<4x5xf32>) -> tensor<*xi64>
  %k = onnx.Constant dense<3> : tensor<1xi64>
  %2, %3 = onnx.TopK %x, %k : (tensor<4x5xf32>, tensor<1xi64>) -> (tensor<*xf32>, tensor<*xi64>)
  %ax = onnx.Constant dense<1> : tensor<i64>
  %4 = onnx.CumSum %x, %ax : (tensor<4x5xf32>, tensor<i64>) -> tensor<*xf32>
  return %0, %1, %2, %3, %4 : tensor<*xi64>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>
}

// -----

// The losses: 0-D, or the target's dims with reduction "none"; log_prob has
// the scores' type.
// CHECK-LABEL: func.func @losses
// CHECK: onnx.NegativeLogLikelihoodLoss {{.*}} -> tensor<f32>
// CHECK: onnx.NegativeLogLikelihoodLoss {{.*}} -> tensor<?x4xf32>
// CHECK: onnx.SoftmaxCrossEntropyLoss {{.*}} -> (tensor<f32>, tensor<?x5x4xf32>)
func.func @losses(%x: tensor<?x5x4xf32>, %t: tensor<?x4xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = onnx.NoValue
  %0 = onnx.NegativeLogLikelihoodLoss %x, %t, %none : (tensor<?x5x4xf32>, tensor<?x4xi64>, none) -> tensor<*xf32>
  %1 = onnx.NegativeLogLikelihoodLoss %x, %t, %none {reduction = "none"} : (tensor<?x5x4xf32>, tensor<?x4xi64>, none) -> tensor<*xf32>
  %2:2 = onnx.SoftmaxCrossEntropyLoss %x, %t, %none {reduction = "sum"} : (tensor<?x5x4xf32>, tensor<?x4xi64>, none) -> (tensor<*xf32>, tensor<*xf32>)
  return %0, %1, %2#0, %2#1 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}
