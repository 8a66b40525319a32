// Normalizations and resizing of --onnx-to-paddle: Paddle's ops where they
// compute exactly ONNX's result, the same arithmetic from primitives where
// they do not (statistics outputs, epsilon > 0.001); Resize's modes mapped
// to interp_v2's align_corners/align_mode, constant sizes as attributes and
// dynamic ones as tensor slots.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @batchnorm
// CHECK-NOT: onnx.
// CHECK: paddle.parameter "bn.weight" dense<1.000000e+00> : tensor<4xf32>
// CHECK: paddle.parameter "bn.bias" dense<0.000000e+00> : tensor<4xf32>
// CHECK: paddle.parameter "bn.running_mean" dense<5.000000e-01> : tensor<4xf32>
// CHECK: paddle.parameter "bn.running_var" dense<2.000000e+00> : tensor<4xf32>
// CHECK: paddle.batch_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) Mean(%{{.*}}) Variance(%{{.*}}) {epsilon = 1.000000e-03 : f32, is_test = true} : (tensor<?x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<?x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: return
func.func @batchnorm(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
  %s = onnx.Constant dense<1.0> : tensor<4xf32> loc("bn.weight")
  %b = onnx.Constant dense<0.0> : tensor<4xf32> loc("bn.bias")
  %m = onnx.Constant dense<0.5> : tensor<4xf32> loc("bn.running_mean")
  %v = onnx.Constant dense<2.0> : tensor<4xf32> loc("bn.running_var")
  %0:3 = onnx.BatchNormalization %x, %s, %b, %m, %v {epsilon = 1.0e-3 : f32} : (tensor<?x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<?x4x8x8xf32>, none, none)
  return %0#0 : tensor<?x4x8x8xf32>
}

// -----

