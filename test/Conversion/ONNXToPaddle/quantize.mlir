// QuantizeLinear, DequantizeLinear, MatMulInteger and QLinearMatMul of
// --onnx-to-paddle, built from elementwise ops with ONNX's rounding and
// saturation.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// Per-axis scales and zero points are reshaped to broadcast along `axis`
// (Paddle Inference's fused elementwise ops ignore Paddle's `axis`).
// CHECK-LABEL: func @quantize_axis
// CHECK: %[[S:.*]] = paddle.parameter "constant" {{.*}} : tensor<3xf32>
// CHECK: %[[Z:.*]] = paddle.parameter "constant_1" {{.*}} : tensor<3xi8>
// CHECK: %[[SA:.*]], %{{.*}} = paddle.reshape2 %[[S]] {shape = array<i32: -1, 1>} : (tensor<3xf32>) -> (tensor<3x1xf32>, tensor<0x3xf32>)
// CHECK: %[[Q:.*]] = paddle.elementwise_div %arg0, %[[SA]] : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
// CHECK: %[[R:.*]] = paddle.round %[[Q]]
// CHECK: %[[ZF:.*]] = paddle.cast %[[Z]] {in_dtype = 21 : si32, out_dtype = 5 : si32}
// CHECK: %[[ZA:.*]], %{{.*}} = paddle.reshape2 %[[ZF]] {shape = array<i32: -1, 1>}
// CHECK: %[[A:.*]] = paddle.elementwise_add %[[R]], %[[ZA]]
// CHECK: %[[C:.*]] = paddle.clip %[[A]] {max = 1.270000e+02 : f32, min = -1.280000e+02 : f32}
// CHECK: paddle.cast %[[C]] {in_dtype = 5 : si32, out_dtype = 21 : si32} : (tensor<2x3x4xf32>) -> tensor<2x3x4xi8>
func.func @quantize_axis(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xi8> {
  %s = onnx.Constant dense<[0.5, 1.0, 2.0]> : tensor<3xf32>
  %z = onnx.Constant dense<[0, 1, -1]> : tensor<3xi8>
  %0 = onnx.QuantizeLinear %x, %s, %z : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xi8>) -> tensor<2x3x4xi8>
  return %0 : tensor<2x3x4xi8>
}

// -----

