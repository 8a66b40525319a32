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

// -----

// abs has no i8 kernel: int32, exact, then back.
// CHECK-LABEL: func @abs
// CHECK-NEXT: %[[ABS:.*]] = paddle.abs %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg1 {in_dtype = 21 : si32, out_dtype = 2 : si32} : (tensor<2x3xi8>) -> tensor<2x3xi32>
// CHECK-NEXT: %[[ABS2:.*]] = paddle.abs %[[IN]] : (tensor<2x3xi32>) -> tensor<2x3xi32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[ABS2]] {in_dtype = 2 : si32, out_dtype = 21 : si32} : (tensor<2x3xi32>) -> tensor<2x3xi8>
// CHECK-NEXT: return %[[ABS]], %[[OUT]] : tensor<3xf32>, tensor<2x3xi8>
func.func @abs(%x: tensor<3xf32>, %i: tensor<2x3xi8>) -> (tensor<3xf32>, tensor<2x3xi8>) {
  %0 = onnx.Abs %x : (tensor<3xf32>) -> tensor<3xf32>
  %1 = onnx.Abs %i : (tensor<2x3xi8>) -> tensor<2x3xi8>
  return %0, %1 : tensor<3xf32>, tensor<2x3xi8>
}

// -----

// CHECK-LABEL: func @acos
// CHECK-NEXT: %[[ACOS:.*]] = paddle.acos %arg0 : (tensor<2x3xf64>) -> tensor<2x3xf64>
// CHECK-NEXT: return %[[ACOS]] : tensor<2x3xf64>
func.func @acos(%x: tensor<2x3xf64>) -> tensor<2x3xf64> {
  %0 = onnx.Acos %x : (tensor<2x3xf64>) -> tensor<2x3xf64>
  return %0 : tensor<2x3xf64>
}

// -----

