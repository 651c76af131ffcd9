"""Prefect flows, settings and the `natowatch` CLI: wiring extract/ to storage/."""
