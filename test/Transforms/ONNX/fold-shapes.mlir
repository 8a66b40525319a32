// RUN: x2p-opt %s -split-input-file --onnx-shape-inference --onnx-fold-shapes | FileCheck %s
// RUN: x2p-opt %s -split-input-file --onnx-fold-shapes=infer-shapes=false | FileCheck %s --check-prefix=NOINFER
// Folding of static shape subgraphs (the forms torch.onnx emits for
// dynamic reshapes), Identity and inference-time Dropout removal.

// Static dims: the whole Shape -> Gather -> Unsqueeze -> Concat chain
// folds and the Reshape becomes static.
// CHECK-LABEL: func.func @torch_reshape_static
// CHECK-NOT: onnx.Shape
// CHECK-NOT: onnx.Gather
// CHECK-NOT: onnx.Concat
// CHECK: %[[S:.*]] = onnx.Constant dense<[2, 128, 12, 64]> : tensor<4xi64>
// CHECK: onnx.Reshape %{{.*}}, %[[S]] : (tensor<2x128x768xf32>, tensor<4xi64>) -> tensor<2x128x12x64xf32>
// CHECK: return {{.*}} : tensor<2x128x12x64xf32>
// NOINFER-LABEL: func.func @torch_reshape_static
// NOINFER: onnx.Constant dense<[2, 128, 12, 64]> : tensor<4xi64>
func.func @torch_reshape_static(%x: tensor<2x128x768xf32>) -> tensor<*xf32> {
  %shape = onnx.Shape %x : (tensor<2x128x768xf32>) -> tensor<3xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %b = onnx.Gather %shape, %i0 : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %s = onnx.Gather %shape, %i1 : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %bu = onnx.Unsqueeze %b, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %su = onnx.Unsqueeze %s, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %rest = onnx.Constant dense<[12, 64]> : tensor<2xi64>
  %cat = onnx.Concat %bu, %su, %rest {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<4xi64>
  %0 = onnx.Reshape %x, %cat : (tensor<2x128x768xf32>, tensor<4xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Dynamic batch: the Gather of dim 0 stays, the static seq dim folds.
// CHECK-LABEL: func.func @torch_reshape_dynamic
// CHECK: onnx.Shape
// CHECK: onnx.Gather
// CHECK: onnx.Unsqueeze
// CHECK: onnx.Concat {{.*}} -> tensor<4xi64>
// CHECK: onnx.Reshape {{.*}} -> tensor<?x128x12x64xf32>
func.func @torch_reshape_dynamic(%x: tensor<?x128x768xf32>) -> tensor<*xf32> {
  %shape = onnx.Shape %x : (tensor<?x128x768xf32>) -> tensor<*xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %ax = onnx.Constant dense<[0]> : tensor<1xi64>
  %b = onnx.Gather %shape, %i0 : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %s = onnx.Gather %shape, %i1 : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  %bu = onnx.Unsqueeze %b, %ax : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %su = onnx.Unsqueeze %s, %ax : (tensor<*xi64>, tensor<1xi64>) -> tensor<*xi64>
  %rest = onnx.Constant dense<[12, 64]> : tensor<2xi64>
  %cat = onnx.Concat %bu, %su, %rest {axis = 0 : si64} : (tensor<*xi64>, tensor<*xi64>, tensor<2xi64>) -> tensor<*xi64>
  %0 = onnx.Reshape %x, %cat : (tensor<?x128x768xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Shape arithmetic on constants: Mul/Add/Sub/Div, Cast, Slice, Squeeze.
// CHECK-LABEL: func.func @shape_arithmetic
// CHECK-DAG: onnx.Constant dense<[4, 96]> : tensor<2xi64>
// CHECK-DAG: onnx.Constant dense<3.000000e+00> : tensor<f32>
// CHECK-DAG: onnx.Constant dense<7> : tensor<i64>
// CHECK-NOT: onnx.Mul
// CHECK-NOT: onnx.Slice
func.func @shape_arithmetic(%x: tensor<4x8x12xf32>) -> (tensor<*xi64>, tensor<*xf32>, tensor<*xi64>) {
  %shape = onnx.Shape %x : (tensor<4x8x12xf32>) -> tensor<3xi64>
  %st = onnx.Constant dense<[1]> : tensor<1xi64>
  %en = onnx.Constant dense<[3]> : tensor<1xi64>
  %none = onnx.NoValue
  %tail = onnx.Slice %shape, %st, %en, %none, %none : (tensor<3xi64>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<2xi64>
  %i1 = onnx.Constant dense<[1]> : tensor<1xi64>
  %i0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %d1 = onnx.Gather %tail, %i0 : (tensor<2xi64>, tensor<1xi64>) -> tensor<1xi64>
  %d2 = onnx.Gather %tail, %i1 : (tensor<2xi64>, tensor<1xi64>) -> tensor<1xi64>
  %prod = onnx.Mul %d1, %d2 : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %d0 = onnx.Gather %shape, %i0 : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %new = onnx.Concat %d0, %prod {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<*xi64>
  %f = onnx.Cast %d1 {to = 1 : si64} : (tensor<1xi64>) -> tensor<*xf32>
  %two = onnx.Constant dense<[8.0]> : tensor<1xf32>
  %q = onnx.Div %f, %two : (tensor<*xf32>, tensor<1xf32>) -> tensor<*xf32>
  %three = onnx.Constant dense<3.0> : tensor<f32>
  %r = onnx.Mul %q, %three : (tensor<*xf32>, tensor<f32>) -> tensor<*xf32>
  %sq = onnx.Squeeze %r, %i0 : (tensor<*xf32>, tensor<1xi64>) -> tensor<*xf32>
  %twelve = onnx.Constant dense<12> : tensor<i64>
  %five = onnx.Constant dense<5> : tensor<i64>
  %diff = onnx.Sub %twelve, %five : (tensor<i64>, tensor<i64>) -> tensor<*xi64>
  return %new, %sq, %diff : tensor<*xi64>, tensor<*xf32>, tensor<*xi64>
}

// -----

// Equal/Where/ConstantOfShape/Expand/Range over constants (attention masks
// built from a static sequence length).
// CHECK-LABEL: func.func @masks
// CHECK-DAG: onnx.Constant dense<[0, 1, 2, 3]> : tensor<4xi64>
// CHECK-DAG: onnx.Constant dense<1> : tensor<2x3xi64>
// CHECK-DAG: onnx.Constant dense<[-1, 2, 3]> : tensor<3xi64>
// CHECK-NOT: onnx.Range
// CHECK-NOT: onnx.Where
// CHECK-NOT: onnx.Expand
func.func @masks() -> (tensor<*xi64>, tensor<*xi64>, tensor<*xi64>) {
  %start = onnx.Constant dense<0> : tensor<i64>
  %limit = onnx.Constant dense<4> : tensor<i64>
  %delta = onnx.Constant dense<1> : tensor<i64>
  %r = onnx.Range %start, %limit, %delta : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  %s = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  %c = onnx.ConstantOfShape %s {value = dense<1> : tensor<1xi64>} : (tensor<2xi64>) -> tensor<*xi64>
  %one = onnx.Constant dense<[1]> : tensor<1xi64>
  %e = onnx.Expand %one, %s : (tensor<1xi64>, tensor<2xi64>) -> tensor<*xi64>
  %v = onnx.Constant dense<[1, 2, 3]> : tensor<3xi64>
  %m1 = onnx.Constant dense<-1> : tensor<i64>
  %eq = onnx.Equal %v, %one : (tensor<3xi64>, tensor<1xi64>) -> tensor<*xi1>
  %w = onnx.Where %eq, %m1, %v : (tensor<*xi1>, tensor<i64>, tensor<3xi64>) -> tensor<*xi64>
  %sum = onnx.Add %c, %e : (tensor<*xi64>, tensor<*xi64>) -> tensor<*xi64>
  %diff = onnx.Sub %sum, %e : (tensor<*xi64>, tensor<*xi64>) -> tensor<*xi64>
  return %r, %diff, %w : tensor<*xi64>, tensor<*xi64>, tensor<*xi64>
}

// -----

// CHECK-LABEL: func.func @identity_dropout
// CHECK-NOT: onnx.Identity
// CHECK-NOT: onnx.Dropout
// CHECK: %[[M:.*]] = onnx.Constant dense<true> : tensor<3x7xi1>
// CHECK: return %arg0, %[[M]]
func.func @identity_dropout(%x: tensor<3x7xf32>) -> (tensor<*xf32>, tensor<*xi1>) {
  %none = onnx.NoValue
  %0, %1 = onnx.Dropout %x, %none, %none : (tensor<3x7xf32>, none, none) -> (tensor<*xf32>, tensor<*xi1>)
  %2 = onnx.Identity %0 : (tensor<*xf32>) -> tensor<*xf32>
  return %2, %1 : tensor<*xf32>, tensor<*xi1>
}

// -----

// A dynamic mask is ConstantOfShape(Shape(data)); a training Dropout stays.
// CHECK-LABEL: func.func @dropout_dynamic_and_training
// CHECK: %[[S:.*]] = onnx.Shape %arg0
// CHECK: onnx.ConstantOfShape %[[S]] {value = dense<true> : tensor<1xi1>}
// CHECK: onnx.Dropout %arg0
func.func @dropout_dynamic_and_training(%x: tensor<?x7xf32>, %t: tensor<i1>) -> (tensor<*xf32>, tensor<*xi1>, tensor<*xf32>) {
  %none = onnx.NoValue
  %false = onnx.Constant dense<false> : tensor<i1>
  %0, %1 = onnx.Dropout %x, %none, %false : (tensor<?x7xf32>, none, tensor<i1>) -> (tensor<*xf32>, tensor<*xi1>)
  %2, %3 = onnx.Dropout %x, %none, %t : (tensor<?x7xf32>, none, tensor<i1>) -> (tensor<*xf32>, tensor<*xi1>)
  return %0, %1, %2 : tensor<*xf32>, tensor<*xi1>, tensor<*xf32>
}

// -----

// GPT2's Conv1D as torch's TorchScript exporter writes it: Reshape(X,
// [-1, K]) -> Gemm -> Reshape back to X's leading dims read at run time.
// It becomes MatMul + Add on X itself: no reshape, no shape arithmetic.
// CHECK-LABEL: func @unflattened_gemm
// CHECK: %[[M:.*]] = onnx.MatMul %arg0, %{{.*}} : (tensor<?x?x32xf32>, tensor<32x96xf32>) -> tensor<?x?x96xf32>
// CHECK: %[[A:.*]] = onnx.Add %[[M]], %{{.*}} : (tensor<?x?x96xf32>, tensor<96xf32>) -> tensor<?x?x96xf32>
// CHECK-NOT: onnx.Gemm
// CHECK-NOT: onnx.Reshape
// CHECK: return %[[A]]
func.func @unflattened_gemm(%x: tensor<?x?x32xf32>) -> tensor<?x?x96xf32> {
  %w = onnx.Constant dense<0.5> : tensor<32x96xf32>
  %b = onnx.Constant dense<0.25> : tensor<96xf32>
  %flat = onnx.Constant dense<[-1, 32]> : tensor<2xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %ax = onnx.Constant dense<0> : tensor<1xi64>
  %n = onnx.Constant dense<96> : tensor<1xi64>
  %s = onnx.Shape %x : (tensor<?x?x32xf32>) -> tensor<3xi64>
  %d0 = onnx.Gather %s, %i0 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %d1 = onnx.Gather %s, %i1 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %u0 = onnx.Unsqueeze %d0, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %u1 = onnx.Unsqueeze %d1, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %target = onnx.Concat %u0, %u1, %n {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %r = onnx.Reshape %x, %flat : (tensor<?x?x32xf32>, tensor<2xi64>) -> tensor<?x32xf32>
  %g = onnx.Gemm %r, %w, %b : (tensor<?x32xf32>, tensor<32x96xf32>, tensor<96xf32>) -> tensor<?x96xf32>
  %y = onnx.Reshape %g, %target : (tensor<?x96xf32>, tensor<3xi64>) -> tensor<?x?x96xf32>
  return %y : tensor<?x?x96xf32>
}

// -----

// Left alone: the target restores the dims of another tensor, or the Gemm
// scales (alpha), or the flatten is not [-1, K].
// CHECK-LABEL: func @gemm_not_unflattened
// CHECK-COUNT-2: onnx.Gemm
func.func @gemm_not_unflattened(%x: tensor<?x?x32xf32>, %y: tensor<?x?x32xf32>) -> (tensor<?x?x96xf32>, tensor<?x?x96xf32>) {
  %w = onnx.Constant dense<0.5> : tensor<32x96xf32>
  %b = onnx.Constant dense<0.25> : tensor<96xf32>
  %flat = onnx.Constant dense<[-1, 32]> : tensor<2xi64>
  %i0 = onnx.Constant dense<0> : tensor<i64>
  %i1 = onnx.Constant dense<1> : tensor<i64>
  %ax = onnx.Constant dense<0> : tensor<1xi64>
  %n = onnx.Constant dense<96> : tensor<1xi64>
  %s = onnx.Shape %y : (tensor<?x?x32xf32>) -> tensor<3xi64>
  %d0 = onnx.Gather %s, %i0 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %d1 = onnx.Gather %s, %i1 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %u0 = onnx.Unsqueeze %d0, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %u1 = onnx.Unsqueeze %d1, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %target = onnx.Concat %u0, %u1, %n {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %r = onnx.Reshape %x, %flat : (tensor<?x?x32xf32>, tensor<2xi64>) -> tensor<?x32xf32>
  %g = onnx.Gemm %r, %w, %b : (tensor<?x32xf32>, tensor<32x96xf32>, tensor<96xf32>) -> tensor<?x96xf32>
  %o = onnx.Reshape %g, %target : (tensor<?x96xf32>, tensor<3xi64>) -> tensor<?x?x96xf32>
  %sx = onnx.Shape %x : (tensor<?x?x32xf32>) -> tensor<3xi64>
  %e0 = onnx.Gather %sx, %i0 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %e1 = onnx.Gather %sx, %i1 {axis = 0 : si64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %v0 = onnx.Unsqueeze %e0, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %v1 = onnx.Unsqueeze %e1, %ax : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %target2 = onnx.Concat %v0, %v1, %n {axis = 0 : si64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %r2 = onnx.Reshape %x, %flat : (tensor<?x?x32xf32>, tensor<2xi64>) -> tensor<?x32xf32>
  %g2 = onnx.Gemm %r2, %w, %b {alpha = 2.0 : f32} : (tensor<?x32xf32>, tensor<32x96xf32>, tensor<96xf32>) -> tensor<?x96xf32>
  %o2 = onnx.Reshape %g2, %target2 : (tensor<?x96xf32>, tensor<3xi64>) -> tensor<?x?x96xf32>
  return %o, %o2 : tensor<?x?x96xf32>, tensor<?x?x96xf32>
}
