import CarelogReports
import CarelogRules
import CarelogStore

// The types the use cases hand to faces, named here so that a face imports the application layer and Core only.

public typealias WarningFlag = CarelogRules.WarningFlag
public typealias Summary = CarelogReports.Summary
public typealias ReportFormat = CarelogReports.ReportFormat
public typealias EntryVersion = CarelogStore.EntryVersion
public typealias CheckReport = CarelogStore.CheckReport
public typealias ImportReport = CarelogStore.ImportReport
public typealias JournalLocation = CarelogStore.JournalLocation
public typealias FlagValue = CarelogRules.FlagValue
