//===- AttributeImport.cpp - AttributeProtos to MLIR attributes -----------===//
//
// The attribute half of the onnx dialect contract. The conversion follows
// the AttributeProto's own type, not the operator's schema, so it needs no
// knowledge of the ops and works for every operator the dialect has.
//
//===----------------------------------------------------------------------===//
#include "AttributeImport.h"
#include "TensorImport.h"

#include "onnx/onnx_pb.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace x2p::onnx_import;
using AP = onnx::AttributeProto;

int x2p::onnx_import::getAttributeType(const onnx::AttributeProto &a) {
  if (a.has_type() && a.type() != AP::UNDEFINED)
    return a.type();
  if (a.has_g())
    return AP::GRAPH;
  if (a.has_t())
    return AP::TENSOR;
  if (a.has_sparse_tensor())
    return AP::SPARSE_TENSOR;
  if (a.has_tp())
    return AP::TYPE_PROTO;
  if (a.has_s())
    return AP::STRING;
  if (a.has_f())
    return AP::FLOAT;
  if (a.has_i())
    return AP::INT;
  if (a.floats_size())
    return AP::FLOATS;
  if (a.ints_size())
    return AP::INTS;
  if (a.strings_size())
    return AP::STRINGS;
  if (a.tensors_size())
    return AP::TENSORS;
  if (a.graphs_size())
    return AP::GRAPHS;
  if (a.sparse_tensors_size())
    return AP::SPARSE_TENSORS;
  if (a.type_protos_size())
    return AP::TYPE_PROTOS;
  return AP::UNDEFINED;
}

FailureOr<Attribute>
x2p::onnx_import::importAttribute(const onnx::AttributeProto &a,
                                  ImportContext &ic, Location loc,
                                  StringRef what) {
  Builder b(ic.ctx);
  if (a.has_ref_attr_name())
    return emitError(loc) << what << " refers to function attribute '"
                          << a.ref_attr_name()
                          << "', which only functions may do",
           failure();
  switch (getAttributeType(a)) {
  case AP::INT:
    return Attribute(b.getIntegerAttr(
        IntegerType::get(ic.ctx, 64, IntegerType::Signed), a.i()));
  case AP::FLOAT:
    return Attribute(b.getF32FloatAttr(a.f()));
  case AP::STRING:
    return Attribute(b.getStringAttr(a.s()));
  case AP::INTS:
    return Attribute(b.getDenseI64ArrayAttr(
        SmallVector<int64_t>(a.ints().begin(), a.ints().end())));
  case AP::FLOATS:
    return Attribute(b.getDenseF32ArrayAttr(
        SmallVector<float>(a.floats().begin(), a.floats().end())));
  case AP::STRINGS: {
    SmallVector<Attribute> strings;
    for (const std::string &s : a.strings())
      strings.push_back(b.getStringAttr(s));
    return Attribute(b.getArrayAttr(strings));
  }
  case AP::TENSOR: {
    FailureOr<ElementsAttr> t = importTensor(a.t(), ic, loc, what);
    if (failed(t))
      return failure();
    return Attribute(*t);
  }
  case AP::SPARSE_TENSOR: {
    FailureOr<ElementsAttr> t =
        importSparseTensor(a.sparse_tensor(), ic, loc, what);
    if (failed(t))
      return failure();
    return Attribute(*t);
  }
  case AP::TENSORS:
  case AP::SPARSE_TENSORS: {
    SmallVector<Attribute> tensors;
    for (const auto &t : a.tensors()) {
      FailureOr<ElementsAttr> v = importTensor(t, ic, loc, what);
      if (failed(v))
        return failure();
      tensors.push_back(*v);
    }
    for (const auto &t : a.sparse_tensors()) {
      FailureOr<ElementsAttr> v = importSparseTensor(t, ic, loc, what);
      if (failed(v))
        return failure();
      tensors.push_back(*v);
    }
    return Attribute(b.getArrayAttr(tensors));
  }
  case AP::TYPE_PROTO: {
    FailureOr<Type> t = importType(a.tp(), ic, loc, what);
    if (failed(t))
      return failure();
    return Attribute(TypeAttr::get(*t));
  }
  case AP::TYPE_PROTOS: {
    SmallVector<Attribute> types;
    for (const auto &tp : a.type_protos()) {
      FailureOr<Type> t = importType(tp, ic, loc, what);
      if (failed(t))
        return failure();
      types.push_back(TypeAttr::get(*t));
    }
    return Attribute(b.getArrayAttr(types));
  }
  case AP::GRAPH:
  case AP::GRAPHS:
    return emitError(loc) << what
                          << " is a graph, which only If, Loop and Scan take",
           failure();
  default:
    return emitError(loc) << what << " has no value (attribute type "
                          << int(a.type()) << ")",
           failure();
  }
}
