@testable import RapporteurCore
import Testing

@Test func zzDebug() {
  for s in ["Mayors and district councils should have prevention plans of their own, participants agreed, linked to the national plan but not copied from it.", "Mayors and district councils should have prevention plans of their own."] {
    let a = SentenceAnalysis(s, rules: .defaults)
    print("DBG", a.recommendationCues().map { ($0.cue.id, a.isTrap($0), a.addressee(for: $0).actors) }, Extractor().classifySentence(s)?.text ?? "nil")
  }
}
