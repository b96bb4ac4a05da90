/// Common English words, lower case: a short list of the words notes most often write in
/// capitals when they shout ("the ROOM was COLD", "MEETING MOVED TO ROOM B") or that open the
/// names of offices ("Global GSX", "Bank IDA"), chosen for this project. A word written in
/// capitals that is one of these is more likely shouted than an acronym; `AcronymUndefinedRule`
/// asks this list only about words shouted together and about the word before a capitalised one.
public enum CommonWords {
  public static func contains(_ word: String) -> Bool { set.contains(word) }

  private static let set: Set<String> = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  private static let text = """
    a about above across act action actions add added adopted after afternoon again against age agency agenda
    ago agree agreed agreement ahead aid aim all allow almost alone along already also although always am among
    amount an and annual another answer any anyone anything apply approach approved april are area areas around
    arrive arrived as ask asked at attend attended august authority available away back background bad bank base
    based be became because become been before began begin behind being below best better between big bill black
    blue board body book both box break bridge brief bring broad brought budget build building built business
    but buy by call called came can canceled cancelled cannot capital car care case cases cause center centre
    chair chance change changed changes chief child children choice choose city civil class clear close closed
    closing coffee cold come comes coming commission committee common community company complete completed
    concern concluded conference confidential confirmed consider context control cost could council countries
    country course court cover create cross culture current cut daily data date day days dead deal dear december
    decide decided decision deep delay delayed department design detail development did different dinner direct
    director discussion division do does doing done door doors down draft drafts draw due during duty each early
    east easy economic education effect effort eight either else encouraged end ended energy enough entire equal
    even evening event events ever every everyone exactly example exit expert experts explain external eye face
    fact fail fair fall false family far fast fear february federal feel few field fifth file final finance
    financial find fine finish first five floor focus follow following food for force foreign form former forum
    forward found four free friday from front full fund funding funds further future gain gave general get give
    given global go goal goals going gone good got government great green ground group groups grow growth guest
    had half hall hand happen hard has have having he head health hear heard held help her here high highlighted
    him his hold home hope hot hour hours house how however human idea if important in include including
    increase index information inside instead internal into invited is issue issues it item items its january
    job join joint july june just justice keep key kind know known labour land language large last late later
    law lead leader leaders learn least leave left legal less let letter level life light like line list listen
    little live lobby local long look lost lot loud low lunch made main major make making man many march market
    may me means measure media meet meeting meetings member members men might minister ministry minutes miss
    missing model monday money month months more morning most move moved much must my name names nation national
    nations near need needed needs network never new news next night nine no none noon north not note noted
    notes nothing notice november now number objective objectives october of off office officer official often
    ok okay old on once one only open opened opening or order other others our out outcome outcomes over own
    page paid panel paper part party pass past pay peace pending people per period person place plan plans play
    please point police policy poor postponed power present president press price private problem process
    programme progress project public purpose put question questions quick quiet quite rate reach read ready
    real reason receive recommendation recommendations red regional registration remarks reminder report reports
    requested rest result review right risk road role room rooms rule rules run safe said same saturday save saw
    say says school seat seats second secret section security see seen send sent september service session
    sessions set seven several shall share she short should show side sign since six slow small so social some
    something soon south speak speaker speakers special staff stage start state states status stay step steps
    still stop story street stressed strong study such summary sunday support sure system table tables take
    taken talk task tax tea team tell ten term terms test than thank thanks that the their them then there these
    they thing think third this those three through thursday time times to today together tomorrow too took top
    total toward towards trade training travel true tuesday turn two type under union unit united until up
    update updated upon urged urgent us use used very view visit voice vote wait want war warm warning was watch
    water way we wednesday week weeks welcome well went were west what when where whether which while white who
    whole why will with within without woman women word words work working world worst would write written wrong
    year years yes yesterday yet you young your youth
    """
}
