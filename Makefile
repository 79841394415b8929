# The two commands of the README. Both set up what is missing first.
.PHONY: setup serve test lint

setup:
	./scripts/setup.sh

serve: setup
	.venv/bin/drill serve

lint: setup
	.venv/bin/ruff check .

test: setup lint
	.venv/bin/drill exercises check
	.venv/bin/pytest
