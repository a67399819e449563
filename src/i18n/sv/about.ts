import { formatCitation, type CitationId } from '../../model/evidence';

/** The sources the page about the model lists, in reading order (rendered from the citation registry). */
export const ABOUT_SOURCES: readonly CitationId[] = [
  'hedemora',
  'nacka2015',
  'torshalla',
  'menting2013',
  'vanAar2017',
  'wsippIY',
  'wsippTech',
  'durlak2011',
  'maynard2012',
  'gubbels2019',
  'sbu2020',
  'svt2020sbu',
  'enebrinkStattin',
  'stattinEnebrink',
  'vardanalysSip',
  'riksdagenSip2018',
  'nilssonWadeskog',
  'varmdoMitti',
  'skovdeHis',
  'sanandajiHok2017',
  'hultkrantz2021',
  'skolverketIntro2019',
  'hultkrantz2015',
  'hultkrantz2015eval',
  'ideerForLivet',
  'skolverket2023',
  'scbBirths2016',
  'svt2023births',
  'scb2023births',
  'eskilstunaBefolkning',
  'eskilstunaBehorighet2018',
  'nackaSkolresultat2023',
];

export interface AboutSection {
  heading: string;
  paragraphs: string[];
}

/** Swedish: the plain-language page about the model (linked from the assumptions panel). */
export const about = {
  title: 'Om modellen',
  lead: 'Så räknar Halvera, vad siffrorna betyder och vad de inte säger. Sidan vänder sig till dig som ska fatta beslut eller granska ett underlag, inte till statistiker.',
  sections: [
    {
      heading: 'Vad modellen gör',
      paragraphs: [
        'Halvera följer varje barn i en kommun från födseln till 16 år, ett år i taget. Varje barn har en dold belastning som förändras långsamt: vissa barns svårigheter syns tidigt, andras först i tonåren. Den som vid 16 års ålder har en belastning över en viss gräns lämnar grundskolan utan behörighet till gymnasiet. Gränsen är satt så att andelen utan satsning blir precis den som kommunen har i dag, till exempel omkring 20 av 150 barn i Hedemora.',
        'En satsning ger stöd till en del av barnen: den som har råd med fler platser når fler barn. Stödet sänker barnets belastning med insatsens effektstorlek. Sedan räknar modellen fram hur många som ändå hamnar över gränsen.',
        'Samma barn simuleras med och utan satsningen, med exakt samma slumptal. Skillnaden mellan de två är alltså satsningens effekt och ingenting annat. Hela förloppet körs hundratals gånger, så att du ser både det troliga utfallet och hur mycket slumpen kan flytta det.',
      ],
    },
    {
      heading: 'Vad en effektstorlek är',
      paragraphs: [
        'Forskningen anger ofta en insats effekt som en effektstorlek, d. Den säger hur mycket bättre det går i genomsnitt för dem som fått insatsen än för jämförelsegruppen, mätt i standardavvikelser, alltså i förhållande till hur mycket barn normalt skiljer sig åt. En effektstorlek på 0,2 räknas som liten, 0,5 som medelstor.',
        'Ett räkneexempel: om alla 150 barn i en årskull i Hedemora fick en insats med d = 0,2 skulle antalet barn utan behörighet sjunka från omkring 20 till omkring 14. Med d = 0,044 sjunker det till knappt 19. Små effektstorlekar är alltså inte meningslösa, men de räcker inte långt var för sig.',
      ],
    },
    {
      heading: 'Försiktiga effekter och effekter som i studierna',
      paragraphs: [
        'Effekterna i studierna är ofta mätta direkt efter en insats, på något annat än behörighet, till exempel föräldrars skattning av barnets beteende. Halvera för därför över varje studies effekt till behörighet vid 16 år med en omräkningsfaktor. Den bygger på hur stark effekten på skolresultat är i förhållande till effekten på beteende i samma forskningssammanställning. Det är vad ”som i studierna” betyder.',
        'I vanlig kommunal verksamhet blir effekterna oftast mindre än i studierna: programmen genomförs inte lika troget, personalen byts ut och de som deltar skiljer sig från dem i forskningen. Washington State Institute for Public Policy (WSIPP) justerar därför ned de publicerade effekterna. För föräldraprogrammet De otroliga åren behåller de ungefär 37 procent av effekten på skolresultat. ”Försiktiga” effekter är de som står kvar efter den justeringen. De är förvalda, eftersom det är dem en kommun rimligen kan räkna med.',
        'Efter att stödet har upphört avtar effekten. Hur snabbt är osäkert: i en sammanställning av föräldraprogram fanns ingen avtagning alls under tre år, medan WSIPP:s siffror motsvarar mellan omkring 7 och 18 procent per år. Modellen låter dig se vad det betyder.',
      ],
    },
    {
      heading: 'Två sorters osäkerhet',
      paragraphs: [
        'Den första är slumpen: vilka barn som föds med vilka svårigheter, vems behov som upptäcks och vem som får en plats. Den finns alltid, och i en liten kommun är den stor: med 150 barn i en årskull kan antalet utan behörighet variera med flera barn från år till år, helt utan satsningar.',
        'Den andra gäller antagandena: hur stora effekterna verkligen är, vad stödet kostar och hur mycket ett liv i utanförskap kostar samhället. Modellen drar nya värden inom rimliga intervall i varje körning, så att spridningen i resultatet också visar hur osäker kunskapen är. Båda sorterna går att stänga av, för att se vad var och en betyder.',
      ],
    },
    {
      heading: 'Pengar',
      paragraphs: [
        'Kostnaden är det satsningen faktiskt använder: pengar som inte kan användas, till exempel för att det inte finns tillräckligt många barn att nå, räknas inte som kostnad och redovisas för sig. Vinsten är de kostnader som undviks när ett barn som annars hade hamnat i livslångt utanförskap i stället klarar sig. Beräkningarna bygger på Ingvar Nilssons och Anders Wadeskogs socioekonomiska kalkyler, som uppskattar kostnaden för en person i utanförskap från 20 till 65 års ålder till mellan 10 och 16 miljoner kronor. Kostnader och vinster längre fram räknas om till dagens värde med en diskonteringsränta.',
        'Vinsterna fördelas på kommunen, regionen och staten. En undviken kostnad är inte alltid pengar tillbaka i en budget: ofta frigör den tid hos personal som i stället kan ägna sig åt andra barn. Lars Hultkrantz förklarar i sin bok om sociala investeringsfonder (SNS 2015) varför skillnaden spelar roll när en fond ska få tillbaka sina pengar.',
      ],
    },
    {
      heading: 'Vad modellen lämnar utanför',
      paragraphs: [
        'Modellen värderar inte människors liv och lidande i pengar: ett barn som klarar skolan är värt mer än de kostnader som undviks. Den mäter bara ett utfall, behörighet till gymnasiet vid 16 år, och det som följer av det, inte psykisk hälsa, trygghet eller familjens välbefinnande i sig.',
        'Den förutsätter att pengar kan köpa platser och att stöd kan byggas upp på ett år. Den vet inget om vilket program som används eller hur väl det genomförs, utöver de genomsnittliga justeringarna. Den behandlar barn som lika i allt utom belastningen, inte efter bakgrund, skola eller bostadsområde. Flyttar in och ut ur kommunen räknas inte, och inte heller hur ett barn som får stöd påverkar sina klasskamrater. Effekter av flera insatser läggs samman, vilket kan överskatta dem. Trender i skolan i stort ligger utanför modellen.',
        'Siffrorna är därför ett sätt att tänka igenom en satsning och jämföra alternativ, inte en prognos som kan utlovas.',
      ],
    },
    {
      heading: 'Kommunerna bakom verktyget',
      paragraphs: [
        'Halvera bygger på tre verkliga fall. Hedemora kommun ville halvera antalet barn i riskzonen på tio år och föreslog att bygga upp en insatsbudget på 4,5 miljoner kronor för tidig upptäckt, en gemensam första linje och skolnärvaro. Nacka kommun avsatte 3 miljoner kronor för tidiga insatser 2013 och använde 558 000 kronor, mest till kompetensutveckling och ett försök att ta fram indikatorer. I Torshälla fick Team Samagera 3,8 miljoner kronor ur Eskilstunas sociala investeringsfond för föräldrastöd och samordnade individuella planer, men det tog ett år att bemanna projektet och specialpedagogen slutade två gånger.',
      ],
    },
  ] as AboutSection[],
  sourcesHeading: 'Källor',
  sourcesIntro:
    'Där ett årtal eller en siffra inte har kunnat kontrolleras står det i källförteckningen. Det som saknar källa är markerat som ett antagande, med skälet, i panelen med antaganden.',
  sources: ABOUT_SOURCES.map(formatCitation),
  assumptionWord: 'antagande',
  backLink: 'Tillbaka till verktyget',
  openLink: 'Så räknar modellen',
};
