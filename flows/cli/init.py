"""`natowatch init DIR`: a starter settings.yaml and feeds.yaml (flows/files/starter.py)."""
from __future__ import annotations

from pathlib import Path

import typer

from natowatch.flows.cli.options import EXIT_CONFIG, fail


def init(folder: Path = typer.Argument(..., help="The folder to write settings.yaml and feeds.yaml into "
                                                 "(made if missing)."),
         force: bool = typer.Option(False, "--force", help="Overwrite settings.yaml and feeds.yaml if they exist.")) -> None:
    """Write a starter settings.yaml and feeds.yaml (every key commented) into a folder.

    The settings follow the NATO Secretary General story shipped with natowatch, keep the
    database in DIR/data and read the feeds from DIR/feeds.yaml (none yet: add some with
    `natowatch feeds add`). Use them with NATOWATCH_CONFIG=DIR/settings.yaml.
    """
    from natowatch.flows.files.starter import StarterError, write_starter

    try:
        written = write_starter(folder, force=force)
    except StarterError as exc:
        fail(str(exc), EXIT_CONFIG)
    typer.echo(f"wrote {written.settings} and {written.feeds}")
    typer.echo(f"next: export NATOWATCH_CONFIG={written.settings.resolve()}")
    typer.echo("      natowatch feeds add NAME URL; natowatch poll --once")
