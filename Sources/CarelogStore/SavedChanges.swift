import Synchronization

/// Whether this process has saved a change to a journal (a committed write, or a new journal). The edge
/// reads it when output fails afterwards, so that the exit status can tell a script not to run the command
/// again (which would record the entry twice).
public enum SavedChanges {
  private static let saved = Atomic<Bool>(false)

  /// True once any change was committed by this process.
  public static var any: Bool { saved.load(ordering: .relaxed) }

  static func record() { saved.store(true, ordering: .relaxed) }
}
