extension Speaker {
  /// Other ways notes write the SPEC's sectors, after case folding and with blanks and
  /// underscores read as hyphens ("Civil society", "UN", "NGO", "governments").
  private static let sectorAliases: [String: String] = [
    "governments": "government", "gov": "government", "govt": "government", "public-sector": "government",
    "ministry": "government", "state": "government", "member-state": "government",
    "civil-society-organisation": "civil-society", "civil-society-organization": "civil-society",
    "cso": "civil-society", "csos": "civil-society", "ngo": "civil-society", "ngos": "civil-society",
    "civil": "civil-society", "civilsociety": "civil-society",
    "un": "un-system", "united-nations": "un-system", "un-agency": "un-system", "un-entity": "un-system",
    "donors": "donor", "funder": "donor", "funders": "donor",
    "academic": "academia", "academics": "academia", "research": "academia", "university": "academia",
    "private": "private-sector", "business": "private-sector", "privatesector": "private-sector",
    "journalist": "media", "press": "media",
  ]

  /// The SPEC's id of a sector as written (`Civil society` → `civil-society`, `UN` →
  /// `un-system`); what it cannot place comes back case-folded, for lint to name.
  public static func sector(written: String) -> String {
    let folded = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" })
      .joined(separator: "-")
    if sectors.contains(folded) { return folded }
    return sectorAliases[folded] ?? folded
  }
}
