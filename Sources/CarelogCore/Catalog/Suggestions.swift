/// "Did you mean" ranking by edit distance, shared by the symptom and treatment catalogs.
enum Suggestions {
  /// The distinct values whose key is closest to `word`, within a distance that scales with its length.
  static func closest<Value: Hashable>(to word: String, among candidates: [(String, Value)], limit: Int) -> [Value] {
    let maxDistance = max(2, word.count / 3)
    let scored = candidates.compactMap { key, value -> (Int, String, Value)? in
      if key.hasPrefix(word) && word.count >= 3 { return (0, key, value) }
      let distance = editDistance(word, key)
      return distance <= maxDistance ? (distance, key, value) : nil
    }
    var seen = Set<Value>()
    var result: [Value] = []
    for (_, _, value) in scored.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) where seen.insert(value).inserted {
      result.append(value)
      if result.count == limit { break }
    }
    return result
  }

  /// Levenshtein distance between two strings, by characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
