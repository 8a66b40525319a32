// Convolutions and pooling of --onnx-to-paddle: ONNX pads re-ordered per
// dim, auto_pad resolved (explicitly where the dims allow), 1-D windows
// lifted to 2-D, the bias added on axis 1.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @conv2d_bias
// CHECK-NOT: onnx.
// CHECK: paddle.parameter "conv.weight" dense<1.000000e+00> : tensor<8x3x3x3xf32>
// CHECK: paddle.parameter "conv.bias" dense<5.000000e-01> : tensor<8xf32>
// CHECK: paddle.conv2d %{{.*}}, %{{.*}} {paddings = array<i32: 1, 0, 1, 0>, strides = array<i32: 2, 2>} : (tensor<?x3x32x32xf32>, tensor<8x3x3x3xf32>) -> tensor<?x8x16x16xf32>
// CHECK: paddle.elementwise_add %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<?x8x16x16xf32>, tensor<8xf32>) -> tensor<?x8x16x16xf32>
// CHECK: return
func.func @conv2d_bias(%x: tensor<?x3x32x32xf32>) -> tensor<?x8x16x16xf32> {
  %w = onnx.Constant dense<1.0> : tensor<8x3x3x3xf32> loc("conv.weight")
  %b = onnx.Constant dense<0.5> : tensor<8xf32> loc("conv.bias")
  %0 = onnx.Conv %x, %w, %b {pads = array<i64: 1, 1, 0, 0>, strides = array<i64: 2, 2>} : (tensor<?x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<?x8x16x16xf32>
  return %0 : tensor<?x8x16x16xf32>
}

// -----

// CHECK-LABEL: func @depthwise_same
// CHECK-NOT: onnx.
// CHECK: paddle.parameter "constant" dense<1.000000e+00> : tensor<8x1x3x3xf32>
// CHECK: paddle.depthwise_conv2d %{{.*}}, %{{.*}} {groups = 8 : si32, padding_algorithm = "SAME", paddings = array<i32: 0, 0, 0, 0>, strides = array<i32: 2, 2>} : (tensor<1x8x?x?xf32>, tensor<8x1x3x3xf32>) -> tensor<1x8x?x?xf32>
// CHECK: return
func.func @depthwise_same(%x: tensor<1x8x?x?xf32>) -> tensor<1x8x?x?xf32> {
  %w = onnx.Constant dense<1.0> : tensor<8x1x3x3xf32>
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {auto_pad = "SAME_UPPER", group = 8 : si64, strides = array<i64: 2, 2>} : (tensor<1x8x?x?xf32>, tensor<8x1x3x3xf32>, none) -> tensor<1x8x?x?xf32>
  return %0 : tensor<1x8x?x?xf32>
}

// -----

// CHECK-LABEL: func @same_lower_static
// CHECK-NOT: onnx.
// CHECK: paddle.conv2d %{{.*}}, %{{.*}} {paddings = array<i32: 1, 0, 1, 0>, strides = array<i32: 2, 2>} : (tensor<1x2x5x6xf32>, tensor<4x2x2x3xf32>) -> tensor<1x4x3x3xf32>
// CHECK: return
func.func @same_lower_static(%x: tensor<1x2x5x6xf32>, %w: tensor<4x2x2x3xf32>) -> tensor<1x4x3x3xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {auto_pad = "SAME_LOWER", strides = array<i64: 2, 2>} : (tensor<1x2x5x6xf32>, tensor<4x2x2x3xf32>, none) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

// CHECK-LABEL: func @conv1d
// CHECK-NOT: onnx.
// CHECK: paddle.unsqueeze2 %{{.*}} {axes = array<i32: 2>} : (tensor<?x4x?xf32>) -> (tensor<?x4x1x?xf32>, tensor<0x?x4x?xf32>)
// CHECK: paddle.unsqueeze2 %{{.*}} {axes = array<i32: 2>} : (tensor<6x2x3xf32>) -> (tensor<6x2x1x3xf32>, tensor<0x6x2x3xf32>)
// CHECK: paddle.conv2d %{{.*}}, %{{.*}} {dilations = array<i32: 1, 2>, groups = 2 : si32, paddings = array<i32: 0, 0, 2, 1>} : (tensor<?x4x1x?xf32>, tensor<6x2x1x3xf32>) -> tensor<?x6x1x?xf32>
// CHECK: paddle.elementwise_add %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<?x6x1x?xf32>, tensor<6xf32>) -> tensor<?x6x1x?xf32>
// CHECK: paddle.squeeze2 %{{.*}} {axes = array<i32: 2>} : (tensor<?x6x1x?xf32>) -> (tensor<?x6x?xf32>, tensor<0x?x6x1x?xf32>)
// CHECK: return
func.func @conv1d(%x: tensor<?x4x?xf32>, %w: tensor<6x2x3xf32>, %b: tensor<6xf32>) -> tensor<?x6x?xf32> {
  %0 = onnx.Conv %x, %w, %b {dilations = array<i64: 2>, group = 2 : si64, pads = array<i64: 2, 1>} : (tensor<?x4x?xf32>, tensor<6x2x3xf32>, tensor<6xf32>) -> tensor<?x6x?xf32>
  return %0 : tensor<?x6x?xf32>
}

// -----

// CHECK-LABEL: func @conv3d
// CHECK-NOT: onnx.
// CHECK: paddle.conv3d %{{.*}}, %{{.*}} {paddings = array<i32: 1, 1, 1, 1, 1, 1>} : (tensor<1x2x4x4x4xf32>, tensor<3x2x3x3x3xf32>) -> tensor<1x3x4x4x4xf32>
// CHECK: return
func.func @conv3d(%x: tensor<1x2x4x4x4xf32>, %w: tensor<3x2x3x3x3xf32>) -> tensor<1x3x4x4x4xf32> {
  %none = onnx.NoValue
  %0 = onnx.Conv %x, %w, %none {pads = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<1x2x4x4x4xf32>, tensor<3x2x3x3x3xf32>, none) -> tensor<1x3x4x4x4xf32>
  return %0 : tensor<1x3x4x4x4xf32>
}

// -----

// CHECK-LABEL: func @conv_transpose
// CHECK-NOT: onnx.
// CHECK: paddle.conv2d_transpose %{{.*}}, %{{.*}} {paddings = array<i32: 1, 0, 1, 0>, strides = array<i32: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x10x10xf32>
// CHECK: paddle.elementwise_add %{{.*}}, %{{.*}} {axis = 1 : si32} : (tensor<1x2x10x10xf32>, tensor<2xf32>) -> tensor<1x2x10x10xf32>
// CHECK: return
func.func @conv_transpose(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>, %b: tensor<2xf32>) -> tensor<1x2x10x10xf32> {
  %0 = onnx.ConvTranspose %x, %w, %b {strides = array<i64: 2, 2>, output_shape = array<i64: 10, 10>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>, tensor<2xf32>) -> tensor<1x2x10x10xf32>
  return %0 : tensor<1x2x10x10xf32>
}

// -----

// CHECK-LABEL: func @pools
// CHECK-NOT: onnx.
// CHECK: paddle.pool2d %{{.*}} {ksize = array<i32: 2, 2>, paddings = array<i32: 0, 0, 0, 0>, pooling_type = "max", strides = array<i32: 2, 2>} : (tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32>
// CHECK: paddle.pool2d %{{.*}} {exclusive = false, ksize = array<i32: 3, 3>, paddings = array<i32: 1, 1, 1, 1>, pooling_type = "avg"} : (tensor<?x3x8x8xf32>) -> tensor<?x3x8x8xf32>
// CHECK: paddle.pool2d %{{.*}} {global_pooling = true, ksize = array<i32: 1, 1>, pooling_type = "avg"} : (tensor<?x3x8x8xf32>) -> tensor<?x3x1x1xf32>
// CHECK: return
func.func @pools(%x: tensor<?x3x8x8xf32>) -> (tensor<?x3x4x4xf32>, tensor<?x3x8x8xf32>, tensor<?x3x1x1xf32>) {
  %0:2 = onnx.MaxPool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x8x8xf32>) -> (tensor<?x3x4x4xf32>, none)
  %1 = onnx.AveragePool %x {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, count_include_pad = 1 : si64} : (tensor<?x3x8x8xf32>) -> tensor<?x3x8x8xf32>
  %2 = onnx.GlobalAveragePool %x : (tensor<?x3x8x8xf32>) -> tensor<?x3x1x1xf32>
  return %0#0, %1, %2 : tensor<?x3x4x4xf32>, tensor<?x3x8x8xf32>, tensor<?x3x1x1xf32>
}

