//===- PaddleDialect.td - the paddle dialect definition ----*- tablegen -*-===//
//
// The paddle dialect models a Paddle ProgramDesc: one op per OpDesc type,
// named as Paddle names it. Operand and result names are OpDesc slot names
// and attribute names and types are the OpDesc ones, so that export and
// import are generic code over the op definitions rather than a case per op.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_DIALECT_TD
#define X2P_DIALECT_PADDLE_DIALECT_TD

include "mlir/IR/OpBase.td"

def Paddle_Dialect : Dialect {
  let name = "paddle";
  let summary = "PaddlePaddle ProgramDesc operators";
  let description = [{
    Each op is one Paddle OpDesc type (`paddle.matmul_v2`,
    `paddle.elementwise_add`, ...). Operands and results carry the OpDesc
    slot names (`X`, `Y`, `Out`, `XShape`); optional slots are optional
    operands; auxiliary outputs Paddle requires are real results.
    Attribute names and kinds follow Paddle's op protos:

    | Paddle AttrType | MLIR attribute |
    |---|---|
    | INT | `SI32Attr` |
    | LONG | `SI64Attr` |
    | FLOAT | `F32Attr` |
    | BOOLEAN | `BoolAttr` |
    | STRING | `StrAttr` |
    | INTS | `DenseI32ArrayAttr` |
    | LONGS | `DenseI64ArrayAttr` |
    | FLOATS | `DenseF32ArrayAttr` |
    | STRINGS | `StrArrayAttr` |
    | BOOLEANS | `DenseBoolArrayAttr` |
    | FLOAT64 | `F64Attr` |

    In the custom syntax, required operands are positional and optional or
    variadic slots are written with their slot name:
    `paddle.reshape2 %x ShapeTensor(%d0, %d1) : ...`.

    Parameters are `paddle.parameter` ops; function arguments and results
    become feed and fetch targets.
  }];
  let cppNamespace = "::x2p::Paddle";
}

class Paddle_Op<string mnemonic, list<Trait> traits = []>
    : Op<Paddle_Dialect, mnemonic, traits> {
  // 1: the op is a Paddle OpDesc type of the same name, held against
  // Paddle's op protos by scripts/paddle_op_protos.py; 0: an x2p op that
  // becomes something else in a ProgramDesc (a persistable var, ...).
  bit isOpDesc = 1;
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

// Element types Paddle's kernels take (VarType.Type minus the container kinds).
def Paddle_ElementType : AnyTypeOf<[I1, I8, UI8, I16, I32, I64, F16, BF16,
                                    F32, F64]>;
def Paddle_Tensor : TensorOf<[Paddle_ElementType]>;
def Paddle_FloatTensor : TensorOf<[F16, BF16, F32, F64]>;
def Paddle_IntTensor : TensorOf<[I32, I64]>;
// What arithmetic kernels take: every element type but bool.
def Paddle_NumericTensor : TensorOf<[I8, UI8, I16, I32, I64, F16, BF16, F32,
                                     F64]>;
def Paddle_FloatOrIntTensor : TensorOf<[I32, I64, F16, BF16, F32, F64]>;
def Paddle_BoolTensor : TensorOf<[I1]>;
// Indices into another tensor (gather, lookup_table_v2, top_k_v2's Indices).
def Paddle_IndexTensor : TensorOf<[I32, I64]>;

#endif // X2P_DIALECT_PADDLE_DIALECT_TD
