// RUN: x2p-opt %s -split-input-file --onnx-shape-inference | FileCheck %s
// MatMul (numpy.matmul: 1-D promotion, batch broadcasting), Gemm, Einsum.

// CHECK-LABEL: func.func @matmul_batch
// CHECK: onnx.MatMul {{.*}} -> tensor<?x12x128x64xf32>
func.func @matmul_batch(%a: tensor<?x12x128x32xf32>, %b: tensor<1x12x32x64xf32>) -> tensor<*xf32> {
  %0 = onnx.MatMul %a, %b : (tensor<?x12x128x32xf32>, tensor<1x12x32x64xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_vectors
// CHECK: onnx.MatMul {{.*}} -> tensor<5xf32>
// CHECK: onnx.MatMul {{.*}} -> tensor<3xf32>
// CHECK: onnx.MatMul {{.*}} -> tensor<f32>
// CHECK: onnx.MatMul {{.*}} -> tensor<?x8x5xf32>
func.func @matmul_vectors(%a: tensor<?x8x4xf32>, %w: tensor<4x5xf32>, %m: tensor<3x4xf32>, %v: tensor<4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.MatMul %v, %w : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<*xf32>
  %1 = onnx.MatMul %m, %v : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  %2 = onnx.MatMul %v, %v : (tensor<4xf32>, tensor<4xf32>) -> tensor<*xf32>
  %3 = onnx.MatMul %a, %w : (tensor<?x8x4xf32>, tensor<4x5xf32>) -> tensor<*xf32>
  return %3, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @gemm
// CHECK: onnx.Gemm {{.*}} -> tensor<?x10xf32>
// CHECK: onnx.Gemm {{.*}} -> tensor<7x10xf32>
func.func @gemm(%a: tensor<?x4xf32>, %b: tensor<10x4xf32>, %c: tensor<10xf32>, %at: tensor<4x7xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Gemm %a, %b, %c {transB = 1 : si64} : (tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<*xf32>
  %1 = onnx.Gemm %at, %b, %c {transA = 1 : si64, transB = 1 : si64} : (tensor<4x7xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @einsum
// CHECK: onnx.Einsum {{.*}} -> tensor<2x3x5xf32>
// CHECK: onnx.Einsum {{.*}} -> tensor<4x3xf32>
// CHECK: onnx.Einsum {{.*}} -> tensor<3x5xf32>
func.func @einsum(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>, %m: tensor<3x4xf32>, %n: tensor<4x5xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %0 = onnx.Einsum %a, %b {equation = "bij,bjk->bik"} : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<*xf32>
  %1 = onnx.Einsum %m {equation = "ij->ji"} : (tensor<3x4xf32>) -> tensor<*xf32>
  %2 = onnx.Einsum %m, %n {equation = "ij,jk"} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}
