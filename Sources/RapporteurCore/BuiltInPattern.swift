import Foundation

extension NSRegularExpression {
  /// A pattern written in the code, compiled once. One that does not compile is a mistake in the
  /// code, not in any notes, and stops the program with the pattern's name.
  static func builtIn(_ name: String, _ pattern: String, options: Options = [.caseInsensitive]) -> NSRegularExpression {
    do {
      return try NSRegularExpression(pattern: pattern, options: options)
    } catch {
      preconditionFailure("\(name) pattern does not compile: \(error)")
    }
  }
}
