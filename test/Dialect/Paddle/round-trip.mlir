// Every paddle op prints in a form that parses back to the same IR, in both
// the custom and the generic syntax.
// RUN: x2p-opt %s -split-input-file | x2p-opt -split-input-file | FileCheck %s
// RUN: x2p-opt %s -split-input-file --mlir-print-op-generic | x2p-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @linear
// CHECK: %[[W:.*]] = paddle.parameter "encoder.w" dense_resource<w> : tensor<2x2xf32>
// CHECK: %[[B:.*]] = paddle.parameter "encoder.b" dense<5.000000e-01> : tensor<2xf32>
// CHECK: %[[MM:.*]] = paddle.matmul_v2 %{{.*}}, %[[W]] {trans_y = true} : (tensor<?x2xf32>, tensor<2x2xf32>) -> tensor<?x2xf32>
// CHECK: %[[ADD:.*]] = paddle.elementwise_add %[[MM]], %[[B]] : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
// CHECK: paddle.relu %[[ADD]] : (tensor<?x2xf32>) -> tensor<?x2xf32>
func.func @linear(%x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %w = paddle.parameter "encoder.w" dense_resource<w> : tensor<2x2xf32>
  %b = paddle.parameter "encoder.b" dense<0.5> : tensor<2xf32>
  %0 = paddle.matmul_v2 %x, %w {trans_y = true} : (tensor<?x2xf32>, tensor<2x2xf32>) -> tensor<?x2xf32>
  %1 = paddle.elementwise_add %0, %b : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %2 = paddle.relu %1 : (tensor<?x2xf32>) -> tensor<?x2xf32>
  return %2 : tensor<?x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// reshape2 takes its dims from the attribute, from Shape, or from
// ShapeTensor; XShape is a real result.
// CHECK-LABEL: func @reshape2
// CHECK: paddle.reshape2 %{{.*}} {shape = array<i32: 0, -1, 4>} : (tensor<?x6x4xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x6x4xf32>)
// CHECK: paddle.reshape2 %{{.*}} Shape(%{{.*}}) : (tensor<?x6x4xf32>, tensor<2xi64>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
// CHECK: paddle.reshape2 %{{.*}} ShapeTensor(%{{.*}}, %{{.*}}) : (tensor<?x6x4xf32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
func.func @reshape2(%x: tensor<?x6x4xf32>, %s: tensor<2xi64>, %d0: tensor<1xi32>, %d1: tensor<1xi32>) -> (tensor<?x6x4xf32>, tensor<?x?xf32>, tensor<?x?xf32>) {
  %0, %xs0 = paddle.reshape2 %x {shape = array<i32: 0, -1, 4>} : (tensor<?x6x4xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x6x4xf32>)
  %1, %xs1 = paddle.reshape2 %x Shape(%s) : (tensor<?x6x4xf32>, tensor<2xi64>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
  %2, %xs2 = paddle.reshape2 %x ShapeTensor(%d0, %d1) : (tensor<?x6x4xf32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<?x?xf32>, tensor<0x?x6x4xf32>)
  return %0, %1, %2 : tensor<?x6x4xf32>, tensor<?x?xf32>, tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func @norm_softmax
// CHECK: paddle.layer_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: paddle.layer_norm %{{.*}} Bias(%{{.*}}) : (tensor<?x?x8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: paddle.softmax %{{.*}} {axis = 1 : si32} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
func.func @norm_softmax(%x: tensor<?x?x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<?x?x8xf32> {
  %y, %mean, %var = paddle.layer_norm %x Scale(%g) Bias(%b) {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
  %y2, %m2, %v2 = paddle.layer_norm %y Bias(%b) : (tensor<?x?x8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>)
  %0 = paddle.softmax %y2 {axis = 1 : si32} : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  return %0 : tensor<?x?x8xf32>
}

// -----

// CHECK-LABEL: func @elementwise
// CHECK-COUNT-9: paddle.elementwise_{{[a-z]+}} %{{.*}}, %{{.*}}
// CHECK: paddle.elementwise_sub %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<?x3x4xf32>, tensor<3xf32>) -> tensor<?x3x4xf32>
// CHECK: paddle.elementwise_floordiv %{{.*}}, %{{.*}} : (tensor<?x4xi64>, tensor<4xi64>) -> tensor<?x4xi64>
func.func @elementwise(%x: tensor<?x3x4xf32>, %y: tensor<4xf32>, %c: tensor<3xf32>, %i: tensor<?x4xi64>, %j: tensor<4xi64>) -> (tensor<?x3x4xf32>, tensor<?x4xi64>) {
  %0 = paddle.elementwise_add %x, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %1 = paddle.elementwise_sub %0, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %2 = paddle.elementwise_mul %1, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %3 = paddle.elementwise_div %2, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %4 = paddle.elementwise_pow %3, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %5 = paddle.elementwise_max %4, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %6 = paddle.elementwise_min %5, %y : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %7 = paddle.elementwise_mod %i, %j : (tensor<?x4xi64>, tensor<4xi64>) -> tensor<?x4xi64>
  %8 = paddle.elementwise_floordiv %7, %j : (tensor<?x4xi64>, tensor<4xi64>) -> tensor<?x4xi64>
  %9 = paddle.elementwise_sub %6, %c {axis = 1 : si32} : (tensor<?x3x4xf32>, tensor<3xf32>) -> tensor<?x3x4xf32>
  %10 = paddle.elementwise_floordiv %8, %j : (tensor<?x4xi64>, tensor<4xi64>) -> tensor<?x4xi64>
  return %9, %10 : tensor<?x3x4xf32>, tensor<?x4xi64>
}

// -----

// CHECK-LABEL: func @compare_logical
// CHECK: paddle.equal %{{.*}}, %{{.*}} : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
// CHECK: paddle.not_equal
// CHECK: paddle.less_than %{{.*}}, %{{.*}} {axis = 1 : si32}
// CHECK: paddle.less_equal
// CHECK: paddle.greater_than
// CHECK: paddle.greater_equal
// CHECK: paddle.logical_and %{{.*}}, %{{.*}} : (tensor<?x4xi1>, tensor<?x4xi1>) -> tensor<?x4xi1>
// CHECK: paddle.logical_or
// CHECK: paddle.logical_xor
// CHECK: paddle.logical_not %{{.*}} : (tensor<?x4xi1>) -> tensor<?x4xi1>
func.func @compare_logical(%x: tensor<?x4xf32>, %y: tensor<4xf32>) -> tensor<?x4xi1> {
  %0 = paddle.equal %x, %y : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  %1 = paddle.not_equal %x, %y : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  %2 = paddle.less_than %x, %y {axis = 1 : si32} : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  %3 = paddle.less_equal %x, %y : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  %4 = paddle.greater_than %x, %y : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  %5 = paddle.greater_equal %x, %y : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  %6 = paddle.logical_and %0, %1 : (tensor<?x4xi1>, tensor<?x4xi1>) -> tensor<?x4xi1>
  %7 = paddle.logical_or %6, %2 : (tensor<?x4xi1>, tensor<?x4xi1>) -> tensor<?x4xi1>
  %8 = paddle.logical_xor %7, %3 : (tensor<?x4xi1>, tensor<?x4xi1>) -> tensor<?x4xi1>
  %9 = paddle.logical_not %8 : (tensor<?x4xi1>) -> tensor<?x4xi1>
  return %9 : tensor<?x4xi1>
}

// -----

// CHECK-LABEL: func @activations
// CHECK: paddle.gelu %{{.*}} {approximate = true} : (tensor<?x8xf32>) -> tensor<?x8xf32>
// CHECK: paddle.sigmoid
// CHECK: paddle.tanh
// CHECK: paddle.exp
// CHECK: paddle.log
// CHECK: paddle.sqrt
// CHECK: paddle.rsqrt
// CHECK: paddle.abs
// CHECK: paddle.erf
// CHECK: paddle.swish
// CHECK: paddle.relu6
// CHECK: paddle.leaky_relu %{{.*}} {alpha = 1.000000e-01 : f32}
// CHECK: paddle.elu %{{.*}} {alpha = 5.000000e-01 : f32}
// CHECK: paddle.hard_swish %{{.*}} : (tensor<?x8xf32>) -> tensor<?x8xf32>
// CHECK: paddle.hard_sigmoid %{{.*}} {offset = 4.000000e-01 : f32, slope = 1.000000e-01 : f32}
// CHECK: paddle.softplus %{{.*}} {beta = 2.000000e+00 : f32, threshold = 1.000000e+01 : f32}
// CHECK: paddle.scale %{{.*}} {bias = 1.000000e+00 : f32, bias_after_scale = false, scale = 2.000000e+00 : f32}
// CHECK: paddle.scale %{{.*}} ScaleTensor(%{{.*}}) BiasTensor(%{{.*}}) : (tensor<?x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x8xf32>
// CHECK: paddle.clip %{{.*}} {max = 6.000000e+00 : f32, min = -1.000000e+00 : f32}
// CHECK: paddle.clip %{{.*}} Min(%{{.*}}) Max(%{{.*}}) {max = 0.000000e+00 : f32, min = 0.000000e+00 : f32} : (tensor<?x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x8xf32>
// CHECK: paddle.cast %{{.*}} {in_dtype = 5 : si32, out_dtype = 3 : si32} : (tensor<?x8xf32>) -> tensor<?x8xi64>
func.func @activations(%x: tensor<?x8xf32>, %s: tensor<1xf32>) -> (tensor<?x8xf32>, tensor<?x8xi64>) {
  %0 = paddle.relu %x : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %1 = paddle.gelu %0 {approximate = true} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %2 = paddle.sigmoid %1 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %3 = paddle.tanh %2 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %4 = paddle.exp %3 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %5 = paddle.log %4 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %6 = paddle.sqrt %5 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %7 = paddle.rsqrt %6 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %8 = paddle.abs %7 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %9 = paddle.erf %8 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %10 = paddle.swish %9 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %11 = paddle.relu6 %10 : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %12 = paddle.leaky_relu %11 {alpha = 0.1 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %13 = paddle.elu %12 {alpha = 0.5 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %14 = paddle.hard_swish %13 {threshold = 6.0 : f32, scale = 6.0 : f32, offset = 3.0 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %15 = paddle.hard_sigmoid %14 {slope = 0.1 : f32, offset = 0.4 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %16 = paddle.softplus %15 {beta = 2.0 : f32, threshold = 10.0 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %17 = paddle.scale %16 {scale = 2.0 : f32, bias = 1.0 : f32, bias_after_scale = false} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %18 = paddle.scale %17 ScaleTensor(%s) BiasTensor(%s) : (tensor<?x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x8xf32>
  %19 = paddle.clip %18 {min = -1.0 : f32, max = 6.0 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %20 = paddle.clip %19 Min(%s) Max(%s) {min = 0.0 : f32, max = 0.0 : f32} : (tensor<?x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x8xf32>
  %21 = paddle.cast %20 {in_dtype = 5 : si32, out_dtype = 3 : si32} : (tensor<?x8xf32>) -> tensor<?x8xi64>
  return %20, %21 : tensor<?x8xf32>, tensor<?x8xi64>
}

// -----

// CHECK-LABEL: func @math
// CHECK: paddle.matmul %{{.*}}, %{{.*}} {alpha = 5.000000e-01 : f32, transpose_Y = true} : (tensor<?x4x8xf32>, tensor<6x8xf32>) -> tensor<?x4x6xf32>
// CHECK: paddle.log_softmax %{{.*}} {axis = 1 : si32}
// CHECK: paddle.reduce_sum %{{.*}} {dim = array<i32: 1, 2>} : (tensor<?x4x6xf32>) -> tensor<?xf32>
// CHECK: paddle.reduce_mean %{{.*}} {dim = array<i32: -1>, keep_dim = true}
// CHECK: paddle.reduce_max %{{.*}} {reduce_all = true} : (tensor<?x4x6xf32>) -> tensor<f32>
// CHECK: paddle.reduce_min
// CHECK: paddle.reduce_prod
// CHECK: paddle.arg_max %{{.*}} {axis = 1 : si64, keepdims = true} : (tensor<?x4x6xf32>) -> tensor<?x1x6xi64>
// CHECK: paddle.arg_min %{{.*}} {axis = -1 : si64, dtype = 2 : si32} : (tensor<?x4x6xf32>) -> tensor<?x4xi32>
// CHECK: paddle.top_k_v2 %{{.*}} {k = 3 : si32, largest = false} : (tensor<?x4x6xf32>) -> (tensor<?x4x3xf32>, tensor<?x4x3xi64>)
// CHECK: paddle.top_k_v2 %{{.*}} K(%{{.*}}) {axis = 1 : si32} : (tensor<?x4x6xf32>, tensor<1xi32>) -> (tensor<?x?x6xf32>, tensor<?x?x6xi64>)
// CHECK: paddle.cumsum %{{.*}} {axis = 1 : si32, exclusive = true, reverse = true}
func.func @math(%x: tensor<?x4x8xf32>, %w: tensor<6x8xf32>, %k: tensor<1xi32>) -> tensor<?x4x6xf32> {
  %0 = paddle.matmul %x, %w {transpose_Y = true, alpha = 0.5 : f32} : (tensor<?x4x8xf32>, tensor<6x8xf32>) -> tensor<?x4x6xf32>
  %1 = paddle.log_softmax %0 {axis = 1 : si32} : (tensor<?x4x6xf32>) -> tensor<?x4x6xf32>
  %2 = paddle.reduce_sum %1 {dim = array<i32: 1, 2>} : (tensor<?x4x6xf32>) -> tensor<?xf32>
  %3 = paddle.reduce_mean %1 {dim = array<i32: -1>, keep_dim = true} : (tensor<?x4x6xf32>) -> tensor<?x4x1xf32>
  %4 = paddle.reduce_max %1 {reduce_all = true} : (tensor<?x4x6xf32>) -> tensor<f32>
  %5 = paddle.reduce_min %1 : (tensor<?x4x6xf32>) -> tensor<4x6xf32>
  %6 = paddle.reduce_prod %1 {dim = array<i32: 2>} : (tensor<?x4x6xf32>) -> tensor<?x4xf32>
  %7 = paddle.arg_max %1 {axis = 1 : si64, keepdims = true} : (tensor<?x4x6xf32>) -> tensor<?x1x6xi64>
  %8 = paddle.arg_min %1 {axis = -1 : si64, dtype = 2 : si32} : (tensor<?x4x6xf32>) -> tensor<?x4xi32>
  %9, %10 = paddle.top_k_v2 %1 {k = 3 : si32, largest = false} : (tensor<?x4x6xf32>) -> (tensor<?x4x3xf32>, tensor<?x4x3xi64>)
  %11, %12 = paddle.top_k_v2 %1 K(%k) {axis = 1 : si32} : (tensor<?x4x6xf32>, tensor<1xi32>) -> (tensor<?x?x6xf32>, tensor<?x?x6xi64>)
  %13 = paddle.cumsum %1 {axis = 1 : si32, exclusive = true, reverse = true} : (tensor<?x4x6xf32>) -> tensor<?x4x6xf32>
  return %13 : tensor<?x4x6xf32>
}

// -----

// CHECK-LABEL: func @shape_ops
// CHECK: paddle.transpose2 %{{.*}} {axis = array<i32: 0, 2, 1>} : (tensor<?x4x6xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x4x6xf32>)
// CHECK: paddle.squeeze2 %{{.*}} {axes = array<i32: 1>} : (tensor<?x1x6xf32>) -> (tensor<?x6xf32>, tensor<0x?x1x6xf32>)
// CHECK: paddle.unsqueeze2 %{{.*}} {axes = array<i32: 0, 2>} : (tensor<?x6xf32>) -> (tensor<1x?x1x6xf32>, tensor<0x?x6xf32>)
// CHECK: paddle.unsqueeze2 %{{.*}} AxesTensor(%{{.*}}) : (tensor<?x6xf32>, tensor<1xi32>) -> (tensor<?x?x?xf32>, tensor<0x?x6xf32>)
// CHECK: paddle.unsqueeze2 %{{.*}} AxesTensorList(%{{.*}}) : (tensor<?x6xf32>, tensor<1xi32>) -> (tensor<?x?x?xf32>, tensor<0x?x6xf32>)
// CHECK: paddle.flatten_contiguous_range %{{.*}} {start_axis = 1 : si32, stop_axis = 2 : si32} : (tensor<?x4x6xf32>) -> (tensor<?x24xf32>, tensor<0x?x4x6xf32>)
// CHECK: paddle.concat %{{.*}}, %{{.*}} {axis = -1 : si32} : (tensor<?x4x6xf32>, tensor<?x4x6xf32>) -> tensor<?x4x12xf32>
// CHECK: paddle.concat %{{.*}}, %{{.*}} AxisTensor(%{{.*}}) : (tensor<?x4x6xf32>, tensor<?x4x6xf32>, tensor<1xi32>) -> tensor<?x?x?xf32>
// CHECK: paddle.split %{{.*}} {axis = 2 : si32, num = 2 : si32} : (tensor<?x4x6xf32>) -> (tensor<?x4x3xf32>, tensor<?x4x3xf32>)
// CHECK: paddle.split %{{.*}} {axis = 2 : si32, sections = array<i32: 1, -1, 2>}
// CHECK: paddle.split %{{.*}} AxisTensor(%{{.*}}) SectionsTensorList(%{{.*}}, %{{.*}})
func.func @shape_ops(%x: tensor<?x4x6xf32>, %y: tensor<?x1x6xf32>, %a: tensor<1xi32>) -> tensor<?x4x12xf32> {
  %0, %xs0 = paddle.transpose2 %x {axis = array<i32: 0, 2, 1>} : (tensor<?x4x6xf32>) -> (tensor<?x6x4xf32>, tensor<0x?x4x6xf32>)
  %1, %xs1 = paddle.squeeze2 %y {axes = array<i32: 1>} : (tensor<?x1x6xf32>) -> (tensor<?x6xf32>, tensor<0x?x1x6xf32>)
  %2, %xs2 = paddle.unsqueeze2 %1 {axes = array<i32: 0, 2>} : (tensor<?x6xf32>) -> (tensor<1x?x1x6xf32>, tensor<0x?x6xf32>)
  %3, %xs3 = paddle.unsqueeze2 %1 AxesTensor(%a) : (tensor<?x6xf32>, tensor<1xi32>) -> (tensor<?x?x?xf32>, tensor<0x?x6xf32>)
  %4, %xs4 = paddle.unsqueeze2 %1 AxesTensorList(%a) : (tensor<?x6xf32>, tensor<1xi32>) -> (tensor<?x?x?xf32>, tensor<0x?x6xf32>)
  %5, %xs5 = paddle.flatten_contiguous_range %x {start_axis = 1 : si32, stop_axis = 2 : si32} : (tensor<?x4x6xf32>) -> (tensor<?x24xf32>, tensor<0x?x4x6xf32>)
  %6 = paddle.concat %x, %x {axis = -1 : si32} : (tensor<?x4x6xf32>, tensor<?x4x6xf32>) -> tensor<?x4x12xf32>
  %7 = paddle.concat %x, %x AxisTensor(%a) : (tensor<?x4x6xf32>, tensor<?x4x6xf32>, tensor<1xi32>) -> tensor<?x?x?xf32>
  %8:2 = paddle.split %x {axis = 2 : si32, num = 2 : si32} : (tensor<?x4x6xf32>) -> (tensor<?x4x3xf32>, tensor<?x4x3xf32>)
  %9:3 = paddle.split %x {axis = 2 : si32, sections = array<i32: 1, -1, 2>} : (tensor<?x4x6xf32>) -> (tensor<?x4x1xf32>, tensor<?x4x3xf32>, tensor<?x4x2xf32>)
  %10:2 = paddle.split %x AxisTensor(%a) SectionsTensorList(%a, %a) : (tensor<?x4x6xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<?x?x?xf32>, tensor<?x?x?xf32>)
  return %6 : tensor<?x4x12xf32>
}

// -----

// CHECK-LABEL: func @slicing
// CHECK: paddle.slice %{{.*}} {axes = array<i32: 1, 2>, decrease_axis = array<i32: 1>, ends = array<i32: 2, 5>, starts = array<i32: 1, 0>} : (tensor<?x4x6xf32>) -> tensor<?x5xf32>
// CHECK: paddle.slice %{{.*}} StartsTensor(%{{.*}}) EndsTensor(%{{.*}}) {axes = array<i32: 0>}
// CHECK: paddle.slice %{{.*}} StartsTensorList(%{{.*}}) EndsTensorList(%{{.*}}) {axes = array<i32: 0>}
// CHECK: paddle.strided_slice %{{.*}} {axes = array<i32: 2>, ends = array<i32: 6>, infer_flags = array<i32: 1>, starts = array<i32: 0>, strides = array<i32: 2>} : (tensor<?x4x6xf32>) -> tensor<?x4x3xf32>
// CHECK: paddle.strided_slice %{{.*}} StartsTensor(%{{.*}}) EndsTensor(%{{.*}}) StridesTensor(%{{.*}}) {axes = array<i32: 2>, infer_flags = array<i32: -1>}
// CHECK: paddle.strided_slice %{{.*}} StartsTensorList(%{{.*}}) EndsTensorList(%{{.*}}) StridesTensorList(%{{.*}}) {axes = array<i32: 2>, infer_flags = array<i32: -1>}
func.func @slicing(%x: tensor<?x4x6xf32>, %t: tensor<1xi64>) -> tensor<?x5xf32> {
  %0 = paddle.slice %x {axes = array<i32: 1, 2>, starts = array<i32: 1, 0>, ends = array<i32: 2, 5>, decrease_axis = array<i32: 1>} : (tensor<?x4x6xf32>) -> tensor<?x5xf32>
  %1 = paddle.slice %x StartsTensor(%t) EndsTensor(%t) {axes = array<i32: 0>} : (tensor<?x4x6xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x4x6xf32>
  %2 = paddle.slice %x StartsTensorList(%t) EndsTensorList(%t) {axes = array<i32: 0>} : (tensor<?x4x6xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x4x6xf32>
  %3 = paddle.strided_slice %x {axes = array<i32: 2>, infer_flags = array<i32: 1>, starts = array<i32: 0>, ends = array<i32: 6>, strides = array<i32: 2>} : (tensor<?x4x6xf32>) -> tensor<?x4x3xf32>
  %4 = paddle.strided_slice %x StartsTensor(%t) EndsTensor(%t) StridesTensor(%t) {axes = array<i32: 2>, infer_flags = array<i32: -1>} : (tensor<?x4x6xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x4x?xf32>
  %5 = paddle.strided_slice %x StartsTensorList(%t) EndsTensorList(%t) StridesTensorList(%t) {axes = array<i32: 2>, infer_flags = array<i32: -1>} : (tensor<?x4x6xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x4x?xf32>
  return %0 : tensor<?x5xf32>
}

// -----

// CHECK-LABEL: func @broadcasting
// CHECK: paddle.expand_v2 %{{.*}} {shape = array<i32: 2, -1, 6>} : (tensor<?x6xf32>) -> tensor<2x?x6xf32>
// CHECK: paddle.expand_v2 %{{.*}} Shape(%{{.*}}) : (tensor<?x6xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
// CHECK: paddle.expand_v2 %{{.*}} expand_shapes_tensor(%{{.*}}, %{{.*}}) : (tensor<?x6xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
// CHECK: paddle.expand_as_v2 %{{.*}} Y(%{{.*}}) : (tensor<?x6xf32>, tensor<2x?x6xf32>) -> tensor<2x?x6xf32>
// CHECK: paddle.expand_as_v2 %{{.*}} {target_shape = array<i32: 3, 4, 6>} : (tensor<1x6xf32>) -> tensor<3x4x6xf32>
// CHECK: paddle.tile %{{.*}} {repeat_times = array<i32: 2, 1>} : (tensor<?x6xf32>) -> tensor<?x6xf32>
// CHECK: paddle.tile %{{.*}} RepeatTimes(%{{.*}}) : (tensor<?x6xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
// CHECK: paddle.tile %{{.*}} repeat_times_tensor(%{{.*}}, %{{.*}}) : (tensor<?x6xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
func.func @broadcasting(%x: tensor<?x6xf32>, %r: tensor<1x6xf32>, %s: tensor<3xi32>, %d: tensor<1xi32>) -> tensor<2x?x6xf32> {
  %0 = paddle.expand_v2 %x {shape = array<i32: 2, -1, 6>} : (tensor<?x6xf32>) -> tensor<2x?x6xf32>
  %1 = paddle.expand_v2 %x Shape(%s) : (tensor<?x6xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
  %2 = paddle.expand_v2 %x expand_shapes_tensor(%d, %d) : (tensor<?x6xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
  %3 = paddle.expand_as_v2 %x Y(%0) : (tensor<?x6xf32>, tensor<2x?x6xf32>) -> tensor<2x?x6xf32>
  %4 = paddle.expand_as_v2 %r {target_shape = array<i32: 3, 4, 6>} : (tensor<1x6xf32>) -> tensor<3x4x6xf32>
  %5 = paddle.tile %x {repeat_times = array<i32: 2, 1>} : (tensor<?x6xf32>) -> tensor<?x6xf32>
  %6 = paddle.tile %x RepeatTimes(%s) : (tensor<?x6xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
  %7 = paddle.tile %x repeat_times_tensor(%d, %d) : (tensor<?x6xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
  return %3 : tensor<2x?x6xf32>
}

// -----

// CHECK-LABEL: func @gathers
// CHECK: paddle.gather %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<?x6xf32>, tensor<3xi64>) -> tensor<?x3xf32>
// CHECK: paddle.gather %{{.*}}, %{{.*}} Axis(%{{.*}}) : (tensor<?x6xf32>, tensor<3xi64>, tensor<1xi32>) -> tensor<?x?xf32>
// CHECK: paddle.gather_nd %{{.*}}, %{{.*}} : (tensor<?x6xf32>, tensor<5x2xi64>) -> tensor<5xf32>
// CHECK: paddle.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
// CHECK: paddle.lookup_table_v2 %{{.*}}, %{{.*}} {padding_idx = 0 : si64} : (tensor<?x7xi64>, tensor<100x16xf32>) -> tensor<?x7x16xf32>
// CHECK: paddle.assign %{{.*}} : (tensor<?x6xf32>) -> tensor<?x6xf32>
// CHECK: paddle.shape %{{.*}} : (tensor<?x6xf32>) -> tensor<2xi32>
func.func @gathers(%x: tensor<?x6xf32>, %i: tensor<3xi64>, %a: tensor<1xi32>, %n: tensor<5x2xi64>, %c: tensor<?x6xi1>, %ids: tensor<?x7xi64>, %w: tensor<100x16xf32>) -> tensor<2xi32> {
  %0 = paddle.gather %x, %i {axis = 1 : si32} : (tensor<?x6xf32>, tensor<3xi64>) -> tensor<?x3xf32>
  %1 = paddle.gather %x, %i Axis(%a) : (tensor<?x6xf32>, tensor<3xi64>, tensor<1xi32>) -> tensor<?x?xf32>
  %2 = paddle.gather_nd %x, %n : (tensor<?x6xf32>, tensor<5x2xi64>) -> tensor<5xf32>
  %3 = paddle.where %c, %x, %x : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
  %4 = paddle.lookup_table_v2 %ids, %w {padding_idx = 0 : si64} : (tensor<?x7xi64>, tensor<100x16xf32>) -> tensor<?x7x16xf32>
  %5 = paddle.assign %3 : (tensor<?x6xf32>) -> tensor<?x6xf32>
  %6 = paddle.shape %5 : (tensor<?x6xf32>) -> tensor<2xi32>
  return %6 : tensor<2xi32>
}

// -----

// CHECK-LABEL: func @creation
// CHECK: paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 2, 3>, value = 7.000000e+00 : f32} : () -> tensor<2x3xi64>
// CHECK: paddle.fill_constant ValueTensor(%{{.*}}) ShapeTensor(%{{.*}}) : (tensor<1xf32>, tensor<2xi32>) -> tensor<?x?xf32>
// CHECK: paddle.fill_constant ShapeTensorList(%{{.*}}, %{{.*}}) {str_value = "1.5"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
// CHECK: paddle.fill_any_like %{{.*}} {dtype = 2 : si32, value = 1.000000e+00 : f32} : (tensor<?x6xf32>) -> tensor<?x6xi32>
// CHECK: paddle.range %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xi64>
func.func @creation(%v: tensor<1xf32>, %s: tensor<2xi32>, %d: tensor<1xi32>, %x: tensor<?x6xf32>, %r: tensor<1xi64>) -> tensor<?xi64> {
  %0 = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 2, 3>, value = 7.0 : f32} : () -> tensor<2x3xi64>
  %1 = paddle.fill_constant ValueTensor(%v) ShapeTensor(%s) : (tensor<1xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  %2 = paddle.fill_constant ShapeTensorList(%d, %d) {str_value = "1.5"} : (tensor<1xi32>, tensor<1xi32>) -> tensor<?x?xf32>
  %3 = paddle.fill_any_like %x {dtype = 2 : si32, value = 1.0 : f32} : (tensor<?x6xf32>) -> tensor<?x6xi32>
  %4 = paddle.range %r, %r, %r : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xi64>
  return %4 : tensor<?xi64>
}

// -----

// CHECK-LABEL: func @conv_pool
// CHECK: paddle.conv2d %{{.*}}, %{{.*}} {dilations = array<i32: 2, 2>, groups = 2 : si32, paddings = array<i32: 1, 1, 2, 2>, strides = array<i32: 2, 1>} : (tensor<?x4x16x16xf32>, tensor<8x2x3x3xf32>) -> tensor<?x8x?x?xf32>
// CHECK: paddle.depthwise_conv2d %{{.*}}, %{{.*}} {groups = 8 : si32, padding_algorithm = "SAME"}
// CHECK: paddle.conv2d_transpose %{{.*}}, %{{.*}} {output_padding = array<i32: 1, 1>, strides = array<i32: 2, 2>}
// CHECK: paddle.conv2d_transpose %{{.*}}, %{{.*}} {data_format = "NHWC", output_size = array<i32: 9, 9>}
// CHECK: paddle.pool2d %{{.*}} {ksize = array<i32: 3, 3>, pooling_type = "max", strides = array<i32: 2, 2>} : (tensor<?x8x?x?xf32>) -> tensor<?x8x?x?xf32>
// CHECK: paddle.pool2d %{{.*}} {adaptive = true, ksize = array<i32: 1, 1>, pooling_type = "avg"}
func.func @conv_pool(%x: tensor<?x4x16x16xf32>, %f: tensor<8x2x3x3xf32>, %dw: tensor<8x1x3x3xf32>, %ft: tensor<8x4x3x3xf32>, %b: tensor<4xf32>, %xh: tensor<?x4x4x8xf32>) -> tensor<?x8x?x?xf32> {
  %0 = paddle.conv2d %x, %f {strides = array<i32: 2, 1>, paddings = array<i32: 1, 1, 2, 2>, dilations = array<i32: 2, 2>, groups = 2 : si32} : (tensor<?x4x16x16xf32>, tensor<8x2x3x3xf32>) -> tensor<?x8x?x?xf32>
  %1 = paddle.depthwise_conv2d %0, %dw {groups = 8 : si32, padding_algorithm = "SAME"} : (tensor<?x8x?x?xf32>, tensor<8x1x3x3xf32>) -> tensor<?x8x?x?xf32>
  %2 = paddle.conv2d_transpose %1, %ft {strides = array<i32: 2, 2>, output_padding = array<i32: 1, 1>} : (tensor<?x8x?x?xf32>, tensor<8x4x3x3xf32>) -> tensor<?x4x?x?xf32>
  %3 = paddle.conv2d_transpose %xh, %ft {data_format = "NHWC", output_size = array<i32: 9, 9>} : (tensor<?x4x4x8xf32>, tensor<8x4x3x3xf32>) -> tensor<?x9x9x4xf32>
  %4 = paddle.pool2d %1 {ksize = array<i32: 3, 3>, pooling_type = "max", strides = array<i32: 2, 2>} : (tensor<?x8x?x?xf32>) -> tensor<?x8x?x?xf32>
  %5 = paddle.pool2d %4 {ksize = array<i32: 1, 1>, pooling_type = "avg", adaptive = true} : (tensor<?x8x?x?xf32>) -> tensor<?x8x1x1xf32>
  return %4 : tensor<?x8x?x?xf32>
}

// -----

// CHECK-LABEL: func @norms
// CHECK: paddle.batch_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) Mean(%{{.*}}) Variance(%{{.*}}) {epsilon = 1.000000e-03 : f32, is_test = true} : (tensor<?x8x5x5xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x8x5x5xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
// CHECK: paddle.batch_norm %{{.*}} Mean(%{{.*}}) Variance(%{{.*}}) {data_layout = "NHWC", use_global_stats = true}
// CHECK: paddle.instance_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {epsilon = 1.000000e-03 : f32}
// CHECK: paddle.instance_norm %{{.*}} : (tensor<?x8x5x5xf32>) -> (tensor<?x8x5x5xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: paddle.group_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {groups = 4 : si32}
// CHECK: paddle.pad3d %{{.*}} {mode = "reflect", paddings = array<i32: 1, 1, 2, 2, 0, 0>} : (tensor<?x8x5x5x5xf32>) -> tensor<?x8x5x9x7xf32>
// CHECK: paddle.pad3d %{{.*}} Paddings(%{{.*}}) {paddings = array<i32: 0, 0, 0, 0, 0, 0>, value = 1.500000e+00 : f32}
// CHECK: paddle.dropout %{{.*}} {dropout_implementation = "upscale_in_train", dropout_prob = 1.000000e-01 : f32, is_test = true} : (tensor<?x8x5x5xf32>) -> (tensor<?x8x5x5xf32>, tensor<?x8x5x5xui8>)
func.func @norms(%x: tensor<?x8x5x5xf32>, %c: tensor<8xf32>, %xh: tensor<?x5x5x8xf32>, %v: tensor<?x8x5x5x5xf32>, %p: tensor<6xi32>) -> tensor<?x8x5x5xf32> {
  %0:5 = paddle.batch_norm %x Scale(%c) Bias(%c) Mean(%c) Variance(%c) {epsilon = 1.0e-3 : f32, is_test = true} : (tensor<?x8x5x5xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x8x5x5xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
  %1:5 = paddle.batch_norm %xh Mean(%c) Variance(%c) {data_layout = "NHWC", use_global_stats = true} : (tensor<?x5x5x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x5x5x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>)
  %2:3 = paddle.instance_norm %0#0 Scale(%c) Bias(%c) {epsilon = 1.0e-3 : f32} : (tensor<?x8x5x5xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x8x5x5xf32>, tensor<?xf32>, tensor<?xf32>)
  %3:3 = paddle.instance_norm %2#0 : (tensor<?x8x5x5xf32>) -> (tensor<?x8x5x5xf32>, tensor<?xf32>, tensor<?xf32>)
  %4:3 = paddle.group_norm %3#0 Scale(%c) Bias(%c) {groups = 4 : si32} : (tensor<?x8x5x5xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x8x5x5xf32>, tensor<?x4xf32>, tensor<?x4xf32>)
  %5 = paddle.pad3d %v {paddings = array<i32: 1, 1, 2, 2, 0, 0>, mode = "reflect"} : (tensor<?x8x5x5x5xf32>) -> tensor<?x8x5x9x7xf32>
  %6 = paddle.pad3d %v Paddings(%p) {paddings = array<i32: 0, 0, 0, 0, 0, 0>, value = 1.5 : f32} : (tensor<?x8x5x5x5xf32>, tensor<6xi32>) -> tensor<?x8x?x?x?xf32>
  %7, %mask = paddle.dropout %4#0 {dropout_prob = 0.1 : f32, is_test = true, dropout_implementation = "upscale_in_train"} : (tensor<?x8x5x5xf32>) -> (tensor<?x8x5x5xf32>, tensor<?x8x5x5xui8>)
  return %7 : tensor<?x8x5x5xf32>
}

// -----

// CHECK-LABEL: func @interp
// CHECK: paddle.bilinear_interp_v2 %{{.*}} {align_corners = false, align_mode = 0 : si32, interp_method = "bilinear", out_h = 12 : si32, out_w = 16 : si32} : (tensor<?x3x6x8xf32>) -> tensor<?x3x12x16xf32>
// CHECK: paddle.nearest_interp_v2 %{{.*}} {interp_method = "nearest", scale = array<f32: 2.000000e+00, 2.000000e+00>}
// CHECK: paddle.nearest_interp_v2 %{{.*}} OutSize(%{{.*}}) {interp_method = "nearest"}
// CHECK: paddle.bilinear_interp_v2 %{{.*}} SizeTensor(%{{.*}}, %{{.*}}) {interp_method = "bilinear"}
// CHECK: paddle.bilinear_interp_v2 %{{.*}} Scale(%{{.*}}) {interp_method = "bilinear"}
func.func @interp(%x: tensor<?x3x6x8xf32>, %s: tensor<2xi32>, %d: tensor<1xi32>, %f: tensor<2xf32>) -> tensor<?x3x12x16xf32> {
  %0 = paddle.bilinear_interp_v2 %x {interp_method = "bilinear", out_h = 12 : si32, out_w = 16 : si32, align_corners = false, align_mode = 0 : si32} : (tensor<?x3x6x8xf32>) -> tensor<?x3x12x16xf32>
  %1 = paddle.nearest_interp_v2 %x {interp_method = "nearest", scale = array<f32: 2.0, 2.0>} : (tensor<?x3x6x8xf32>) -> tensor<?x3x12x16xf32>
  %2 = paddle.nearest_interp_v2 %x OutSize(%s) {interp_method = "nearest"} : (tensor<?x3x6x8xf32>, tensor<2xi32>) -> tensor<?x3x?x?xf32>
  %3 = paddle.bilinear_interp_v2 %x SizeTensor(%d, %d) {interp_method = "bilinear"} : (tensor<?x3x6x8xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?x3x?x?xf32>
  %4 = paddle.bilinear_interp_v2 %x Scale(%f) {interp_method = "bilinear"} : (tensor<?x3x6x8xf32>, tensor<2xf32>) -> tensor<?x3x?x?xf32>
  return %0 : tensor<?x3x12x16xf32>
}

// -----

// CHECK-LABEL: func @fused
// CHECK: paddle.fc %{{.*}}, %{{.*}} Bias(%{{.*}}) {activation_type = "relu", in_num_col_dims = 2 : si32} : (tensor<?x7x16xf32>, tensor<16x16xf32>, tensor<16xf32>) -> tensor<?x7x16xf32>
// CHECK: paddle.fc %{{.*}}, %{{.*}} : (tensor<?x16xf32>, tensor<16x16xf32>) -> tensor<?x16xf32>
// CHECK: paddle.multihead_matmul %{{.*}}, %{{.*}}, %{{.*}} BiasQK(%{{.*}}) {alpha = 5.000000e-01 : f32, head_number = 4 : si32} : (tensor<?x7x16xf32>, tensor<16x3x16xf32>, tensor<3x16xf32>, tensor<?x4x7x7xf32>) -> tensor<?x7x16xf32>
// CHECK: paddle.skip_layernorm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32}
// CHECK: paddle.fused_embedding_eltwise_layernorm Ids(%{{.*}}, %{{.*}}) Embs(%{{.*}}, %{{.*}}) Bias(%{{.*}}) Scale(%{{.*}}) {epsilon = 9.99999996E-13 : f32} : (tensor<?x7xi64>, tensor<?x7xi64>, tensor<100x16xf32>, tensor<2x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x7x16xf32>
func.func @fused(%x: tensor<?x7x16xf32>, %x2: tensor<?x16xf32>, %w: tensor<16x16xf32>, %b: tensor<16xf32>, %qkv: tensor<16x3x16xf32>, %qkvb: tensor<3x16xf32>, %mask: tensor<?x4x7x7xf32>, %ids: tensor<?x7xi64>, %word: tensor<100x16xf32>, %type: tensor<2x16xf32>) -> tensor<?x7x16xf32> {
  %0 = paddle.fc %x, %w Bias(%b) {in_num_col_dims = 2 : si32, activation_type = "relu"} : (tensor<?x7x16xf32>, tensor<16x16xf32>, tensor<16xf32>) -> tensor<?x7x16xf32>
  %1 = paddle.fc %x2, %w : (tensor<?x16xf32>, tensor<16x16xf32>) -> tensor<?x16xf32>
  %2 = paddle.multihead_matmul %0, %qkv, %qkvb BiasQK(%mask) {alpha = 0.5 : f32, head_number = 4 : si32} : (tensor<?x7x16xf32>, tensor<16x3x16xf32>, tensor<3x16xf32>, tensor<?x4x7x7xf32>) -> tensor<?x7x16xf32>
  %3 = paddle.skip_layernorm %2, %0, %b, %b {epsilon = 1.0e-12 : f32, begin_norm_axis = 2 : si32} : (tensor<?x7x16xf32>, tensor<?x7x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x7x16xf32>
  %4 = paddle.fused_embedding_eltwise_layernorm Ids(%ids, %ids) Embs(%word, %type) Bias(%b) Scale(%b) {epsilon = 1.0e-12 : f32} : (tensor<?x7xi64>, tensor<?x7xi64>, tensor<100x16xf32>, tensor<2x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<?x7x16xf32>
  return %3 : tensor<?x7x16xf32>
}

// -----

// CHECK-LABEL: func @self_dp_attention
// CHECK: paddle.self_dp_attention %arg0 {alpha = 1.250000e-01 : f32, head_number = 12 : si32} : (tensor<?x?x3x12x64xf32>) -> tensor<?x?x12x64xf32>
func.func @self_dp_attention(%x: tensor<?x?x3x12x64xf32>) -> tensor<?x?x12x64xf32> {
  %0 = paddle.self_dp_attention %x {alpha = 0.125 : f32, head_number = 12 : si32} : (tensor<?x?x3x12x64xf32>) -> tensor<?x?x12x64xf32>
  return %0 : tensor<?x?x12x64xf32>
}

// -----

// CHECK-LABEL: func @quant
// CHECK: paddle.quantize_linear %{{.*}}, %{{.*}}, %{{.*}} {quant_axis = -1 : si32} : (tensor<?x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x16xf32>
// CHECK: paddle.dequantize_linear %{{.*}}, %{{.*}}, %{{.*}} {quant_axis = -1 : si32} : (tensor<?x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x16xf32>
// CHECK: paddle.dequantize_linear %{{.*}}, %{{.*}}, %{{.*}} {quant_axis = 1 : si32, round_type = 1 : si32} : (tensor<16x8xi8>, tensor<8xf32>, tensor<8xf32>) -> tensor<16x8xf32>
func.func @quant(%x: tensor<?x16xf32>, %s: tensor<1xf32>, %w: tensor<16x8xi8>, %ws: tensor<8xf32>) -> tensor<16x8xf32> {
  %0 = paddle.quantize_linear %x, %s, %s {quant_axis = -1 : si32} : (tensor<?x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x16xf32>
  %1 = paddle.dequantize_linear %0, %s, %s {quant_axis = -1 : si32} : (tensor<?x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x16xf32>
  %2 = paddle.dequantize_linear %w, %ws, %ws {quant_axis = 1 : si32, round_type = 1 : si32} : (tensor<16x8xi8>, tensor<8xf32>, tensor<8xf32>) -> tensor<16x8xf32>
  return %2 : tensor<16x8xf32>
}

// -----

// CHECK-LABEL: func @size_pixel_shuffle
// CHECK: paddle.size %{{.*}} : (tensor<?x8x4x4xf32>) -> tensor<i64>
// CHECK: paddle.pixel_shuffle %{{.*}} {upscale_factor = 2 : si32} : (tensor<?x8x4x4xf32>) -> tensor<?x2x8x8xf32>
// CHECK: paddle.pixel_unshuffle %{{.*}} {data_format = "NHWC", downscale_factor = 2 : si32} : (tensor<?x4x4x8xf32>) -> tensor<?x2x2x32xf32>
func.func @size_pixel_shuffle(%x: tensor<?x8x4x4xf32>, %y: tensor<?x4x4x8xf32>) -> (tensor<i64>, tensor<?x2x8x8xf32>, tensor<?x2x2x32xf32>) {
  %0 = paddle.size %x : (tensor<?x8x4x4xf32>) -> tensor<i64>
  %1 = paddle.pixel_shuffle %x {upscale_factor = 2 : si32} : (tensor<?x8x4x4xf32>) -> tensor<?x2x8x8xf32>
  %2 = paddle.pixel_unshuffle %y {downscale_factor = 2 : si32, data_format = "NHWC"} : (tensor<?x4x4x8xf32>) -> tensor<?x2x2x32xf32>
  return %0, %1, %2 : tensor<i64>, tensor<?x2x8x8xf32>, tensor<?x2x2x32xf32>
}

// -----

// CHECK-LABEL: func @nn_family
// CHECK: paddle.conv3d %{{.*}}, %{{.*}} {paddings = array<i32: 1, 1, 1, 1, 1, 1>} : (tensor<1x2x4x4x4xf32>, tensor<3x2x3x3x3xf32>) -> tensor<1x3x4x4x4xf32>
// CHECK: paddle.pool3d %{{.*}} {ksize = array<i32: 2, 2, 2>, pooling_type = "max", strides = array<i32: 2, 2, 2>} : (tensor<1x2x4x4x4xf32>) -> tensor<1x2x2x2x2xf32>
// CHECK: paddle.prelu %{{.*}}, %{{.*}} {mode = "channel"} : (tensor<?x3x4x4xf32>, tensor<3xf32>) -> tensor<?x3x4x4xf32>
// CHECK: paddle.lrn %{{.*}} {alpha = 2.000000e-05 : f32, n = 3 : si32} : (tensor<?x3x4x4xf32>) -> (tensor<?x3x4x4xf32>, tensor<?x3x4x4xf32>)
// CHECK: paddle.p_norm %{{.*}} {axis = 1 : si32, keepdim = true} : (tensor<?x3x4x4xf32>) -> tensor<?x1x4x4xf32>
// CHECK: paddle.one_hot_v2 %{{.*}} {depth = 4 : si32} : (tensor<2xi64>) -> tensor<2x4xf32>
// CHECK: paddle.selu %{{.*}} : (tensor<?x3x4x4xf32>) -> tensor<?x3x4x4xf32>
// CHECK: paddle.softshrink %{{.*}} {lambda = 1.000000e+00 : f32} : (tensor<?x3x4x4xf32>) -> tensor<?x3x4x4xf32>
// CHECK: paddle.linear_interp_v2 %{{.*}} {interp_method = "linear", out_w = 8 : si32} : (tensor<1x3x4xf32>) -> tensor<1x3x8xf32>
func.func @nn_family(%x: tensor<1x2x4x4x4xf32>, %w: tensor<3x2x3x3x3xf32>, %y: tensor<?x3x4x4xf32>, %a: tensor<3xf32>, %i: tensor<2xi64>, %l: tensor<1x3x4xf32>) -> tensor<1x3x8xf32> {
  %0 = paddle.conv3d %x, %w {paddings = array<i32: 1, 1, 1, 1, 1, 1>} : (tensor<1x2x4x4x4xf32>, tensor<3x2x3x3x3xf32>) -> tensor<1x3x4x4x4xf32>
  %1 = paddle.pool3d %x {ksize = array<i32: 2, 2, 2>, pooling_type = "max", strides = array<i32: 2, 2, 2>} : (tensor<1x2x4x4x4xf32>) -> tensor<1x2x2x2x2xf32>
  %2 = paddle.prelu %y, %a {mode = "channel"} : (tensor<?x3x4x4xf32>, tensor<3xf32>) -> tensor<?x3x4x4xf32>
  %3:2 = paddle.lrn %2 {alpha = 2.0e-05 : f32, n = 3 : si32} : (tensor<?x3x4x4xf32>) -> (tensor<?x3x4x4xf32>, tensor<?x3x4x4xf32>)
  %4 = paddle.p_norm %3#0 {axis = 1 : si32, keepdim = true} : (tensor<?x3x4x4xf32>) -> tensor<?x1x4x4xf32>
  %5 = paddle.one_hot_v2 %i {depth = 4 : si32} : (tensor<2xi64>) -> tensor<2x4xf32>
  %6 = paddle.selu %y : (tensor<?x3x4x4xf32>) -> tensor<?x3x4x4xf32>
  %7 = paddle.softshrink %6 {lambda = 1.0 : f32} : (tensor<?x3x4x4xf32>) -> tensor<?x3x4x4xf32>
  %8 = paddle.linear_interp_v2 %l {interp_method = "linear", out_w = 8 : si32} : (tensor<1x3x4xf32>) -> tensor<1x3x8xf32>
  return %8 : tensor<1x3x8xf32>
}

// -----

// CHECK-LABEL: func @index_ops
// CHECK: paddle.tril_triu %{{.*}} {diagonal = -1 : si32, lower = false} : (tensor<?x4x4xf32>) -> tensor<?x4x4xf32>
// CHECK: paddle.where_index %{{.*}} : (tensor<?x4x4xf32>) -> tensor<?x3xi64>
// CHECK: paddle.scatter_nd_add %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x4x4xf32>, tensor<5x3xi64>, tensor<5xf32>) -> tensor<?x4x4xf32>
// CHECK: paddle.take_along_axis %{{.*}}, %{{.*}} {Axis = 2 : si32} : (tensor<?x4x4xf32>, tensor<?x4x2xi64>) -> tensor<?x4x2xf32>
// CHECK: paddle.put_along_axis %{{.*}}, %{{.*}}, %{{.*}} {Axis = 2 : si32, Reduce = "amax"} : (tensor<?x4x4xf32>, tensor<?x4x2xi64>, tensor<?x4x2xf32>) -> tensor<?x4x4xf32>
// CHECK: paddle.argsort %{{.*}} {axis = 1 : si32, descending = true, stable = true} : (tensor<?x4x4xf32>) -> (tensor<?x4x4xf32>, tensor<?x4x4xi64>)
func.func @index_ops(%x: tensor<?x4x4xf32>, %i: tensor<5x3xi64>, %u: tensor<5xf32>, %j: tensor<?x4x2xi64>) -> tensor<?x4x4xf32> {
  %0 = paddle.tril_triu %x {diagonal = -1 : si32, lower = false} : (tensor<?x4x4xf32>) -> tensor<?x4x4xf32>
  %1 = paddle.where_index %0 : (tensor<?x4x4xf32>) -> tensor<?x3xi64>
  %2 = paddle.scatter_nd_add %0, %i, %u : (tensor<?x4x4xf32>, tensor<5x3xi64>, tensor<5xf32>) -> tensor<?x4x4xf32>
  %3 = paddle.take_along_axis %2, %j {Axis = 2 : si32} : (tensor<?x4x4xf32>, tensor<?x4x2xi64>) -> tensor<?x4x2xf32>
  %4 = paddle.put_along_axis %2, %j, %3 {Axis = 2 : si32, Reduce = "amax"} : (tensor<?x4x4xf32>, tensor<?x4x2xi64>, tensor<?x4x2xf32>) -> tensor<?x4x4xf32>
  %5:2 = paddle.argsort %4 {axis = 1 : si32, descending = true, stable = true} : (tensor<?x4x4xf32>) -> (tensor<?x4x4xf32>, tensor<?x4x4xi64>)
  return %5#0 : tensor<?x4x4xf32>
}

// -----

// CHECK-LABEL: func @unary_math
// CHECK: paddle.sin %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: paddle.atanh
// CHECK: paddle.round %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: paddle.sign
// CHECK: paddle.isinf_v2 %{{.*}} : (tensor<4xf32>) -> tensor<4xi1>
func.func @unary_math(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi1>) {
  %0 = paddle.sin %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = paddle.atanh %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = paddle.round %1 : (tensor<4xf32>) -> tensor<4xf32>
  %3 = paddle.sign %2 : (tensor<4xf32>) -> tensor<4xf32>
  %4 = paddle.isinf_v2 %3 : (tensor<4xf32>) -> tensor<4xi1>
  return %3, %4 : tensor<4xf32>, tensor<4xi1>
}

// -----

// CHECK-LABEL: func @bits
// CHECK: paddle.bitwise_and %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
// CHECK: paddle.bitwise_left_shift %{{.*}}, %{{.*}} {is_arithmetic = false} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
func.func @bits(%a: tensor<2x3xi32>, %b: tensor<3xi32>, %c: tensor<3xui8>) -> (tensor<2x3xi32>, tensor<3xui8>) {
  %0 = paddle.bitwise_and %a, %b : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %1 = paddle.bitwise_left_shift %c, %c {is_arithmetic = false} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return %0, %1 : tensor<2x3xi32>, tensor<3xui8>
}

// -----

// CHECK-LABEL: func @math_reductions
// CHECK: paddle.logsumexp %{{.*}} {axis = array<i32: 1>, keepdim = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
// CHECK: paddle.nansum %{{.*}} AxisTensor(%{{.*}}) : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2xf32>
// CHECK: paddle.einsum %{{.*}}, %{{.*}} {equation = "ij,jk->ik", resultSegmentSizes = array<i32: 1, 2, 2>}
func.func @math_reductions(%x: tensor<2x3xf32>, %axes: tensor<1xi64>, %y: tensor<3x4xf32>) -> (tensor<2x1xf32>, tensor<2xf32>, tensor<2x4xf32>) {
  %0 = paddle.logsumexp %x {axis = array<i32: 1>, keepdim = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  %1 = paddle.nansum %x AxisTensor(%axes) : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2xf32>
  %2:5 = paddle.einsum %x, %y {equation = "ij,jk->ik", resultSegmentSizes = array<i32: 1, 2, 2>} : (tensor<2x3xf32>, tensor<3x4xf32>) -> (tensor<2x4xf32>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<2x3xf32>, tensor<3x4xf32>)
  return %0, %1, %2#0 : tensor<2x1xf32>, tensor<2xf32>, tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func @grid_sampler
// CHECK: paddle.grid_sampler %{{.*}}, %{{.*}} {align_corners = false, padding_mode = "reflection"} : (tensor<?x3x6x8xf32>, tensor<?x4x5x2xf32>) -> tensor<?x3x4x5xf32>
// CHECK: paddle.grid_sampler %{{.*}}, %{{.*}} {mode = "nearest"} : (tensor<2x3x4x6x8xf64>, tensor<2x1x4x5x3xf64>) -> tensor<2x3x1x4x5xf64>
func.func @grid_sampler(%x: tensor<?x3x6x8xf32>, %g: tensor<?x4x5x2xf32>, %v: tensor<2x3x4x6x8xf64>, %h: tensor<2x1x4x5x3xf64>) -> (tensor<?x3x4x5xf32>, tensor<2x3x1x4x5xf64>) {
  %0 = paddle.grid_sampler %x, %g {mode = "bilinear", padding_mode = "reflection", align_corners = false} : (tensor<?x3x6x8xf32>, tensor<?x4x5x2xf32>) -> tensor<?x3x4x5xf32>
  %1 = paddle.grid_sampler %v, %h {mode = "nearest"} : (tensor<2x3x4x6x8xf64>, tensor<2x1x4x5x3xf64>) -> tensor<2x3x1x4x5xf64>
  return %0, %1 : tensor<?x3x4x5xf32>, tensor<2x3x1x4x5xf64>
}

// -----

// CHECK-LABEL: func @cumprod
// CHECK: paddle.cumprod %{{.*}} {dim = 1 : si32, exclusive = true, reverse = true} : (tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: paddle.cumprod %{{.*}} : (tensor<?x4xf32>) -> tensor<?x4xf32>
func.func @cumprod(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
  %0 = paddle.cumprod %x {dim = 1 : si32, exclusive = true, reverse = true} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  %1 = paddle.cumprod %x : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0, %1 : tensor<?x4xf32>, tensor<?x4xf32>
}
