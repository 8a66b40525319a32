// MatMul, Gemm and Einsum of --onnx-to-paddle.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// A 1-D operand is numpy's vector in matmul_v2 too.
// CHECK-LABEL: func @matmul_1d
// CHECK-NEXT: paddle.matmul_v2 %arg0, %arg1 : (tensor<3xf32>, tensor<2x3x4xf32>) -> tensor<2x4xf32>
func.func @matmul_1d(%a: tensor<3xf32>, %b: tensor<2x3x4xf32>) -> tensor<2x4xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<3xf32>, tensor<2x3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Integer operands of one rank: B gets a leading 1, squeezed off the
// product, which keeps Paddle Inference from mapping it to `matmul`.
// CHECK-LABEL: func @matmul_int
// CHECK: %[[B:.*]], %{{.*}} = paddle.unsqueeze2 %arg1 {axes = array<i32: 0>} : (tensor<3x4xi64>) -> (tensor<1x3x4xi64>, tensor<0x3x4xi64>)
// CHECK: %[[P:.*]] = paddle.matmul_v2 %arg0, %[[B]] : (tensor<2x3xi64>, tensor<1x3x4xi64>) -> tensor<1x2x4xi64>
// CHECK: %[[Y:.*]], %{{.*}} = paddle.squeeze2 %[[P]] {axes = array<i32: 0>} : (tensor<1x2x4xi64>) -> (tensor<2x4xi64>, tensor<0x1x2x4xi64>)
// CHECK: return %[[Y]]
func.func @matmul_int(%a: tensor<2x3xi64>, %b: tensor<3x4xi64>) -> tensor<2x4xi64> {
  %0 = onnx.MatMul %a, %b : (tensor<2x3xi64>, tensor<3x4xi64>) -> tensor<2x4xi64>
  return %0 : tensor<2x4xi64>
}

// -----

// f16 computes in f32; C of shape [M, 1] broadcasts like numpy.
// CHECK-LABEL: func @gemm_f16
// CHECK: %[[A:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[B:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[C:.*]] = paddle.cast %arg2 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[P:.*]] = paddle.matmul_v2 %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK: %[[S:.*]] = paddle.elementwise_add %[[P]], %[[C]] : (tensor<2x4xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
// CHECK: paddle.cast %[[S]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<2x4xf32>) -> tensor<2x4xf16>
func.func @gemm_f16(%a: tensor<2x3xf16>, %b: tensor<3x4xf16>, %c: tensor<2x1xf16>) -> tensor<2x4xf16> {
  %0 = onnx.Gemm %a, %b, %c : (tensor<2x3xf16>, tensor<3x4xf16>, tensor<2x1xf16>) -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

// -----

// Einsum: the equation without spaces; one InnerCache and XShape per
// operand.
// CHECK-LABEL: func @einsum
// CHECK: %[[OUT:.*]], %{{.*}}:2, %{{.*}}:2 = paddle.einsum %arg0, %arg1 {equation = "ij,jk->ik", resultSegmentSizes = array<i32: 1, 2, 2>} : (tensor<2x3xf32>, tensor<3x4xf32>) -> (tensor<2x4xf32>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<2x3xf32>, tensor<3x4xf32>)
// CHECK: return %[[OUT]]
func.func @einsum(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %0 = onnx.Einsum %a, %b {equation = "ij, jk -> ik"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
