// Every class of module --export-paddle cannot write is an error at the
// op's location, and no output file is left behind.
// RUN: rm -rf %t && mkdir -p %t
// RUN: x2p-translate --export-paddle %s -split-input-file -verify-diagnostics -o %t/model.pdmodel
// RUN: not ls %t/model.pdiparams

// expected-error @+1 {{cannot export: the module needs a function @main_graph or exactly one function (it has 2)}}
module {
  func.func @a() { return }
  func.func @b() { return }
}

// -----

func.func @main_graph(%x: tensor<2xf32>) -> i32 {
  // expected-error @+1 {{cannot export 'arith.constant': it is not a Paddle OpDesc op}}
  %0 = arith.constant 1 : i32
  return %0 : i32
}

// -----

// expected-error @+1 {{cannot export 'input_0' of type 'tensor<*xf32>': Paddle needs a ranked tensor}}
func.func @main_graph(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}

// -----

// expected-error @+1 {{cannot export 'x': Paddle has no data type for 'f8E4M3FN'}}
func.func @main_graph(%x: tensor<2xf8E4M3FN> {paddle.name = "x"}) -> tensor<2xf8E4M3FN> {
  return %x : tensor<2xf8E4M3FN>
}

// -----

func.func @main_graph() -> (tensor<2xf32>, tensor<2xf32>) {
  %0 = paddle.parameter "w" dense<1.0> : tensor<2xf32>
  // expected-error @+1 {{parameter name 'w' is taken or not a valid Paddle name (it would be exported as 'w_1')}}
  %1 = paddle.parameter "w" dense<2.0> : tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}

// -----

func.func @main_graph() -> tensor<2xf32> {
  // expected-error @+1 {{parameter name 'fc w' is taken or not a valid Paddle name (it would be exported as 'fc_w')}}
  %0 = paddle.parameter "fc w" dense<1.0> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @main_graph() -> tensor<2xf32> {
  // expected-error @+1 {{parameter 'w': its dense_resource blob holds 4 bytes, the type needs 8}}
  %0 = paddle.parameter "w" dense_resource<short> : tensor<2xf32>
  return %0 : tensor<2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      short: "0x040000000000803F"
    }
  }
#-}
