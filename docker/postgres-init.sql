-- Runs once, when the postgres volume is first initialised (docker-entrypoint-initdb.d),
-- as POSTGRES_USER in POSTGRES_DB. The Prefect server keeps its own tables in a
-- database of its own so natowatch's Alembic migrations never see them.
CREATE DATABASE prefect;
