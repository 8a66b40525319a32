//===- ParamsPathTest.cpp - where a model's params file is ----------------===//
//
// --export-paddle writes and --import-paddle reads the params beside the
// model: model.pdmodel's are model.pdiparams, as Paddle's
// save_inference_model names them.
//
//===----------------------------------------------------------------------===//
#include "x2p/ProgramDesc/ParamsPath.h"

#include "gtest/gtest.h"

using x2p::programdesc::paramsPathFor;

namespace {

TEST(ParamsPathTest, PdmodelBecomesPdiparams) {
  EXPECT_EQ(paramsPathFor("model.pdmodel"), "model.pdiparams");
  EXPECT_EQ(paramsPathFor("out/inference_model/model.pdmodel"),
            "out/inference_model/model.pdiparams");
  EXPECT_EQ(paramsPathFor("/abs/dir.pdmodel/m.pdmodel"),
            "/abs/dir.pdmodel/m.pdiparams");
}

TEST(ParamsPathTest, OtherNamesGetTheSuffixAppended) {
  EXPECT_EQ(paramsPathFor("model"), "model.pdiparams");
  EXPECT_EQ(paramsPathFor("model.json"), "model.json.pdiparams");
  EXPECT_EQ(paramsPathFor("model.pdmodel.bak"), "model.pdmodel.bak.pdiparams");
}

TEST(ParamsPathTest, OptionDefaultsToBesideTheModel) {
  EXPECT_EQ(x2p::programdesc::paramsPathOption(), "");
}

} // namespace
