# natowatch: `natowatch serve` runs the poll and dispatch flows against a Prefect server.
FROM python:3.11-slim

# The Prefect release of the server image too: docker-compose.yml passes one PREFECT_VERSION to both.
ARG PREFECT_VERSION=3.8.8

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The base image's pip misses lxml_html_clean for trafilatura: upgrade it first.
RUN python -m pip install --upgrade pip

COPY pyproject.toml README.md ./
COPY extract/ extract/
COPY flows/ flows/
COPY storage/ storage/
# Installed as package data (natowatch.config) and read at /app/config (NATOWATCH_CONFIG below).
COPY config/ config/
RUN python -m pip install . "prefect==${PREFECT_VERSION}"

COPY seeds/ seeds/
COPY prefect.yaml ./

RUN useradd --create-home --uid 10001 natowatch \
 && mkdir -p /app/data \
 && chown natowatch:natowatch /app/data

# NATOWATCH_HOME is where prefect.yaml's pull step finds the flows on a worker.
# The runner's web server answers /health only while the runner keeps polling the
# Prefect server, so the health check fails when the worker stalls or loses the server.
ENV NATOWATCH_HOME=/app \
    NATOWATCH_CONFIG=/app/config/settings.yaml \
    NATOWATCH_FEEDS=/app/config/feeds.yaml \
    NATOWATCH_DATA_DIR=/app/data \
    PREFECT_RUNNER_SERVER_ENABLE=true \
    PREFECT_RUNNER_SERVER_PORT=8080

USER natowatch

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8080/health', timeout=4)"]

CMD ["natowatch", "serve"]
