// The shared test helpers, visible in every file of this target.
@_exported import CarelogTestSupport
