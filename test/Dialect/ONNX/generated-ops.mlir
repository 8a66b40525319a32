// A sample of the ops generated from ONNX's schemas, one per form the
// generator produces: variadic operands and results, absent optional inputs
// and outputs (`none`), regions ending in onnx.Yield, sequence/optional/string
// types, narrow float and int element types, and schema defaults that are
// not printed. Each prints in a form that parses back to the same IR, in the
// custom and in the generic syntax.
// RUN: x2p-opt %s -split-input-file | x2p-opt -split-input-file | FileCheck %s
// RUN: x2p-opt %s -split-input-file --mlir-print-op-generic | x2p-opt -split-input-file | FileCheck %s
// --verify-roundtrip also writes and reads bytecode (.mlirbc).
// RUN: x2p-opt %s -split-input-file --verify-roundtrip | FileCheck %s

// CHECK-LABEL: func @variadic
// CHECK: onnx.Concat %{{.*}}, %{{.*}}, %{{.*}} {axis = 1 : si64} : (tensor<2x3xf32>, tensor<2x?xf32>, tensor<2x1xf32>) -> tensor<2x?xf32>
// CHECK: %{{.*}}:3 = onnx.Split %{{.*}}, %{{.*}} {axis = -1 : si64} : (tensor<2x?xf32>, none) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
// CHECK: onnx.Split %{{.*}}, %{{.*}} : (tensor<6xi64>, tensor<2xi64>) -> (tensor<2xi64>, tensor<4xi64>)
// CHECK: onnx.Max %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x?xf32>, tensor<1xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
// CHECK: onnx.Sum %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
func.func @variadic(%a: tensor<2x3xf32>, %b: tensor<2x?xf32>, %c: tensor<2x1xf32>, %d: tensor<1xf32>, %e: tensor<6xi64>, %s: tensor<2xi64>) -> (tensor<2x?xf32>, tensor<2xi64>, tensor<2x3xf32>) {
  %none = onnx.NoValue
  %0 = onnx.Concat %a, %b, %c {axis = 1 : si64} : (tensor<2x3xf32>, tensor<2x?xf32>, tensor<2x1xf32>) -> tensor<2x?xf32>
  %1:3 = onnx.Split %0, %none {axis = -1 : si64} : (tensor<2x?xf32>, none) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>)
  %2:2 = onnx.Split %e, %s : (tensor<6xi64>, tensor<2xi64>) -> (tensor<2xi64>, tensor<4xi64>)
  %3 = onnx.Max %1#0, %d, %1#2 : (tensor<2x?xf32>, tensor<1xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
  %4 = onnx.Sum %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %3, %2#0, %4 : tensor<2x?xf32>, tensor<2xi64>, tensor<2x3xf32>
}

// -----

