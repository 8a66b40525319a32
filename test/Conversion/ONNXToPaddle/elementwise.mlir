// Elementwise, comparison, logical and activation ops of --onnx-to-paddle.
// RUN: x2p-opt %s -split-input-file --onnx-to-paddle | FileCheck %s

// CHECK-LABEL: func @arith
// CHECK: %[[SUB:.*]] = paddle.elementwise_sub %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: %[[MUL:.*]] = paddle.elementwise_mul %[[SUB]], %arg1
// CHECK: %[[DIV:.*]] = paddle.elementwise_div %[[MUL]], %arg1
// CHECK: %[[POW:.*]] = paddle.elementwise_pow %[[DIV]], %arg1
// CHECK: %[[M1:.*]] = paddle.elementwise_max %[[POW]], %arg0
// CHECK: %[[M2:.*]] = paddle.elementwise_max %[[M1]], %arg0
// CHECK: %[[NEG:.*]] = paddle.scale %[[M2]] {scale = -1.000000e+00 : f32}
// CHECK: return %[[NEG]]
func.func @arith(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = onnx.Sub %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = onnx.Mul %0, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = onnx.Div %1, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = onnx.Pow %2, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %4 = onnx.Max %3, %x, %x : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = onnx.Neg %4 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %5 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @compare
// CHECK: %[[EQ:.*]] = paddle.equal %arg0, %arg1 : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
// CHECK: %[[LT:.*]] = paddle.less_than %arg0, %arg1
// CHECK: %[[AND:.*]] = paddle.logical_and %[[EQ]], %[[LT]]
// CHECK: paddle.logical_not %[[AND]]
func.func @compare(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi1> {
  %0 = onnx.Equal %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  %1 = onnx.Less %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  %2 = onnx.And %0, %1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %3 = onnx.Not %2 : (tensor<4xi1>) -> tensor<4xi1>
  return %3 : tensor<4xi1>
}

// -----

// CHECK-LABEL: func @activations
// CHECK: paddle.sigmoid
// CHECK: paddle.tanh
// CHECK: paddle.erf
// CHECK: paddle.leaky_relu %{{.*}} {alpha = 1.000000e-01 : f32}
// CHECK: paddle.hard_sigmoid %{{.*}} {offset = 6.000000e-01 : f32, slope = 3.000000e-01 : f32}
func.func @activations(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = onnx.Sigmoid %x : (tensor<8xf32>) -> tensor<8xf32>
  %1 = onnx.Tanh %0 : (tensor<8xf32>) -> tensor<8xf32>
  %2 = onnx.Erf %1 : (tensor<8xf32>) -> tensor<8xf32>
  %3 = onnx.LeakyRelu %2 {alpha = 0.1 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  %4 = onnx.HardSigmoid %3 {alpha = 0.3 : f32, beta = 0.6 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  return %4 : tensor<8xf32>
}

// -----

// Gemm's alpha and beta scale the product and the bias.
// CHECK-LABEL: func @gemm_scaled
// CHECK: %[[P:.*]] = paddle.matmul_v2 %arg0, %arg1
// CHECK: %[[PS:.*]] = paddle.scale %[[P]] {scale = 5.000000e-01 : f32}
// CHECK: %[[CS:.*]] = paddle.scale %arg2 {scale = 2.000000e+00 : f32}
// CHECK: paddle.elementwise_add %[[PS]], %[[CS]]
func.func @gemm_scaled(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<4xf32>) -> tensor<2x4xf32> {
  %0 = onnx.Gemm %a, %b, %c {alpha = 0.5 : f32, beta = 2.0 : f32} : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Integer Div truncates toward zero in both frameworks: one elementwise_div.
// CHECK-LABEL: func @div_int
// CHECK-NEXT: paddle.elementwise_div %arg0, %arg1 : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
func.func @div_int(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %0 = onnx.Div %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Paddle's elementwise_sub has no uint8 kernel: int32, then back (the same
// wrap-around).
// CHECK-LABEL: func @sub_uint8
// CHECK: %[[A:.*]] = paddle.cast %arg0 {in_dtype = 20 : si32, out_dtype = 2 : si32} : (tensor<4xui8>) -> tensor<4xi32>
// CHECK: %[[B:.*]] = paddle.cast %arg1 {in_dtype = 20 : si32, out_dtype = 2 : si32}
// CHECK: %[[S:.*]] = paddle.elementwise_sub %[[A]], %[[B]] : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
// CHECK: %[[R:.*]] = paddle.cast %[[S]] {in_dtype = 2 : si32, out_dtype = 20 : si32} : (tensor<4xi32>) -> tensor<4xui8>
// CHECK: return %[[R]]
func.func @sub_uint8(%a: tensor<4xui8>, %b: tensor<4xui8>) -> tensor<4xui8> {
  %0 = onnx.Sub %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// No f16 kernel: f32, then back.
// CHECK-LABEL: func @max_f16
// CHECK: paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32}
// CHECK: paddle.elementwise_max %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK: paddle.cast %{{.*}} {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<4xf32>) -> tensor<4xf16>
func.func @max_f16(%a: tensor<4xf16>, %b: tensor<4xf16>) -> tensor<4xf16> {
  %0 = onnx.Max %a, %b : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// Mean: the broadcasting sum, scaled by 1/n.
// CHECK-LABEL: func @mean
// CHECK: %[[S0:.*]] = paddle.elementwise_add %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: %[[S1:.*]] = paddle.elementwise_add %[[S0]], %arg2 : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
// CHECK: paddle.scale %[[S1]] {scale = 0.333333343 : f32}
func.func @mean(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<1xf32>) -> tensor<2x3xf32> {
  %0 = onnx.Mean %a, %b, %c : (tensor<2x3xf32>, tensor<3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @unary
// CHECK: paddle.sin %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK: paddle.acosh %arg0
// CHECK: paddle.round %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK: paddle.reciprocal %arg0
// CHECK: paddle.isnan_v2 %arg0 : (tensor<3xf32>) -> tensor<3xi1>
func.func @unary(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xi1>) {
  %0 = onnx.Sin %x : (tensor<3xf32>) -> tensor<3xf32>
  %1 = onnx.Acosh %x : (tensor<3xf32>) -> tensor<3xf32>
  %2 = onnx.Round %x : (tensor<3xf32>) -> tensor<3xf32>
  %3 = onnx.Reciprocal %x : (tensor<3xf32>) -> tensor<3xf32>
  %4 = onnx.IsNaN %x : (tensor<3xf32>) -> tensor<3xi1>
  return %0, %1, %2, %3, %4 : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xi1>
}

// -----

// An unranked input with a ranked result: the op keeps the input's type
// and an assign refines it.
// CHECK-LABEL: func @unary_refined
// CHECK: %[[L:.*]] = paddle.log %arg0 : (tensor<*xf32>) -> tensor<*xf32>
// CHECK: paddle.assign %[[L]] : (tensor<*xf32>) -> tensor<5xf32>
func.func @unary_refined(%x: tensor<*xf32>) -> tensor<5xf32> {
  %0 = onnx.Log %x : (tensor<*xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// CHECK-LABEL: func @neg_sign_int
// CHECK: paddle.scale %arg0 {scale = -1.000000e+00 : f32} : (tensor<3xi8>) -> tensor<3xi8>
// CHECK: paddle.sign %arg0 : (tensor<3xi8>) -> tensor<3xi8>
func.func @neg_sign_int(%x: tensor<3xi8>) -> (tensor<3xi8>, tensor<3xi8>) {
  %0 = onnx.Neg %x : (tensor<3xi8>) -> tensor<3xi8>
  %1 = onnx.Sign %x : (tensor<3xi8>) -> tensor<3xi8>
  return %0, %1 : tensor<3xi8>, tensor<3xi8>
}

// -----

// IsInf of one sign: isinf_v2 and the sign test x == |x| (x != |x|).
// CHECK-LABEL: func @isinf
// CHECK: %[[BOTH:.*]] = paddle.isinf_v2 %arg0
// CHECK: %[[INF1:.*]] = paddle.isinf_v2 %arg0
// CHECK: %[[ABS1:.*]] = paddle.abs %arg0
// CHECK: %[[POS:.*]] = paddle.equal %arg0, %[[ABS1]]
// CHECK: %[[R1:.*]] = paddle.logical_and %[[INF1]], %[[POS]]
// CHECK: %[[INF2:.*]] = paddle.isinf_v2 %arg0
// CHECK: %[[ABS2:.*]] = paddle.abs %arg0
// CHECK: %[[NEG:.*]] = paddle.not_equal %arg0, %[[ABS2]]
// CHECK: %[[R2:.*]] = paddle.logical_and %[[INF2]], %[[NEG]]
// CHECK: return %[[BOTH]], %[[R1]], %[[R2]]
func.func @isinf(%x: tensor<3xf32>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %0 = onnx.IsInf %x : (tensor<3xf32>) -> tensor<3xi1>
  %1 = onnx.IsInf %x {detect_negative = 0 : si64} : (tensor<3xf32>) -> tensor<3xi1>
  %2 = onnx.IsInf %x {detect_positive = 0 : si64} : (tensor<3xf32>) -> tensor<3xi1>
  return %0, %1, %2 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}

// -----

// fmod = 0 is Python's %; fmod = 1 of integers is x - trunc(x / y) * y.
// CHECK-LABEL: func @mod
// CHECK: %[[PY:.*]] = paddle.elementwise_mod %arg0, %arg1
// CHECK: %[[Q:.*]] = paddle.elementwise_div %arg0, %arg1
// CHECK: %[[P:.*]] = paddle.elementwise_mul %[[Q]], %arg1
// CHECK: %[[C:.*]] = paddle.elementwise_sub %arg0, %[[P]]
// CHECK: return %[[PY]], %[[C]]
func.func @mod(%a: tensor<4xi64>, %b: tensor<4xi64>) -> (tensor<4xi64>, tensor<4xi64>) {
  %0 = onnx.Mod %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %1 = onnx.Mod %a, %b {fmod = 1 : si64} : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %0, %1 : tensor<4xi64>, tensor<4xi64>
}

// -----

// Float fmod: Python's remainder moved back by y where its sign differs
// from x's.
// CHECK-LABEL: func @fmod_float
// CHECK: %[[R:.*]] = paddle.elementwise_mod %arg0, %arg1
// CHECK: %[[ZERO:.*]] = paddle.fill_any_like %[[R]]
// CHECK: %[[NZ:.*]] = paddle.not_equal %[[R]], %[[ZERO]]
// CHECK: %[[RNEG:.*]] = paddle.less_than %[[R]], %[[ZERO]]
// CHECK: %[[XNEG:.*]] = paddle.less_than %arg0, %[[ZERO]]
// CHECK: %[[DIFF:.*]] = paddle.logical_xor %[[RNEG]], %[[XNEG]]
// CHECK: %[[MOVE:.*]] = paddle.logical_and %[[NZ]], %[[DIFF]]
// CHECK: %[[MOVED:.*]] = paddle.elementwise_sub %[[R]], %arg1
// CHECK: paddle.where %[[MOVE]], %[[MOVED]], %[[R]]
func.func @fmod_float(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = onnx.Mod %a, %b {fmod = 1 : si64} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A float base takes the exponent in its type; an integer base with a
// float exponent computes in f64 and truncates back.
// CHECK-LABEL: func @pow_mixed
// CHECK: %[[Y:.*]] = paddle.cast %arg1 {in_dtype = 3 : si32, out_dtype = 5 : si32}
// CHECK: %[[P1:.*]] = paddle.elementwise_pow %arg0, %[[Y]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK: %[[X2:.*]] = paddle.cast %arg2 {in_dtype = 2 : si32, out_dtype = 6 : si32}
// CHECK: %[[Y2:.*]] = paddle.cast %arg3 {in_dtype = 5 : si32, out_dtype = 6 : si32}
// CHECK: %[[P2:.*]] = paddle.elementwise_pow %[[X2]], %[[Y2]] : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
// CHECK: %[[R2:.*]] = paddle.cast %[[P2]] {in_dtype = 6 : si32, out_dtype = 2 : si32}
// CHECK: return %[[P1]], %[[R2]]
func.func @pow_mixed(%a: tensor<3xf32>, %b: tensor<3xi64>, %c: tensor<3xi32>, %d: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %0 = onnx.Pow %a, %b : (tensor<3xf32>, tensor<3xi64>) -> tensor<3xf32>
  %1 = onnx.Pow %c, %d : (tensor<3xi32>, tensor<3xf32>) -> tensor<3xi32>
  return %0, %1 : tensor<3xf32>, tensor<3xi32>
}

// -----

// CHECK-LABEL: func @bits
// CHECK: paddle.bitwise_left_shift %arg0, %arg1 {is_arithmetic = false} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
// CHECK: paddle.bitwise_right_shift %arg0, %arg1 {is_arithmetic = false}
// CHECK: %[[X:.*]] = paddle.bitwise_xor %arg2, %arg2 : (tensor<2x3xi16>, tensor<2x3xi16>) -> tensor<2x3xi16>
// CHECK: paddle.bitwise_not %[[X]]
func.func @bits(%a: tensor<3xui8>, %b: tensor<3xui8>, %c: tensor<2x3xi16>) -> (tensor<3xui8>, tensor<3xui8>, tensor<2x3xi16>, tensor<2x3xi16>) {
  %0 = onnx.BitShift %a, %b {direction = "LEFT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %1 = onnx.BitShift %a, %b {direction = "RIGHT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %2 = onnx.BitwiseXor %c, %c : (tensor<2x3xi16>, tensor<2x3xi16>) -> tensor<2x3xi16>
  %3 = onnx.BitwiseNot %2 : (tensor<2x3xi16>) -> tensor<2x3xi16>
  return %0, %1, %2, %3 : tensor<3xui8>, tensor<3xui8>, tensor<2x3xi16>, tensor<2x3xi16>
}
