/// Where a piece of clinical content comes from: a file in `shared/sources/` and a heading of it
/// (or, where the document has no headings, a short phrase quoted from it).
public struct Citation: Sendable, Hashable, Codable {
  /// The source file name, for example `cancernet-adult-all-guide.txt`.
  public let document: String
  /// A heading of that file, or a short phrase quoted from it.
  public let section: String

  /// The document's title and the section, for people: "Cancer.Net: ALL in adults — Symptoms and signs".
  public var readable: String {
    let title = Source(rawValue: document)?.title ?? document
    return "\(title) — \(section)"
  }

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

    /// The document's title as a reader would name it.
    public var title: String {
      switch self {
      case .adultGuide: "Cancer.Net: ALL in adults"
      case .childhoodGuide: "Cancer.Net: ALL in children"
      case .survivorship: "American Cancer Society: Living as an ALL survivor"
      case .clevelandClinic: "Cleveland Clinic: Acute lymphoblastic leukemia"
      case .relapseArticle: "Article: ALL relapse"
      }
    }
  }
}