// Absent optional inputs are the `none` of onnx.NoValue; attributes left at
// their schema default (Resize's mode "nearest", ...) are not printed.
// CHECK-LABEL: func @optional_inputs
// CHECK: %[[NONE:.*]] = onnx.NoValue
// CHECK: onnx.Clip %{{.*}}, %[[NONE]], %{{.*}} : (tensor<4xf32>, none, tensor<f32>) -> tensor<4xf32>
// CHECK: onnx.Clip %{{.*}}, %[[NONE]], %[[NONE]] : (tensor<4xf32>, none, none) -> tensor<4xf32>
// CHECK: onnx.Resize %{{.*}}, %[[NONE]], %{{.*}}, %[[NONE]] {mode = "linear"} : (tensor<1x3x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x3x8x8xf32>
// CHECK: onnx.Slice %{{.*}}, %{{.*}}, %{{.*}}, %[[NONE]], %[[NONE]] : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<?xf32>
// CHECK: onnx.Slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<10xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?xf32>
func.func @optional_inputs(%x: tensor<4xf32>, %max: tensor<f32>, %img: tensor<1x3x4x4xf32>, %scales: tensor<4xf32>, %v: tensor<10xf32>, %i64: tensor<1xi64>, %i32: tensor<1xi32>) {
  %none = onnx.NoValue
  %0 = onnx.Clip %x, %none, %max : (tensor<4xf32>, none, tensor<f32>) -> tensor<4xf32>
  %1 = onnx.Clip %x, %none, %none : (tensor<4xf32>, none, none) -> tensor<4xf32>
  %2 = onnx.Resize %img, %none, %scales, %none {mode = "linear", nearest_mode = "round_prefer_floor"} : (tensor<1x3x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x3x8x8xf32>
  %3 = onnx.Slice %v, %i64, %i64, %none, %none : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<?xf32>
  %4 = onnx.Slice %v, %i32, %i32, %i32, %i32 : (tensor<10xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?xf32>
  return
}

// -----

// Optional outputs the node does not produce are `none` results.
// CHECK-LABEL: func @optional_outputs
// CHECK: onnx.Dropout %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x8xf32>, none, none) -> (tensor<2x8xf32>, none)
// CHECK: onnx.Dropout %{{.*}}, %{{.*}}, %{{.*}} {seed = 7 : si64} : (tensor<2x8xf32>, tensor<f32>, tensor<i1>) -> (tensor<2x8xf32>, tensor<2x8xi1>)
// CHECK: onnx.LayerNormalization %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<2x8xf32>, none, none)
// CHECK: onnx.LayerNormalization %{{.*}}, %{{.*}}, %{{.*}} {axis = 1 : si64} : (tensor<2x8xf32>, tensor<8xf32>, none) -> (tensor<2x8xf32>, tensor<2x1xf32>, tensor<2x1xf32>)
func.func @optional_outputs(%x: tensor<2x8xf32>, %scale: tensor<8xf32>, %bias: tensor<8xf32>, %ratio: tensor<f32>, %train: tensor<i1>) {
  %none = onnx.NoValue
  %0:2 = onnx.Dropout %x, %none, %none : (tensor<2x8xf32>, none, none) -> (tensor<2x8xf32>, none)
  %1:2 = onnx.Dropout %x, %ratio, %train {seed = 7 : si64} : (tensor<2x8xf32>, tensor<f32>, tensor<i1>) -> (tensor<2x8xf32>, tensor<2x8xi1>)
  // Attributes spelled out with their default values are not printed.
  %2:3 = onnx.LayerNormalization %x, %scale, %bias {axis = -1 : si64, epsilon = 1.0e-05 : f32, stash_type = 1 : si64} : (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<2x8xf32>, none, none)
  %3:3 = onnx.LayerNormalization %x, %scale, %none {axis = 1 : si64} : (tensor<2x8xf32>, tensor<8xf32>, none) -> (tensor<2x8xf32>, tensor<2x1xf32>, tensor<2x1xf32>)
  return
}

// -----

// Graph attributes are regions ending in onnx.Yield; values of the
// enclosing function are used directly.
// CHECK-LABEL: func @regions
// CHECK: "onnx.If"(%{{.*}}) ({
// CHECK:   onnx.Yield %{{.*}} : tensor<2xf32>
// CHECK: }, {
// CHECK:   onnx.Yield %{{.*}} : tensor<2xf32>
// CHECK: }) : (tensor<i1>) -> tensor<2xf32>
// CHECK: "onnx.Loop"(%{{.*}}, %{{.*}}, %{{.*}}) ({
// CHECK: ^bb0(%{{.*}}: tensor<i64>, %{{.*}}: tensor<i1>, %{{.*}}: tensor<2xf32>):
// CHECK:   onnx.Yield %{{.*}}, %{{.*}}, %{{.*}} : tensor<i1>, tensor<2xf32>, tensor<2xf32>
// CHECK: }) : (tensor<i64>, none, tensor<2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>)
// CHECK: "onnx.Scan"(%{{.*}}, %{{.*}}) <{num_scan_inputs = 1 : si64}> ({
// CHECK: ^bb0(%{{.*}}: tensor<2xf32>, %{{.*}}: tensor<2xf32>):
// CHECK:   onnx.Yield %{{.*}}, %{{.*}} : tensor<2xf32>, tensor<2xf32>
// CHECK: }) : (tensor<2xf32>, tensor<5x2xf32>) -> (tensor<2xf32>, tensor<5x2xf32>)
func.func @regions(%c: tensor<i1>, %x: tensor<2xf32>, %y: tensor<2xf32>, %n: tensor<i64>, %seq: tensor<5x2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %none = onnx.NoValue
  %0 = "onnx.If"(%c) ({
    %s = onnx.Add %x, %y : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %s : tensor<2xf32>
  }, {
    onnx.Yield %y : tensor<2xf32>
  }) : (tensor<i1>) -> tensor<2xf32>
  %1:2 = "onnx.Loop"(%n, %none, %x) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>, %acc: tensor<2xf32>):
    %next = onnx.Add %acc, %y : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %cond, %next, %next : tensor<i1>, tensor<2xf32>, tensor<2xf32>
  }) : (tensor<i64>, none, tensor<2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>)
  %2:2 = "onnx.Scan"(%x, %seq) <{num_scan_inputs = 1 : si64}> ({
  ^bb0(%state: tensor<2xf32>, %elt: tensor<2xf32>):
    %sum = onnx.Add %state, %elt : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %sum, %sum : tensor<2xf32>, tensor<2xf32>
  }) : (tensor<2xf32>, tensor<5x2xf32>) -> (tensor<2xf32>, tensor<5x2xf32>)
  return %0, %1#0, %2#0 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}

