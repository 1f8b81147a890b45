"""Vocabulary for the synthetic benchmark vault (tools/bench_vault.py).

WORDS: real English words ranked by frequency, taken once from the English texts of
mentorpad's own playbook, guides and demo content (mentoring language, nothing downloaded).
The generator draws from them with a Zipf-like distribution over the rank. NAMES: first
names for mentees and for the people their notes mention. Changing a list changes the
generated vault: bump GENERATOR_VERSION in tools/bench_vault.py.
"""

_WORDS = """
a i the and to you what of it in or for is with your that on mentee team they how not one
their as from them at about people boss when work are own do time first mentor next each new
will by which did two would model before ask months up who my have weeks three be has than
back without can conversation session change where feedback manager self so struggling no
person an if mentoring this practitioner was he more we she week rather sessions could out
say goals over keep into then capable like goal role does her point asked through way
decision being decisions make tell other others me most lead see know only programme real
start but every his plan review check conversations someone after now help step problem take
agreed go write yourself end today whether working off down last leadership view behaviour
instead need never often research something want feel problems between senior answer feels
get relationship both meeting asking much safety still think early list talk confidentiality
level peers questions good leads situation agree clear had name small such challenge doing
meetings specific well health managers pressure fear note part support trust let pull short
business comes conflict date different job our outside said speak been day employee example
happened hard just made night peer personal relationships story expert gets goes hand same
thinking together bad because career five four him network notice control done find its look
makes month should technical yet all any may right site too useful brings give hear legal
management once open options assistance big concrete decide hours move needs there things
under agreement beyond bring close here hold risk safe set stays use visible act anything
authority board care evidence members mid minutes mostly question shift shows stop while why
year asks director expect helps long ones share were words build choose come compliance
everything expectations focus half learn least leave miscasting offer process proposal
second task unit within better cannot experience floor going got group impact moment named
planning success against around few important message operations pattern themselves told
wrong changed heard hunch keeps nobody performance says skill strategic thing turns action
balanced coaching empathy function higher line luc occupational psychosocial side six test
value across channel company even interest might page political prepare read run seen skills
us went audit belief changes colleague commitment confidence former held high holding ibarra
judgement leader put room sees show style tells wants ways above already answers area call
calls checking differently else everyone habit happen honest hour meet messages notes option
pick results these commits describe describes difference explicit itself late mark member
progress some strategy takes tasks values actually afterwards cost crisis development
difficult edmondson harassment idea influence known leaders leading learned letting liked
listen making needed news nothing operational playing practice proposals raise rota sense
status try whom actions again away building cross delegation desk disagreement exceptions
fewer fix gives heuristic learning listening managing organisation place rarely request
resilience sign signs surprised ten topic urgent works another behind best days decided
effect either follow gap harvard issue less live looks push standards stay teams used add
also becomes coming discrimination fast habits handover hardest hero hill including
information keeping likely little lunch matter minute mistake myself old picture power
practise pre promotion psychological saying sets situations stories talks understanding york
advice always assumption built closing confidential credibility current developing diagnosis
direction distress gaps giving handle ideas knows log mentors met noticed opening priorities
quiet reaction reads really several shape took alone anxiety builds came candor checks
communication compare competency data disconnect far felt goleman growth handed internal
item items low map means moved moves networking offering openly quarter quickly radical
ready report result scott send sentence since stretch suggest worth yours attention
awareness case center colleagues critical customer dates directly don email ends feelings
formal honestly kind knowing kotter leaves matters outcome parked parts permission preparing
presenting project protect reactions regular routine ruben rules running serious sit
strength successor taking telling theirs wim wins worked writing yes agents among analysis
approach assessment become briefing calendar carry charan commitments concern direct doubts
drotter ending executive feeling found front grow handled happens identity lets loud mention
method mistakes must naming noel owns possible priority quietly raised raises reputation
respond setbacks sharing started starts staying target terms very win worries account acting
antennas anyone assume audience believe blind bram brand command concerns count creative
credit didn drop exhaustion finds fine getting harder having heifetz hidden himself
immediate kinds kram longer looking many missing monthly names observable plans points
prioritizing quick regional route sentences shared silence simple sorter spot survey taken
talking thank those times turn turned unclear vague waiting weak whole written years
agreeing avoid blame book brief budget burnout cadence clearly contact dara deciding draw
earlier easy enough escalations exactly explain explaining explains failure handing harm
heen helping holds hunter key landed later life linsky marleen mind mine mood moving numbers
opens passing perform piece pilot presentation propose published reach react reader reading
reason reasons reporting response runs separate separates single sleep slot solid solve
spends stand standard steps stone structure struggles styles summary towards trusted units
upward wait weekly wider ago ahead applies assumptions based beliefs bigger block bullying
caring choice common default defending depot detail edition event expected experiences face
finance fits full gave grows helped inside intent interpersonal journal kept klein lieke
lines looked meets neither networks normal pass personally perspective plainly planned
politics poor preparation prepared press private quality recommendation rehearse reliability
rescuing round samira showing sometimes sort specialist stakeholders starting steady
stepping stopped straight strengths strong surfaces system theory thought training treat
tried unless visibly whose active alternative arrives avoiding badly carrier circumstances
climate confirm contacts contract deadline demanding disagree discuss dock during effective
eight fair fault fleming gabarro general genuine head hears initiative introduction involved
issues john kilmann lens losing main match missed moments nine offs otherwise pager pay per
persistent play pleasant policy present public purpose puts putting raising ratings
readiness resources rest risks setting shares slip stake standing successful table tend term
tests third trademark true twice undo unethical until upset venlo waits watkins word
workload yard ability adding affected agenda alongside appreciation background beforehand
beginning belong blocks break briefly called cancelled caught challenging chat coach comfort
compared consequence continues cover criticism cut deal deliberately described earned easier
encrypted ended entry escalation evening evenings facts fail ferris fire fixed functional
functions grid growing guesses handling herself hub impressions improve indicators inventory
journey lands lombardo loss lost luft maintenance maister mentorpad models mornings negative
neutral none obstacle past pause pipeline praise prepares pressed projects promoted reality
registered regularly reliable replace resist roles saw seem setback shifts skip slide slow
source speaking spend spent sponsorship stakeholder stops strongest studies supporting
surprises tally thomas title top topics track treating trying uncomfortable updates using
usually verdict version waited watch wherever worry accountability amy applied approval
automation avoidance avoids biggest boston breaks bridges briefed careful centre choices
chose code competence complex conduct contribution corrective create curiosity decides
deliberate differ dimensions discomfort document doors douglas drift elsewhere emotional
engineer ethical exposure feared figures fit fleet form forward framework fully generates
ghent given gone guide hers hugo hyun ingham inner interesting investigate invisible james
kegan kwame lahey land leaving left length levels limits links lunches mean meant mechanic
mendelow michael minto monkey notices offered oncken order outcomes patterns plus pulse
receiving record repeat reply reports rule science shrinks sincerity sits solving sources
speed spots statement stephen stress stuck study stung throughput tomasz trouble tuesday
uses walk wanted wass weekends wiseman won able adaptive adjust admit adviser aim alive
almost am answered answering assumed authenticity behalf behavior bridge busy changing
checked checklist client closely closes coercive complaints confident confirms connect
content copy corridor costs counsellor creates cultivation customers dance daniel debrief
defend defensive depend derailment design discussed dispute doesn door draft drops drucker
easily eby emails enabling energy engagement equation estimate ever everyday exception
executives exit expertise explanation explanatory finish finished forums free gain gained
galford goldsmith green groups guess guiding hands herminia hit imagine insight intentions
international introductions invite involve involves isn judge judging kindly label lack
large learns listens logistics lose loses manage mapping mastery matrix mechanics mentees
modes negotiating northwind observations observe ordinary orientation owner pace paid patton
peak period personality phases phone practices premortem presenter presents pressures
probably professional programmes promises proof properly psychologist pushing ram recent
recurring reflect reivich rely reproduced requests rescues reset rests reveals revisit
reward risky robert rotterdam rough scheduling seeing seems sends seriously settle sharp
slides snowden social solutions soon stakes stands stayed succession sure surface talent
targets teaches tension tested thanks themes thirty threats touch treated triggers turning
understand unfair unlawful update urge views visibility whenever widen wish withdrawal
worried wrote zachary acts actual added address advise along ambition amounts anyway
applicable argues argument arrive aside assuming attacks author aware balance balcony became
becoming behaviours blanchard brought buried calm cancel catch cause chance character
chooses choosing cialdini clinical closure cognitive committed committee competencies
complaint completed complicated conditions context core course covey credits cutting cynefin
cynicism daily damage deadlines defines deliver delivers departments depends derailed
developed diary differs difficulty disagreements discussing distinct doubt drawn dread drive
driver due earns ellis especially eurich events exchange expectation expects experiments
explained explicitly external failed failing falls faster federation fill filled finding
firm fixing friend friends future gather halfway happening higgins highly home house
improvement initiation initiatives input instrument intend intimacy inviting irritability
jeroen jumps kim knowledge kouzes labelled learnable limited losses luck managed mapped
marty matches matching maybe mental middle mirror misconduct multipliers nadia nearly
needing nice noticing observation offers office ourselves output overall overtime ownership
owning pacesetting partner permanent posner practical principle proceedings produce profile
proper protected protection protects prove pulled pyramid rating reached reasoning rebuild
recognise reflex relevant replies resistance respect restructuring revalidated reverse
reviews rewards rises ronald scale school script seligman sent separation served shapes
shrink sick sides signal signals simon sleeplessness slips solution solved sorts sound
stretches suasion suits survives sustaining swings therapy thin tone touches tough toward
trait transition transitions type updated voice weekend wiley william window wording zone
abstract academic accounts accurate achievements acknowledge acted advising affect agent
aimed allowed aloud anchor angles annoyed apparent appears apply appraisal arguing arguments
artificial astuteness attend audiences authentic axes backup bandura bar bass behave below
beneath bezos bit boone borrow boundaries boxes breaches briefings bringing cancelling
capability cares carried carrying challenges charge chosen claims clance coalition
comfortable comment comments commonly competent competing conclusion confirmed constructive
consulted contributed controlling correct council counsel counts creating credible culture
dave debate deck defensiveness delegate dependence deputy describing deserve detailed
developmental directions directive disappoint discussion discussions distant distinction
distinctive downey draws drifting drifts driven duty effort eisenhower emergency encourage
engineering entries escalate evaluation everywhere except experiment experts exploring
exposed eyes fades fallible field fixable fixes flaw followed following follows formed
francisco freely gary genuinely gerald gossip grade great gregor grounds guidance guy hadn
handback handles harms hasn heads hearing heavy helpful hersey hides history imes immunity
imposed incident included includes independence informally inspection instructing
instructions intelligence interviews introspection isolation jobs johari join jossey judged
kahneman kathy kenneth kestrel knock labelling larger latest leaning led lencioni letter
linked listened lobbying marked matched material mccall mentorship mindset mode modelling
money morgan neglect nor normally objections opinion opposite organisational original outer
pairs particular passage passed patch percent performers persists persuasion peters pile
places planners playbook plays polished polishing postponed potential precise predicts
preferred prescribing presentations prioritising privately produces prompts proposes
proposing protecting proud pulls punctuality pushed quicker rare rate readers readily
rebooking receives recognition reconnecting recorded records recover recovery redefinition
reframes rehearsal relentless remaining repeated reported requirements rereading rescue
rescuer respected responding responsibility return revalidation reversible revised rewarded
rewrite rewriting rhythm rights row rumelt safer san save saves seat seconds seniority
series serve serves seven shatte sheila shown silences simply sincere situational skipping
skips sleeping softened solves speaks spectrum spending split sponsor stall stating steer
stepped stick strain strand subject suit supports suspected talked technique temporary tends
tense thinks thread threat thy tight tighter timing tool trade trademarked trained treats
truth twenty unable uncertainty undone unexamined unspoken unsure upcoming urgency
validation warehouse warm watching whitmore whoever widens winnable workable worst wraps
yasmina zeebrugge zones absence absorbs academy accept acceptance accepts accidental
accurately accused achieve achieved adapt addresses adds adjusting adjustments admin
admitting advance advised affecting affects affiliative albert aligning allen ambitions
ambits analysing anchors andrew angeles anger announcement announces anticipate antwerp
apart apathy apologising app appeared appreciated approved april argued article assignment
attached attack attributed aubrey authoritative authors available avoided awkward backing
barbara barely bear began begin believes believing belongs benelux beside bets bins body
books brake breach briefs briggs broken bruce bursts buys callbacks calling cambridge camera
cancels candid canteen capacity careers carries cases ccl chair channels chaotic charles
childhood clarify clarifying clarity class clean closer coherent collect colour combine
combines commanders commit committing communicate complain complains complete comply
concludes conference confide confidences confusing connecting connection consider considered
consult consultation continue controlled controller cope copied copying corners correction
corrects costing counselling credentials crises crown cues curious damaging dashboards david
debating debriefing debugging decisive declare declared declined defence define delays
delegated delegating delivering delivery demands democratic department depression develop
developers diagnose diagnostic dies differences diminisher disappointing discipline
discloses discretion discriminatory disputes dissent distancing distraction diversity dodge
donald dots drained drains dropped dry dwight dysfunctions easiest eats edits effects
efficacy eleven empathic empirical employment era error ethics european evaluate exclusion
exemplary exercise exhausted existing exists expecting explore familiar family faults fears
february fifteen fight fills final firefighting forced forces format forms fortnightly forum
fostering foundation frame framed friendship friendships frustrated fulfilment funny
gatekeeper gee generously gently greensboro ground guard guessed guessing gut harmed harmony
harper harrington harsh headings healthy hence hesitating hide hiring hoboken hollow
homework hopes hoping however humiliation hurt identify illness imagined impatient
impossible impostor inc inclusion incompetent incomplete indicator indispensable individual
influencing influential informal informed inherited integrity intended interested interrupt
intimidation introduce intuition intuitive investment invited invites joining joke joseph
judges jumped jumping junior justify karen keown kernel kinder kindness knew lapse lasting
lately laughed law leaks lean lecturing lesson lisa lists living liz lobby locally logic
london lonely loosening los lotte lowers loyalties mail manipulation manoeuvring manus
marshall martin mate mattered mcgregor measurable mediate medicine memoir memory mentioned
mentioning merged misleading misreading morning motives mutual myers narrow narrows
neighbouring net nights nominated non number objection obligations observed obstacles
occasional official onto opened opportunity optimism ordering org organisations organization
origin outsight outward overlap overnight overrides owners panel paradox paragraph passages
passes pastries pending persuade persuasive pervasive peter pfund phenomenon photos physical
pieces pitch pointing polite politely position positions positive postpone practised
praising predictions presented pressing pride primed principles procedure productive
programs promise promised promptly proposed protective protege proven prune psychology
psychotherapy pulling pursue pushback quadrant quite quoted quoting ralph range rapid
reaching reacting realistic reasonable reassurance reassuring rebuilt received recently
redesign redundancies refer referring reflecting reflection rehearsing reinforce relaying
relieves reluctant remains remedy reminders reopen replaying replenishment reproduce
reschedule reshuffles resolve resonated resourcing responder reveal reversed reversibility
reviewed reviewing reworks rewrites rewrote rise root rooted routinely routines ruinous
rumination russell sake sat sbi schuster score scored screen section separating services
serving settled seventy shaped shatt shorter shouting showed shuttle sideways silent similar
sites sketch skipped slightly slipping slower slowly slows smarter snapped snapping snaps
softening softens sorkness sorting sounding sounds spoke spotting spread staff staged stages
starter state stated steering strike succeed successes suggested suggestion suggests
summarise summarised sunday supervisor surveys suspect sustain switch symptoms systems
taught teach teaching technically temper tempered template tempted testing thankfully
theatre therapist thirds though thoughts threatens thursday tick ties timely tolerated
trailers translational trap travel travels treatment trick tricky trigger truly turnaround
uncertain undermining underneath understood unfinished unheard unnecessary unreliable unsafe
unwelcome ups upstairs valuable valued viking visits vocational walks wall wander war wasn
waste waters weight whatever willing willingness wishes withholding wonder worn wouldn zero
abedin absorbing accelerated accepted accepting access accuracy accusation achievement
achievers achieving acknowledged acknowledges acknowledging acquisition activating
activities activity adaptation adapted adapting addiction addison addressed addressing
adjectives administrative admire admired admits admitted adopted adoption adopts adult
adversity advisor afresh age aggression agreements agrees aiming air alan alexander
alignment allegations alliances allies allows altogether amazon ambiguous american amount
analyse analyses analytically anecdotes announced announcements annoying annual anonymised
antecedents anxious anxiously anywhere apologised apologises apology appear appointments
appraisals approachable approaches approve approving arbitrate areas arenas argue arranging
arrogant art asquith ass assertiveness assigning assignments associated atmosphere attaching
attendance audits august availability avoider awful axis backed backer backers backfires
backstory balancing baldwin bands bantam baranik barrier barriers barry basis begins
behavioral behaviors belittled belittles belittling bend benefit ber betrays biography
blames blaming blanket blindsided blocking blunt blurs born borrowed borrows bottleneck box
breaching breakdown brealey brilliant bristles bristling broader broadway broker brushing
brussels bug buhr bulletin burnham bury burying busiest buzzing bypasses calculation
calendars california callback calming cancellations candour capacities card cared careless
carving catalog categorise category caused ceiling certain certainly certainty chairs
challenged champions chapter charm chart chase chases chasing chats cheerleading chemistry
chief circle circled cited clashes classic clause clearer clinging clings clock closed
closures clothes coached coaches coachingfederation codes coffees collecting collects
colluding colours column columns com combined combining commercially commoner communications
community companies compares comparing comparisons competitive competitors complication
complying compromise compulsively concentration concept concise condition confidants
conflicting confused congratulations connections connects consent consequences consequential
consistency consistently consolidation constant consultancy contain continuing continuity
contracting contributes contributions controls convince convincing convincingly cooling
cooperativeness copes coping corporate corrected correcting corrections correlates corridors
costly couldn counsellors counters courteous covered covering created credited cried
criteria criticises criticising crossed crosses crossing cultivate currently curtis cuts
cycle cynical damages dangers dared dated dealt death debriefs decline declines deep defect
defences defensively defined definition deflects delay delaying deliverable delivered
demanded demonstrate departures dependability dependable dependency depending depth derail
derailers description deserves details detour diagnosing diagnostics difficulties dig
dimension diminishers diminishing dip directing directs disagreed disagreeing disagrees
disappear disappeared disappearing disappears disappointed disappointment disappoints
disapproval disclosure disconnected disconnection discount discovers discreet discretionary
dismissal dismisses disprove disputing distance distasteful distinguishes distrust
distrusted dodging dominated doomed dot double doubting downward drama drawing dreaded dress
dressed dries drill drinking drinks drives driving drove dutifully dynamics dyslexia eager
eases easing edge edges education efficient effortlessly eichenberger eighteen elevator
emerge emerges emotion emotionally emotions emotive emphasis empowerment enable
encouragement endure enforce engaging enjoy enjoys enterprise environment environmental
equal equally equates equating errors escalated escalates escalating essential establishing
ethic euros evans everybody examines examples exhausting expense expenses experienced
experimental explanations explored expose exposes extends extra extraordinary eye eyesight
fable faces facilitated facilitating factor factual fade fails failures fairly fake faking
fallout false falsified falsifying famous fastest favour favouritism fearful fearless feed
feet feud fifty filtered financial finishes finishing fired firefight firefighters
fireground fixer flagged flat flattering flawed flaws flexibility flip flow fluff focused
focuses folders footholds fore foresman forgotten forklift formally formerly forth forty
fosters fragile frames framing franklin fraud freed freeing frees fresh friday friendly
frightened frightening frink frustration fuller further gains game gamed games gang garbutt
gender generalities gifts gilmore glances glenview globally goodwill graham grapevine
graphic grasping graw greg grey grief grievance grip grooming grounded guarantee guaranteed
guarded guesswork guides guilt habitually hallway handbook handful handovers hanson happy
harlow harshly harshness hay heading heart heinemann helper heroic hesitate hiding hierarchy
hindsight hint hinted hinting hints hits hochwarter hoffman holiday honesty honour hopeless
hopelessness horizon hospitality hostility hotline human humanity humiliate humiliates
hundred hunt hurting huskins hyperion identified identifies ignore ignores ignoring illegal
image imagines imperative imperfect implicit imposter improved improves inauthentic
incidents incumbent indecision individuals ines inevitable influencers inform innovation ins
insensitivity insights insist instance instantly instructs instruments intact intending
intense interactions interdisciplinary interests interpreting interrupted interruption
interruptions intervention interventions introduced introduces inverse invest investing
involvement involving irreversible irritated irritation ish jam january jeff joins jot
judgements jump justification justifies kacmar ken kick kinkade knocked kolodinsky kroenke
laboratory lads language laptop largely laskow lasts laugh launches lawful lawyer leans leap
lecture lecturer lee legally legitimate lending lentz lessons lever lexington liabilities
light lighter lightly lightness liking limit linda linehaul link linking listed listeners
literature load loaded loan local locates logged logging lois longest loosen loosens lot
lower lowering lowest lucky lyle machines magazine maher mainly maker male manipulative
manufacturing marker marks mary master materials measure measured measures measuring media
mediator medium mentions mentored merely merger merits messenger meta methodology methods
micromanagement military minds miscommunication mislead misrepresenting miss mistaken
mistaking misunderstanding misunderstandings misunderstood misusing mitigation mix mixed
mixing moderate monday monica monkeys morale moralising morrison motivated muddled myles
mystery natural necessarily necessary neglects negotiate nerve nerves nervous nicholas
nodded nodding nods noise norm norms noted nowhere nurses obeyed objected obligatory
observably observer obtain occupations offended offsite oneself openness operator opinions
opportunities opposed ops opt orders organizational organizations originator outlasts
outright outstanding outwards overcame overcome overcoming overdue overload overlooks
overprepared overreact overstepping overused owned packers padding pages pair panes panic
paper paperwork paragraphs partly passive path patrick paul pauline paying pays peace peaked
peaks pearson pen pep perceptions perfectly performing persist persona perspectives
pervading phrase phrased picked pickers picking pictured plain planner plate plausible
played please pleased pleaser plenty pointed popularised possibility poster posting
postpones postponing posts posture powered practises praised praises precisely predict
predictable predicted prefer preference prefers prep presence presenters preventing
prevention previous primary printed privacy probes probing procedures processed processes
produced producing profiles promising prompt prompted prompting proudest proving provokes
pruning publisher punish punished punishes punishing purchase purely qualification qualified
quarterly questioning questionnaire queue queues queuing quickest quieter ragins ran
randomized rank rated rates rational rationalisations reachable reaches reacts readable
realignment realistically reassure reassures receive recipe reciprocity reciting recognises
recommend reconceptualizing reconnect reconnection reconstructed recording recounting
recovers recurs red redefines redoes reduce reefer refine refresher refuse regarding region
regulate regulatory rehearsed rehearses reinforces reinventing reiter rejected relapse
relate relief relies relieved remain remark remarkable remember remembered remind reminded
remove removes renamed renegotiate renegotiated renegotiates reorganisation reorganisations
repair repaired repairing repeatedly repeating repeats repetition replacement replaces
replay replays reputations required requires reread rescheduled researched resentment
resignation resilient resisting resists respecting respects responses responsible restate
resting restless restoring restraint retaliating retaliation retell retelling retellings
retirement retreating returned returns revealing reversal revisits revolutionary rewarding
rewritten richard rigid ritual rivals road rogers romantic rose rotas rotate roughly rounds
routes routing rubio ruins rumoured rush rushed rushing rusty safely sarens satisfied sauer
saving scandura scanners scanning scarcity scenes scheduled scholars schurr scores scratch
scripting scripts season seasoned seats seattle secures seek seeking seemed seldom sensed
sensible sensing sensitive separated september sequencing sergeant settling seventh severe
sex shaken shakes shaping shapiro shareholders sharpen sharper sheet shortage shortages
shortcomings shortcut shortcuts shortening shout shouted shut shyness sidestepped sigh sight
signed significant signing silly sincerely sitting size sizes skilled skirt skirting
sleepless slipped slogan sloppily smoothing smooths soft soften softer softness somebody
sorry sortation sorted sought spare spares sparingly specialism spectator spencer spills
splits splitting spoiling spoken sponsoring spreading spreadsheet squeezed squirms stabilise
stable stage stalled stalling states steers stem sting stir stopwatch strands strategically
strategies stressful strict string structurally stuart stupid sturdier subordinate substance
succeeding successors sudden suddenly suffer suffers suicidal sum sunk supporter supportive
supposed suppress surely surfaced surfacing survive survived suzanne swap swaps sweeping
swing syndrome systematically tagging tags tailors taller tasha taxonomy teared temperament
templates tempt tendency terrain texere thanked thanking theft theme therapeutic therapists
thinkable thousands threw throughout throw tickets tie tied tighten tightened tightly
timings tipped tips tiptoes tired titles tolerable tolerates tom tomorrow total totals
touching tour tracks traction trademarks trading tradition transactional translation
treadway trial tries trips trucks trusting tug tuxedo tweaks types typical typically
unaddressed unaided uncover undemanding undercuts underdeveloped underestimate
underestimating underground underline underlying undermines underperforming understaffed
understated uneasy unexpected unfairly unhelpful unifying unintended uninterrupted union
unity universities university unkind unknown unlikely unlock unnoticed unpicked unproductive
unraised unsaid unsustainable untested untouched untrue unwilling unwritten updating uptime
upwards usual utrecht valuing vault vehicle versions versus via victories video vision
visions visit volume volunteering walked walking wanders wanting warning warns watered
watering weaker weaknesses wearing web weigh weitzel welcome wellbeing wesley western wheels
whistleblowing wholesale widely widening winning witness wobbles women workings workplace
workshop world worrying worthwhile writer writes xicom yardstick
"""

