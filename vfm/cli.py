"""The `vfm` command. Each area registers its own commands from its own module, so the
library code (extractors, warehouse, flows, samples, site_report) stays free of CLI code."""

import typer

from vfm import cmd_extract, cmd_flows, cmd_report, cmd_samples, cmd_warehouse

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="vfm: HMIC value-for-money reports into a DuckDB database you can query.",
)

for module in (cmd_samples, cmd_extract, cmd_warehouse, cmd_flows, cmd_report):
    module.register(app)