// CHECK-LABEL: func @asin
// CHECK-NEXT: %[[ASIN:.*]] = paddle.asin %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[ASIN]] : tensor<3xf32>
func.func @asin(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = onnx.Asin %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Dynamic dims pass through.
// CHECK-LABEL: func @asinh
// CHECK-NEXT: %[[ASINH:.*]] = paddle.asinh %arg0 : (tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: return %[[ASINH]] : tensor<?x4xf32>
func.func @asinh(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = onnx.Asinh %x : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// CHECK-LABEL: func @atan
// CHECK-NEXT: %[[ATAN:.*]] = paddle.atan %arg0 : (tensor<3xf64>) -> tensor<3xf64>
// CHECK-NEXT: return %[[ATAN]] : tensor<3xf64>
func.func @atan(%x: tensor<3xf64>) -> tensor<3xf64> {
  %0 = onnx.Atan %x : (tensor<3xf64>) -> tensor<3xf64>
  return %0 : tensor<3xf64>
}

// -----

// The inverse trig kernels are f32/f64 only: f16 runs in f32.
// CHECK-LABEL: func @atanh
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg0 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<3xf16>) -> tensor<3xf32>
// CHECK-NEXT: %[[ATANH:.*]] = paddle.atanh %[[IN]] : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[ATANH]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<3xf32>) -> tensor<3xf16>
// CHECK-NEXT: return %[[OUT]] : tensor<3xf16>
func.func @atanh(%x: tensor<3xf16>) -> tensor<3xf16> {
  %0 = onnx.Atanh %x : (tensor<3xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// ceil has an f16 kernel but no bf16 one.
// CHECK-LABEL: func @ceil
// CHECK-NEXT: %[[CEIL:.*]] = paddle.ceil %arg0 : (tensor<3xf16>) -> tensor<3xf16>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg1 {in_dtype = 22 : si32, out_dtype = 5 : si32} : (tensor<3xbf16>) -> tensor<3xf32>
// CHECK-NEXT: %[[CEIL2:.*]] = paddle.ceil %[[IN]] : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[CEIL2]] {in_dtype = 5 : si32, out_dtype = 22 : si32} : (tensor<3xf32>) -> tensor<3xbf16>
// CHECK-NEXT: return %[[CEIL]], %[[OUT]] : tensor<3xf16>, tensor<3xbf16>
func.func @ceil(%x: tensor<3xf16>, %b: tensor<3xbf16>) -> (tensor<3xf16>, tensor<3xbf16>) {
  %0 = onnx.Ceil %x : (tensor<3xf16>) -> tensor<3xf16>
  %1 = onnx.Ceil %b : (tensor<3xbf16>) -> tensor<3xbf16>
  return %0, %1 : tensor<3xf16>, tensor<3xbf16>
}

// -----

// cos is f32/f64 only: f16 runs in f32.
// CHECK-LABEL: func @cos
// CHECK-NEXT: %[[COS:.*]] = paddle.cos %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<3xf16>) -> tensor<3xf32>
// CHECK-NEXT: %[[COS2:.*]] = paddle.cos %[[IN]] : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[COS2]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<3xf32>) -> tensor<3xf16>
// CHECK-NEXT: return %[[COS]], %[[OUT]] : tensor<3xf32>, tensor<3xf16>
func.func @cos(%x: tensor<3xf32>, %h: tensor<3xf16>) -> (tensor<3xf32>, tensor<3xf16>) {
  %0 = onnx.Cos %x : (tensor<3xf32>) -> tensor<3xf32>
  %1 = onnx.Cos %h : (tensor<3xf16>) -> tensor<3xf16>
  return %0, %1 : tensor<3xf32>, tensor<3xf16>
}

// -----

// CHECK-LABEL: func @cosh
// CHECK-NEXT: %[[COSH:.*]] = paddle.cosh %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[COSH]] : tensor<3xf32>
func.func @cosh(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = onnx.Cosh %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// exp has an f16 kernel but no bf16 one.
// CHECK-LABEL: func @exp
// CHECK-NEXT: %[[EXP:.*]] = paddle.exp %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[EXP2:.*]] = paddle.exp %arg1 : (tensor<3xf16>) -> tensor<3xf16>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg2 {in_dtype = 22 : si32, out_dtype = 5 : si32} : (tensor<3xbf16>) -> tensor<3xf32>
// CHECK-NEXT: %[[EXP3:.*]] = paddle.exp %[[IN]] : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[EXP3]] {in_dtype = 5 : si32, out_dtype = 22 : si32} : (tensor<3xf32>) -> tensor<3xbf16>
// CHECK-NEXT: return %[[EXP]], %[[EXP2]], %[[OUT]] : tensor<3xf32>, tensor<3xf16>, tensor<3xbf16>
func.func @exp(%x: tensor<3xf32>, %h: tensor<3xf16>, %b: tensor<3xbf16>) -> (tensor<3xf32>, tensor<3xf16>, tensor<3xbf16>) {
  %0 = onnx.Exp %x : (tensor<3xf32>) -> tensor<3xf32>
  %1 = onnx.Exp %h : (tensor<3xf16>) -> tensor<3xf16>
  %2 = onnx.Exp %b : (tensor<3xbf16>) -> tensor<3xbf16>
  return %0, %1, %2 : tensor<3xf32>, tensor<3xf16>, tensor<3xbf16>
}

// -----

// CHECK-LABEL: func @floor
// CHECK-NEXT: %[[FLOOR:.*]] = paddle.floor %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: return %[[FLOOR]] : tensor<2x3xf32>
func.func @floor(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = onnx.Floor %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @sinh
// CHECK-NEXT: %[[SINH:.*]] = paddle.sinh %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[SINH]] : tensor<3xf32>
func.func @sinh(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = onnx.Sinh %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// ONNX's Softplus is log(exp(x) + 1): Paddle's with its defaults (beta 1,
// threshold 20).
// CHECK-LABEL: func @softplus
// CHECK-NEXT: %[[SOFTPLUS:.*]] = paddle.softplus %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[SOFTPLUS]] : tensor<3xf32>
func.func @softplus(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = onnx.Softplus %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// sqrt is f32/f64 only: f16 runs in f32.
// CHECK-LABEL: func @sqrt
// CHECK-NEXT: %[[SQRT:.*]] = paddle.sqrt %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg1 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<3xf16>) -> tensor<3xf32>
// CHECK-NEXT: %[[SQRT2:.*]] = paddle.sqrt %[[IN]] : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[SQRT2]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<3xf32>) -> tensor<3xf16>
// CHECK-NEXT: return %[[SQRT]], %[[OUT]] : tensor<3xf32>, tensor<3xf16>
func.func @sqrt(%x: tensor<3xf32>, %h: tensor<3xf16>) -> (tensor<3xf32>, tensor<3xf16>) {
  %0 = onnx.Sqrt %x : (tensor<3xf32>) -> tensor<3xf32>
  %1 = onnx.Sqrt %h : (tensor<3xf16>) -> tensor<3xf16>
  return %0, %1 : tensor<3xf32>, tensor<3xf16>
}

// -----

// CHECK-LABEL: func @tan
// CHECK-NEXT: %[[TAN:.*]] = paddle.tan %arg0 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[TAN]] : tensor<3xf32>
func.func @tan(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = onnx.Tan %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Numpy broadcasting is elementwise broadcasting; int16 has a kernel.
// CHECK-LABEL: func @bitwise_and
// CHECK-NEXT: %[[BAND:.*]] = paddle.bitwise_and %arg0, %arg1 : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
// CHECK-NEXT: %[[BAND2:.*]] = paddle.bitwise_and %arg2, %arg3 : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
// CHECK-NEXT: return %[[BAND]], %[[BAND2]] : tensor<2x3xi32>, tensor<4xi16>
func.func @bitwise_and(%a: tensor<2x3xi32>, %b: tensor<3xi32>, %c: tensor<4xi16>, %d: tensor<4xi16>) -> (tensor<2x3xi32>, tensor<4xi16>) {
  %0 = onnx.BitwiseAnd %a, %b : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %1 = onnx.BitwiseAnd %c, %d : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  return %0, %1 : tensor<2x3xi32>, tensor<4xi16>
}

// -----

// CHECK-LABEL: func @bitwise_or
// CHECK-NEXT: %[[BOR:.*]] = paddle.bitwise_or %arg0, %arg1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
// CHECK-NEXT: return %[[BOR]] : tensor<4xui8>
func.func @bitwise_or(%a: tensor<4xui8>, %b: tensor<4xui8>) -> tensor<4xui8> {
  %0 = onnx.BitwiseOr %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// CHECK-LABEL: func @greater
// CHECK-NEXT: %[[GTHAN:.*]] = paddle.greater_than %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
// CHECK-NEXT: return %[[GTHAN]] : tensor<2x3xi1>
func.func @greater(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xi1> {
  %0 = onnx.Greater %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// -----

// CHECK-LABEL: func @greater_or_equal
// CHECK-NEXT: %[[GEQUAL:.*]] = paddle.greater_equal %arg0, %arg1 : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
// CHECK-NEXT: return %[[GEQUAL]] : tensor<4xi1>
func.func @greater_or_equal(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi1> {
  %0 = onnx.GreaterOrEqual %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

// The compare kernels take f16 as it is.
// CHECK-LABEL: func @less_or_equal
// CHECK-NEXT: %[[LEQUAL:.*]] = paddle.less_equal %arg0, %arg1 : (tensor<4xf16>, tensor<1xf16>) -> tensor<4xi1>
// CHECK-NEXT: return %[[LEQUAL]] : tensor<4xi1>
func.func @less_or_equal(%a: tensor<4xf16>, %b: tensor<1xf16>) -> tensor<4xi1> {
  %0 = onnx.LessOrEqual %a, %b : (tensor<4xf16>, tensor<1xf16>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

// CHECK-LABEL: func @or
// CHECK-NEXT: %[[LOR:.*]] = paddle.logical_or %arg0, %arg1 : (tensor<2x4xi1>, tensor<4xi1>) -> tensor<2x4xi1>
// CHECK-NEXT: return %[[LOR]] : tensor<2x4xi1>
func.func @or(%a: tensor<2x4xi1>, %b: tensor<4xi1>) -> tensor<2x4xi1> {
  %0 = onnx.Or %a, %b : (tensor<2x4xi1>, tensor<4xi1>) -> tensor<2x4xi1>
  return %0 : tensor<2x4xi1>
}

// -----

// CHECK-LABEL: func @xor
// CHECK-NEXT: %[[LXOR:.*]] = paddle.logical_xor %arg0, %arg1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
// CHECK-NEXT: return %[[LXOR]] : tensor<4xi1>
func.func @xor(%a: tensor<4xi1>, %b: tensor<4xi1>) -> tensor<4xi1> {
  %0 = onnx.Xor %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

// A left fold of elementwise_min; no f16 or i8 kernel: f32 and int32.
// CHECK-LABEL: func @min
// CHECK-NEXT: %[[MIN:.*]] = paddle.elementwise_min %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[MIN2:.*]] = paddle.elementwise_min %[[MIN]], %arg2 : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg3 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<4xf16>) -> tensor<4xf32>
// CHECK-NEXT: %[[IN2:.*]] = paddle.cast %arg4 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<4xf16>) -> tensor<4xf32>
// CHECK-NEXT: %[[MIN3:.*]] = paddle.elementwise_min %[[IN]], %[[IN2]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[MIN3]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<4xf32>) -> tensor<4xf16>
// CHECK-NEXT: %[[IN3:.*]] = paddle.cast %arg5 {in_dtype = 21 : si32, out_dtype = 2 : si32} : (tensor<4xi8>) -> tensor<4xi32>
// CHECK-NEXT: %[[IN4:.*]] = paddle.cast %arg6 {in_dtype = 21 : si32, out_dtype = 2 : si32} : (tensor<4xi8>) -> tensor<4xi32>
// CHECK-NEXT: %[[MIN4:.*]] = paddle.elementwise_min %[[IN3]], %[[IN4]] : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
// CHECK-NEXT: %[[OUT2:.*]] = paddle.cast %[[MIN4]] {in_dtype = 2 : si32, out_dtype = 21 : si32} : (tensor<4xi32>) -> tensor<4xi8>
// CHECK-NEXT: return %[[MIN2]], %[[OUT]], %[[OUT2]] : tensor<2x3xf32>, tensor<4xf16>, tensor<4xi8>
func.func @min(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<1xf32>, %h: tensor<4xf16>, %k: tensor<4xf16>, %i: tensor<4xi8>, %j: tensor<4xi8>) -> (tensor<2x3xf32>, tensor<4xf16>, tensor<4xi8>) {
  %0 = onnx.Min %a, %b, %c : (tensor<2x3xf32>, tensor<3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
  %1 = onnx.Min %h, %k : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %2 = onnx.Min %i, %j : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<4xf16>, tensor<4xi8>
}

// -----

// A left fold of elementwise_add, one input an assign; f16 and bf16 run
// in f32.
// CHECK-LABEL: func @sum
// CHECK-NEXT: %[[ADD:.*]] = paddle.elementwise_add %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[ADD2:.*]] = paddle.elementwise_add %[[ADD]], %arg2 : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[ASSIGN:.*]] = paddle.assign %arg1 : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[IN:.*]] = paddle.cast %arg3 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<4xf16>) -> tensor<4xf32>
// CHECK-NEXT: %[[IN2:.*]] = paddle.cast %arg4 {in_dtype = 4 : si32, out_dtype = 5 : si32} : (tensor<4xf16>) -> tensor<4xf32>
// CHECK-NEXT: %[[ADD3:.*]] = paddle.elementwise_add %[[IN]], %[[IN2]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[OUT:.*]] = paddle.cast %[[ADD3]] {in_dtype = 5 : si32, out_dtype = 4 : si32} : (tensor<4xf32>) -> tensor<4xf16>
// CHECK-NEXT: %[[IN3:.*]] = paddle.cast %arg5 {in_dtype = 22 : si32, out_dtype = 5 : si32} : (tensor<4xbf16>) -> tensor<4xf32>
// CHECK-NEXT: %[[IN4:.*]] = paddle.cast %arg6 {in_dtype = 22 : si32, out_dtype = 5 : si32} : (tensor<4xbf16>) -> tensor<4xf32>
// CHECK-NEXT: %[[ADD4:.*]] = paddle.elementwise_add %[[IN3]], %[[IN4]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[OUT2:.*]] = paddle.cast %[[ADD4]] {in_dtype = 5 : si32, out_dtype = 22 : si32} : (tensor<4xf32>) -> tensor<4xbf16>
// CHECK-NEXT: return %[[ADD2]], %[[ASSIGN]], %[[OUT]], %[[OUT2]] : tensor<2x3xf32>, tensor<3xf32>, tensor<4xf16>, tensor<4xbf16>
func.func @sum(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x1xf32>, %h: tensor<4xf16>, %k: tensor<4xf16>, %g: tensor<4xbf16>, %l: tensor<4xbf16>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<4xf16>, tensor<4xbf16>) {
  %0 = onnx.Sum %a, %b, %c : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %1 = onnx.Sum %b : (tensor<3xf32>) -> tensor<3xf32>
  %2 = onnx.Sum %h, %k : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %3 = onnx.Sum %g, %l : (tensor<4xbf16>, tensor<4xbf16>) -> tensor<4xbf16>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<3xf32>, tensor<4xf16>, tensor<4xbf16>
}
