/// The event the notes belong to, from `event.yml`.
public struct Event: Sendable, Equatable {
  public var name: String
  public var title: String
  public var dates: [String]
  public var venue: String
  public var address: String
  public var organisers: [String]
  public var reportTitle: String
  /// The day against which open actions count as overdue (default: the last event date).
  public var reportDate: String?
  /// Section ids required per session kind.
  public var requiredSections: [String: [SectionID]]
  /// The rules file named in `event.yml`, relative to the input folder.
  public var rulesPath: String?
  /// The language of the report (`lang` attribute), default `en`.
  public var language: String

  public init(
    name: String = "", title: String = "", dates: [String] = [], venue: String = "", address: String = "",
    organisers: [String] = [], reportTitle: String = "", reportDate: String? = nil,
    requiredSections: [String: [SectionID]] = [:], rulesPath: String? = nil, language: String = "en"
  ) {
    self.name = name
    self.title = title
    self.dates = dates
    self.venue = venue
    self.address = address
    self.organisers = organisers
    self.reportTitle = reportTitle
    self.reportDate = reportDate
    self.requiredSections = requiredSections
    self.rulesPath = rulesPath
    self.language = language
  }

  /// The day actions are measured against.
  public var effectiveReportDate: String? { reportDate ?? dates.max() }
}
