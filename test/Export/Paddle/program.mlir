// The exported ProgramDesc, as the installed Paddle's own framework_pb2
// parses it: feed/fetch holders and ops with `col`, need_check_feed on
// inputs, -1 for dynamic dims, var names from the source (argument/result
// names, parameter names, op locations), attributes with their Paddle types,
// params in byte-wise sorted name order.
// REQUIRES: python-env
// RUN: rm -rf %t && mkdir -p %t
// RUN: x2p-translate --export-paddle %s -o %t/model.pdmodel
// RUN: %paddle_model dump %t/model.pdmodel | FileCheck %s

// CHECK: version 0
// CHECK-NEXT: op_version elementwise_add 1
// CHECK-NEXT: var feed type=9 persistable
// CHECK-NEXT: var fetch type=10 persistable
// CHECK-NEXT: var input_ids INT64 [-1, -1] need_check_feed
// CHECK-NEXT: var hidden FP32 [-1, -1, 8] need_check_feed
// CHECK-NEXT: var layer.w FP32 [8, 8] persistable
// CHECK-NEXT: var Layer.b FP32 [8] persistable
// CHECK-NEXT: var ln.scale FP32 [8] persistable
// CHECK-NEXT: var ln.bias FP32 [8] persistable
// CHECK-NEXT: var /encoder/dense/MatMul FP32 [-1, -1, 8]
// CHECK-NEXT: var /encoder/dense/Add FP32 [-1, -1, 8]
// CHECK-NEXT: var /encoder/LayerNorm FP32 [-1, -1, 8]
// CHECK-NEXT: var /encoder/LayerNorm.mean FP32 [-1]
// CHECK-NEXT: var /encoder/LayerNorm.variance FP32 [-1]
// CHECK-NEXT: var logits FP32 [-1, -1, 8]
// CHECK-NEXT: var reshape2.tmp FP32 [-1, 8]
// CHECK-NEXT: var reshape2.tmp.xshape FP32 [0, -1, -1, 8]
// CHECK-NEXT: var ids FP32 [-1, -1, 8]

// CHECK-NEXT: op feed(X=['feed']) -> (Out=['input_ids']) {col=0}
// CHECK-NEXT: op feed(X=['feed']) -> (Out=['hidden']) {col=1}
// CHECK-NEXT: op matmul_v2(X=['hidden'] Y=['layer.w']) -> (Out=['/encoder/dense/MatMul']) {trans_x=False trans_y=True}
// CHECK-NEXT: op elementwise_add(X=['/encoder/dense/MatMul'] Y=['Layer.b']) -> (Out=['/encoder/dense/Add']) {axis=2}
// CHECK-NEXT: op layer_norm(X=['/encoder/dense/Add'] Scale=['ln.scale'] Bias=['ln.bias']) -> (Y=['/encoder/LayerNorm'] Mean=['/encoder/LayerNorm.mean'] Variance=['/encoder/LayerNorm.variance']) {begin_norm_axis=2 epsilon=9.999999960041972e-13}
// CHECK-NEXT: op softmax(X=['/encoder/LayerNorm']) -> (Out=['logits']) {axis=-1}
// CHECK-NEXT: op reshape2(X=['logits'] Shape=[] ShapeTensor=[]) -> (Out=['reshape2.tmp'] XShape=['reshape2.tmp.xshape']) {shape=[-1, 8]}
// A result that is also an input, or returned twice, gets its own fetch
// target through an assign op.
// CHECK-NEXT: op fetch(X=['logits']) -> (Out=['fetch']) {col=0}
// CHECK-NEXT: op fetch(X=['reshape2.tmp']) -> (Out=['fetch']) {col=1}
// CHECK-NEXT: op assign(X=['hidden']) -> (Out=['ids']) {}
// CHECK-NEXT: op fetch(X=['ids']) -> (Out=['fetch']) {col=2}

// Byte-wise order: uppercase before lowercase.
// CHECK-NEXT: param Layer.b float32 [8] [0.5 0.5 0.5 0.5]
// CHECK-NEXT: param layer.w float32 [8, 8] [1. 1. 1. 1.]
// CHECK-NEXT: param ln.bias float32 [8] [0. 0. 0. 0.]
// CHECK-NEXT: param ln.scale float32 [8] [1. 2. 3. 4.]

func.func @main_graph(%ids: tensor<?x?xi64> {paddle.name = "input_ids"},
                      %h: tensor<?x?x8xf32> {paddle.name = "hidden"})
    -> (tensor<?x?x8xf32> {paddle.name = "logits"}, tensor<?x8xf32>,
        tensor<?x?x8xf32> {paddle.name = "ids"}) {
  %w = paddle.parameter "layer.w" dense<1.0> : tensor<8x8xf32>
  %b = paddle.parameter "Layer.b" dense<0.5> : tensor<8xf32>
  %g = paddle.parameter "ln.scale" dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  %beta = paddle.parameter "ln.bias" dense<0.0> : tensor<8xf32>
  %0 = paddle.matmul_v2 %h, %w {trans_y = true} : (tensor<?x?x8xf32>, tensor<8x8xf32>) -> tensor<?x?x8xf32> loc("/encoder/dense/MatMul")
  %1 = paddle.elementwise_add %0, %b {axis = 2 : si32} : (tensor<?x?x8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32> loc("/encoder/dense/Add")
  %y, %mean, %var = paddle.layer_norm %1 Scale(%g) Bias(%beta) {begin_norm_axis = 2 : si32, epsilon = 1.0e-12 : f32} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, tensor<?xf32>, tensor<?xf32>) loc(fused["/encoder/LayerNorm", "model.onnx":3:4])
  %2 = paddle.softmax %y : (tensor<?x?x8xf32>) -> tensor<?x?x8xf32>
  %3, %xs = paddle.reshape2 %2 {shape = array<i32: -1, 8>} : (tensor<?x?x8xf32>) -> (tensor<?x8xf32>, tensor<0x?x?x8xf32>)
  return %2, %3, %h : tensor<?x?x8xf32>, tensor<?x8xf32>, tensor<?x?x8xf32>
}

// Same input, byte-identical files.
// RUN: mkdir -p %t/again
// RUN: x2p-translate --export-paddle %s -o %t/again/model.pdmodel
// RUN: cmp %t/model.pdmodel %t/again/model.pdmodel
// RUN: cmp %t/model.pdiparams %t/again/model.pdiparams
