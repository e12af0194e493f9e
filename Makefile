# The two commands that do everything on a fresh machine.
.PHONY: run test bench

## Run the dashboard with demo data on http://127.0.0.1:3000
run:
	@bash scripts/run.sh

## Run every test: unit, integration (real Postgres) and end-to-end (Chromium)
test:
	@bash scripts/test.sh

## Measure the release server (see bench/README.md)
bench:
	@bash bench/run.sh
