/// How much a finding matters. `error` fails `lint` (and `warning` too with `--strict`).
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
  case error, warning, info

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    let order: [Severity] = [.info, .warning, .error]
    return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
  }
}

/// One problem in one file, at a line and column (1-based, columns in characters).
public struct Finding: Sendable, Equatable, Hashable {
  public var file: String
  public var line: Int
  public var column: Int
  /// The rule's id; empty for a finding under no rule (a disable directive that silences nothing).
  public var rule: String
  public var severity: Severity
  public var message: String

  public init(file: String, line: Int, column: Int, rule: String, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.rule = rule
    self.severity = severity
    self.message = message
  }
}

/// The counts a lint run closes with.
public struct LintSummary: Sendable, Equatable {
  public var files: Int
  public var errors: Int
  public var warnings: Int
  public var infos: Int

  public init(files: Int, findings: [Finding]) {
    self.files = files
    errors = findings.filter { $0.severity == .error }.count
    warnings = findings.filter { $0.severity == .warning }.count
    infos = findings.filter { $0.severity == .info }.count
  }
}
