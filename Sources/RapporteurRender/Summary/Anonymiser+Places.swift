import Foundation

/// Places whose names are also people's names ("Jordan", "Chad", "Victoria", "Lake"): under the
/// Chatham House Rule a speaker's given name or surname is hidden, but not where it names a place
/// ("Jordan and Morocco", "around Lake Chad"). Where the text gives no sign of a place, the word
/// is taken as the speaker's name: a name left showing would break the rule.
extension Anonymiser {
  /// Countries, and regions and cities that are also names, lower-cased, one word each; a name of
  /// more words is listed by its words run together with blanks ("sierra leone").
  static let places: Set<String> = [
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan",
    "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia", "cameroon", "canada",
    "chad", "chile", "china", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark",
    "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos",
    "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar",
    "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova",
    "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal",
    "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa",
    "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan",
    "suriname", "sweden", "switzerland", "syria", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia",
    "turkey", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu",
    "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
    // Regions and cities that are also names.
    "victoria", "florence", "sydney", "austin", "paris", "lyon", "adelaide", "charlotte", "regina", "alexandria",
    "santiago", "sahel", "darfur", "kashmir", "mindanao", "aceh", "sinai", "hamilton", "lagos", "beirut", "amman",
    "nairobi", "geneva", "vienna", "madrid", "lima", "quito", "dakar", "bamako", "niamey", "kabul", "tripoli",
    "maghreb", "balkans", "caucasus", "africa", "asia", "europe", "america", "oceania",
    // Places of two words, which two capitalised words before a verb would otherwise make a name.
    "sierra leone", "burkina faso", "costa rica", "new york", "south sudan", "sri lanka", "el salvador", "saudi arabia",
    "south africa", "north macedonia", "cabo verde", "cape verde", "puerto rico", "hong kong", "addis ababa", "abu dhabi",
    "new delhi", "buenos aires", "united states", "united kingdom", "timor leste", "lake chad", "lake victoria",
    "west bank", "middle east", "latin america", "central asia", "west africa", "east africa", "north africa",
    "southeast asia", "south asia", "new zealand", "san salvador", "santo domingo", "port moresby", "cape town",
  ]

  /// Words that open a place's name when a capitalised word follows ("Lake Chad", "Mount Elgon").
  static let placePrefixes: Set<String> = ["lake", "mount", "mt", "cape", "port", "fort", "gulf", "river", "sierra", "costa"]

  /// Words before which a place, not a person, stands ("in Jordan", "across Chad").
  static let placePrepositions: Set<String> = [
    "in", "across", "around", "throughout", "within", "near", "inside", "outside", "into", "towards", "toward",
    "neighbouring", "neighboring",
  ]

  /// Words after a place's name that make it part of a longer one ("Chad Basin", "Jordan Valley").
  static let placeSuffixes: Set<String> = [
    "basin", "valley", "region", "river", "province", "district", "county", "city", "delta", "plateau", "corridor",
    "border", "highlands", "coast", "lake", "mountains", "desert", "sea", "gulf", "peninsula", "islands",
  ]

  /// Words before "of" that make what follows a place ("the Government of Jordan").
  static let placeHeads: Set<String> = [
    "government", "kingdom", "republic", "state", "people", "capital", "north", "south", "east", "west", "coast",
    "shores", "basin", "region", "embassy", "ministry", "mission", "delegation", "authorities",
  ]

  /// Where the place that a speaker's name part at `word` begins ends, when the text reads it as
  /// a place:
  /// - a place prefix before a capitalised word ("Lake Chad", "Lake Victoria"), the whole name;
  /// - a place after a preposition of place ("in Jordan") or "the Government of";
  /// - a place beside another place that names no speaker ("Jordan and Morocco", "Tunisia,
  ///   Jordan", "from Syria to Jordan");
  /// - a place's name before a word that makes it a region's ("Chad Basin") or after a place
  ///   prefix ("Lake Chad");
  /// - a word of an organisation the front matter names, where the text names it ("the
  ///   Washington Institute").
  func placeEnd(at word: Range<String.Index>, in text: String) -> String.Index? {
    let key = NameScanner.folded(text[word])
    if Self.placePrefixes.contains(key), let next = Self.nextWord(after: word, in: text),
      text[next].first?.isUppercase == true, text[next].dropFirst().contains(where: \.isLowercase)
    {
      return next.upperBound
    }
    let isPlace = Self.places.contains(key)
    guard isPlace || organisations[key] != nil else { return nil }
    let before = Self.previousWords(before: word.lowerBound, in: text, count: 2)
    let next = Self.nextWord(after: word, in: text).map { NameScanner.folded(text[$0]) }
    if namesOrganisation(key, before: before.last, after: next) { return word.upperBound }
    guard isPlace else { return nil }
    if let next, Self.placeSuffixes.contains(next) { return word.upperBound }
    if let last = before.last {
      if Self.placePrepositions.contains(last) || Self.placePrefixes.contains(last) { return word.upperBound }
      if last == "of", before.count == 2, Self.placeHeads.contains(before[0]) { return word.upperBound }
      // "Morocco and Jordan", "Tunisia, Jordan", "from Syria to Jordan".
      if last.hasSuffix(","), isOtherPlace(last) { return word.upperBound }
      if ["and", "or", "to"].contains(last), before.count == 2, isOtherPlace(before[0]) { return word.upperBound }
    }
    // "Jordan and Morocco", "Jordan, Lebanon".
    var cursor = word.upperBound
    if cursor < text.endIndex, text[cursor] == "," { cursor = text.index(after: cursor) }
    guard var next = Self.nextWord(from: cursor, in: text) else { return nil }
    if ["and", "or"].contains(String(text[next])), let after = Self.nextWord(after: next, in: text) { next = after }
    return isOtherPlace(NameScanner.folded(text[next])) && match(at: next, in: text) == nil ? word.upperBound : nil
  }

  /// Whether `key`, between the words `before` and `after`, stands in the name of an organisation
  /// the front matter names: the word beside it in the text is its neighbour in the name.
  func namesOrganisation(_ key: String, before: String?, after: String?) -> Bool {
    guard let names = organisations[key] else { return false }
    let previous = before.map { NameScanner.folded($0.trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))) }
    return names.contains { words in
      words.indices.contains { index in
        words[index] == key
          && ((index + 1 < words.count && words[index + 1] == after) || (index > 0 && words[index - 1] == previous))
      }
    }
  }

  /// Whether a word, lower-cased and without a trailing comma, is a place that no speaker's name
  /// holds: two speakers, Jordan and Victoria, named together are people.
  private func isOtherPlace(_ word: String) -> Bool {
    let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
    return Self.places.contains(bare) && byFirstWord[bare] == nil
  }

  /// The word right after `word`, when only blanks stand between.
  static func nextWord(after word: Range<String.Index>, in text: String) -> Range<String.Index>? {
    nextWord(from: word.upperBound, in: text)
  }

  /// The word at `index`, when only blanks stand before it.
  static func nextWord(from index: String.Index, in text: String) -> Range<String.Index>? {
    guard let next = NameScanner.word(in: text, from: index), next.lowerBound > index,
      text[index..<next.lowerBound].allSatisfy({ $0 == " " })
    else { return nil }
    return next
  }

  /// Up to `count` words before `index` on its line, lower-cased, a comma kept on the word it
  /// follows ("tunisia,").
  static func previousWords(before index: String.Index, in text: String, count: Int) -> [String] {
    let line = text[..<index].reversed().prefix(80).prefix { $0 != "\n" }
    let words = String(line.reversed()).split(separator: " ").suffix(count)
    return words.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_(\"\u{201C}")) }
  }
}
