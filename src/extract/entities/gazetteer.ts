/**
 * Word lists the name finder needs and a tagger does not know: titles and role words that come
 * before a name but are not part of it, organisation head words, news agencies, nationality
 * adjectives and countries. General English/news vocabulary only — nothing from a fixture.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*|\n/).map((w) => w.trim().toLowerCase()).filter(Boolean));

/** Honorifics and titles written before a name ("Dr. Park", "Gen. Lee"). Never part of the name. */
export const HONORIFICS = words(`mr | mr. | mrs | mrs. | ms | ms. | miss | dr | dr. | prof | prof. | sir | dame | lord | lady | gen | gen. | lt | lt. | col | col. | maj | maj. | capt | capt. | sgt | sgt. | adm | adm. | rep | rep. | sen | sen. | gov | gov. | rev | rev. | fr | fr. | st | st.`);

/** Role head words: "Foreign Minister Lena Varga", "North Korean leader Kim Jong Un", "the minister said". */
export const ROLE_HEADS = words(`
president | vice-president | premier | minister | chancellor | secretary | leader | chairman | chairwoman | chair | chairperson
spokesman | spokeswoman | spokesperson | governor | mayor | senator | congressman | congresswoman | lawmaker | legislator
councillor | councilor | councilman | councilwoman | alderman | assemblyman | assemblywoman | sheriff | inspector | detective | superintendent
rector | provost | headteacher | headmaster | headmistress | chairperson | treasurer | registrar | coroner | magistrate
ambassador | envoy | diplomat | commissioner | director | director-general | chief | head | ceo | cfo | executive | founder
general | admiral | colonel | commander | captain | sergeant | lieutenant | major | officer | marshal
king | queen | prince | princess | emperor | pope | cardinal | bishop | archbishop | imam | rabbi | sheikh
judge | justice | prosecutor | attorney | lawyer | counsel | professor | researcher | scientist | economist | analyst
official | spokesman | negotiator | adviser | advisor | aide | deputy | representative | delegate | member | mp | mep
manager | owner | operator | editor | reporter | correspondent | journalist | analyst | strategist | expert
coach | captain | striker | player | sister | brother | wife | husband | daughter | son | mother | father
resident | witness | survivor | farmer | worker | nurse | doctor | teacher | student | activist | campaigner | dictator | despot
newsagent | shopkeeper | landlord | landlady | publican | baker | butcher | grocer | builder | plumber | electrician | mechanic
driver | pilot | firefighter | paramedic | midwife | pharmacist | dentist | vet | surgeon | carer | cleaner | chef | waiter | waitress
pensioner | retiree | grandmother | grandfather | grandmother-of-three | grandad | grandma | mum | dad | neighbour | neighbor
fisherman | fishermen | miner | steelworker | shepherd | vintner | winemaker | entrepreneur | businessman | businesswoman | investor
trader | banker | broker | accountant | consultant | engineer | architect | designer | developer | programmer | historian
archaeologist | astronomer | physicist | chemist | biologist | geologist | epidemiologist | virologist | volcanologist | seismologist
curator | librarian | lecturer | tutor | principal | pupil | graduate | volunteer | organiser | organizer | protester | demonstrator
singer | actor | actress | musician | artist | author | writer | novelist | poet | director | producer | comedian | presenter
athlete | runner | swimmer | cyclist | goalkeeper | defender | midfielder | manager | referee | umpire | jockey | trainer
spokesperson | pastor | priest | vicar | monk | nun | mp | senator | councillor | activist | blogger | influencer | youtuber`);

/** Words that may stand before a role head inside a title ("Prime Minister", "Defence Minister", "Vice Foreign Minister"). */
export const ROLE_MODIFIERS = words(`
prime | foreign | defence | defense | finance | interior | home | justice | trade | health | economy | economic | unification
energy | environment | education | labour | labor | transport | agriculture | industry | culture | science | security
vice | deputy | acting | former | first | supreme | chief | senior | general | executive | managing | state | assistant
army | navy | air | police | fire | press | parliamentary | party | opposition | team | club | head | lead | principal | associate`);

/** Head words of organisation names ("Bank of Korea", "Korean Central News Agency", "Halvik Port Authority"). */
export const ORG_HEADS = words(`
agency | ministry | department | office | bureau | service | services | authority | commission | committee | council | board
bank | fund | reserve | exchange | university | college | institute | institution | academy | school | hospital | clinic
party | union | federation | association | league | alliance | coalition | movement | front | organisation | organization
corporation | corp | corp. | inc | inc. | ltd | ltd. | plc | group | company | co | co. | holdings | industries | motors
electronics | airlines | airways | energy | systems | technologies | partners | capital | investments | foundation | trust
court | tribunal | parliament | assembly | congress | senate | government | administration | cabinet | command | staff
army | navy | guard | guards | forces | force | police | military | militia | brigade | corps | regiment
news | times | post | herald | journal | gazette | daily | tribune | press | telegraph | chronicle | observer | review
echo | courier | mirror | express | mail | bulletin | sentinel | examiner | inquirer | dispatch | monitor | globe | star
television | tv | radio | broadcasting | broadcaster | network | channel | media | sinmun | shimbun | ilbo | report
house | centre | center | forum | air | society | club | team | church | council | secretariat | mission | observatory | programme | program
`);

