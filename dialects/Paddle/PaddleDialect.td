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

// Verifies an op's cpuKernelTypes (PaddleKernels.h); every paddle op has it,
// and the ones without a set pass.
def Paddle_CpuKernelTypesTrait : NativeOpTrait<"CpuKernelTypes"> {
  let cppNamespace = "::x2p::Paddle::OpTrait";
}

class Paddle_Op<string mnemonic, list<Trait> traits = []>
    : Op<Paddle_Dialect, mnemonic,
         !listconcat(traits, [Paddle_CpuKernelTypesTrait])> {
  // 1: the op is a Paddle OpDesc type of the same name, held against
  // Paddle's op protos by scripts/paddle_op_protos.py; 0: an x2p op that
  // becomes something else in a ProgramDesc (a persistable var, ...).
  bit isOpDesc = 1;
  // The version of the op in Paddle's op_version_map that these semantics
  // are (0: never re-versioned); exported programs record it.
  int opVersion = 0;
  // Outputs Paddle requires to be the same var as an input ("MeanOut=Mean"
  // for batch_norm's running statistics); the exporter names them so.
  list<string> inplaceOutputs = [];
  // The element types Paddle 3.3.1's CPU kernel of this op type has for
  // the operand it picks its kernel by (cpuKernelSlot, default the first
  // operand), as Paddle names them: bool uint8 int8 int16 int32 int64
  // float16 bfloat16 float32 float64. Probed with the legacy executor, one
  // type at a time (scripts/probe_cpu_kernels.py). The verifier refuses the
  // other types there and the ONNX conversion computes in one of these
  // (include/x2p/Dialect/Paddle/PaddleKernels.h reads the set; the op reference lists
  // it). Empty: no set is recorded, and the op takes every type its operand
  // constraints allow.
  list<string> cpuKernelTypes = [];
  string cpuKernelSlot = "";
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

// Kernel-type sets many ops share (cpuKernelTypes).
defvar Paddle_KernelFloats = ["float32", "float64"];
defvar Paddle_KernelStandard = ["int32", "int64", "float32", "float64"];
defvar Paddle_KernelBits = ["bool", "uint8", "int8", "int16", "int32", "int64"];
defvar Paddle_KernelAllBut16 = !listconcat(Paddle_KernelBits,
                                           ["bfloat16", "float32", "float64"]);
defvar Paddle_KernelAllButBF16 = !listconcat(Paddle_KernelBits,
                                             ["float16", "float32", "float64"]);
defvar Paddle_KernelIntsF16Floats = !listconcat(
    ["uint8", "int8", "int16", "int32", "int64"],
    ["float16", "float32", "float64"]);

// Element types Paddle's kernels take (VarType.Type minus the container kinds).
def Paddle_ElementType : AnyTypeOf<[I1, I8, UI8, I16, I32, I64, F16, BF16,
                                    F32, F64]>;
def Paddle_Tensor : TensorOf<[Paddle_ElementType]>;
def Paddle_FloatTensor : TensorOf<[F16, BF16, F32, F64]>;
// The operands of ops whose CPU kernels take f32/f64 alone (trigonometry).
def Paddle_F32OrF64Tensor : TensorOf<[F32, F64]>;
def Paddle_IntTensor : TensorOf<[I32, I64]>;
// What arithmetic kernels take: every element type but bool.
def Paddle_NumericTensor : TensorOf<[I8, UI8, I16, I32, I64, F16, BF16, F32,
                                     F64]>;
def Paddle_FloatOrIntTensor : TensorOf<[I32, I64, F16, BF16, F32, F64]>;
def Paddle_BoolTensor : TensorOf<[I1]>;
// Indices into another tensor (gather, lookup_table_v2, top_k_v2's Indices).
def Paddle_IndexTensor : TensorOf<[I32, I64]>;

#endif // X2P_DIALECT_PADDLE_DIALECT_TD
