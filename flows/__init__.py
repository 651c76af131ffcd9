"""Prefect flows, settings and the `natowatch` CLI: wiring extract/ to storage/."""
from natowatch.flows.pipelines.prefect_env import set_prefect_defaults

# Before any flows module imports Prefect.
set_prefect_defaults()
