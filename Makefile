# warta: two commands for a fresh Debian 12 machine.
#   make run   installs what is missing, builds, codes the bundled example
#   make test  builds and runs the whole test suite
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= $(wildcard examples/*.txt)

.PHONY: all deps configure build run test clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

configure: $(BUILD)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@mkdir -p out
	$(BUILD)/warta code $(EXAMPLE) --format jsonl -o out/events.jsonl
	$(BUILD)/warta code $(EXAMPLE) --format table
	@echo "events written to out/events.jsonl"
	$(BUILD)/warta ingest $(EXAMPLE) --db warta.db --quiet
	$(BUILD)/warta query --db warta.db --limit 10

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) out