// -----

// seq(tensor(T)) is !onnx.Seq, optional(T) is !onnx.Opt, and string
// tensors hold !onnx.String.
// CHECK-LABEL: func @containers
// CHECK-SAME: !onnx.Seq<tensor<*xf32>>
// CHECK: onnx.SequenceConstruct %{{.*}}, %{{.*}} : (tensor<2xf32>, tensor<3xf32>) -> !onnx.Seq<tensor<?xf32>>
// CHECK: onnx.SequenceAt %{{.*}}, %{{.*}} : (!onnx.Seq<tensor<?xf32>>, tensor<i64>) -> tensor<?xf32>
// CHECK: onnx.Optional %{{.*}} : (tensor<2xf32>) -> !onnx.Opt<tensor<2xf32>>
// CHECK: onnx.Optional %{{.*}} {type = tensor<*xi64>} : (none) -> !onnx.Opt<tensor<*xi64>>
// CHECK: onnx.Optional %{{.*}} : (!onnx.Seq<tensor<?xf32>>) -> !onnx.Opt<!onnx.Seq<tensor<?xf32>>>
// CHECK: onnx.OptionalHasElement %{{.*}} : (!onnx.Opt<tensor<*xi64>>) -> tensor<i1>
// CHECK: onnx.OptionalGetElement %{{.*}} : (!onnx.Opt<tensor<2xf32>>) -> tensor<2xf32>
// CHECK: onnx.StringNormalizer %{{.*}} {case_change_action = "LOWER", stopwords = ["a", "the"]} : (tensor<3x!onnx.String>) -> tensor<?x!onnx.String>
// CHECK: onnx.Identity %{{.*}} : (!onnx.Seq<tensor<*xf32>>) -> !onnx.Seq<tensor<*xf32>>
func.func @containers(%a: tensor<2xf32>, %b: tensor<3xf32>, %i: tensor<i64>, %words: tensor<3x!onnx.String>, %s: !onnx.Seq<tensor<*xf32>>) {
  %none = onnx.NoValue
  %0 = onnx.SequenceConstruct %a, %b : (tensor<2xf32>, tensor<3xf32>) -> !onnx.Seq<tensor<?xf32>>
  %1 = onnx.SequenceAt %0, %i : (!onnx.Seq<tensor<?xf32>>, tensor<i64>) -> tensor<?xf32>
  %2 = onnx.Optional %a : (tensor<2xf32>) -> !onnx.Opt<tensor<2xf32>>
  %3 = onnx.Optional %none {type = tensor<*xi64>} : (none) -> !onnx.Opt<tensor<*xi64>>
  %4 = onnx.Optional %0 : (!onnx.Seq<tensor<?xf32>>) -> !onnx.Opt<!onnx.Seq<tensor<?xf32>>>
  %5 = onnx.OptionalHasElement %3 : (!onnx.Opt<tensor<*xi64>>) -> tensor<i1>
  %6 = onnx.OptionalGetElement %2 : (!onnx.Opt<tensor<2xf32>>) -> tensor<2xf32>
  %7 = onnx.StringNormalizer %words {case_change_action = "LOWER", stopwords = ["a", "the"]} : (tensor<3x!onnx.String>) -> tensor<?x!onnx.String>
  %8 = onnx.Identity %s : (!onnx.Seq<tensor<*xf32>>) -> !onnx.Seq<tensor<*xf32>>
  return
}

// -----

