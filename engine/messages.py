"""What the engine tells a person (why a run cannot start, why a checkpoint is refused ...), kept as a
template and its named values rather than a finished English sentence.

Why: the engine knows nothing of Qt or of languages, yet the window speaks Korean. The command line prints
`str(message)`, the English; the window (gui.i18n.engine_message) translates the template and fills in the
same values, where its grammar wants them. A template is a `str.format` text with named fields only
(`{path}`, `{count:,}`, `{value!r}`; a literal brace doubled).

An error a person may see derives from `Explained` and is raised with a literal template:
`raise DatasetError("{folder} is not a folder. " + HOW_TO_FIX, folder=folder)`. scripts/translations.py
collects every such template from the source (and every `Message(...)`), so the tests fail on one without
its Korean. Errors that only a bug can raise (a shape the code itself got wrong) stay plain English
exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """A text for a person: `template` with `values` filled in. A value may itself be a Message (or an
    Explained error), translated with it."""

    template: str
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**{name: str(value) if isinstance(value, (Message, Explained)) else value
                                       for name, value in self.values.items()})


class Explained(Exception):
    """An error whose message is a Message (see the module docstring); `str(error)` is its English."""

    def __init__(self, template: str, **values):
        self.message = Message(template, values)
        super().__init__(str(self.message))

    def __reduce__(self):  # copied or pickled as itself (its args are the English, not a template)
        return _rebuilt, (type(self), self.message)


def _rebuilt(cls: type[Explained], message: Message) -> Explained:
    return cls(message.template, **message.values)
