// Op definitions that drift from Paddle's op protos in every way
// scripts/paddle_op_protos.py checks; used by op-protos.test.
include "dialects/Paddle/PaddleDialect.td"

def Bad_NoSuchOp : Paddle_Op<"no_such_op"> {
  let arguments = (ins Paddle_Tensor:$X);
  let results = (outs Paddle_Tensor:$Out);
}

def Bad_SoftmaxOp : Paddle_Op<"softmax"> {
  let arguments = (ins Paddle_Tensor:$X, SI64Attr:$axis, BoolAttr:$use_magic);
  let results = (outs Paddle_Tensor:$Out);
}

def Bad_LayerNormOp : Paddle_Op<"layer_norm"> {
  let arguments = (ins Paddle_Tensor:$Input, Paddle_Tensor:$Scale);
  let results = (outs Paddle_Tensor:$Y, Paddle_Tensor:$Mean);
}

def Bad_Reshape2Op : Paddle_Op<"reshape2"> {
  let arguments = (ins Paddle_Tensor:$X, Paddle_Tensor:$ShapeTensor);
  let results = (outs Paddle_Tensor:$Out, Paddle_Tensor:$XShape);
}
