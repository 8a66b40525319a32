//===- ModelFileTest.cpp - the protobuf wire walk -------------------------===//
//
// The walker must find every large raw_data field where weights live (graph
// initializers, Constant attributes, subgraphs), leave a model protobuf
// parses to the same content, and fail cleanly on any truncation.
//
//===----------------------------------------------------------------------===//
#include "ModelFile.h"

#include "onnx/onnx_pb.h"

#include "gtest/gtest.h"

using namespace x2p::onnx_import;

namespace {

onnx::TensorProto tensor(const std::string &name, size_t bytes, char fill) {
  onnx::TensorProto t;
  t.set_name(name);
  t.set_data_type(onnx::TensorProto::UINT8);
  t.add_dims(bytes);
  t.set_raw_data(std::string(bytes, fill));
  return t;
}

/// A model with weights in an initializer, a Constant node's attribute and
/// an If branch's initializer, and one small initializer.
std::string makeModel() {
  onnx::ModelProto model;
  model.set_ir_version(8);
  auto *graph = model.mutable_graph();
  *graph->add_initializer() = tensor("big", 300, 'a');
  *graph->add_initializer() = tensor("small", 8, 'b');
  auto *constant = graph->add_node();
  constant->set_op_type("Constant");
  auto *value = constant->add_attribute();
  value->set_name("value");
  value->set_type(onnx::AttributeProto::TENSOR);
  *value->mutable_t() = tensor("attr", 200, 'c');
  auto *branch = graph->add_node();
  branch->set_op_type("If");
  auto *g = branch->add_attribute();
  g->set_name("then_branch");
  g->set_type(onnx::AttributeProto::GRAPH);
  *g->mutable_g()->add_initializer() = tensor("nested", 100, 'd');
  return model.SerializeAsString();
}

TEST(ModelFile, FindsLargeRawDataEverywhere) {
  std::string bytes = makeModel();
  auto slim = slimModel(bytes, 64);
  ASSERT_TRUE(!!slim) << llvm::toString(slim.takeError());
  ASSERT_EQ(slim->rawData.size(), 3u);
  // In serialized order: GraphProto.node (field 1) before initializer (5).
  const char fills[] = {'c', 'd', 'a'};
  const uint64_t sizes[] = {200, 100, 300};
  for (size_t i = 0; i < 3; ++i) {
    FileRange r = slim->rawData[i];
    EXPECT_EQ(r.size, sizes[i]);
    ASSERT_LE(r.offset + r.size, bytes.size());
    EXPECT_EQ(bytes.substr(r.offset, r.size), std::string(r.size, fills[i]));
  }

  onnx::ModelProto parsed;
  ASSERT_TRUE(parsed.ParseFromString(slim->bytes));
  EXPECT_LT(slim->bytes.size(), 200u); // the weights (600 bytes) are gone
  const auto &graph = parsed.graph();
  EXPECT_FALSE(graph.initializer(0).has_raw_data());
  EXPECT_EQ(graph.initializer(0).name(), "big");
  EXPECT_EQ(graph.initializer(1).raw_data(), std::string(8, 'b'));
  EXPECT_FALSE(graph.node(0).attribute(0).t().has_raw_data());
  EXPECT_FALSE(graph.node(1).attribute(0).g().initializer(0).has_raw_data());
  const auto &unknown = graph.initializer(0).GetReflection()->GetUnknownFields(
      graph.initializer(0));
  ASSERT_EQ(unknown.field_count(), 1);
  EXPECT_EQ(unknown.field(0).number(), int(kRawDataRefField));
  EXPECT_EQ(unknown.field(0).varint(), 2u);
}

TEST(ModelFile, NothingToMoveKeepsTheOriginal) {
  std::string bytes = makeModel();
  auto slim = slimModel(bytes, 1 << 20);
  ASSERT_TRUE(!!slim);
  EXPECT_TRUE(slim->rawData.empty());
  EXPECT_TRUE(slim->bytes.empty());
}

TEST(ModelFile, DropsForgedReferences) {
  onnx::ModelProto model;
  auto *t = model.mutable_graph()->add_initializer();
  *t = tensor("forged", 4, 'x');
  t->GetReflection()->MutableUnknownFields(t)->AddVarint(kRawDataRefField, 7);
  *model.mutable_graph()->add_initializer() = tensor("big", 100, 'y');
  std::string bytes = model.SerializeAsString();
  auto slim = slimModel(bytes, 64);
  ASSERT_TRUE(!!slim);
  onnx::ModelProto parsed;
  ASSERT_TRUE(parsed.ParseFromString(slim->bytes));
  const auto &forged = parsed.graph().initializer(0);
  EXPECT_EQ(forged.GetReflection()->GetUnknownFields(forged).field_count(), 0);
}

TEST(ModelFile, EveryTruncationFailsOrParses) {
  std::string bytes = makeModel();
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto slim = slimModel(llvm::StringRef(bytes.data(), n), 64);
    if (!slim) {
      llvm::consumeError(slim.takeError());
      continue;
    }
    for (const FileRange &r : slim->rawData)
      EXPECT_LE(r.offset + r.size, n);
  }
}

TEST(ModelFile, RejectsGarbage) {
  for (llvm::StringRef junk :
       {llvm::StringRef("\xff\xff\xff\xff\xff\xff\xff"
                        "\xff\xff\xff\xff\xff",
                        12),
        llvm::StringRef("\x0b", 1), llvm::StringRef("\x3a\x80", 2)}) {
    auto slim = slimModel(junk, 64);
    EXPECT_FALSE(!!slim);
    if (!slim)
      EXPECT_NE(llvm::toString(slim.takeError()).find("malformed protobuf"),
                std::string::npos);
  }
}

} // namespace