// -----

// CHECK-LABEL: func @pools_1d_3d
// CHECK-NOT: onnx.
// CHECK: paddle.unsqueeze2 %{{.*}} {axes = array<i32: 2>} : (tensor<1x3x8xf32>) -> (tensor<1x3x1x8xf32>, tensor<0x1x3x8xf32>)
// CHECK: paddle.pool2d %{{.*}} {ksize = array<i32: 1, 2>, paddings = array<i32: 0, 0, 0, 0>, pooling_type = "max", strides = array<i32: 1, 2>} : (tensor<1x3x1x8xf32>) -> tensor<1x3x1x4xf32>
// CHECK: paddle.squeeze2 %{{.*}} {axes = array<i32: 2>} : (tensor<1x3x1x4xf32>) -> (tensor<1x3x4xf32>, tensor<0x1x3x1x4xf32>)
// CHECK: paddle.pool3d %{{.*}} {ksize = array<i32: 2, 2, 2>, paddings = array<i32: 0, 0, 0, 0, 0, 0>, pooling_type = "avg", strides = array<i32: 2, 2, 2>} : (tensor<1x3x4x4x4xf32>) -> tensor<1x3x2x2x2xf32>
// CHECK: paddle.reduce_max %{{.*}} {dim = array<i32: 2>, keep_dim = true} : (tensor<1x3x8xf32>) -> tensor<1x3x1xf32>
// CHECK: return
func.func @pools_1d_3d(%x: tensor<1x3x8xf32>, %y: tensor<1x3x4x4x4xf32>) -> (tensor<1x3x4xf32>, tensor<1x3x2x2x2xf32>, tensor<1x3x1xf32>) {
  %0:2 = onnx.MaxPool %x {kernel_shape = array<i64: 2>, strides = array<i64: 2>} : (tensor<1x3x8xf32>) -> (tensor<1x3x4xf32>, none)
  %1 = onnx.AveragePool %y {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<1x3x4x4x4xf32>) -> tensor<1x3x2x2x2xf32>
  %2 = onnx.GlobalMaxPool %x : (tensor<1x3x8xf32>) -> tensor<1x3x1xf32>
  return %0#0, %1, %2 : tensor<1x3x4xf32>, tensor<1x3x2x2x2xf32>, tensor<1x3x1xf32>
}