// Narrow element types: float8, float4, int4, uint4, int2.
// CHECK-LABEL: func @narrow_types
// CHECK: onnx.QuantizeLinear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<f32>, tensor<f8E4M3FN>) -> tensor<4xf8E4M3FN>
// CHECK: onnx.DequantizeLinear %{{.*}}, %{{.*}}, %{{.*}} {axis = 0 : si64} : (tensor<4x2xi4>, tensor<4xf32>, none) -> tensor<4x2xf32>
// CHECK: onnx.Cast %{{.*}} {to = 17 : si64} : (tensor<4xf32>) -> tensor<4xf8E4M3FN>
// CHECK: onnx.Cast %{{.*}} {saturate = 0 : si64, to = 19 : si64} : (tensor<4xf32>) -> tensor<4xf8E5M2>
// CHECK: onnx.Cast %{{.*}} {to = 23 : si64} : (tensor<4xf32>) -> tensor<4xf4E2M1FN>
// CHECK: onnx.Identity %{{.*}} : (tensor<8xui4>) -> tensor<8xui4>
// CHECK: onnx.Reshape %{{.*}}, %{{.*}} : (tensor<8xi2>, tensor<2xi64>) -> tensor<2x4xi2>
// CHECK: onnx.Constant dense<[1, -2]> : tensor<2xi4>
func.func @narrow_types(%x: tensor<4xf32>, %scale: tensor<f32>, %zp: tensor<f8E4M3FN>, %w: tensor<4x2xi4>, %scales: tensor<4xf32>, %u: tensor<8xui4>, %t: tensor<8xi2>, %shape: tensor<2xi64>) {
  %none = onnx.NoValue
  %0 = onnx.QuantizeLinear %x, %scale, %zp : (tensor<4xf32>, tensor<f32>, tensor<f8E4M3FN>) -> tensor<4xf8E4M3FN>
  %1 = onnx.DequantizeLinear %w, %scales, %none {axis = 0 : si64} : (tensor<4x2xi4>, tensor<4xf32>, none) -> tensor<4x2xf32>
  %2 = onnx.Cast %x {to = 17 : si64, saturate = 1 : si64} : (tensor<4xf32>) -> tensor<4xf8E4M3FN>
  %3 = onnx.Cast %x {to = 19 : si64, saturate = 0 : si64} : (tensor<4xf32>) -> tensor<4xf8E5M2>
  %4 = onnx.Cast %x {to = 23 : si64} : (tensor<4xf32>) -> tensor<4xf4E2M1FN>
  %5 = onnx.Identity %u : (tensor<8xui4>) -> tensor<8xui4>
  %6 = onnx.Reshape %t, %shape : (tensor<8xi2>, tensor<2xi64>) -> tensor<2x4xi2>
  %7 = onnx.Constant dense<[1, -2]> : tensor<2xi4>
  return
}

// -----

// Ops without inputs, with TENSOR, FLOATS and STRINGS attributes.
// CHECK-LABEL: func @attribute_kinds
// CHECK: onnx.ConstantOfShape %{{.*}} {value = dense<1.000000e+00> : tensor<1xf32>} : (tensor<2xi64>) -> tensor<?x?xf32>
// CHECK: onnx.RandomNormal {shape = array<i64: 2, 3>} : () -> tensor<2x3xf32>
// CHECK: onnx.RNN %{{.*}} {activations = ["Relu"], hidden_size = 4 : si64}
// CHECK: onnx.EyeLike %{{.*}} {dtype = 7 : si64} : (tensor<3x3xf32>) -> tensor<3x3xi64>
// CHECK: onnx.Cast %{{.*}} {to = 8 : si64} : (tensor<3x3xf32>) -> tensor<3x3x!onnx.String>
// CHECK: onnx.MeanVarianceNormalization %{{.*}} : (tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
// CHECK: onnx.MeanVarianceNormalization %{{.*}} {axes = array<i64: 0, 1>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
func.func @attribute_kinds(%shape: tensor<2xi64>, %x: tensor<5x1x2xf32>, %w: tensor<1x4x2xf32>, %r: tensor<1x4x4xf32>, %img: tensor<1x3x4x4xf32>, %sq: tensor<3x3xf32>) {
  %none = onnx.NoValue
  %0 = onnx.ConstantOfShape %shape {value = dense<1.0> : tensor<1xf32>} : (tensor<2xi64>) -> tensor<?x?xf32>
  %1 = onnx.RandomNormal {dtype = 1 : si64, shape = array<i64: 2, 3>} : () -> tensor<2x3xf32>
  %2:2 = onnx.RNN %x, %w, %r, %none, %none, %none {activations = ["Relu"], hidden_size = 4 : si64} : (tensor<5x1x2xf32>, tensor<1x4x2xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<5x1x1x4xf32>, tensor<1x1x4xf32>)
  %5 = onnx.EyeLike %sq {dtype = 7 : si64} : (tensor<3x3xf32>) -> tensor<3x3xi64>
  %6 = onnx.Cast %sq {to = 8 : si64} : (tensor<3x3xf32>) -> tensor<3x3x!onnx.String>
  %3 = onnx.MeanVarianceNormalization %img {axes = array<i64: 0, 2, 3>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  %4 = onnx.MeanVarianceNormalization %img {axes = array<i64: 0, 1>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  return
}
