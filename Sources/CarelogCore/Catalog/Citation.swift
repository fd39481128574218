/// Where a piece of clinical content comes from: a file in `shared/sources/` and a heading of it
/// (or, where the document has no headings, a short phrase quoted from it).
public struct Citation: Sendable, Hashable, Codable {
  /// The source file name, for example `cancernet-adult-all-guide.txt`.
  public let document: String
  /// A heading of that file, or a short phrase quoted from it.
  public let section: String

  public init(_ document: Source, _ section: String) {
    self.document = document.rawValue
    self.section = section
  }

  /// The five source documents the product is drawn from.
  public enum Source: String, Sendable, CaseIterable {
    case adultGuide = "cancernet-adult-all-guide.txt"
    case childhoodGuide = "cancernet-childhood-all-guide.txt"
    case survivorship = "acs-living-as-an-all-survivor.txt"
    case clevelandClinic = "clevelandclinic-all-overview.txt"
    case relapseArticle = "all-relapse-article.txt"
  }
}
