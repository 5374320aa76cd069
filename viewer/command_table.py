"""A table of command-line handlers by name, filled by a decorator (``@table.register("x")``);
the command line and its command groups (authoring, interchange) each keep one."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Handler = Callable[[argparse.Namespace], int]


class CommandTable(dict[str, Handler]):
    def register(self, name: str) -> Callable[[Handler], Handler]:
        def add(handler: Handler) -> Handler:
            self[name] = handler
            return handler
        return add
