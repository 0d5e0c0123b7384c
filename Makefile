# zigar-run: a thin wrapper over tools/setup.sh, gn and ninja.
#   make            set up (once) and build out/zigar-run
#   make run        build and run the example that imports a Zig module
#   make test       the whole suite (unit tests + test262-style tests)
#   make test-asan  the same suite against an AddressSanitizer+UBSan build
#   make bench      benchmarks (ratios printed side by side)
#   make clean      remove out/
SHELL := /bin/bash
OUT ?= out
ASAN_OUT ?= out/asan
RELEASE_OUT ?= out/release
JOBS ?= $(shell nproc)

.PHONY: all setup build run test test-asan asan bench clean

all: build

third_party/libnode/.done third_party/zig/ziglang/zig:
	tools/setup.sh

setup: third_party/libnode/.done third_party/zig/ziglang/zig
	@tools/setup.sh

# gn gen again whenever a source folder's file list changed (BUILD.gn lists
# folders, not files; see tools/list_sources.py).
define gn_gen
	@mkdir -p $(1)
	@tools/gn-gen-if-needed.sh $(1) '$(2)'
endef

build: third_party/libnode/.done third_party/zig/ziglang/zig
	$(call gn_gen,$(OUT),)
	ninja -C $(OUT)

asan: third_party/libnode/.done third_party/zig/ziglang/zig
	$(call gn_gen,$(ASAN_OUT),is_asan=true)
	ninja -C $(ASAN_OUT)

release: third_party/libnode/.done third_party/zig/ziglang/zig
	$(call gn_gen,$(RELEASE_OUT),is_debug=false)
	ninja -C $(RELEASE_OUT)

run: build
	$(OUT)/zigar-run examples/hello/hello.js

test: build
	tools/run-tests.sh $(OUT)

test-asan: asan
	ASAN_OPTIONS=detect_leaks=0 tools/run-tests.sh $(ASAN_OUT)

bench: release
	tools/run-benchmarks.sh $(RELEASE_OUT)

clean:
	rm -rf $(OUT)