_NAMES = """
Aaliyah Aarav Abel Ada Adrian Agnes Ahmed Aisha Alba Alejandro Alice Amara Amelia Amir Ana
Anders Andrea Anika Anton Arjun Astrid Ayla Bart Beatriz Ben Bianca Boris Camille Carlos
Chen Chiara Chloe Clara Daan Dalia Daniel Dara Diego Dimitri Elena Eli Elif Elin Emil Emma
Erik Esme Eva Fatima Felix Femke Finn Freya Gabriel Greta Hana Hannah Hugo Ibrahim Ida Ines
Ingrid Isaac Ivan Jada Jamal Jana Javier Jonas Josef Julia Kai Karim Kasia Kenji Lars Layla
Lea Leila Liam Lina Lotte Luca Lucia Maja Malik Marco Maren Maria Mateo Maya Mei Mila Milan
Mira Nadia Naomi Nia Niels Nina Noah Nora Olga Omar Oscar Pablo Paula Pieter Priya Rafael
Rania Ravi Rosa Ruben Sami Sanne Sara Selin Simone Sofia Sven Tariq Tess Theo Tomas Uma Vera
Victor Wei Willem Yara Yusuf Zara Zoe
"""

WORDS: tuple[str, ...] = tuple(_WORDS.split())
NAMES: tuple[str, ...] = tuple(_NAMES.split())
INITIALS = "ABCDEFGHJKLMNOPRSTVWYZ"
