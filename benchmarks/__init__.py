"""On-demand benchmarks (never part of the test suite): see benchmarks/README.md."""
