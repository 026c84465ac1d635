# The two commands of the README's quick start: `make demo` and `make test`. `.ci/run` runs `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint deps

$(BIN)/pybpf: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/pybpf

deps:
	@command -v clang-19 >/dev/null && command -v llvm-objdump-19 >/dev/null && command -v bpftool >/dev/null || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang-19 llvm-19 bpftool)

demo: setup
	$(BIN)/pybpf demo

test: setup deps
	HYPOTHESIS_PROFILE=ci $(BIN)/pytest -q -n 2 tests
	$(BIN)/ruff check pybpf tests

lint: setup
	$(BIN)/ruff check pybpf tests
