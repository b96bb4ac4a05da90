import Foundation

/// A way to print findings. The reporters form a registry: `--format` takes any of their ids.
public protocol LintReporter {
  static var id: String { get }
  static var summary: String { get }
  static func report(_ findings: [Finding], summary: LintSummary, options: LintReportOptions) -> String
}

public struct LintReportOptions: Sendable {
  /// Colour the severity (text format on a terminal only).
  public var colored: Bool
  public init(colored: Bool = false) { self.colored = colored }
}

public enum LintReporters {
  public static var all: [any LintReporter.Type] {
    [TextReporter.self, JSONReporter.self, GitHubReporter.self, SARIFReporter.self]
  }

  public static func reporter(_ id: String) -> (any LintReporter.Type)? {
    all.first { $0.id == id }
  }
}

/// `FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]`, the form editors and compilers use.
public enum TextReporter: LintReporter {
  public static let id = "text"
  public static let summary = "FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]"

  public static func report(_ findings: [Finding], summary: LintSummary, options: LintReportOptions) -> String {
    findings.map { finding in
      var severity = finding.severity.rawValue
      if options.colored {
        let code = finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "36"
        severity = "\u{1B}[1;\(code)m\(severity)\u{1B}[0m"
      }
      // One finding, one line: line breaks inside a message become spaces.
      let message = finding.message.split(whereSeparator: \.isNewline).joined(separator: " ")
      let rule = " [\(finding.rule)]"
      // A file name or quoted text with an escape character would act on the terminal.
      let file = TextDecoding.replacingControls(finding.file, keepingNUL: false)
      let said = TextDecoding.replacingControls(message, keepingNUL: false)
      return "\(file):\(finding.line):\(finding.column): \(severity): \(said)\(rule)\n"
    }.joined()
  }

  /// `2 errors, 1 warning, 0 infos in 6 files`.
  public static func closingLine(_ summary: LintSummary) -> String {
    func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
    return "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), \(count(summary.infos, "info")) in \(count(summary.files, "file"))"
  }
}

/// `rapporteur.lint/1`.
public enum JSONReporter: LintReporter {
  public static let id = "json"
  public static let summary = "rapporteur.lint/1 JSON"

  public static func report(_ findings: [Finding], summary: LintSummary, options: LintReportOptions) -> String {
    var out = "{\n  \"schema\": \"rapporteur.lint/1\",\n  \"findings\": ["
    out += findings.map { finding in
      "\n    {\"file\": \(JSON.string(finding.file)), \"line\": \(finding.line), \"column\": \(finding.column), "
        + "\"rule\": \(JSON.string(finding.rule)), \"severity\": \(JSON.string(finding.severity.rawValue)), "
        + "\"message\": \(JSON.string(finding.message))}"
    }.joined(separator: ",")
    out += findings.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"summary\": {\"files\": \(summary.files), \"errors\": \(summary.errors), \"warnings\": \(summary.warnings), \"infos\": \(summary.infos)}\n}\n"
    return out
  }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
public enum GitHubReporter: LintReporter {
  public static let id = "github"
  public static let summary = "GitHub Actions annotations"

  public static func report(_ findings: [Finding], summary: LintSummary, options: LintReportOptions) -> String {
    findings.map { finding in
      let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
      let title = ",title=\(property(finding.rule))"
      return "::\(command) file=\(property(finding.file)),line=\(finding.line),col=\(finding.column)\(title)::\(data(finding.message))\n"
    }.joined()
  }

  static func data(_ text: String) -> String {
    TextDecoding.replacingControls(text, keepingNUL: false).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}

/// SARIF 2.1.0, with the rule catalogue as the tool's rule metadata, for code-scanning uploads.
public enum SARIFReporter: LintReporter {
  public static let id = "sarif"
  public static let summary = "SARIF 2.1.0"
  public static let version = "0.1.0"

  public static func report(_ findings: [Finding], summary: LintSummary, options: LintReportOptions) -> String {
    let descriptions = LintRegistry.descriptions
    let index = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1.id, $0) })
    let rules: [[String: Any]] = descriptions.map { rule in
      [
        "id": rule.id,
        // SARIF names rules in PascalCase: "Action without owner" is "ActionWithoutOwner".
        "name": rule.name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
        "shortDescription": ["text": rule.name],
        "fullDescription": ["text": rule.description],
        "defaultConfiguration": ["level": level(rule.defaultSeverity)],
        "properties": ["tags": ["rapporteur"]],
      ]
    }
    let results: [[String: Any]] = findings.map { finding in
      var result: [String: Any] = [
        "level": level(finding.severity),
        "message": ["text": finding.message],
        "locations": [
          [
            "physicalLocation": [
              "artifactLocation": ["uri": uri(finding.file)],
              "region": ["startLine": finding.line, "startColumn": finding.column],
            ]
          ]
        ],
      ]
      if let ruleIndex = index[finding.rule] {
        result["ruleId"] = finding.rule
        result["ruleIndex"] = ruleIndex
      }
      return result
    }
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "rapporteur", "version": version, "semanticVersion": version,
              "informationUri": "https://commonmark.org", "rules": rules,
            ]
          ],
          "columnKind": "unicodeCodePoints",
          "results": results,
        ]
      ],
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A relative URI reference: path segments percent-encoded, slashes kept.
  static func uri(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).map {
      String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? String($0)
    }.joined(separator: "/")
  }
}
