"""flows/pipelines/: the Prefect flows (poll, replay, dispatch) and `natowatch serve`.

prefect_env sets Prefect's defaults; natowatch.flows sets them on import, before any
module here imports Prefect."""
