"""flows/pipelines/: poll, replay and dispatch as plain steps (poll.py with feed_ingest.py, items.py
and workers.py; replay.py; dispatch.py), their Prefect flows (prefect_flows.py, the only module importing Prefect), oneshot.py (the CLI's
choice between the two) and `natowatch serve`.

prefect_env sets Prefect's defaults; natowatch.flows sets them on import, before any
module here imports Prefect."""