// CHECK-LABEL: func @dequantize
// CHECK: %[[S:.*]] = paddle.parameter "constant" dense<2.500000e-01> : tensor<f32>
// CHECK: %[[Z:.*]] = paddle.parameter "constant_1" dense<128> : tensor<ui8>
// CHECK: %[[X:.*]] = paddle.cast %arg0 {in_dtype = 20 : si32, out_dtype = 5 : si32}
// CHECK: %[[ZF:.*]] = paddle.cast %[[Z]] {in_dtype = 20 : si32, out_dtype = 5 : si32}
// CHECK: %[[D:.*]] = paddle.elementwise_sub %[[X]], %[[ZF]]
// CHECK: paddle.elementwise_mul %[[D]], %[[S]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
func.func @dequantize(%q: tensor<2x3xui8>) -> tensor<2x3xf32> {
  %t = onnx.Constant dense<0.25> : tensor<f32>
  %u = onnx.Constant dense<128> : tensor<ui8>
  %0 = onnx.DequantizeLinear %q, %t, %u : (tensor<2x3xui8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A's zero point per row; the int32 matmul_v2 gets a leading 1 on B so that
// Paddle Inference does not map it to `matmul` (no integer kernel).
// CHECK-LABEL: func @matmul_integer
// CHECK: %[[A:.*]] = paddle.cast %arg0 {in_dtype = 20 : si32, out_dtype = 2 : si32}
// CHECK: %[[ZA:.*]] = paddle.cast %arg2
// CHECK: %[[ZAR:.*]], %{{.*}} = paddle.reshape2 %[[ZA]] {shape = array<i32: -1, 1>} : (tensor<4xi32>) -> (tensor<4x1xi32>, tensor<0x4xi32>)
// CHECK: %[[AS:.*]] = paddle.elementwise_sub %[[A]], %[[ZAR]]
// CHECK: %[[B:.*]] = paddle.cast %arg1
// CHECK: %[[ZB:.*]] = paddle.cast %arg3
// CHECK: %[[BS:.*]] = paddle.elementwise_sub %[[B]], %[[ZB]] : (tensor<3x2xi32>, tensor<i32>) -> tensor<3x2xi32>
// CHECK: %[[BW:.*]], %{{.*}} = paddle.unsqueeze2 %[[BS]] {axes = array<i32: 0>} : (tensor<3x2xi32>) -> (tensor<1x3x2xi32>, tensor<0x3x2xi32>)
// CHECK: %[[P:.*]] = paddle.matmul_v2 %[[AS]], %[[BW]] : (tensor<4x3xi32>, tensor<1x3x2xi32>) -> tensor<1x4x2xi32>
// CHECK: %[[Y:.*]], %{{.*}} = paddle.squeeze2 %[[P]] {axes = array<i32: 0>} : (tensor<1x4x2xi32>) -> (tensor<4x2xi32>, tensor<0x1x4x2xi32>)
// CHECK: return %[[Y]]
func.func @matmul_integer(%a: tensor<4x3xui8>, %b: tensor<3x2xui8>, %za: tensor<4xui8>, %zb: tensor<ui8>) -> tensor<4x2xi32> {
  %0 = onnx.MatMulInteger %a, %b, %za, %zb : (tensor<4x3xui8>, tensor<3x2xui8>, tensor<4xui8>, tensor<ui8>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// -----

// QLinearMatMul: the int32 product times a_scale * b_scale / y_scale in
// f64, plus y_zero_point, rounded and saturated.
// CHECK-LABEL: func @qlinear_matmul
// CHECK: %[[P:.*]], %{{.*}} = paddle.squeeze2
// CHECK: %[[AB:.*]] = paddle.elementwise_mul %arg4, %arg1 : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: %[[F:.*]] = paddle.elementwise_div %[[AB]], %arg6
// CHECK: %[[F64:.*]] = paddle.cast %[[F]] {in_dtype = 5 : si32, out_dtype = 6 : si32}
// CHECK: %[[P64:.*]] = paddle.cast %[[P]] {in_dtype = 2 : si32, out_dtype = 6 : si32}
// CHECK: %[[M:.*]] = paddle.elementwise_mul %[[P64]], %[[F64]] : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
// CHECK: %[[YZ:.*]] = paddle.cast %arg7 {in_dtype = 20 : si32, out_dtype = 6 : si32}
// CHECK: %[[S:.*]] = paddle.elementwise_add %[[M]], %[[YZ]]
// CHECK: %[[R:.*]] = paddle.round %[[S]] : (tensor<2x3xf64>) -> tensor<2x3xf64>
// CHECK: %[[C:.*]] = paddle.clip %[[R]] {max = 2.550000e+02 : f32, min = 0.000000e+00 : f32}
// CHECK: paddle.cast %[[C]] {in_dtype = 6 : si32, out_dtype = 20 : si32} : (tensor<2x3xf64>) -> tensor<2x3xui8>
func.func @qlinear_matmul(%a: tensor<2x4xui8>, %as: tensor<f32>, %az: tensor<ui8>, %b: tensor<4x3xui8>, %bs: tensor<f32>, %bz: tensor<ui8>, %ys: tensor<f32>, %yz: tensor<ui8>) -> tensor<2x3xui8> {
  %0 = onnx.QLinearMatMul %a, %as, %az, %b, %bs, %bz, %ys, %yz : (tensor<2x4xui8>, tensor<f32>, tensor<ui8>, tensor<4x3xui8>, tensor<f32>, tensor<ui8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}
