"""`natowatch`: a thin command line over extract/, storage/ and the Prefect flows.

One module per command group: init, run (extract, replay, dispatch, poll, serve), read (events,
status, web), alerts, feeds (feeds, articles) and db; options holds what they share, output the tables.
Heavy imports (Prefect, SQLAlchemy, trafilatura) happen inside the commands that need them, so
`natowatch extract` stays quick and never starts Prefect.
"""
from __future__ import annotations

import typer

from natowatch.flows.pipelines.prefect_env import set_prefect_defaults

set_prefect_defaults(quiet=True)

from natowatch.flows.cli import alerts, candidates, db, feeds, init, read, run  # noqa: E402

app = typer.Typer(name="natowatch", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Watch the race for NATO Secretary General in the news: events, tally, alerts.")
app.add_typer(alerts.alerts_app, name="alerts")
app.add_typer(read.events_app, name="events")
app.add_typer(db.db_app, name="db")
for command in (init.init, run.extract, run.replay, run.dispatch, run.poll, run.serve, read.status, read.web,
                feeds.articles, candidates.candidates):
    app.command()(command)
app.add_typer(feeds.feeds_app, name="feeds")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"natowatch {version('natowatch')}")
        except PackageNotFoundError:  # run from a checkout that was never installed
            typer.echo("natowatch (not installed)")
        raise typer.Exit(0)


@app.callback()
def main(_version_flag: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                            help="Print the version and exit.")) -> None:
    """Watch the race for NATO Secretary General in the news: events, tally, alerts.

    Exit codes: 0 done; 1 a failure at run time; 2 a settings, story, feeds file or option
    to fix; 3 some alert could not be delivered (it stays queued: `natowatch alerts`); 130 Ctrl-C.
    """
