/// Common English words, lower case: about 8,500 of the most frequent words of English that a
/// dictionary lists in lower case (words it also lists in capitals, such as "aids" or "vat", are
/// left out). A word written in capitals that is one of these is more likely shouted than an
/// acronym; `AcronymUndefinedRule` asks this list only about words shouted together.
enum CommonWords {
  static func contains(_ word: String) -> Bool { set.contains(word) }

  private static let set: Set<String> = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  private static let text = """
    abandon abandoned abbey abilities ability able aboard aboriginal abortion about above abroad absence absent absolute
    absolutely absorb absorbed abstract absurd abundance abundant abuse abused abusive academic academics academy accent
    accept acceptable acceptance accepted accepting accepts access accessed accessible accessories accident accidental
    accidentally accidents accommodate accommodation accompanied accompany accompanying accomplish accomplished accord
    accordance according accordingly account accountability accountable accounted accounting accounts accuracy accurate
    accurately accusations accused ace achieve achieved achievement achievements achieving acid acids acknowledge
    acknowledged acoustic acquire acquired acquiring acquisition acre acres across acted acting action actions activated
    activation active actively activist activists activities activity actor actors actress acts actual actually acute
    adapt adaptation adapted add added addicted addiction adding addition additional additionally additions address
    addressed addresses addressing adds adequate adjacent adjust adjusted adjustment adjustments admin administered
    administration administrative administrator administrators admiral admire admission admit admits admitted admitting
    adopt adopted adopting adoption adorable adult adults advance advanced advancement advances advancing advantage
    advantages adventure adventures adverse advertisement advertising advice advise advised adviser advisor advisory
    advocacy advocate advocates aerial aesthetic affair affairs affect affected affecting affection affects affiliate
    affiliated afford affordable afghan afraid after aftermath afternoon afterward afterwards again against age aged
    agencies agency agenda agent agents ages aggregate aggression aggressive aging ago agree agreed agreeing agreement
    agreements agrees agricultural agriculture ahead aid aim aimed aiming aims air aircraft aired airline airlines
    airplane airport airports alarm albeit album albums alcohol alcoholic alert algebra algorithm algorithms alien
    aliens aligned alignment alike alive all allegations alleged allegedly allergic alley alliance allied allies
    allocated allow allowance allowed allowing allows ally almost alone along alongside alpha already alright also alt
    altar alter altered alternate alternative alternatively alternatives although altitude altogether aluminum alumni
    always am amateur amazed amazing amazon ambassador amber ambition ambitious ambulance amen amended amendment
    amendments amid ammunition among amongst amount amounts amp an analyses analysis analyst analysts analyze analyzed
    anatomy ancestors anchor ancient and android angel angels anger angle angles angry animal animals animated animation
    anime ankle anniversary announce announced announcement announces announcing annoyed annoying annual annually
    anonymous another answer answered answering answers ant antenna anthem anti anticipated antique anxiety anxious any
    anybody anymore anyone anything anytime anyway anywhere apart apartment apartments apologies apologize apology
    apparatus apparent apparently appeal appealed appealing appeals appear appearance appearances appeared appearing
    appears appetite applause apple apples applicable applicants application applications applied applies apply applying
    appointed appointment appointments appreciate appreciated appreciation approach approached approaches approaching
    appropriate approval approve approved approximately apps arbitrary arc arch archbishop archer architect architects
    architectural architecture archive archives arctic are area areas arena arguably argue argued argues arguing
    argument arguments arise arm armed armies armor arms army around arrange arranged arrangement arrangements array
    arrest arrested arrival arrive arrived arrives arriving arrow arrows arsenal art article articles artificial
    artillery artist artistic artists arts artwork as ash ashamed ashes aside ask asked asking asks asleep aspect
    aspects assassination assault assembled assembly asses assess assessed assessment assessments asset assets assigned
    assignment assignments assist assistance assistant assisted assisting assists associate associated associates
    association associations assume assumed assumes assuming assumption assumptions assurance assure assured asylum at
    ate athlete athletes athletic athletics atlas atmosphere atmospheric atomic attached attachment attack attacked
    attacking attacks attempt attempted attempting attempts attend attendance attended attending attention attitude
    attitudes attorney attorneys attract attracted attraction attractions attractive attribute attributed attributes
    auction audience audiences audio audit audition august aunt authentic author authorities authority authorized
    authors autism auto automated automatic automatically automation automobile automotive autonomous autonomy autumn
    availability available avengers avenue average averaged aviation avoid avoided avoiding awake award awarded awards
    aware awareness away awe awesome awful awhile awkward axe axis aye babe babies baby bachelor back backed background
    backgrounds backing backpack backs backup backwards backyard bacon bacteria bad badge badly bag bags bail bait bake
    baked baker baking balance balanced balancing balcony bald ball ballet balloon ballot balls ban banana band bands
    bang bank banker bankers banking bankruptcy banks banned banner banning baptist bar barber bare barely bargain bark
    barn baron barrel barrels barrier barriers bars base baseball based basement bases bash basically basics basin basis
    basket basketball bass bat batch bath bathroom bats battalion batteries battery batting battle battlefield battles
    bay be beach beaches beam bean beans bear beard bearing bears beast beat beaten beating beats beautiful beautifully
    beauty became because become becomes becoming bed bedroom beds bee beef been beer beers bees before beg began
    begging begin beginning begins begun behalf behave behavior behavioral behind being beings belief beliefs believe
    believed believes believing bell belle bells belly belong belonged belonging belongs beloved below belt bench bend
    beneath beneficial benefit benefits bent berry beside besides best bet beta bets better betting between beyond bias
    bible biblical bibliography bicycle bid bidding bids big bigger biggest bike bikes bill billboard billion billions
    bills billy bin binary binding biography biological biology bird birds birth birthday bishop bishops bit bitcoin
    bite bites biting bits bitter bizarre black blacks blade blades blah blame blamed blaming blank blanket blast
    bleeding blend bless blessed blessing blew blind bliss block blocked blocking blocks blog blogger blogs blonde blood
    bloody bloom blow blowing blown blows blue blues blunt board boarding boards boat boats bob bobby bodies bodily body
    boil bold bolt bomb bomber bombers bombing bombs bond bonds bone bones bonus bonuses boo book booked booking books
    boom boost boot booth boots border borders bore bored boring born borough borrow borrowed boss bosses bot both
    bother bothered bottle bottles bottom bought bounce bound boundaries boundary bout bow bowl bowling box boxes boxing
    boy boycott boyfriend boys bra bracket brad brain brains brake brakes branch branches brand branded brands brass
    brave breach bread break breakdown breakfast breaking breaks breakthrough breast breasts breath breathe breathing
    bred breed breeding breeze brick bricks bride bridge bridges brief briefly brigade bright brilliant bring bringing
    brings broad broadcast broadcasting broader broadly broke broken broker broncos bronze brooks brother brotherhood
    brothers brought brown browns browser brush brutal bubble bubbles buck bucket bucks bud buddies buddy budget buffalo
    buffer bug bugs build builder builders building buildings builds built bulk bull bullet bulletin bullets bulls bully
    bullying bump bunch bundle bunny burden bureau burger burial buried burn burned burning burns burnt burst bury bus
    buses bush business businesses businessman bust busy but butler butt butter butterfly button buttons buy buyer
    buyers buying buys buzz by bye cab cabin cabinet cable cables cage cake cakes cal calcium calculate calculated
    calculations calendar calif call called calling calls calm calories cam came camera cameras camp campaign campaigns
    camping camps campus can canal cancel canceled cancelled cancer candidate candidates candle candles candy cannabis
    cannon cannot canon cans cant canvas canyon cap capabilities capability capable capacity cape capital capitalism
    capitalist capitol caps captain capture captured car carbon card cardiac cardinal cards care cared career careers
    careful carefully cares cargo caring carnival carol carpenter carpet carriage carried carrier carriers carries carry
    carrying cars cart cartoon carved case cases cash casino cast casting castle casual casualties cat catalog catalogue
    catch catches catching categories category cathedral catholic cats cattle caught cause caused causes causing caution
    cautious cavalry cave cease ceased ceiling celebrate celebrated celebrating celebration celebrations celebrities
    celebrity cell cells cellular cement cemetery censorship census cent center centered centers central cents centuries
    century ceremony certain certainly certainty certificate certification certified chad chain chains chair chairman
    chairs challenge challenged challenges challenging chamber chambers champ champagne champion champions championship
    championships chance chancellor chances change changed changes changing channel channels chaos chapel chapter
    chapters character characteristic characteristics characterized characters charge charged charges charging
    charitable charities charity charm charming chart charter charts chase chasing chat cheap cheaper cheat cheated
    cheating check checked checking checks cheek cheeks cheer cheering cheers cheese chef chemical chemicals chemistry
    cherry chess chest chi chick chicken chickens chicks chief chiefs child childhood children chile chill chin china
    chip chips chocolate choice choices choir choose chooses choosing chopped chorus chose chosen chrome chronic chuck
    church churches cigarette cigarettes cinema circle circles circuit circular circulation circumstances circus
    citation cited cities citing citizen citizens citizenship city civic civil civilian civilians civilization claim
    claimed claiming claims clan clarify clarity clash class classes classic classical classics classification
    classified classroom clause clay clean cleaned cleaner cleaning clear clearance cleared clearing clearly clerk
    clever click clicking client clients cliff climate climb climbed climbing clinic clinical clinics clip clips clock
    close closed closely closer closes closest closet closing closure cloth clothes clothing cloud clouds clown club
    clubs clue clues cluster clutch coach coaches coaching coal coalition coast coastal coat cocaine coconut code codes
    coding coffee coffin cognitive coin coincidence coins coke col cold collaboration collaborative collapse collapsed
    collar colleague colleagues collect collected collecting collection collections collective collectively collector
    collectors college colleges collision colonel colonial colonies colony color colored colorful colors column columns
    combat combination combinations combine combined combining combo come comeback comedian comedy comes comfort
    comfortable comic comics coming command commander commanding commands commenced comment commentary commented
    commenting comments commerce commercial commercials commission commissioned commissioner commissions commit
    commitment commitments committed committee committees committing commodity common commonly commons commonwealth
    communicate communication communications communism communist communities community compact companies companion
    companions company comparable compare compared comparing comparison comparisons compassion compatible compelling
    compensate compensation compete competent competing competition competitions competitive competitor competitors
    compilation compiled complain complained complaining complaint complaints complete completed completely completing
    completion complex complexity compliance complicated complications compliment comply component components composed
    composer composite composition compound compounds comprehensive compression comprised comprises comprising
    compromise compromised computer computers computing con conceived concentrate concentrated concentration concept
    concepts concern concerned concerning concerns concert concerts conclude concluded conclusion conclusions concrete
    condemned condition conditioning conditions conduct conducted conducting conductor cone conference conferences
    confess confession confidence confident confidential configuration confined confirm confirmation confirmed confirms
    conflict conflicts confront confronted confused confusing confusion congratulations congregation congress
    congressional congressman conjunction connect connected connecting connection connections connects conscience
    conscious consciousness consecutive consensus consent consequence consequences consequently conservation
    conservative conservatives consider considerable considerably consideration considered considering considers consist
    consisted consistency consistent consistently consisting consists console consolidated conspiracy constable constant
    constantly constitute constitution constitutional constraints construct constructed construction constructive
    consult consultant consultation consulting consume consumed consumer consumers consuming consumption contact
    contacted contacts contain contained container containers containing contains contemporary content contents contest
    context continent continental continually continue continued continues continuing continuous continuously contract
    contracted contractor contractors contracts contrary contrast contribute contributed contributing contribution
    contributions control controlled controller controlling controls controversial controversy convenience convenient
    convention conventional conventions conversation conversations conversion convert converted convey convicted
    conviction convince convinced convincing cook cooked cookie cookies cooking cool cooler cooling cooper cooperate
    cooperation cooperative coordinate coordinated coordinates coordination coordinator cop cope copied copies copper
    cops copy copyright coral cord core corn corner corners corp corporate corporation corporations corps correct
    corrected correction correctly correlation correspondence correspondent corresponding corridor corrupt corruption
    cosmic cost costly costs costume costumes cottage cotton couch cough could council councils counsel counseling
    counselor count counted counter counties counting countless countries country countryside counts county coup couple
    coupled couples coupon courage course courses court courtesy courts cousin cousins cover coverage covered covering
    covers cow cowboy cowboys cows cox crack cracked cracking cracks craft crane crash crashed crashes crashing crazy
    cream create created creates creating creation creative creativity creator creators creature creatures credibility
    credit credited credits creek creep creepy crew crews cricket cried cries crime crimes criminal criminals crisis
    criteria critic critical critically criticism criticized critics critique crop crops cross crossed crosses crossing
    crow crowd crowded crowds crown crucial crude cruel cruise crush crushed crushing cry crying crystal crystals cube
    cubs cuisine cult cultural culture cultures cup cups curb cure curiosity curious currency current currently
    curriculum curry curse curtain curve curved curves custody custom customer customers customs cut cute cuts cutting
    cycle cycles cycling cylinder dad daddy daily dairy daisy dale dam damage damaged damages damaging dame dance dancer
    dancers dances dancing danger dangerous dangers dare dark darker darkness darling dash data database date dated
    dates dating daughter daughters dawn day daylight days dead deadline deadly deaf deal dealer dealers dealing deals
    dealt dean dear death deaths debate debates debris debt debts debut decade decades decay deceased decent decide
    decided decides deciding decision decisions decisive deck declaration declare declared declaring decline declined
    declining decorated decoration decorative decrease decreased decree dedicated dedication deeds deemed deep deeper
    deeply deer default defeat defeated defend defendant defendants defended defender defenders defending defense
    defensive deficit define defined defines defining definite definitely definition definitions definitive degree
    degrees delay delayed delays delegates delegation delete deleted deliberate deliberately delicate delicious delight
    delighted deliver delivered delivering delivers delivery delta demand demanded demanding demands demo democracy
    democrat democratic democrats demographic demon demons demonstrate demonstrated demonstrates demonstration
    demonstrations den denial denied dense density dental dentist deny denying departed department departments departure
    depend dependent depending depends deployed deployment deposit deposits depot depressed depressing depression depth
    depths deputy derby derived descent describe described describes describing description descriptions desert deserve
    deserved deserves design designated designed designer designers designing designs desirable desire desired desires
    desk desktop despair desperate desperately despite dessert destination destinations destined destiny destroy
    destroyed destroying destruction destructive detached detail detailed details detained detect detected detection
    detective detention determination determine determined determining devastating develop developed developer
    developers developing development developmental developments develops device devices devil devils devoted diabetes
    diagnosed diagnosis diagnostic diagram dial dialogue diameter diamond diamonds diary dictionary did die died dies
    diesel diet differ difference differences different differential differently difficult difficulties difficulty dig
    digging digital dignity dimension dimensional dimensions dining dinner dioxide dip diplomatic direct directed
    directing direction directions directly director directors directory dirt dirty disabilities disability disabled
    disagree disappear disappeared disappointed disappointing disappointment disaster disc discharge discipline disclose
    disclosed disclosure disco discount discounts discourse discover discovered discovering discovery discretion
    discrimination discuss discussed discusses discussing discussion discussions disease diseases disgusting dish dishes
    disk dislike dismiss dismissed disorder disorders displaced display displayed displays disposal dispute disputes
    dissolved distance distances distant distinct distinction distinctive distinguish distinguished distracted
    distraction distress distribute distributed distribution district districts disturbed disturbing ditch dive diverse
    diversity divide divided dividend divine diving division divisions divorce divorced do doc dock doctor doctors
    doctrine document documentary documentation documented documents dodge dodgers doe does dog dogs doing doll dollar
    dollars dolls dolphins domain dome domestic dominance dominant dominate dominated don donate donated donation
    donations done donor donors doom door doors dope dose doses dot double doubled doubles doubt doubts dough down
    download downloaded downs downtown dozen dozens draft drafted drag dragged dragging dragon dragons drain drake drama
    dramatic dramatically drank draw drawer drawing drawings drawn draws dream dreaming dreams dress dressed dresses
    dressing drew dried drift drill drilling drink drinking drinks drive driven driver drivers drives driving drone
    drones drop dropped dropping drops drought drove drug drugs drum drums drunk dry dual dubbed duck ducks dudes due
    dug duke dull dumb dump dumped duo duration during dust duties duty dye dying dynamic dynamics dynasty each eager
    eagle eagles ear earl earlier earliest early earn earned earning earnings ears earth earthquake ease easier easiest
    easily east eastern easy eat eaten eating eats echo eclipse ecological economic economically economics economies
    economist economy ecosystem edge edges edit edited editing edition editions editor editorial editors educate
    educated education educational educators effect effective effectively effectiveness effects efficiency efficient
    efficiently effort efforts egg eggs ego eight eighteen eighth either elaborate elbow elder elderly elect elected
    election elections electoral electric electrical electricity electron electronic electronics elegant element
    elementary elements elephant elephants elevated elevation elevator eleven eligible eliminate eliminated eliminating
    elimination elite else elsewhere email emails embarrassed embarrassing embassy embedded embrace emerge emerged
    emergency emerging emissions emotion emotional emotionally emotions emperor emphasis empire employ employed employee
    employees employer employers employment empty enable enabled enables enabling encounter encountered encounters
    encourage encouraged encouragement encourages encouraging end endangered ended ending endless endorsed ends endure
    enemies enemy energy enforce enforced enforcement engage engaged engagement engaging engine engineer engineering
    engineers engines enhance enhanced enjoy enjoyable enjoyed enjoying enjoyment enjoys enormous enough enrolled
    enrollment ensure ensuring enter entered entering enterprise enterprises enters entertain entertaining entertainment
    enthusiasm enthusiastic entire entirely entities entitled entity entrance entrepreneur entrepreneurs entries entry
    envelope environment environmental environments envy enzyme epic epidemic episode episodes equal equality equally
    equation equipment equipped equity equivalent erected error errors escape escaped escort especially essay essays
    essence essential essentially establish established establishing establishment establishments estate estates esteem
    estimate estimated estimates eternal eternity ethical ethics ethnic euro euros evaluate evaluated evaluation eve
    even evening event events eventually ever every everybody everyday everyone everything everywhere evidence evident
    evil evolution evolutionary evolve evolved exact exactly exam examination examine examined examining example
    examples exams exceed excellence excellent except exception exceptional exceptions excess excessive exchange
    exchanges excited excitement exciting exclude excluded excluding exclusive exclusively excuse excuses execute
    executed execution executive executives exempt exercise exercises exhaust exhausted exhibit exhibited exhibition
    exhibits exile exist existed existence existing exists exit exotic expand expanded expanding expansion expect
    expectation expectations expected expecting expects expedition expense expenses expensive experience experienced
    experiences experiencing experiment experimental experiments expert expertise experts expired explain explained
    explaining explains explanation explicit explicitly explode exploit exploitation exploration explore explored
    explorer exploring explosion explosive explosives export exports expose exposed exposing exposure express expressed
    expressing expression expressions extend extended extending extends extension extensions extensive extensively
    extent exterior external extra extract extraction extraordinary extreme extremely eye eyed eyes fabric fabulous face
    faced faces facial facilitate facilities facility facing fact faction factor factories factors factory facts faculty
    fade fail failed failing fails failure failures faint fair fairly fairy faith faithful fake fall fallen falling
    falls false fame familiar families family famous fan fancy fans fantastic fantasy far fare farewell farm farmer
    farmers farming farms farther fascinating fascist fashion fashioned fast faster fastest fat fatal fate father
    fathers fatigue fatty fault favor favorable favorite favorites fear feared fears feast feat feathers feature
    featured features featuring fed federal federation fee feed feedback feeding feeds feel feeling feelings feels fees
    feet fell fellow fellows fellowship felt female females feminine feminism feminist fence ferry fertility festival
    festivals fever few fewer fiber fiction fictional field fields fierce fifteen fifth fifty fig fight fighter fighters
    fighting fights figure figured figures file filed files filing fill filled filling film filmed filming films filter
    filters filthy final finale finally finals finance finances financial financially financing find finding findings
    finds fine fines finest finger fingers finish finished finishes finishing fire firearms fired fires fireworks firing
    firm firmly firms first fiscal fish fisher fishing fist fit fitness fits fitted fitting five fix fixed fixing
    fixtures flag flags flame flames flash flat flavor flaws fled flee fleet flesh flew flexibility flexible flies
    flight flights flip float floating flood flooded flooding floods floor floors flour flow flower flowers flowing
    flown flows flu fluid flush fly flying foam focus focused focuses focusing fog fold folded folk folks follow
    followed followers following follows fond font food foods fool foolish fools foot footage football for forbidden
    force forced forces forcing ford forecast forehead foreign foreigners foremost forest forests forever forge forget
    forgetting forgive forgiveness forgot forgotten fork form formal formally format formation formed former formerly
    forming forms formula fort forth fortunate fortunately fortune forty forum forums forward forwards fossil foster
    fought foul found foundation foundations founded founder founders founding fountain four fourteen fourth fox
    fraction fragile fragments frame framed frames framework franchise frank frankly fraud freak freaking free freed
    freedom freely freeman freestyle freeze freezing freight french frequency frequent frequently fresh freshman fridge
    fried friend friendly friends friendship fries fringe frog from front frontier frost frozen fruit fruits frustrated
    frustrating frustration fry fuel fuels fulfill full fuller fully fun function functional functioning functions fund
    fundamental funded funding funds funeral funny fur furious furniture further furthermore fury fusion future futures
    gain gained gaining gains gal galaxy galleries gallery gamble gambling game games gaming gang gap gaps garage
    garbage garden gardens garlic gas gasoline gate gates gateway gather gathered gathering gauge gave gear gel gem gen
    gender gene general generally generate generated generating generation generations generator generic generous genes
    genesis genetic genetics genius genocide genre gentle gentleman gentlemen gently genuine genuinely geographic
    geographical geography geological geometry gesture get gets getting ghost ghosts giant giants gift gifted gifts gig
    ginger girl girlfriend girls give given gives giving glad glance glass glasses glen glimpse global globally globe
    glorious glory gloves glow glue go goal goalkeeper goals goat god goddess gods goes going gold golden golf gone
    gonna good goodbye goodness goods google goose gorgeous gosh gospel gossip got gotta gotten governance governed
    governing government governmental governments governor governors grab grabbed grace grade grades gradually graduate
    graduated graduates graduation grain grammar grams grand grandchildren grandfather grandma grandmother grandpa
    grandparents grandson granite grant granted grants graph graphic graphics grasp grass grateful gratitude grave
    graves gravity gray great greater greatest greatly green greenhouse greens grew grey grid grief griffin grill grind
    grinding grip grocery gross ground grounded grounds group groups grove grow growing grown grows growth guarantee
    guaranteed guarantees guard guardian guardians guards guess guessing guest guests guidance guide guided guidelines
    guides guild guilt guilty guinea guitar gulf gum gun guns guru gut guy guys gym habit habitat habits hack hacked
    hacking had hail hair hairy half halfway hall halls halt ham hammer hand handbook handed handful handle handled
    handles handling hands handsome handy hang hanging happen happened happening happens happier happily happiness happy
    harassment harbor hard harder hardest hardly hardware hardy harm harmful harmless harmony harry harsh hart harvest
    has hat hatch hate hated hates hating hatred hats haul haunted have haven having hawk hawks hay hazard he head
    headache headed header heading headline headlines headphones headquarters heads heal healing health healthcare
    healthier healthy hear heard hearing hearings hears heart hearts heat heated heather heating heaven heavier heavily
    heavy heck heel heels height heights heir held helicopter hell hello helmet help helped helpful helping helps hence
    her herald here heritage hero heroes heroic heroin hers herself hes hesitate hid hidden hide hiding hierarchy high
    higher highest highlight highlighted highlights highly highway highways hike hiking hilarious hill hills him himself
    hint hints hip hips hire hired hiring his historian historians historic historical historically history hit hits
    hitting hobby hockey hold holder holders holding holdings holds hole holes holiday holidays hollow holly holocaust
    holy home homeland homeless homemade homer homes hometown homework homicide honest honestly honesty honey honor
    honorable honored honors hood hook hooked hop hope hoped hopeful hopefully hopes hoping horizon horizontal hormone
    horn horns horrible horror horse horses hospital hospitality hospitals host hostage hosted hostile hosting hosts hot
    hotel hotels hottest hour hours house household households houses housing how however hub hug huge hull human
    humanitarian humanity humans humble humidity humor hundred hundreds hung hunger hungry hunt hunter hunters hunting
    hurricane hurry hurt hurting hurts husband hut hybrid hydrogen hygiene hype hypothesis ice icon idea ideal ideals
    ideas identical identification identified identify identifying identities identity ideology idiot idiots idol if
    ignorance ignorant ignore ignored ignoring iii ill illegal illegally illness illusion illustrated illustration
    illustrations image imagery images imaginary imagination imagine imagined imaging immediate immediately immense
    immigrant immigrants immigration immune immunity impact impacts imperial implement implementation implemented
    implementing implications implied implies imply import importance important importantly imported imports impose
    imposed impossible impress impressed impression impressive imprisoned imprisonment improve improved improvement
    improvements improving in inability inadequate inappropriate incentive incentives inch inches incident incidents
    inclined include included includes including inclusion inclusive income incoming incomplete inconsistent incorporate
    incorporated incorrect increase increased increases increasing increasingly incredible incredibly indeed
    independence independent independently index indicate indicated indicates indicating indication indicator indicators
    indigenous indirect individual individually individuals indoor induced industrial industries industry inequality
    inevitable inevitably infant infantry infected infection infections infectious inferior infinite infinity inflation
    influence influenced influences influential info inform informal information informed infrastructure ingredients
    inhabitants inherent inheritance inherited initial initially initiated initiative initiatives injection injured
    injuries injury injustice ink inland inmates inn inner inning innings innocence innocent innovation innovative input
    inquiries inquiry insane insects insert inside insight insights insist insisted inspection inspector inspiration
    inspire inspired inspiring install installation installations installed instance instances instant instantly instead
    instinct institute institution institutional institutions instructed instruction instructions instructor instrument
    instrumental instruments insulin insult insurance int intact intake integral integrated integration integrity intel
    intellectual intelligence intelligent intend intended intense intensity intensive intent intention intentionally
    intentions inter interact interaction interactions interactive interest interested interesting interests interface
    interfere interference interim interior intermediate internal international internationally internet interpret
    interpretation interpreted interrupted intersection interstate intervention interview interviewed interviews
    intimate into intro introduce introduced introduces introducing introduction invalid invasion invented invention
    inventory invest invested investigate investigated investigating investigation investigations investigator
    investigators investing investment investments investor investors invisible invitation invite invited inviting
    involve involved involvement involves involving ion iron ironic irony irrelevant is island islands isle isolated
    isolation issue issued issues it item items its itself ivory ivy jack jacket jackets jade jail jam japan jar jaw jay
    jazz jealous jeans jerk jersey jet jets jewelry jimmy job jobs john johns join joined joining joins joint jointly
    joints joke jokes joking josh journal journalism journalist journalists journals journey joy judge judged judgement
    judges judging judgment judicial judiciary juice jump jumped jumping jumps junction jungle junior junk jurisdiction
    jury just justice justification justified justify juvenile karma keen keep keeper keeping keeps ken kept key
    keyboard keys khan kick kicked kicking kicks kid kidding kidnapped kidney kids kill killed killer killers killing
    kills kilometers kind kinda kindergarten kindle kindly kindness kinds king kingdom kings kiss kissed kissing kit
    kitchen kits kitty knee knees knew knife knight knights knives knock knocked knocking know knowing knowledge known
    knows lab label labeled labels labor laboratory labs lace lack lacked lacking lacks lad ladder ladies lads lady laid
    lake lakes lamb lame lamp lance land landed landing landlord landmark lands landscape lane lanes language languages
    lap laptop large largely larger largest laser last lasted lasting lasts late lately later latest latter laugh
    laughed laughing laughs laughter launch launched launches launching laundry law lawn laws lawsuit lawyer lawyers lay
    layer layers laying layout lazy lead leader leaders leadership leading leads leaf league leagues leak leaked leaks
    lean leaning leap learn learned learning learnt lease least leather leave leaves leaving lecture lectures lee left
    leg legacy legal legally legend legendary legends legion legislation legislative legislature legit legitimate legs
    leisure lemon lend lending length lengths lengthy lens lesbian less lesser lesson lessons let lethal lets letter
    letters letting level levels leverage levy liability liable liar liberal liberals liberation liberty libraries
    library licence license licensed licenses licensing lid lie lied lies lieutenant life lifestyle lifetime lift lifted
    lifting light lighter lighting lightly lightning lights lightweight like liked likelihood likely likes likewise
    liking lily lime limit limitations limited limiting limits line linear lined lines lineup lining link linked linking
    links lion lions lip lips liquid liquor list listed listen listened listening listing listings lists lit literacy
    literally literary literature litigation little live lived lively liver lives livestock living load loaded loading
    loads loan loans lobby local locally locals locate located location locations lock locked locker locks lodge log
    logic logical logistics logo logs lone lonely long longer longest look looked looking looks loop loose lord lords
    lose loser losers loses losing loss losses lost lot lots lottery loud louder loudly lounge love loved lovely lover
    lovers loves loving low lower lowered lowering lowest loyal loyalty luck luckily lucky luggage lunch lung lungs
    luxury lying lynch lyrics machine machinery machines mad madame made madness magazine magazines magic magical
    magnetic magnificent magnitude maid maiden mail main mainland mainly mainstream maintain maintained maintaining
    maintains maintenance majesty major majority make maker makers makes makeup making male males mall mama man manage
    managed management manager managers manages managing mandate mandatory manga manipulation mankind manner manners
    manning manor mansion manual manufacture manufactured manufacturer manufacturers manufacturing manuscript many map
    maple mapping maps mar marathon marble march marching margin margins maria marijuana marina marine marines maritime
    mark marked marker market marketing marketplace markets marking marks marriage marriages married marry mars marsh
    marshal martial martin marvel mask masks mason mass massacre massage masses massive master masterpiece masters mat
    match matched matches matching mate material materials mates math mathematical mathematics matrix matt matter
    matters mature maturity max maximum may maybe mayor me meal meals mean meaning meaningful means meant meantime
    meanwhile measure measured measurement measurements measures measuring meat mechanic mechanical mechanics mechanism
    mechanisms med medal medals media median medical medication medicine medieval meditation medium meet meeting
    meetings meets melody melt melted melting member members membership membrane meme memo memorable memorial memories
    memory men mental mentally mention mentioned mentions mentor menu merchandise merchant merchants mercury mercy mere
    merely merger merit merry mess message messages messed messenger messing messy met metabolism metal metallic metals
    meter meters method methodology methods metric metro metropolitan mice mickey microwave mid middle midnight midst
    might mighty migrants migration mike mild mile miles military militia milk mill miller million millions mills min
    mind minded minds mine mineral minerals miners mines mini minimal minimize minimum mining minister ministers
    ministry minor minorities minority mint minus minute minutes miracle mirror mirrors miserable misery misleading miss
    missed misses missile missiles missing mission missionary missions mistake mistaken mistakes mistress mix mixed
    mixing mixture mob mobile mobility mock mod mode model modeling models moderate modern modes modest modifications
    modified modify module moisture molecular molecules mom moment moments momentum mommy moms monetary money monitor
    monitoring monitors monk monkey monkeys monopoly monster monsters month monthly months monument mood moon moral
    morality more moreover morning morocco mortal mortality mortgage mosque moss most mostly mother mothers motion
    motivated motivation motive motor motorcycle motors mount mountain mountains mounted mounting mouse mouth move moved
    movement movements moves movie movies moving much mud multi multiple mum municipal murder murdered murderer murders
    muscle muscles museum museums music musical musician musicians must mutual my myself mysterious mystery myth nail
    nails naked name named namely names naming nap narrative narrator narrow nasty nation national nationalism
    nationalist nationally nationals nations nationwide native natural naturally nature naughty naval navigation navy
    near nearby nearest nearly neat necessarily necessary necessity neck necklace need needed needing needle needs
    negative neglect neglected negotiate negotiated negotiating negotiation negotiations neighbor neighborhood
    neighborhoods neighboring neighbors neither nephew nerve nerves nervous nest net nets network networking networks
    neutral never nevertheless new newborn newer newest newly news newspaper newspapers newton next nice nicely niche
    nick nickel nickname niece night nightmare nights nine ninja ninth no noble nobody node nodes noise nominated
    nomination nominations nominee non none nonetheless nonprofit nonsense noon nope nor norm normal normally north
    northeast northern northwest northwestern nose not notable notably notch note noted notes nothing notice noticed
    notices notification notified noting notion notorious nova novel novels nowadays nowhere nuclear nude number
    numbered numbers numerous nurse nursery nurses nursing nut nutrition nuts oak oath obesity obey object objective
    objectives objects obligation obligations obscure observation observations observe observed observer obsessed
    obsession obstacles obtain obtained obtaining obvious obviously occasion occasional occasionally occasions
    occupation occupied occupy occur occurred occurring occurs ocean odd odds of off offended offenders offense
    offensive offer offered offering offerings offers office officer officers offices official officially officials
    offset offshore often oil oils okay old older oldest olive omega on once one ones ongoing onion onions online only
    onto open opened opener opening openly opens opera operate operated operates operating operation operational
    operations operative operator operators opinion opinions opponent opponents opportunities opportunity oppose opposed
    opposing opposite opposition oppression ops opt optical optimal optimistic option optional options or oral orange
    orbit orchestra order ordered ordering orders ordinary ore organ organic organisms organization organizational
    organizations organize organized organizing organs orientation oriented origin original originally originated
    origins orthodox other others otherwise ought ounce our ours ourselves out outbreak outcome outcomes outdoor outer
    outfit outfits outlet outlets outline outlined outlook output outrage outright outs outside outstanding oval oven
    over overall overcome overhead overlooked overly overnight overseas oversight overtime overview overwhelmed
    overwhelming owe owed owl own owned owner owners ownership owning owns oxford oxygen pace pacific pack package
    packages packaging packed packers packing packs pad page pages paid pain painful pains paint painted painter
    painting paintings pair paired pairs pal palace pale palm pan panel panels panic panthers pants papa paper papers
    paperwork par parade paradise paragraph parallel parameters pardon parent parental parenting parents parish park
    parked parking parks parliament parliamentary parody parole part partial partially participant participants
    participate participated participating participation particle particles particular particularly parties partisan
    partly partner partners partnership partnerships parts party pass passage passed passenger passengers passes passing
    passion passionate passive passport password past pasta paste pastor pat patch patches patent path pathetic paths
    patience patient patients patriotic patriots patrol pattern patterns pause pay paying payment payments pays peace
    peaceful peak peaks peanut pearl pee peel peer peers pen penalties penalty pencil pending penguin peninsula penny
    pension pensions people peoples pepper per perceived percent percentage perception perfect perfection perfectly
    perform performance performances performed performer performers performing performs perhaps period periods permanent
    permanently permission permit permits permitted persistent person personal personalities personality personally
    personnel persons perspective perspectives persuade pet peter petition petroleum pets petty phantom pharmaceutical
    pharmacy phase phases phenomenon philosophical philosophy phoenix phone phones photo photograph photographer
    photographers photographs photography photos phrase phrases physical physically physician physicians physics piano
    pick picked picking picks pickup picnic picture pictured pictures pie piece pieces pier pierce pig pigs pile pill
    pillow pills pilot pilots pine pink pins pioneer pipe pipeline pipes pirate pirates pistol pit pitch pitched pitcher
    pity pizza place placed placement places placing plague plain plains plan plane planes planet planets planned
    planning plans plant planted planting plants plasma plastic plate plates platform platforms platinum play played
    player players playground playing playoff playoffs plays plaza plea pleasant please pleased pleasure pledge plenty
    plot plug plus pocket pockets podcast poem poems poet poetry poets point pointed pointing pointless points poison
    poisoning poker polar pole poles police policies policy polish polite political politically politician politicians
    politics poll polling polls pollution pond pony pool pools poor poorly pop pope popped popping pops popular
    popularity populated population populations porch pork port portable portal porter portfolio portion portions
    portrait portraits portrayed ports pose posed poses position positioned positions positive positively possess
    possessed possession possessions possibilities possibility possible possibly post postal posted poster posters
    posting posts pot potato potatoes potential potentially potter pound pounds pour poured pouring poverty powder power
    powered powerful powers practical practically practice practiced practices practicing practitioners praise praised
    pray prayer prayers praying precedent precious precise precisely precision predecessor predict predicted prediction
    predictions predominantly prefer preference preferences preferred pregnancy pregnant prejudice preliminary premier
    premiere premise premises premium prep preparation preparations prepare prepared preparing prescribed prescription
    presence present presentation presented presenting presents preservation preserve preserved presidency president
    presidential presidents press pressed pressing pressure pressures prestigious presumably pretend pretending pretty
    prevalent prevent prevented preventing prevention prevents preview previous previously prey price priced prices
    pricing pride priest priests primarily primary prime primitive prince princess principal principle principles print
    printed printer printing prints prior priorities priority prison prisoner prisoners prisons privacy private
    privately privilege privileged prize prizes pro probability probable probably probation probe problem problematic
    problems procedure procedures proceed proceeded proceedings proceeds process processed processes processing
    processor produce produced producer producers produces producing product production productions productive
    productivity products prof profession professional professionals professor professors profile profiles profit
    profitable profits profound program programme programmes programming programs progress progression progressive
    prohibited project projected projection projects prolonged prom prominent promise promised promises promising promo
    promote promoted promotes promoting promotion promotional promotions prompt prompted promptly prone pronounced proof
    propaganda proper properly properties property prophet proportion proposal proposals propose proposed proposition
    pros prosecution prosecutor prospect prospective prospects prosperity protect protected protecting protection
    protective protein proteins protest protestant protesters protests protocol prototype proud prove proved proven
    proves provide provided providence provider providers provides providing province provinces provincial proving
    provision provisions proximity psychiatric psychic psychological psychologist psychology pub public publication
    publications publicity publicly publish published publisher publishers publishing pull pulled pulling pulls pulse
    pump pumped pumping pumpkin pumps punch punched punish punished punishment punk pupil pupils puppet puppy purchase
    purchased purchases purchasing pure purely purple purpose purposes purse pursue pursued pursuing pursuit push pushed
    pushing put puts putting puzzle python qualification qualifications qualified qualify qualifying qualities quality
    quantities quantity quantum quarter quarterback quarterly quarters queen queens quest question questionable
    questioned questioning questions queue quick quicker quickly quiet quietly quit quite quiz quote quoted quotes
    rabbit race races racial racing racism racist rack radar radiation radical radio radius rage raid raiders raids rail
    railroad rails railway railways rain rainbow rainfall rains raise raised raises raising rally ramp ran ranch random
    randomly randy range ranger rangers ranges ranging rank ranked ranking rankings ranks rap raped rapid rapidly rapper
    rare rarely rat rate rated rates rather rating ratings ratio rational rats raven raw ray rays reach reached reaches
    reaching react reaction reactions reactor read reader readers readily reading readings reads ready real realistic
    reality realize realized realizing really realm rear reason reasonable reasonably reasoning reasons rebel rebellion
    rebels rebuild recall recalled receipt receive received receiver receives receiving recent recently reception
    receptor recession recipe recipes recipient recipients reckless recognition recognize recognized recommend
    recommendation recommendations recommended reconstruction record recorded recording recordings records recover
    recovered recovering recovery recreation recreational recruit recruited recruiting recruitment red redemption reds
    reduce reduced reduces reducing reduction reed reef ref refer referee reference references referendum referred
    referring refers refined reflect reflected reflecting reflection reflects reform reforms refreshing refuge refugee
    refugees refund refusal refuse refused refuses refusing regard regarded regarding regardless regards regime regiment
    region regional regions register registered registration regret regrets regular regularly regulate regulated
    regulation regulations regulatory rehab rehabilitation reign reinforced reject rejected rejection relate related
    relates relating relation relations relationship relationships relative relatively relatives relax relaxed relaxing
    relay release released releases releasing relevant reliability reliable reliance relied relief relies relieved
    religion religions religious reluctant rely relying remain remainder remained remaining remains remake remarkable
    remarks remedies remedy remember remembered remembering remembers remind reminded reminder reminds remote removal
    remove removed removing renaissance render rendered rendering renewable renewal renewed renowned rent rental rented
    rep repair repairs repeal repeat repeated repeatedly repeating replace replaced replacement replacing replay replied
    replies reply report reported reportedly reporter reporters reporting reports represent representation
    representative representatives represented representing represents reproduction reproductive republic republican
    republicans reputation request requested requesting requests require required requirement requirements requires
    requiring rescue rescued research researcher researchers reservation reservations reserve reserved reserves
    reservoir reset residence resident residential residents resign resignation resigned resist resistance resistant
    resolution resolve resolved resort resource resources respect respected respective respectively respects respiratory
    respond responded respondents responding responds response responses responsibilities responsibility responsible
    rest restaurant restaurants resting restoration restore restored restrict restricted restrictions result resulted
    resulting results resume retail retailers retain retained retaining retention retire retired retirement retiring
    retreat retrieved return returned returning returns reunion rev reveal revealed revealing reveals revelation revenge
    revenue revenues reverse reversed review reviewed reviewing reviews revised revision revival revolution
    revolutionary reward rewarded rewards rhetoric rhythm ribbon ribs rice rich rick rid ride rider riders rides ridge
    ridiculous riding rifle rifles rig right righteous rights rim ring rings riot riots ripped rise risen rises rising
    risk risks risky ritual rival rivalry rivals river rivers road roads roast rob robbed robbery robin robot robots
    robust rock rocket rockets rocks rocky rod rode roger rogers rogue role roles roll rolled roller rolling rolls roman
    romance romantic roof rookie room roommate rooms root rooted roots rope rose roses roster rotation rotten rough
    roughly round rounded rounds route routes routine row rows royal royalty rub rubber rubbish ruby rude rugby ruin
    ruined ruins rule ruled ruler rules ruling rumors run runner runners running runs runway rural rush rushed rushing
    sack sacred sacrifice sad sadly sadness safe safely safer safety saga sage said sail sailing sailor saint saints
    sake salad salaries salary sale sales sally salmon salon salvation same sample samples sanctions sanctuary sand
    sanders sands sandwich sandy sang satellite satisfaction satisfied satisfy satisfying sauce sausage savage save
    saved saves saving savings saw say saying says scale scales scam scan scandal scare scared scary scattered scenario
    scenarios scene scenes scent schedule scheduled schedules scheme schemes scholar scholars scholarship school schools
    science sciences scientific scientist scientists scope score scored scores scoring scout scratch scream screaming
    screams screen screening screens screw screwed script scroll sculpture sea seal sealed seals search searched
    searches searching seas season seasonal seasons seat seated seats second secondary secondly seconds secret secretary
    secretly secrets section sections sector sectors secular secure secured securing securities security see seed seeds
    seeing seek seeking seeks seem seemed seemingly seems seen sees segment segments seize seized select selected
    selecting selection selective self selfish sell seller sellers selling sells semester semi senate senator senators
    send sending sends senior seniors sensation sense senses sensible sensitive sensitivity sensor sensors sent sentence
    sentenced sentences sentiment separate separated separately separation sequel sequence sequences sergeant serial
    series serious seriously servant servants serve served server servers serves service services serving session
    sessions set sets setting settings settle settled settlement settlements settling setup seven seventeen seventh
    seventy several severe severely sexual sexuality sexually shade shades shadow shadows shaft shah shake shaking shall
    shallow shame shanghai shape shaped shapes share shared shareholders shares sharing shark sharks sharp sharply shave
    she shed sheep sheer sheet sheets shelf shell shells shelter shepherd sheriff shield shields shift shifted shifting
    shifts shine shining shiny ship shipped shipping ships shirt shirts shock shocked shocking shoe shoes shook shoot
    shooter shooting shoots shop shopping shops shore short shortage shorter shortly shorts shot shotgun shots should
    shoulder shoulders shout shouted shouting show showcase showed shower showers showing shown shows shrimp shut
    shuttle shy siblings sick sickness side sided sides siege sierra sigh sight sights sign signal signals signature
    signed significance significant significantly signing signs silence silent silicon silk silly silver sim similar
    similarities similarly simple simpler simply sims simulation simultaneously sin since sincere sincerely sing singer
    singers singing single singles sings sink sinking sins sir sister sisters sit site sites sits sitting situated
    situation situations six sixteen sixth sixty size sized sizes skating skeleton sketch ski skies skiing skill skilled
    skills skin skinny skins skip skirt skull sky slam slap slate slaughter slave slavery slaves sleep sleeping sleeve
    slept slice slide slides sliding slight slightly slim slip slipped slope slopes slot slots slow slower slowly small
    smaller smallest smart smarter smartphone smash smashed smell smells smile smiled smiles smiling smith smoke smoked
    smoking smooth snack snacks snake snakes snap snapped sneak snow so soap sober soccer social socialism socialist
    socially societies society sociology socks soda sodium sofa soft software soil solar sold soldier soldiers sole
    solely solid solidarity solo solution solutions solve solved solving some somebody someday somehow someone something
    sometime sometimes somewhat somewhere son song songs sonic sons soon sooner sophisticated sore sorry sort sorted
    sorts sought soul souls sound sounded sounding sounds soundtrack soup sour source sources south southeast southern
    southwest sovereign sovereignty soviet sox spa space spaces spam span spare spark speak speaker speakers speaking
    speaks special specialist specialists specialized specially specialty species specific specifically specifications
    specified specify spectacular spectrum speculation speech speeches speed speeds spell spelled spelling spells spend
    spending spends spent sperm sphere spice spicy spider spike spill spin spinal spine spinning spiral spirit spirits
    spiritual spit spite splash split splitting spoil spoiled spoke spoken spokesman sponsor sponsored sponsors spoon
    sport sporting sports spot spotlight spots spotted spouse spray spread spreading spring springs sprint spurs spy
    squad square squeeze stab stabbed stability stable stack stadium staff stage staged stages stained stairs stake
    stakes stall stamp stamps stance stand standard standards standing stands star stare staring stark starring stars
    start started starter starting starts startup starving stat state stated statement statements states static stating
    station stations statistical statistics stats statue status statute stay stayed staying stays steadily steady steak
    steal stealing steam steel steep steering stem stems step stepped stepping steps sterling stern stick sticking
    sticks sticky stiff still stimulus sting stir stock stocks stole stolen stomach stone stones stood stop stopped
    stopping stops storage store stored stores stories storm storms story straight straightforward strain strange
    stranger strangers strap strategic strategies strategy straw streak stream streaming streams street streets strength
    strengthen strengthening strengths stress stressed stressful stretch stretched stretching strict strictly strike
    striker strikes striking string strings strip stripped strips stroke strong stronger strongest strongly struck
    structural structure structured structures struggle struggled struggles struggling stuck student students studied
    studies studio studios study studying stuff stuffed stunning stunt stupid style styles sub subject subjected
    subjective subjects submarine submission submit submitted subscribe subscribers subscription subsequent subsequently
    subsidiary substance substances substantial substantially substitute subtle suburb suburban suburbs subway succeed
    succeeded success successful successfully succession successive successor such suck sucked sucking sucks sudden
    suddenly sue sued suffer suffered suffering suffers sufficient sufficiently sugar suggest suggested suggesting
    suggestion suggestions suggests suicide suit suitable suite suited suits sum summary summer summit sums sun sung
    sunlight sunny sunrise sunset sunshine super superb superintendent superior superman supermarket supernatural
    superstar supervision supervisor supplement supplied supplier suppliers supplies supply support supported supporter
    supporters supporting supportive supports suppose supposed supposedly supreme sure surely surf surface surfaces
    surge surgeon surgeons surgery surgical surplus surprise surprised surprises surprising surprisingly surrender
    surround surrounded surrounding surroundings surveillance survey surveys survival survive survived surviving
    survivor survivors suspect suspected suspects suspended suspension suspicion suspicious sustain sustainable
    sustained swallow swamp swan swap swear sweat sweater sweep sweeping sweet swept swift swim swimming swing swinging
    switch switched switches switching sword sworn symbol symbolic symbols sympathetic sympathy symptoms sync syndrome
    synthesis synthetic system systematic systems tab table tables tablet tablets tackle tactical tactics tag tagged
    tags tail take taken takes taking tale talent talented talents tales talk talked talking talks tall tan tank tanks
    tap tape tapes target targeted targeting targets task tasks taste tastes tasty tattoo tattoos taught tax taxation
    taxes taxi taxpayer taxpayers tea teach teacher teachers teaches teaching team teammate teammates teams tear tearing
    tears tech technical technically technique techniques technological technologies technology tee teen teenage
    teenager teenagers teens teeth tel telecommunications telegraph telephone television tell telling tells temper
    temperature temperatures temple temporarily temporary tempted ten tenant tenants tend tendency tender tends tennis
    tens tense tension tensions tent tenth tenure term terminal terms terrace terrain terrible terribly terrific
    terrified terrifying territorial territories territory terror terrorism terrorist terrorists terry test testament
    tested testified testify testimony testing tests text texts texture than thank thankful thankfully thanks
    thanksgiving that the theater theaters theatre thee theft their theirs them theme themes themselves then theology
    theoretical theories theory therapeutic therapist therapy there thereafter thereby therefore thermal these thesis
    they thick thief thieves thin thing things think thinking thinks third thirds thirteen thirty this tho thorough
    thoroughly those thou though thought thoughtful thoughts thousand thousands thread threads threat threaten
    threatened threatening threats three threshold threw thrilled thriller throat throne thrones through throughout
    throw throwing thrown throws thru thrust thumb thunder thus thy tick ticket tickets tide tie tied tier ties tiger
    tigers tight till timber time timeline timely times timing tin tiny tip tips tire tired tires tissue tissues titans
    title titled titles to toast tobacco today toddler toe toes together toilet token told tolerance tolerate toll tom
    tomato tomatoes tomb tomorrow ton tone tongue tonight tons tony too took tool tools tooth top topic topics topped
    tops torn tornado torture tortured toss total totally touch touchdown touched touches touching tough tour touring
    tourism tourist tourists tournament tournaments tours toward towards towel tower towers town towns township toxic
    toy toys trace traced traces track tracked tracking tracks traction tractor trade traded trademark traders trades
    trading tradition traditional traditionally traditions traffic trafficking tragedy tragic trail trailer trails train
    trained trainer training trains traits trans transaction transactions transfer transferred transfers transform
    transformation transformed transit transition translate translated translation transmission transmitted transparency
    transparent transport transportation transported trap trapped trash trauma traumatic travel traveled travelers
    traveling travelled travelling travels treason treasure treasurer treasury treat treated treating treatment
    treatments treats treaty tree trees trek tremendous trend trends trial trials triangle tribal tribe tribes tribunal
    tribute trick tricks tricky tried tries trigger triggered trillion trilogy trim trinity trio trip triple trips
    triumph troops trophy tropical trouble troubled troubles trout troy truck trucks true truly trump trunk trust
    trusted trustees trusts truth try trying tub tube tubes tucker tuition tumor tune tuned tunes tunnel tunnels turkey
    turn turned turner turning turnover turns turtle tutorial tweet tweeted tweets twelve twentieth twenty twice
    twilight twin twins twist twisted twitter two type types typical typically typing ugly ultimate ultimately ultra
    umbrella unable unacceptable unaware unbelievable uncertain uncertainty uncle unclear uncomfortable uncommon
    unconscious under undergo undergraduate underground underlying underneath understand understanding understands
    understood undertaken underwater underwear undoubtedly unemployed unemployment unexpected unfair unfortunate
    unfortunately unhappy unified uniform uniforms union unions unique unit unite united units unity universal universe
    universities university unknown unless unlike unlikely unlimited unlock unnecessary unpleasant unprecedented
    unrelated unstable until unto unusual unwanted up upcoming update updated updates upgrade upgraded upgrades upload
    uploaded upon upper upset upside upstairs uranium urban urge urged urgent urine usage use used useful useless user
    users uses using usual usually utilities utility utilized utter utterly vacant vacation vaccine vacuum vagina vague
    valid valley valuable value valued values valve vampire van vanilla variable variables variant variation variations
    varied varies varieties variety various vary varying vast vault vector vegan vegetable vegetables vegetarian vehicle
    vehicles velocity vendor vent venture venue venues verbal verdict verified verify verse verses version versions
    versus vertical very vessel vessels vet veteran veterans via viable vibe vice vicinity vicious victim victims victor
    victories victory video videos view viewed viewers viewing views vii villa village villages villain vintage vinyl
    violated violation violations violence violent violet viral virgin virtual virtually virtue virus visa visibility
    visible vision visit visited visiting visitor visitors visits visual vital vitamin vocabulary vocal vocals vodka
    voice voices void vol volleyball voltage volume volumes voluntary volunteer volunteers vote voted voter voters votes
    voting voyage vulnerable wade wage wages wagon waist wait waited waiting wake waking wales walk walked walker
    walking walks wall wallet walls wan wandering wanna want wanted wanting wants war ward wardrobe warehouse warfare
    warm warming warmth warn warned warning warnings warrant warren warrior warriors wars was wash washed washing waste
    wasted wasting watch watched watches watching water waters watts wave waves wax way ways we weak weaker weakness
    weaknesses wealth wealthy weapon weapons wear wearing wears weather web website websites wedding wee weed week
    weekend weekends weekly weeks weigh weighed weighing weight weights weird welcome welcomed welfare well wellington
    wells welsh went were west western wet whale what whatever whats whatsoever wheat wheel wheelchair wheels when
    whenever where whereas wherein wherever whether which while whilst whip whiskey whistle white whites whoa whoever
    whole wholesale wholly whom whose why wicked wide widely wider widespread widow width wife wild wilderness wildlife
    will willing willingness win wind window windows winds wine wines wing wings winner winners winning wins winter wipe
    wiped wire wired wireless wires wisdom wise wish wished wishes wishing wit witch with withdraw withdrawal withdrawn
    within without witness witnessed witnesses wives wizard woke wolf wolves woman women won wonder wondered wonderful
    wondering wonders wont woo wood wooden woods woody wool word words wore work worked worker workers workforce working
    workout workplace works workshop workshops world worlds worldwide worms worn worried worries worry worrying worse
    worship worst worth worthless worthy would wound wounded wounds wrap wrapped wreck wrestling wright wrist write
    writer writers writes writing writings written wrong wrote yacht yahoo yard yards yea yeah year yearly years yell
    yelling yellow yes yesterday yet yield yields yoga you young younger youngest your yours yourself yourselves youth
    zero zip zombie zone zones zoo zoom
    """
}
