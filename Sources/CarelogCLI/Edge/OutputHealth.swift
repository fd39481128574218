import Foundation
import Synchronization

/// Which of standard output and standard error could not be written, for the exit status. carelog runs one
/// command per process; the lock only makes the shared state safe to touch from anywhere.
enum OutputHealth {
  private static let failures = Mutex<[Int32: Int32]>([:])

  static func recordFailure(_ descriptor: Int32, errno: Int32) {
    failures.withLock { $0[descriptor] = $0[descriptor] ?? errno }
  }

  static func hasFailed(_ descriptor: Int32) -> Bool {
    failures.withLock { $0[descriptor] != nil }
  }

  /// The first failure on either stream, as "standard output: No space left on device", or nil.
  static var firstFailure: String? {
    failures.withLock { recorded in
      recorded.sorted { $0.key < $1.key }.first.map { descriptor, error in
        "\(descriptor == STDERR_FILENO ? "standard error" : "standard output"): \(String(cString: strerror(error)))"
      }
    }
  }

  /// Makes the process safe to run with standard streams closed or going to a closed pipe: a write to a
  /// closed pipe fails with EPIPE instead of killing the process, and a closed descriptor 0, 1 or 2 is
  /// held by /dev/null opened read-only, so that no file carelog opens later takes its number (a `say`
  /// would then write into that file) while writes to it still fail and are reported.
  static func prepareStandardStreams() {
    signal(SIGPIPE, SIG_IGN)
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 {
      let placeholder = open("/dev/null", O_RDONLY)
      if placeholder >= 0 && placeholder != descriptor {
        dup2(placeholder, descriptor)
        close(placeholder)
      }
    }
  }
}
