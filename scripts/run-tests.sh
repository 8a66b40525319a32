#!/usr/bin/env bash
#===- run-tests.sh - build x2p and run every test -------------------------===#
#
# On a fresh machine: installs what is missing, checks the formatting,
# builds everything, and runs ctest, which holds the lit suite (x2p-lit) and
# every GoogleTest case.
#
# Environment: X2P_FORMAT_BASE, a revision: check the formatting of the files
# changed since it only (default: every file; CI clones main fresh and has no
# base to compare with).
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${X2P_BUILD_DIR:-$root/build}
"$root/scripts/bootstrap.sh"
# Before the build, so that a formatting error fails in seconds, not after it.
"$root/scripts/check-format.sh" ${X2P_FORMAT_BASE:+"$X2P_FORMAT_BASE"}
# The model tests' environment (Debian torch + transformers): the e2e model
# runs in test/e2e/models.test need it.
"$root/test/models/setup_env.sh"
"$root/scripts/build.sh" all docs
# The importer's libFuzzer target builds (clang) and replays its seeds.
"$root/scripts/build-fuzz.sh"
cd "$build"
ctest --output-on-failure -j "$(nproc)"
