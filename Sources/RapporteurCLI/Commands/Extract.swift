import ArgumentParser
import RapporteurKit
import RapporteurRender

extension Rapporteur {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the recommendations and action items found in the notes, as JSON, CSV or text.",
      discussion: """
        A recommendation is every item of a Recommendations section, and elsewhere a sentence a \
        recommendation cue marks ("Donors should …", "Participants urged governments to …"). An \
        action item is every item of an Action items section, every task-list item ("- [ ]", or an \
        outliner's "TODO …", "DONE …" with its "DEADLINE: <…>"), and a \
        sentence marked "Action:" / "TODO:" ("ACTION JS: …" owned by JS) or written "OWNER to VERB \
        …", "OWNER will VERB … by DATE", "OWNER: VERB … by DATE" or, in minutes, "… agreed that OWNER would VERB …" ("I will VERB … by DATE", where no one else speaks, is the task of the person the front matter's rapporteur names); one that gives tasks to two \
        owners ("UNDP to share …; OHCHR to convene …") is one action per owner; so is, in any \
        section, a list item with an owner field and a due date ("… — Owner: UNDP — 15 October", a \
        RACI row's "R: UNDP · A: co-chairs … — due 31 Jan", a task over "- Responsible: …" and "- \
        Deadline: …", "… – responsible: the secretariat; in week 22"); a bullet journal with a key \
        ("Key: • task · × done · > migrated") has its task lines read as tasks, and a stand-up's \
        "T:" lines are tasks of the member their heading names ("## @lena"). A bold or colon-ended paragraph, or a sub-heading inside the Discussion, \
        naming one of those sections ("**Next steps**", "#### Recommendations") makes the lists \
        under it that section's items; proposals the notes say were not agreed ("… did not reach \
        consensus:", "rejected by the plenary:", "The proposal fell", "→ NOT CONSENTED") are none; \
        a statement the session adopted, quoted after the line that says so, holds recommendations, \
        as does a resolution passed that requests or urges someone to act ("Resolution No. 27 \
        requesting the Mayor to create …" … "APPROVED"); a list item labelled as replaced \
        ("Draft 2 (superseded): …") holds none. Commitment cards ("**Name:** \"Send … by Friday.\"") \
        are their writers' tasks, and a staff record's taskings ("… OPR: J9. NLT 211700C MAR 29.", \
        "COMPLETE") are the office's. A pipe table's row whose first cell names a section ("| NEXT \
        STEPS ↓ | … |") makes the rows after it that section's items; lists led by "Kept:" or a bold \
        "**Must**" hold recommendations, and lists written "upside down on purpose" or led by "Heard, \
        not kept:" hold none; a plain-text table of actions indented as code under Action items \
        ("No.  Action  Who  By" over dashes) gives one task per row. In any section, a Mermaid Gantt \
        chart's bars are tasks (the owner in the brackets that close a bar's name, due when the bar \
        ends), a list under a "WHO — WHAT — WHEN" line gives one task per item, a paragraph closed \
        by "(Action: DYO)" is DYO's task, and an agenda's "Annotation: …" holds no outcome while \
        "> ▶ …" lines under it do. So are arrowed lines under a topic ("→ JB + PR: 1-pager, tmrw"), \
        a Pandoc definition list's items under their term ("Action points" over ": AP 14/2.1 · …"), \
        a gap's fix with its pictograph fields ("✎ fix 👤 owner ⏱ when"), a RACI chart's rows (the R \
        column owns them), the cards of a "WE WILL …" wall, and live captions' turns after ">>". \
        A deadline named after a day \
        the notes tell ("sprint 14 ends Friday 2029-06-29", "GA5: … 08/11/2028") is due that day. \
        A form's numbered field in bold ("**B4. Calls to action\\***") names what follows it as a \
        heading would, and its boxes to tick ("- [x] Workshop") are no tasks; advice to "you" in a \
        paragraph that opens "To our development partners: …" addresses them; a Hansard's "THE \
        DEPUTY MINISTER:" is the person named beside that office before, and "MINISTER OSTERHAGEN:" \
        the listed speaker of that surname; advice followed in its \
        paragraph by "(Laughter.)" is none. An advisory whose bold title names whom it is to \
        ("**ADV-38-01 · to: District Commissioner, Sarn.**"), an ask after an arrow ("**Ask → \
        Pellum Transit Ltd:**") and a list under "**We call on the Government to:**" address those \
        named; "**Recommendation 6.**" makes the sentence after it advice in any section; a \
        judgment's "Orders and directions" and agreed minutes' lettered follow-up measures are \
        tasks, their signing clause and signatures are not; the lines under "What was promised …:" \
        are their speakers' promises; notes that declare "Dates are day.month" read "14.4" as a date. \
        A task board's columns ("## To do", "## Done") make each card's title a task, the line of \
        fields under it ("👤 @lise · 📅 Fri") its owner and date; in a pinned message, the marked \
        lines under "*Our asks*", "*Who does what*" or a line saying what was agreed are its items, \
        and a box to tick ("☐ …", "☑ …") is a task; a body's lettered decisions under one lead-in \
        ("the Committee, by consensus:" over "(a) requested the Secretariat to …") are read with \
        the body as their subject; a petition quoted whole ("> We, the undersigned, call on … to:") \
        puts its asks to the meeting. A motion quoted as printed and then "CARRIED" is the session's \
        own text, one "LOST" or "REMITTED" holds nothing, and "Congress instructs the General \
        Council to:" gives it the tasks below; a draft's paragraph marked "[bracketed]", \
        "[deleted]", "[new]" or "[agreed ad ref]" holds nothing; a checklist set off in a quotation \
        ("> - [ ] … · Josef · by 30 April") is the notes' own; under "## Day 2 …" relative dates \
        count from that day of the session. A tracker pasted as comma-separated values or copied \
        with tabs between its cells is a table (a "Type" column telling "REC" from "ACT"); a \
        review's matrix with a "Response" column holds the recommendations supported ("S"); a log \
        of questions holds its follow-ups and the floor's asks; numbered decisions with \
        "Responsible:" and "Deadline:" fields give their tasks; notes pasted from Emacs Org mode \
        are read as their outline ("** TODO …", "DEADLINE: <…>", ":OWNER:"). A council's motion set \
        out line by line ("Moved: … · Seconded: …", "That Council …", "CARRIED" or "LOST", "Officer \
        to action: …", "Report back: …") gives its officer a task when carried and nothing when \
        lost; a management response matrix holds the recommendations accepted and their key \
        actions; a commitment's milestones are its "Lead implementing agency"'s tasks; a chat's \
        exported messages ("[21/11/2035, 14:52:10] Thandi M: …") are their senders', dated from \
        the day they were sent, and a video call's saved chat ("10:24:02 From Ana Ruiz to Everyone: \
        …") is read message by message; tasks under a sub-heading naming a person or body are \
        theirs. A grid table as pandoc writes it ("+---+" borders) is a table, and so are rows \
        with no pipe at either end under a header naming tasks and owners (a ticket board's list \
        view); notes dictated with their punctuation spoken ("full stop", "comma") are read with \
        it written, "scratch that" taking back the line before. A todo.txt line ("(A) 2036-03-04 … \
        due:2036-03-11", "x 2036-03-05 …") is a task; a log pasted from a plain-text editor, its \
        columns lined up with blanks under a rule of dashes, is a table; a draft whose last line \
        gives the vote that did not carry it ("34% support — NOT ADOPTED") holds nothing; a task \
        tagged "[M2]" is due when the notes date that milestone. Sections numbered in bold \
        ("**8. RECOMMENDATIONS** — to go to the Chairman") are read as headings; a paragraph that \
        lists its items after a colon, set apart by semicolons (an ata's "recomenda-se à …; \
        recomenda-se às …"), is read clause by clause; a "```csv" fence is a tracker, its fields \
        between commas or semicolons; a day the notes name ("next market day is Wednesday \
        16/04/2036") dates a task due before it. A chat group's message under its sender's line \
        ("**Lena Marsh** · 08:40") is the sender's, a pinned list's "Name → task, by 31.10" lines \
        are tasks, and bulleted asks under a bold "To …" line address those it names; a wiki's \
        "@First Last do X //24 Apr 2037" names the whole person and the day; a board's card pinned \
        for the agreed recommendations holds them, its "Won't do" column nothing; a house's verdict \
        after a quoted motion ("Agreed to, Ayes 38, Noes 6.") is no item, and one that turns the \
        motion down undoes it. An issue tracker's issue ("### PVE-41 · …" over "- **Assignee:** …", \
        "- **Due date:** …") is one task, none when canceled; a grid with a "Type" column gives each \
        row as its type says; an outliner's headings written as list items ("- ## Purpose") are \
        headings; a line or branch marked with an icon that names a section ("🗣️ My asks to…", \
        "📣 Asks", "✅ Next steps") leads the icon-marked lines or branches under it, "🏛️ → City \
        council" addressing and "👤 Oona" owning them; a lead-in over lettered paragraphs or lines \
        ("The Caucus calls upon:", "Komise doporučuje Radě města:") leads them, and "resolves to:" \
        the body's own tasks; "FOR ACTION — DESK: …" is the desk's task; a table of earlier \
        recommendations with how far each is implemented holds none; a decision whose last lines \
        give its owner's and its deadline's fields ("Felelős: …", "Határidő: …", "Задужена: …") is \
        that one's task (rule cue:owner-and-deadline-fields); a thread's replies quoted under its \
        posts ("> **u/name** · ▲ 911"), a wiki talk page's signed replies ("— User:Name (talk) …") \
        and a chat's messages under the tasks are their writers' own words, and a document's \
        comment ending "— Assigned to Name" is that one's task; notes pasted as AsciiDoc ("== \
        Recommendations", a "|===" table) or LaTeX source ("\\section{…}", "\\item", a tabular) are \
        read as rendered, every line keeping its number; a line in another language or script is \
        read through the English gloss that closes it ("(Religious leaders: joint statement …)", \
        "(the municipal council funds …)"); a post's holder named in full ("Recorder (Benny \
        Sarai)") owns its task; the boxes an issue template's checklist ticks ("I searched existing \
        issues") are no tasks; a line's translation in italics below it is that line's item, read \
        once; records kept as YAML in a fenced block ("recommendations:", "actions:" with "who:", \
        "what:", "when:") are read by their keys; an outcome card's "Status: not adopted" sets its \
        proposal aside and its "Follow-up owner: X — task" is a task; a rapporteur's "[REC]" and \
        "[ACTION name, date]" tags give the tagged line's item; a site's Hugo shortcodes and an MDX \
        page's components are read as the page shows the text (an <ActionItem owner="…" due="…"> a \
        task with those fields), todo.txt lines and TaskPaper projects ("@owner(…) @due(…)") as \
        lists of tasks, and a memo typed up from paper without its running heads. The cues, themes and actors \
        come from the built-in rules and INPUT/rules.yml, whose 'cues:' may add words to a built-in cue \
        ('should: {phrases: [ought to]}') or a cue of its own ('ID: {kind: recommendation or \
        action, form: modal, reporting, label or owner-to, phrases: [...], strength: 1-3}'; modal \
        words stand before the verb, "should"; reporting verbs report advice, "urged"; labels open \
        the item, "Action:"; owner-to verbs follow "OWNER to"), and each entry may carry \
        'examples: {match: [...], no-match: [...]}' that lint checks. --explain shows, for each item, the rule \
        that made it and the words behind every tag. Items of sessions under 'chatham-house: true' \
        (any value but false, no or off), or whose notes say they were held under the rule, name \
        no speaker: a speaker who owns an action is named by role.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json, csv, text
    }

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: "Output format: json (rapporteur.extract/1), csv (RFC 4180) or text.")
    var format: Format = .json

    @Flag(name: .long, help: "Show the rule and the matched words for each item (text: a listing; json and csv: an extra field).")
    var explain = false

    @Flag(name: .long, help: "Print the JSON Schema of rapporteur.extract/1 and exit.")
    var printSchema = false

    @Flag(name: .long, help: "Leave out notes that cannot be used (each named on standard error) instead of stopping.")
    var keepGoing = false

    func run() throws {
      if printSchema {
        print(ExtractJSONWriter.jsonSchema, terminator: "")
        return
      }
      let options = BuildOptions(input: inputOptions.input, paths: inputOptions.paths, keepGoing: keepGoing, showsGivenPaths: true)
      let context = try BuildPipeline.run([.loadInputs(requireEvent: false), .extract, .anonymise], options: options)
      for error in context.leftOut { Console.error("warning: left out \(error.description)") }
      switch format {
      case .json: print(ExtractJSONWriter.write(context.extracts, explain: explain), terminator: "")
      case .csv: print(ExtractCSVWriter.write(context.extracts, explain: explain), terminator: "")
      case .text: print(ExtractExplanationWriter.write(context.extracts, explain: explain), terminator: "")
      }
    }
  }
}
