// The first op families of --onnx-to-paddle: constants, elementwise,
// MatMul/Gemm, Softmax, Reshape with a static shape.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle --paddle-drop-dead-parameters | FileCheck %s

// Feed/fetch names travel as paddle.name; constants become parameters named
// after their source.
// CHECK-LABEL: func @main_graph
// CHECK-SAME: {onnx.name = "x", paddle.name = "x"}
// CHECK-SAME: {onnx.name = "y", paddle.name = "y"}
// CHECK: %[[W:.*]] = paddle.parameter "fc.weight" dense<1.000000e+00> : tensor<4x8xf32>
// CHECK: %[[B:.*]] = paddle.parameter "fc.bias" dense<5.000000e-01> : tensor<8xf32>
// CHECK: %[[MM:.*]] = paddle.matmul_v2 %arg0, %[[W]] : (tensor<?x4xf32>, tensor<4x8xf32>) -> tensor<?x8xf32>
// CHECK: %[[ADD:.*]] = paddle.elementwise_add %[[MM]], %[[B]] : (tensor<?x8xf32>, tensor<8xf32>) -> tensor<?x8xf32>
// CHECK: %[[R:.*]] = paddle.relu %[[ADD]]
// CHECK: return %[[R]]
func.func @main_graph(%x: tensor<?x4xf32> {onnx.name = "x"}) -> (tensor<?x8xf32> {onnx.name = "y"}) {
  %w = onnx.Constant dense<1.0> : tensor<4x8xf32> loc("fc.weight")
  %b = onnx.Constant dense<0.5> : tensor<8xf32> loc("fc.bias")
  %0 = onnx.MatMul %x, %w : (tensor<?x4xf32>, tensor<4x8xf32>) -> tensor<?x8xf32>
  %1 = onnx.Add %0, %b : (tensor<?x8xf32>, tensor<8xf32>) -> tensor<?x8xf32>
  %2 = onnx.Relu %1 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  return %2 : tensor<?x8xf32>
}

// -----

// Gemm: transA/transB become trans_x/trans_y, C an elementwise_add; an
// absent C adds nothing and its onnx.NoValue disappears.
// CHECK-LABEL: func @gemm
// CHECK-NOT: onnx.
// CHECK: %[[P:.*]] = paddle.matmul_v2 %arg0, %arg1 {trans_x = true, trans_y = true} : (tensor<3x2xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
// CHECK: paddle.elementwise_add %[[P]], %arg2 : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
// CHECK: %[[Q:.*]] = paddle.matmul_v2 %arg0, %arg1 {trans_x = true, trans_y = true}
// CHECK-NEXT: return
func.func @gemm(%a: tensor<3x2xf32>, %b: tensor<4x3xf32>, %c: tensor<4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>) {
  %0 = onnx.Gemm %a, %b, %c {transA = 1 : si64, transB = 1 : si64} : (tensor<3x2xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  %none = onnx.NoValue
  %1 = onnx.Gemm %a, %b, %none {transA = 1 : si64, transB = 1 : si64} : (tensor<3x2xf32>, tensor<4x3xf32>, none) -> tensor<2x4xf32>
  return %0, %1 : tensor<2x4xf32>, tensor<2x4xf32>
}

// -----

// A static Reshape becomes reshape2's attribute, its shape constant is
// left unused (and dropped by the sweep), and XShape is [0, *input dims].
// CHECK-LABEL: func @reshape_softmax
// CHECK-NOT: paddle.parameter
// CHECK: %[[R:.*]], %{{.*}} = paddle.reshape2 %arg0 {shape = array<i32: 0, -1, 4>} : (tensor<2x3x8xf32>) -> (tensor<2x6x4xf32>, tensor<0x2x3x8xf32>)
// CHECK: paddle.softmax %[[R]] {axis = 1 : si32}
func.func @reshape_softmax(%x: tensor<2x3x8xf32>) -> tensor<2x6x4xf32> {
  %s = onnx.Constant dense<[0, -1, 4]> : tensor<3xi64>
  %0 = onnx.Reshape %x, %s : (tensor<2x3x8xf32>, tensor<3xi64>) -> tensor<2x6x4xf32>
  %1 = onnx.Softmax %0 {axis = 1 : si64} : (tensor<2x6x4xf32>) -> tensor<2x6x4xf32>
  return %1 : tensor<2x6x4xf32>
}

// -----

// Parameter names stay unique.
// CHECK-LABEL: func @names
// CHECK: paddle.parameter "w"
// CHECK: paddle.parameter "w_1"
// CHECK: paddle.parameter "a_b"
// CHECK: paddle.parameter "constant"
func.func @names() -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %0 = onnx.Constant dense<1.0> : tensor<2xf32> loc("w")
  %1 = onnx.Constant dense<2.0> : tensor<2xf32> loc("w")
  %2 = onnx.Constant dense<3.0> : tensor<2xf32> loc("a b")
  %3 = onnx.Constant dense<4.0> : tensor<2xf32>
  return %0, %1, %2, %3 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}