/** Words that only start organisation names: "Ministry of Defence", "Bank of Korea". */
export const ORG_STARTS = words(`ministry | bank | university | department | office | board | council | commission | committee | institute | academy | court | house | federation | union | league | association | agency | bureau | party | society | church | order | federal | national | central | state | royal | united | international | world | european`);

/** Wire services and news agencies seen as relay channels ("according to KCNA", "told Yonhap"). */
export const NEWS_AGENCIES = words(`
kcna | korean central news agency | yonhap | yonhap news agency | kyodo | kyodo news | jiji | jiji press | nhk | xinhua | tass | ria novosti
interfax | reuters | ap | associated press | the associated press | afp | agence france-presse | agence france presse | dpa | ansa | efe
bloomberg | bbc | cnn | al jazeera | upi | pti | press trust of india | ani | bernama | antara | vna | kpl | wafa | mena | irna | isna
anadolu | anadolu agency | ukrinform | unian | belta | pap | ctk | mti | hina | tanjug | ap news | rodong sinmun | korean central television | kctv
`);

/** Nationality and region adjectives that come before a role or name but are not part of it. */
export const NATIONALITIES = words(`
north korean | south korean | korean | japanese | chinese | taiwanese | american | us | u.s. | british | uk | french | german | italian
spanish | portuguese | dutch | belgian | swiss | austrian | swedish | norwegian | danish | finnish | icelandic | irish | scottish | welsh
polish | czech | slovak | hungarian | romanian | bulgarian | greek | turkish | russian | ukrainian | belarusian | georgian | armenian
iranian | iraqi | syrian | israeli | palestinian | lebanese | jordanian | saudi | egyptian | libyan | tunisian | moroccan | algerian
indian | pakistani | afghan | bangladeshi | sri lankan | nepali | thai | vietnamese | cambodian | malaysian | indonesian | filipino
philippine | singaporean | australian | canadian | mexican | brazilian | argentine | chilean | colombian | peruvian | venezuelan
cuban | nigerian | kenyan | ethiopian | south african | ghanaian | european | asian | african | western | eastern | arab | baltic
estonian | latvian | lithuanian | serbian | croatian | bosnian | slovenian | albanian | kosovar | moldovan | mongolian | kazakh | uzbek
`);

/** Countries, regions and a few very large cities: places a tagger often types as people. */
export const PLACES = words(`
north korea | south korea | korea | japan | china | taiwan | united states | america | us | u.s. | usa | united kingdom | uk | britain
france | germany | italy | spain | portugal | netherlands | belgium | switzerland | austria | sweden | norway | denmark | finland
iceland | ireland | scotland | wales | england | poland | czech republic | slovakia | hungary | romania | bulgaria | greece | turkey
russia | ukraine | belarus | georgia | armenia | azerbaijan | iran | iraq | syria | israel | gaza | west bank | lebanon | jordan
saudi arabia | egypt | libya | tunisia | morocco | algeria | india | pakistan | afghanistan | bangladesh | sri lanka | nepal
thailand | vietnam | cambodia | laos | myanmar | malaysia | indonesia | philippines | singapore | australia | new zealand | canada
mexico | brazil | argentina | chile | colombia | peru | venezuela | cuba | nigeria | kenya | ethiopia | south africa | ghana
europe | asia | africa | middle east | pacific | atlantic | arctic | antarctica | mongolia | kazakhstan | uzbekistan
estonia | latvia | lithuania | serbia | croatia | bosnia | slovenia | albania | kosovo | moldova
pyongyang | seoul | tokyo | beijing | shanghai | hong kong | washington | new york | london | paris | berlin | moscow | kyiv | kiev
brussels | geneva | rome | madrid | vienna | warsaw | prague | budapest | athens | ankara | istanbul | tehran | baghdad | jerusalem
tel aviv | cairo | riyadh | dubai | new delhi | delhi | mumbai | islamabad | bangkok | hanoi | jakarta | manila | sydney | ottawa
busan | incheon | osaka | kyoto | sapporo | panmunjom | kaesong | sinuiju | wonsan | hamhung | nampo | yellow sea | sea of japan | east sea
`);

/** Capitalised words that start sentences or headlines but never begin a name. */
export const NOT_NAMES = words(`
the | a | an | this | that | these | those | he | she | it | they | we | i | you | his | her | its | their | our | my | your
but | and | or | so | yet | for | nor | if | when | while | after | before | since | as | at | in | on | of | by | to | from | with
about | over | under | during | despite | although | though | because | however | meanwhile | also | still | then | there | here
on | some | many | most | more | few | all | both | each | every | no | not | one | two | three | four | five | six | seven | eight
nine | ten | what | who | why | how | where | which | asked | earlier | later | last | next | first | today | yesterday | tomorrow
monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april | may | june | july
august | september | october | november | december | mon | tue | wed | thu | fri | sat | sun | jan | feb | mar | apr | jun | jul
aug | sep | sept | oct | nov | dec | according | officials | police | analysts | experts | reporters | critics | residents
breaking | update | updated | exclusive | read | watch | photo | video | advertisement | editor | note | spring | summer
autumn | winter | fall | christmas | easter | it's | i'm | we're | don't | mr | mrs | ms
`);

/** Pronouns that can stand for a person speaker. */
export const PERSON_PRONOUNS = words(`he | she`);
