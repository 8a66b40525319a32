//===- TensorImportTest.cpp - TensorProtos to ElementsAttrs ---------------===//
//
// Weights must alias the model buffer when aligned (the zero-copy promise),
// and every storage form of a TensorProto (raw_data, typed fields, packed
// sub-byte types, bool) must give the same values.
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/ONNX/ONNXImport.h"

#include "onnx/onnx_pb.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace mlir;

namespace {

/// A model whose graph returns the given initializers.
std::string modelReturning(const std::vector<onnx::TensorProto> &tensors) {
  onnx::ModelProto model;
  model.set_ir_version(8);
  auto *opset = model.add_opset_import();
  opset->set_version(17);
  auto *graph = model.mutable_graph();
  for (const auto &t : tensors) {
    *graph->add_initializer() = t;
    auto *out = graph->add_output();
    out->set_name(t.name());
  }
  return model.SerializeAsString();
}

/// The `value`s of the onnx.Constant ops of @main_graph, in order.
std::vector<ElementsAttr> constants(ModuleOp module) {
  std::vector<ElementsAttr> values;
  module.walk([&](Operation *op) {
    if (op->getName().getStringRef() == "onnx.Constant")
      values.push_back(cast<ElementsAttr>(op->getAttr("value")));
  });
  return values;
}

TEST(TensorImport, LargeRawDataAliasesTheBuffer) {
  onnx::TensorProto t;
  t.set_name("w");
  t.set_data_type(onnx::TensorProto::FLOAT);
  t.add_dims(64);
  std::vector<float> values(64);
  for (int i = 0; i < 64; ++i)
    values[i] = i * 0.5f;
  t.set_raw_data(std::string(reinterpret_cast<char *>(values.data()), 256));
  std::string bytes = modelReturning({t});

  // Try the model at every offset mod 4 in an aligned buffer: aligned
  // weights alias it, misaligned ones are copied, both read the same.
  for (size_t shift = 0; shift < 4; ++shift) {
    auto storage =
        std::make_shared<std::vector<uint64_t>>(bytes.size() / 8 + 2);
    char *base = reinterpret_cast<char *>(storage->data()) + shift;
    std::memcpy(base, bytes.data(), bytes.size());
    MLIRContext ctx;
    auto module = x2p::importONNXModel(llvm::StringRef(base, bytes.size()), "",
                                       storage, x2p::ONNXFormat::Binary, &ctx);
    ASSERT_TRUE(module);
    auto attrs = constants(*module);
    ASSERT_EQ(attrs.size(), 1u);
    auto resource = dyn_cast<DenseResourceElementsAttr>(attrs[0]);
    ASSERT_TRUE(resource);
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    ASSERT_TRUE(blob);
    ArrayRef<char> data = blob->getData();
    ASSERT_EQ(data.size(), 256u);
    EXPECT_EQ(std::memcmp(data.data(), values.data(), 256), 0);
    bool inside = data.data() >= base && data.data() < base + bytes.size();
    bool aligned = reinterpret_cast<uintptr_t>(data.data()) % 4 == 0;
    EXPECT_TRUE(aligned);
    // The walker finds the raw_data at a fixed offset; it is aliased
    // exactly when that offset lands 4-aligned.
    size_t offset = bytes.find(t.raw_data());
    bool shouldAlias = (reinterpret_cast<uintptr_t>(base) + offset) % 4 == 0;
    EXPECT_EQ(inside, shouldAlias) << "shift " << shift;
  }
}

TEST(TensorImport, TypedFieldsAndPackedTypes) {
  std::vector<onnx::TensorProto> ts(5);
  ts[0].set_name("f16");
  ts[0].set_data_type(onnx::TensorProto::FLOAT16);
  ts[0].add_dims(2);
  ts[0].add_int32_data(0x3C00); // 1.0
  ts[0].add_int32_data(0xC000); // -2.0
  ts[1].set_name("b");
  ts[1].set_data_type(onnx::TensorProto::BOOL);
  ts[1].add_dims(3);
  ts[1].set_raw_data(std::string("\x01\x00\x01", 3));
  ts[2].set_name("i4");
  ts[2].set_data_type(22); // INT4 (newer than libonnx 1.12)
  ts[2].add_dims(3);
  ts[2].set_raw_data(std::string("\x21\x0f", 2)); // 1, 2, -1
  ts[3].set_name("i64");
  ts[3].set_data_type(onnx::TensorProto::INT64);
  ts[3].add_dims(2);
  ts[3].add_int64_data(-5);
  ts[3].add_int64_data(1LL << 40);
  ts[4].set_name("u8");
  ts[4].set_data_type(onnx::TensorProto::UINT8);
  ts[4].add_dims(2);
  ts[4].add_int32_data(200);
  ts[4].add_int32_data(7);
  std::string bytes = modelReturning(ts);
  MLIRContext ctx;
  auto module =
      x2p::importONNXModel(bytes, "", nullptr, x2p::ONNXFormat::Binary, &ctx);
  ASSERT_TRUE(module);
  auto attrs = constants(*module);
  ASSERT_EQ(attrs.size(), 5u);

  auto f16 = cast<DenseElementsAttr>(attrs[0]);
  EXPECT_TRUE(f16.getElementType().isF16());
  auto f16v = llvm::to_vector(f16.getValues<APFloat>());
  EXPECT_EQ(f16v[0].convertToFloat(), 1.0f);
  EXPECT_EQ(f16v[1].convertToFloat(), -2.0f);

  auto b = llvm::to_vector(cast<DenseElementsAttr>(attrs[1]).getValues<bool>());
  EXPECT_EQ(b, (SmallVector<bool>{true, false, true}));

  auto i4 = cast<DenseElementsAttr>(attrs[2]);
  SmallVector<int64_t> i4v;
  for (APInt v : i4.getValues<APInt>())
    i4v.push_back(v.getSExtValue());
  EXPECT_EQ(i4v, (SmallVector<int64_t>{1, 2, -1}));

  auto i64 =
      llvm::to_vector(cast<DenseElementsAttr>(attrs[3]).getValues<int64_t>());
  EXPECT_EQ(i64, (SmallVector<int64_t>{-5, 1LL << 40}));

  auto u8 =
      llvm::to_vector(cast<DenseElementsAttr>(attrs[4]).getValues<uint8_t>());
  EXPECT_EQ(u8, (SmallVector<uint8_t>{200, 7}));
}

TEST(TensorImport, WrongSizeIsAnError) {
  onnx::TensorProto t;
  t.set_name("w");
  t.set_data_type(onnx::TensorProto::FLOAT);
  t.add_dims(3);
  t.add_float_data(1.0f);
  std::string bytes = modelReturning({t});
  MLIRContext ctx;
  std::string message;
  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &d) {
    message = d.str();
    return success();
  });
  EXPECT_FALSE(
      x2p::importONNXModel(bytes, "", nullptr, x2p::ONNXFormat::Binary, &ctx));
  EXPECT_NE(message.find("has 4 bytes of data, expected 12"), std::string::npos)
      << message;
}

} // namespace
