/// Errors of `JSONReader`, with the path where they happened, and the keys an object has given.
extension JSONReader {
  /// What went wrong, and where: the byte offset, and the path of keys and indexes from the top (`$.profiles[0]`),
  /// filled in as the error leaves each object and list.
  public struct Failure: Error, CustomStringConvertible, Equatable {
    public let message: String
    public let offset: Int
    /// The key given twice in one object, when that is the problem.
    public var repeatedKey: String?
    public var path: [PathStep] = []

    public init(message: String, offset: Int, repeatedKey: String? = nil) {
      self.message = message
      self.offset = offset
      self.repeatedKey = repeatedKey
    }

    /// `$.profiles[0].entries[3]`.
    public var pathText: String { "$" + path.map(\.description).joined() }
    public var description: String { "\(message) at \(pathText) (byte \(offset))" }
  }

  /// One step of a path into a document.
  public enum PathStep: Equatable, CustomStringConvertible, Sendable {
    case key(String)
    case index(Int)

    public var description: String {
      switch self {
      case .index(let index): return "[\(index)]"
      case .key(let key):
        let plain = !key.isEmpty && key.utf8.count <= 40
          && key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }
        return plain ? ".\(key)" : "[\"\(TextInput.shown(key))\"]"
      }
    }
  }
}

/// The keys seen in each object being read, one level per nesting depth, kept between objects so that a
/// million entry objects cost no allocation: a short list searched in order (objects here have a few dozen
/// keys at most), turned into a hash set if an object grows large.
struct KeySets {
  private struct Level {
    var few: [String] = []
    var many: Set<String>?
  }

  private var levels: [Level] = []

  /// Starts an object at `depth`, forgetting the keys of the previous object there.
  mutating func begin(_ depth: Int) {
    if levels.count <= depth {
      levels.append(Level())
    } else {
      levels[depth].few.removeAll(keepingCapacity: true)
      levels[depth].many = nil
    }
  }

  /// Adds `key` to the object at `depth`; false if it was there already.
  mutating func insert(_ key: String, at depth: Int) -> Bool {
    if levels[depth].many != nil { return levels[depth].many!.insert(key).inserted }
    for seen in levels[depth].few where seen == key { return false }
    levels[depth].few.append(key)
    if levels[depth].few.count > 32 { levels[depth].many = Set(levels[depth].few) }
    return true
  }
}