// CHECK-LABEL: func @layernorm_last
// CHECK-NOT: onnx.
// CHECK: paddle.layer_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {begin_norm_axis = 2 : si32, epsilon = 9.99999996E-13 : f32} : (tensor<?x?x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<?x?x16xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: return
func.func @layernorm_last(%x: tensor<?x?x16xf32>, %s: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<?x?x16xf32> {
  %0:3 = onnx.LayerNormalization %x, %s, %b {epsilon = 1.0e-12 : f32} : (tensor<?x?x16xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<?x?x16xf32>, none, none)
  return %0#0 : tensor<?x?x16xf32>
}

// -----

// CHECK-LABEL: func @layernorm_stats
// CHECK-NOT: onnx.
// CHECK: paddle.reduce_mean %{{.*}} {dim = array<i32: 2, 3>, keep_dim = true} : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
// CHECK: paddle.elementwise_sub %{{.*}}, %{{.*}} : (tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>) -> tensor<2x3x4x5xf32>
// CHECK: paddle.elementwise_mul %{{.*}}, %{{.*}} : (tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32>
// CHECK: paddle.reduce_mean %{{.*}} {dim = array<i32: 2, 3>, keep_dim = true} : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
// CHECK: paddle.scale %{{.*}} {bias = 9.99999974E-6 : f32} : (tensor<2x3x1x1xf32>) -> tensor<2x3x1x1xf32>
// CHECK: paddle.rsqrt %{{.*}} : (tensor<2x3x1x1xf32>) -> tensor<2x3x1x1xf32>
// CHECK: paddle.elementwise_mul %{{.*}}, %{{.*}} : (tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>) -> tensor<2x3x4x5xf32>
// CHECK: paddle.elementwise_mul %{{.*}}, %{{.*}} : (tensor<2x3x4x5xf32>, tensor<4x5xf32>) -> tensor<2x3x4x5xf32>
// CHECK: return
func.func @layernorm_stats(%x: tensor<2x3x4x5xf32>, %s: tensor<4x5xf32>) -> (tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>) {
  %none = onnx.NoValue
  %0:3 = onnx.LayerNormalization %x, %s, %none {axis = -2 : si64} : (tensor<2x3x4x5xf32>, tensor<4x5xf32>, none) -> (tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>)
  return %0#0, %0#1, %0#2 : tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>
}

// -----

// CHECK-LABEL: func @instance_group
// CHECK-NOT: onnx.
// CHECK: paddle.instance_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {epsilon = 0.00999999977 : f32} : (tensor<2x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>) -> (tensor<2x6x5x5xf32>, tensor<12xf32>, tensor<12xf32>)
// CHECK: paddle.group_norm %{{.*}} Scale(%{{.*}}) Bias(%{{.*}}) {groups = 3 : si32} : (tensor<2x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>) -> (tensor<2x6x5x5xf32>, tensor<2x3xf32>, tensor<2x3xf32>)
// CHECK: return
func.func @instance_group(%x: tensor<2x6x5x5xf32>, %s: tensor<6xf32>, %b: tensor<6xf32>) -> (tensor<2x6x5x5xf32>, tensor<2x6x5x5xf32>) {
  %0 = onnx.InstanceNormalization %x, %s, %b {epsilon = 1.0e-2 : f32} : (tensor<2x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x5x5xf32>
  %1 = onnx.GroupNormalization %x, %s, %b {num_groups = 3 : si64} : (tensor<2x6x5x5xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6x5x5xf32>
  return %0, %1 : tensor<2x6x5x5xf32>, tensor<2x6x5x5xf32>
}

// -----

// CHECK-LABEL: func @lp_lrn
// CHECK-NOT: onnx.
// CHECK: paddle.p_norm %{{.*}} {axis = 1 : si32, keepdim = true, porder = 1.000000e+00 : f32} : (tensor<2x6x5x5xf32>) -> tensor<2x1x5x5xf32>
// CHECK: paddle.elementwise_div %{{.*}}, %{{.*}} : (tensor<2x6x5x5xf32>, tensor<2x1x5x5xf32>) -> tensor<2x6x5x5xf32>
// CHECK: paddle.lrn %{{.*}} {alpha = 1.00000005E-4 : f32, data_format = "NCHW", k = 1.000000e+00 : f32, n = 3 : si32} : (tensor<2x6x5x5xf32>) -> (tensor<2x6x5x5xf32>, tensor<2x6x5x5xf32>)
// CHECK: return
func.func @lp_lrn(%x: tensor<2x6x5x5xf32>) -> (tensor<2x6x5x5xf32>, tensor<2x6x5x5xf32>) {
  %0 = onnx.LpNormalization %x {axis = 1 : si64, p = 1 : si64} : (tensor<2x6x5x5xf32>) -> tensor<2x6x5x5xf32>
  %1 = onnx.LRN %x {size = 3 : si64, alpha = 3.0e-4 : f32} : (tensor<2x6x5x5xf32>) -> tensor<2x6x5x5xf32>
  return %0, %1 : tensor<2x6x5x5xf32>, tensor<2x6x5x5xf32>
}

// -----

// CHECK-LABEL: func @resize_nearest_scales
// CHECK-NOT: onnx.
// CHECK: paddle.nearest_interp_v2 %{{.*}} {align_corners = false, interp_method = "nearest", scale = array<f32: 2.000000e+00, 2.000000e+00>} : (tensor<?x3x8x8xf32>) -> tensor<?x3x16x16xf32>
// CHECK: return
func.func @resize_nearest_scales(%x: tensor<?x3x8x8xf32>) -> tensor<?x3x16x16xf32> {
  %none = onnx.NoValue
  %sc = onnx.Constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %0 = onnx.Resize %x, %none, %sc, %none {coordinate_transformation_mode = "asymmetric", nearest_mode = "floor"} : (tensor<?x3x8x8xf32>, none, tensor<4xf32>, none) -> tensor<?x3x16x16xf32>
  return %0 : tensor<?x3x16x16xf32>
}

// -----

// CHECK-LABEL: func @resize_default_nearest_sizes
// CHECK-NOT: onnx.
// CHECK: paddle.nearest_interp_v2 %{{.*}} {align_corners = false, interp_method = "nearest", out_h = 24 : si32, out_w = 16 : si32} : (tensor<1x3x8x8xf32>) -> tensor<1x3x24x16xf32>
// CHECK: return
func.func @resize_default_nearest_sizes(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x24x16xf32> {
  %none = onnx.NoValue
  %sz = onnx.Constant dense<[1, 3, 24, 16]> : tensor<4xi64>
  %0 = onnx.Resize %x, %none, %none, %sz : (tensor<1x3x8x8xf32>, none, none, tensor<4xi64>) -> tensor<1x3x24x16xf32>
  return %0 : tensor<1x3x24x16xf32>
}

// -----

// CHECK-LABEL: func @resize_linear_dynamic_sizes
// CHECK-NOT: onnx.
// CHECK: paddle.slice %{{.*}} {axes = array<i32: 0>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 2>} : (tensor<4xi64>) -> tensor<2xi64>
// CHECK: paddle.cast %{{.*}} {in_dtype = 3 : si32, out_dtype = 2 : si32} : (tensor<2xi64>) -> tensor<2xi32>
// CHECK: paddle.bilinear_interp_v2 %{{.*}} OutSize(%{{.*}}) {align_corners = false, align_mode = 0 : si32, interp_method = "bilinear"} : (tensor<?x3x?x?xf32>, tensor<2xi32>) -> tensor<?x3x?x?xf32>
// CHECK: return
func.func @resize_linear_dynamic_sizes(%x: tensor<?x3x?x?xf32>, %sz: tensor<4xi64>) -> tensor<?x3x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.Resize %x, %none, %none, %sz {mode = "linear", coordinate_transformation_mode = "pytorch_half_pixel"} : (tensor<?x3x?x?xf32>, none, none, tensor<4xi64>) -> tensor<?x3x?x?xf32>
  return %0 : tensor<?x3x?x?xf32>
}

// -----

// CHECK-LABEL: func @resize_linear_dynamic_scales
// CHECK-NOT: onnx.
// CHECK: paddle.slice %{{.*}} {axes = array<i32: 0>, ends = array<i32: 4>, infer_flags = array<i32: 1>, starts = array<i32: 2>} : (tensor<4xf32>) -> tensor<2xf32>
// CHECK: paddle.bilinear_interp_v2 %{{.*}} Scale(%{{.*}}) {align_corners = false, interp_method = "bilinear"} : (tensor<?x3x?x?xf32>, tensor<2xf32>) -> tensor<?x3x?x?xf32>
// CHECK: return
func.func @resize_linear_dynamic_scales(%x: tensor<?x3x?x?xf32>, %sc: tensor<4xf32>) -> tensor<?x3x?x?xf32> {
  %none = onnx.NoValue
  %0 = onnx.Resize %x, %none, %sc, %none {mode = "linear", coordinate_transformation_mode = "asymmetric"} : (tensor<?x3x?x?xf32>, none, tensor<4xf32>, none) -> tensor<?x3x?x?xf32>
  return %0 : tensor<?x3x?x?xf32>
}

// -----

// CHECK-LABEL: func @upsample
// CHECK-NOT: onnx.
// CHECK: paddle.nearest_interp_v2 %{{.*}} {align_corners = false, interp_method = "nearest", scale = array<f32: 2.000000e+00, 3.000000e+00>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x12xf32>
// CHECK: return
func.func @upsample(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x12xf32> {
  %sc = onnx.Constant dense<[1.0, 1.0, 2.0, 3.0]> : tensor<4xf32>
  %0 = onnx.Upsample %x, %sc : (tensor<1x3x4x4xf32>, tensor<4xf32>) -> tensor<1x3x8x12xf32>
  return %0 : tensor<1x3x8x12xf32>
}

// -----

// CHECK-LABEL: func @batchnorm_large_epsilon
// CHECK-NOT: onnx.
// CHECK: paddle.scale %{{.*}} {bias = 0.00999999977 : f32} : (tensor<3xf32>) -> tensor<3xf32>
// CHECK: paddle.rsqrt %{{.*}} : (tensor<3xf32>) -> tensor<3xf32>
// CHECK: paddle.elementwise_mul %{{.*}}, %{{.*}} : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK: paddle.elementwise_sub %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<2x3x4xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
// CHECK: paddle.elementwise_mul %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<2x3x4xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
// CHECK: paddle.elementwise_add %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<2x3x4xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
// CHECK: return
func.func @batchnorm_large_epsilon(%x: tensor<2x3x4xf32>, %p: tensor<3xf32>) -> tensor<2x3x4xf32> {
  %0:3 = onnx.BatchNormalization %x, %p, %p, %p, %p {epsilon = 1.0e-2 : f32} : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<2x3x4xf32>, none, none)
  return %0#0 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func @resize_linear_align_corners_whole
// CHECK-NOT: onnx.
// CHECK: paddle.bilinear_interp_v2 %{{.*}} {interp_method = "bilinear", scale = array<f32: 1.500000e+00, 5.000000e-01>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x6x2xf32>
// CHECK: return
func.func @resize_linear_align_corners_whole(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x6x2xf32> {
  %none = onnx.NoValue
  %sc = onnx.Constant dense<[1.0, 1.0, 1.5, 0.5]> : tensor<4xf32>
  %0 = onnx.Resize %x, %none, %sc, %none {mode = "linear", coordinate_transformation_mode = "align_corners"} : (tensor<1x1x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x1x6x2xf32>
  return %0 : tensor<1x1x6x2xf32>
}

// -----

// GridSample: opset 16's and 20's mode names alike, 4-D and 5-D.
// CHECK-LABEL: func @grid_sample
// CHECK-NOT: onnx.
// CHECK: paddle.grid_sampler %{{.*}}, %{{.*}} {align_corners = false, padding_mode = "reflection"} : (tensor<?x3x8x8xf32>, tensor<?x5x7x2xf32>) -> tensor<?x3x5x7xf32>
// CHECK: paddle.grid_sampler %{{.*}}, %{{.*}} : (tensor<?x3x8x8xf32>, tensor<?x5x7x2xf32>) -> tensor<?x3x5x7xf32>
// CHECK: paddle.grid_sampler %{{.*}}, %{{.*}} {align_corners = false, mode = "nearest", padding_mode = "border"} : (tensor<1x2x4x4x4xf64>, tensor<1x2x3x4x3xf64>) -> tensor<1x2x2x3x4xf64>
// CHECK: return
func.func @grid_sample(%x: tensor<?x3x8x8xf32>, %g: tensor<?x5x7x2xf32>, %v: tensor<1x2x4x4x4xf64>, %h: tensor<1x2x3x4x3xf64>) -> (tensor<?x3x5x7xf32>, tensor<?x3x5x7xf32>, tensor<1x2x2x3x4xf64>) {
  %0 = onnx.GridSample %x, %g {padding_mode = "reflection"} : (tensor<?x3x8x8xf32>, tensor<?x5x7x2xf32>) -> tensor<?x3x5x7xf32>
  %1 = onnx.GridSample %x, %g {mode = "bilinear", align_corners = 1 : si64} : (tensor<?x3x8x8xf32>, tensor<?x5x7x2xf32>) -> tensor<?x3x5x7xf32>
  %2 = onnx.GridSample %v, %h {mode = "nearest", padding_mode = "border"} : (tensor<1x2x4x4x4xf64>, tensor<1x2x3x4x3xf64>) -> tensor<1x2x2x3x4xf64>
  return %0, %1, %2 : tensor<?x3x5x7xf32>, tensor<?x3x5x7xf32>, tensor<1x2x2x3x4xf64>
}

// -----

// float16 LayerNormalization: Paddle's CPU layer_norm has f32/f64 kernels
// only, so it normalizes in float32 (as onnxruntime does inside) and casts
// the result back.
// CHECK-LABEL: func @layer_norm_f16
// CHECK: %[[X:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[S:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[B:.*]] = paddle.cast %arg2 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: %[[Y:.*]], %{{.*}}, %{{.*}} = paddle.layer_norm %[[X]] Scale(%[[S]]) Bias(%[[B]]) : (tensor<?x8xf32>, tensor<8xf32>, tensor<8xf32>)
// CHECK: paddle.cast %[[Y]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<?x8xf32>) -> tensor<?x8xf16>
func.func @layer_norm_f16(%x: tensor<?x8xf16>, %s: tensor<8xf16>, %b: tensor<8xf16>) -> tensor<?x8xf16> {
  %y, %m, %v = onnx.LayerNormalization %x, %s, %b {axis = -1 : si64, epsilon = 1.0e-05 : f32} : (tensor<?x8xf16>, tensor<8xf16>, tensor<8xf16>) -> (tensor<?x8xf16>, none, none)
  return %y : tensor<?x8xf16>
}
