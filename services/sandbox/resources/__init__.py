"""The sandbox's resources: importing this package registers every endpoint's handler."""

from services.sandbox.resources import (  # noqa: F401
    accounts,
    billing,
    catalog,
    customers,
    events,
    files,
    portal,
)
