// --linear-form: form=matmul stores the 2-D constant weights of matmul_v2
// transposed and reads them with trans_y (Paddle then keeps matmul + add
// instead of fusing fc); form=fc (the default) changes nothing.
// RUN: x2p-opt %s -split-input-file --linear-form=form=matmul | FileCheck %s
// RUN: x2p-opt %s -split-input-file --linear-form | FileCheck %s --check-prefix=FC

// A weight [2, 3] becomes a parameter [3, 2] holding its transpose; two
// matmuls of one weight share the transposed one.
// CHECK-LABEL: func @shared_weight
// CHECK: %[[T:.*]] = paddle.parameter "w.t" dense_resource<w.t> : tensor<3x2xf32>
// CHECK: paddle.matmul_v2 %arg0, %[[T]] {trans_y = true} : (tensor<?x4x2xf32>, tensor<3x2xf32>) -> tensor<?x4x3xf32>
// CHECK: paddle.matmul_v2 %arg1, %[[T]] {trans_y = true} : (tensor<?x2xf32>, tensor<3x2xf32>) -> tensor<?x3xf32>
// FC-LABEL: func @shared_weight
// FC-NOT: trans_y
// FC: paddle.matmul_v2 %arg0, %{{.*}} : (tensor<?x4x2xf32>, tensor<2x3xf32>)
func.func @shared_weight(%x: tensor<?x4x2xf32>, %y: tensor<?x2xf32>) -> (tensor<?x4x3xf32>, tensor<?x3xf32>) {
  %w = paddle.parameter "w" dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %0 = paddle.matmul_v2 %x, %w : (tensor<?x4x2xf32>, tensor<2x3xf32>) -> tensor<?x4x3xf32>
  %1 = paddle.matmul_v2 %y, %w : (tensor<?x2xf32>, tensor<2x3xf32>) -> tensor<?x3xf32>
  return %0, %1 : tensor<?x4x3xf32>, tensor<?x3xf32>
}

// -----

// Not a constant 2-D float32 weight, or already transposed: unchanged.
// CHECK-LABEL: func @left_alone
// CHECK: paddle.matmul_v2 %arg0, %arg1 : (tensor<?x2xf32>, tensor<2x3xf32>)
// CHECK: paddle.matmul_v2 %arg0, %{{.*}} {trans_y = true} : (tensor<?x2xf32>, tensor<3x2xf32>)
// CHECK: paddle.matmul_v2 %arg2, %{{.*}} : (tensor<?x2x2xf32>, tensor<2x2x3xf32>)
func.func @left_alone(%x: tensor<?x2xf32>, %w: tensor<2x3xf32>, %z: tensor<?x2x2xf32>) -> (tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x2x3xf32>) {
  %wt = paddle.parameter "wt" dense<1.0> : tensor<3x2xf32>
  %w3 = paddle.parameter "w3" dense<1.0> : tensor<2x2x3xf32>
  %0 = paddle.matmul_v2 %x, %w : (tensor<?x2xf32>, tensor<2x3xf32>) -> tensor<?x3xf32>
  %1 = paddle.matmul_v2 %x, %wt {trans_y = true} : (tensor<?x2xf32>, tensor<3x2xf32>) -> tensor<?x3xf32>
  %2 = paddle.matmul_v2 %z, %w3 : (tensor<?x2x2xf32>, tensor<2x2x3xf32>) -> tensor<?x2x3xf32>
  return %0, %1, %2 : tensor<?x3xf32>, tensor<?x3xf32>, tensor<?x2x3xf32>
}

// -----

// A parameter already named "w.t": the transposed one takes the first free
// name, since the exporter refuses two parameters of one name.
// CHECK-LABEL: func @name_taken
// CHECK: paddle.parameter "w.t_1" dense_resource<w.t_1> : tensor<3x2xf32>
func.func @name_taken(%x: tensor<?x2xf32>) -> (tensor<?x3xf32>, tensor<2xf32>) {
  %taken = paddle.parameter "w.t" dense<1.0> : tensor<2xf32>
  %w = paddle.parameter "w" dense<2.0> : tensor<2x3xf32>
  %0 = paddle.matmul_v2 %x, %w : (tensor<?x2xf32>, tensor<2x3xf32>) -> tensor<?x3xf32>
  return %0, %taken : tensor<?x3xf32>, tensor<2xf32>
}
