#!/usr/bin/env python3
"""Lists every conversion pattern struct with its length in lines.

Issue 17 asks that no hand-written pattern be longer than a reader can hold
(120 lines). A pattern is a struct or class whose base list names a
*Pattern (ReportingPattern, OpConversionPattern, OpRewritePattern, ...); its
length runs from the struct line (its template line included) to the closing
brace, plus any of its methods defined out of line (Name::method).

Usage: pattern_sizes.py [--max N] [DIR...]   (default DIR:
lib/Conversion/ONNXToPaddle). Prints "lines file:line Name", longest first;
with --max, exits 1 when a pattern is longer than N lines.
"""
import argparse
import pathlib
import re
import sys

HEAD = re.compile(r"^\s*(?:struct|class)\s+(\w+)\b")


def strip(text):
  """`text` with comments, string and char literals blanked (newlines kept),
  so that brace counting sees code only."""
  out, i, n = [], 0, len(text)
  while i < n:
    c = text[i]
    if text.startswith("//", i):
      j = text.find("\n", i)
      j = n if j < 0 else j
      out.append(" " * (j - i))
      i = j
    elif text.startswith("/*", i):
      j = text.find("*/", i + 2)
      j = n if j < 0 else j + 2
      out.append(re.sub(r"[^\n]", " ", text[i:j]))
      i = j
    elif text.startswith('R"(', i):
      j = text.find(')"', i + 3)
      j = n if j < 0 else j + 2
      out.append(re.sub(r"[^\n]", " ", text[i:j]))
      i = j
    elif c in "\"'":
      j = i + 1
      while j < n and text[j] != c:
        j += 2 if text[j] == "\\" else 1
      j += 1
      out.append(re.sub(r"[^\n]", " ", text[i:j]))
      i = j
    else:
      out.append(c)
      i += 1
  return "".join(out)


def block_end(code, start):
  """Index just past the brace that closes the first '{' after `start`."""
  i = code.index("{", start)
  depth = 0
  while True:
    if code[i] == "{":
      depth += 1
    elif code[i] == "}":
      depth -= 1
      if depth == 0:
        return i + 1
    i += 1


def line_of(code, index):
  return code.count("\n", 0, index) + 1


def patterns(path):
  code = strip(path.read_text())
  lines = code.split("\n")
  offsets = [0]
  for line in lines:
    offsets.append(offsets[-1] + len(line) + 1)
  found = []
  for number, line in enumerate(lines, 1):
    match = HEAD.match(line)
    if not match:
      continue
    start = offsets[number - 1]
    brace = code.find("{", start)
    semi = code.find(";", start)
    if brace < 0 or (0 <= semi < brace):
      continue  # a forward declaration
    if "Pattern" not in code[start:brace].split(match.group(1), 1)[1]:
      continue
    first = number - 1 if lines[number - 2].lstrip().startswith(
        "template") else number
    end = line_of(code, block_end(code, start))
    length = end - first + 1
    # Methods defined out of line.
    for out in re.finditer(r"\b%s(?:<[^>]*>)?::\w+\s*\(" % match.group(1),
                           code):
      body_end = block_end(code, out.start())
      length += line_of(code, body_end) - line_of(code, out.start()) + 1
    found.append((length, path, first, match.group(1)))
  return found


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("dirs", nargs="*",
                      default=["lib/Conversion/ONNXToPaddle"])
  parser.add_argument("--max", type=int)
  args = parser.parse_args()
  found = []
  for folder in args.dirs:
    for path in sorted(pathlib.Path(folder).rglob("*.cpp")):
      found += patterns(path)
  found.sort(key=lambda f: (-f[0], str(f[1]), f[2]))
  for length, path, line, name in found:
    print(f"{length:5} {path}:{line} {name}")
  if args.max is not None:
    over = [f for f in found if f[0] > args.max]
    if over:
      print(f"{len(over)} pattern(s) over {args.max} lines", file=sys.stderr)
      return 1
  return 0


if __name__ == "__main__":
  sys.exit(main())
