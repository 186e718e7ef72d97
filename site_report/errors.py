"""Why a site could not be built. `str()` of each is one line a user can act on; a missing or
foreign database is reported by the warehouse's own errors."""


class SiteError(Exception):
    """Base of the expected failures of `build_site`."""


class NothingToReport(SiteError):
    """The database is a vfm warehouse but holds no loaded reports yet."""