// -----

// CHECK-LABEL: func @maxpool_ceil
// CHECK-NOT: onnx.
// CHECK: paddle.pool2d %{{.*}} {ksize = array<i32: 2, 2>, paddings = array<i32: 0, 0, 0, 0>, pooling_type = "max", strides = array<i32: 3, 3>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32>
// CHECK: return
// ceil_mode runs as floor mode with the end padding that gives ONNX's size
// (ONNX drops a last window starting in the padding; Paddle would keep it).
func.func @maxpool_ceil(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32> {
  %0:2 = onnx.MaxPool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 3, 3>, pads = array<i64: 0, 0, 1, 1>, ceil_mode = 1 : si64} : (tensor<1x1x5x5xf32>) -> (tensor<1x1x2x2xf32>, none)
  return %0#0 : tensor<1x1x2x2xf32>
}

// -----

// LpPool: (sum of |x|^p)^(1/p), the sum an average counting padding times
// the kernel size; a 3-D average counting padding gets asymmetric pads from
// pad3d (pool3d clips windows at the begin padding).
// CHECK-LABEL: func @lp_pool
// CHECK: %[[ABS:.*]] = paddle.abs %arg0
// CHECK: %[[P:.*]] = paddle.fill_any_like %[[ABS]] {value = 3.000000e+00 : f32}
// CHECK: %[[POW:.*]] = paddle.elementwise_pow %[[ABS]], %[[P]]
// CHECK: %[[AVG:.*]] = paddle.pool2d %[[POW]] {exclusive = false, ksize = array<i32: 3, 3>, paddings = array<i32: 1, 1, 1, 1>, pooling_type = "avg", strides = array<i32: 2, 2>} : (tensor<1x2x9x9xf32>) -> tensor<1x2x5x5xf32>
// CHECK: %[[SUM:.*]] = paddle.scale %[[AVG]] {scale = 9.000000e+00 : f32}
// CHECK: %[[ROOT:.*]] = paddle.fill_any_like %[[SUM]] {value = 0.333333343 : f32}
// CHECK: paddle.elementwise_pow %[[SUM]], %[[ROOT]]
// CHECK: %[[SQ:.*]] = paddle.elementwise_mul %{{.*}}, %{{.*}} : (tensor<1x2x5x6x7xf32>
// CHECK: %[[PAD:.*]] = paddle.pad3d %[[SQ]] {paddings = array<i32: 0, 1, 0, 0, 0, 0>} : (tensor<1x2x5x6x7xf32>) -> tensor<1x2x5x6x8xf32>
// CHECK: paddle.pool3d %[[PAD]] {exclusive = false, ksize = array<i32: 2, 2, 2>, paddings = array<i32: 0, 0, 0, 0, 0, 0>, pooling_type = "avg", strides = array<i32: 2, 2, 2>}
// CHECK: paddle.sqrt
func.func @lp_pool(%x: tensor<1x2x9x9xf32>, %v: tensor<1x2x5x6x7xf32>) -> (tensor<1x2x5x5xf32>, tensor<1x2x2x3x4xf32>) {
  %0 = onnx.LpPool %x {kernel_shape = array<i64: 3, 3>, p = 3 : si64, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x9x9xf32>) -> tensor<1x2x5x5xf32>
  %1 = onnx.LpPool %v {kernel_shape = array<i64: 2, 2, 2>, pads = array<i64: 0, 0, 0, 0, 0, 1>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x5x6x7xf32>) -> tensor<1x2x2x3x4xf32>
  return %0, %1 : tensor<1x2x5x5xf32>, tensor<1x2x2x3x4xf32>
}
