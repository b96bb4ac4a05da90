import Foundation

/// An error a user can act on: what went wrong, in which file, at which line when known.
/// Only the command-line layer turns it into an exit status (2).
public struct RapporteurError: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case inputMissing = "input-missing"
    case unreadable
    case invalidUTF8 = "invalid-utf8"
    case frontMatterMissing = "front-matter-missing"
    case frontMatterInvalid = "front-matter-invalid"
    case configurationInvalid = "configuration-invalid"
    case templateInvalid = "template-invalid"
    case outputUnwritable = "output-unwritable"
    case sessionNotFound = "session-not-found"
    case duplicateSession = "session-id-duplicate"
    case unsafeIdentifier = "unsafe-id"
  }

  public var kind: Kind
  public var file: String?
  public var line: Int?
  /// The column (in characters) on `line`, where one is known.
  public var column: Int?
  public var message: String
  /// Errors of the same reading reported with this one: every unusable note, not only the first.
  public var more: [RapporteurError] = []

  /// The first of `errors`, the rest as its `more`; `nil` for none.
  public static func first(of errors: [RapporteurError]) -> RapporteurError? {
    guard var first = errors.first else { return nil }
    first.more = Array(errors.dropFirst())
    return first
  }

  public init(_ kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = line == nil ? nil : column
    self.message = message
  }

  /// `FILE:LINE:COLUMN: message` (or `FILE:LINE:`), the form editors and terminals link to.
  public var description: String {
    switch (file, line) {
    case let (file?, line?):
      if let column { return "\(file):\(line):\(column): \(message)" }
      return "\(file):\(line): \(message)"
    case let (file?, nil): return "\(file): \(message)"
    default: return message
    }
  }

  public var errorDescription: String? { description }
}
