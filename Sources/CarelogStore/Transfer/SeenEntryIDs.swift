/// The ids of the entries a check has read, to find one given twice: 16 bytes an entry in one array, sorted only
/// at the end. A hash set of a million ids would take twice that, and twice again while it grows, which is most
/// of an import's memory.
struct SeenEntryIDs {
  private var ids: [UInt128] = []

  mutating func append(_ id: UInt128) { ids.append(id) }

  /// The ids given more than once, in no order; empty when every id was given once.
  mutating func repeated() -> Set<UInt128> {
    ids.sort()
    var repeated = Set<UInt128>()
    for index in ids.indices.dropFirst() where ids[index] == ids[index - 1] { repeated.insert(ids[index]) }
    return repeated
  }
}
