# Two targets a new user needs: `make demo` and `make test` (see README).
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test setup system-deps clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Build the graph of the seed articles: Turtle out, summary printed.
demo: $(STAMP)
	$(VENV)/bin/kg extract seeds/*.txt -o seeds.ttl

# Debian packages the browser tests need (Chromium, an Arabic font).
system-deps:
	bash scripts/install-system-deps.sh

test: $(STAMP) system-deps
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) seeds.ttl kg-store
