// Every onnx op prints in a form that parses back to the same IR, in both
// the custom and the generic syntax.
// RUN: x2p-opt %s -split-input-file | x2p-opt -split-input-file | FileCheck %s
// RUN: x2p-opt %s -split-input-file --mlir-print-op-generic | x2p-opt -split-input-file | FileCheck %s
// --verify-roundtrip also writes and reads bytecode (.mlirbc).
// RUN: x2p-opt %s -split-input-file --verify-roundtrip | FileCheck %s

// CHECK-LABEL: func @constants
// CHECK: onnx.Constant dense<[1, 2, 3]> : tensor<3xi64>
// CHECK: onnx.Constant dense_resource<weights> : tensor<2x2xf32>
func.func @constants() -> (tensor<3xi64>, tensor<2x2xf32>) {
  %0 = onnx.Constant dense<[1, 2, 3]> : tensor<3xi64>
  %1 = onnx.Constant dense_resource<weights> : tensor<2x2xf32>
  return %0, %1 : tensor<3xi64>, tensor<2x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// Dynamic dims and `dim_param`-style unknown batch stay `?`.
// CHECK-LABEL: func @mlp
// CHECK: onnx.MatMul %{{.*}}, %{{.*}} : (tensor<?x?x4xf32>, tensor<4x8xf32>) -> tensor<?x?x8xf32>
// CHECK: onnx.Add %{{.*}}, %{{.*}} : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
// CHECK: onnx.Mul
// CHECK: onnx.Relu %{{.*}} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
// CHECK: onnx.Softmax %{{.*}} {axis = 1 : si64}
func.func @mlp(%x: tensor<?x?x4xf32>, %w: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<?x?x8xf32> {
  %0 = onnx.MatMul %x, %w : (tensor<?x?x4xf32>, tensor<4x8xf32>) -> tensor<?x?x8xf32>
  %1 = onnx.Add %0, %b : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %2 = onnx.Mul %1, %1 : (tensor<?x?x8xf32>, tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %3 = onnx.Relu %2 : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %4 = onnx.Softmax %3 {axis = 1 : si64} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  return %4 : tensor<?x?x8xf32>
}

// -----

// Schema defaults are not printed; set attributes are. An absent optional
// input is the `none` of onnx.NoValue.
// CHECK-LABEL: func @gemm
// CHECK: %[[NONE:.*]] = onnx.NoValue
// CHECK: onnx.Gemm %{{.*}}, %{{.*}}, %[[NONE]] : (tensor<2x3xf32>, tensor<3x4xf32>, none) -> tensor<2x4xf32>
// CHECK: onnx.Gemm %{{.*}}, %{{.*}}, %{{.*}} {alpha = 5.000000e-01 : f32, transB = 1 : si64} : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
func.func @gemm(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %bt: tensor<4x3xf32>, %c: tensor<4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>) {
  %none = onnx.NoValue
  %0 = onnx.Gemm %a, %b, %none : (tensor<2x3xf32>, tensor<3x4xf32>, none) -> tensor<2x4xf32>
  %1 = onnx.Gemm %a, %bt, %c {alpha = 0.5 : f32, transB = 1 : si64} : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %0, %1 : tensor<2x4xf32>, tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func @reshape
// CHECK: onnx.Reshape %{{.*}}, %{{.*}} {allowzero = 1 : si64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
// CHECK: onnx.Identity %{{.*}} : (tensor<6x4xf32>) -> tensor<6x4xf32>
func.func @reshape(%x: tensor<2x3x4xf32>, %s: tensor<2xi64>) -> tensor<6x4xf32> {
  %0 = onnx.Reshape %x, %s {allowzero = 1 : si64} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %1 = onnx.Identity %0 : (tensor<6x4xf32>) -> tensor<6x4xf32>
  return %1 : tensor<6x4xf32>
}
