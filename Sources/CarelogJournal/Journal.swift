import CarelogCore
import CarelogStore
import Foundation

/// The application layer: the use cases every face (the command line, the web page) calls, as plain functions
/// on an open journal. Faces parse and print; they never open sessions, run rules or build summaries themselves.
public struct Journal: Sendable {
  let database: AppDatabase
  /// The journal and profile the face chose.
  public let choice: JournalChoice

  /// How a face opens the journal: to read, to write (neither creates a missing journal, so a refused command
  /// leaves nothing behind), or to create it when missing (`profile add`, `import`, `demo`).
  public enum Access: Sendable {
    case read, write, create
  }

  /// Opens the chosen journal. A journal upgraded to the current version on opening is announced through
  /// `Notices`, with where the copy of the old version was saved.
  public static func open(_ choice: JournalChoice, _ access: Access) throws -> Journal {
    let location = choice.location
    if access != .create, let journal = choice.journal, !location.exists {
      // The advice names the journal that was asked for, so that pasting it makes that one.
      throw CarelogError(
        .missingInput,
        "There is no journal at \(location.path) yet. Add a profile first, for example: "
          + "carelog profile add Leo --journal \(ShellWords.quoted(journal))")
    }
    let stored: AppDatabase.Access = switch access {
    case .read: .read
    case .write: .write
    case .create: .create
    }
    let database = try AppDatabase(location: location, access: stored)
    if let backup = database.upgradeBackup {
      Notices.post("carelog upgraded this journal to its current version. A copy of it as it was is saved at \(backup)")
    }
    return Journal(database: database, choice: choice)
  }

  /// The journal file's path.
  public var path: String { database.location.path }

  /// The same open journal, working on the profile named `profile` (nil: as chosen before). A server keeps one
  /// journal open and picks the profile per request.
  public func choosing(profile: String?) -> Journal {
    guard let profile else { return self }
    return Journal(database: database, choice: JournalChoice(journal: choice.journal, profile: profile))
  }
}

/// Messages the application layer has for the user outside a use case's result (an upgrade that made a copy).
/// The face decides where they go; by default nowhere.
public enum Notices {
  nonisolated(unsafe) public static var handler: (String) -> Void = { _ in }

  static func post(_ message: String) { handler(message) }
}
