// Recurring themes of the genre, with the phrases notes use about them.

export interface ThemeDef {
  /** Canonical name, as the truth lists it. */
  name: string;
  titles: readonly string[];
  /** Object of "berättar om …". */
  topic: string;
  from: number;
  sentences: readonly string[];
}

export const THEMES: readonly ThemeDef[] = [
  { name: 'Kunskapsbaserad socialtjänst', titles: ['Dagens tema: Kunskapsbaserad socialtjänst', 'Socialtjänsten som en kunskapsbaserad verksamhet'], topic: 'kunskapsbaserad socialtjänst', from: 2015,
    sentences: ['En kunskapsbaserad socialtjänst förväntas inhämta kunskap från flera källor, bland annat från brukarna själva.', 'Nätverket diskuterar vad kunskapsbaserad socialtjänst innebär för chefer i praktiken.'] },
  { name: 'Beprövad erfarenhet', titles: ['Om beprövad erfarenhet', 'Att arbeta i enlighet med beprövad erfarenhet'], topic: 'en definition av beprövad erfarenhet', from: 2015,
    sentences: ['Vad behövs för att man ska kunna säga att verksamheten bedrivs i enlighet med vetenskap och beprövad erfarenhet?', 'Dialog i grupper om hur beprövad erfarenhet kan dokumenteras.'] },
  { name: 'Evidensbaserad praktik', titles: ['Evidensbaserad praktik', 'Beforskade metoder'], topic: 'evidensbaserad praktik', from: 2015,
    sentences: ['Evidensbaserad praktik förutsätter att brukarens erfarenhet vägs in tillsammans med bästa tillgängliga kunskap.', 'Vad behöver man som chef ta reda på innan man inför en ny metod, även om den är beforskad enligt evidensbaserad praktik?'] },
  { name: 'Hållbar socialtjänst', titles: ['Hållbar socialtjänst – en ny socialtjänstlag SoU 2020:47', 'GR:s yttrande gällande Hållbar socialtjänst'], topic: 'utredningen Hållbar socialtjänst (SoU 2020:47)', from: 2020,
    sentences: ['Utredningen Hållbar socialtjänst (SoU 2020:47) föreslår att verksamheten ska bedrivas i överensstämmelse med vetenskap och beprövad erfarenhet.', 'Nätverket ställer sig bakom GR:s förslag till yttrande över Hållbar socialtjänst.'] },
  { name: 'Kvinnofrid', titles: ['Kvinnofrid', 'Satsning på kvinnofrid'], topic: 'regeringens satsning på kvinnofrid', from: 2015,
    sentences: ['Satsningen på kvinnofrid ska förstärka arbetet i regionerna.', 'Arbetet med kvinnofrid förväntas ske inom befintliga resurser, vilket är svårt.'] },
  { name: 'Våld i nära relationer', titles: ['Våld i nära relationer'], topic: 'arbetet mot våld i nära relationer', from: 2015,
    sentences: ['Vad är VGR:s medicinska ansvar gällande våld i nära relationer?', 'Upplevelsen är att det saknas adekvat stöd och samverkan för de som utsatts för våld i nära relationer.'] },
  { name: 'Hedersrelaterat våld', titles: ['Hedersrelaterat våld och förtryck'], topic: 'kunskapsläget om hedersrelaterat våld', from: 2015,
    sentences: ['Finns det intresse från kranskommuner att samverka kring insatser vid hedersrelaterat våld?', 'Kunskapen om hedersrelaterat våld behöver öka hos medarbetarna.'] },
  { name: 'Grovt våld och gängkriminalitet', titles: ['Strategi mot grovt våld och gängkriminalitet'], topic: 'läget kring grovt våld och gängkriminalitet', from: 2017,
    sentences: ['Hela regionen påverkas av grovt våld och gängkriminalitet, inte bara storstaden.', 'Dialog i grupper kring hur vi kan samarbeta om grovt våld och gängkriminalitet över kommungränserna.'] },
  { name: 'Förebyggande arbete', titles: ['Förebyggande arbete', 'Vad är effektivt riktat förebyggande arbete?'], topic: 'kommunens förebyggande arbete', from: 2015,
    sentences: ['Dialog och erfarenhetsutbyte kring vad som är effektivt förebyggande arbete.', 'Förebyggande arbete behöver långsiktig finansiering.'] },
  { name: 'Välfärdsteknik', titles: ['Verksamhetsutveckling med välfärdsteknik'], topic: 'verksamhetsutveckling med hjälp av välfärdsteknik', from: 2016,
    sentences: ['Kommunerna har uttryckt behov av stöd för att komma vidare med välfärdsteknik.', 'Rapporten om välfärdsteknik från FoU i Väst skickas med anteckningarna.'] },
  { name: 'Digitalisering', titles: ['Digitalisering', 'Digitalisering i socialtjänsten'], topic: 'digitalisering i socialtjänsten', from: 2015,
    sentences: ['Digitalisering av ansökan om ekonomiskt stöd har prövats i flera kommuner.', 'Nätverket vill fördjupa frågan om digitalisering på kommande träff.'] },
  { name: 'God och nära vård', titles: ['Omställningen till god och nära vård'], topic: 'omställningen till en god och nära vård', from: 2019,
    sentences: ['Inom GR/FoU i Väst pågår tre studier kopplade till omställningen av en god och nära vård.', 'Kommunerna ska rekvirera medel för god och nära vård senast i december.'] },
  { name: 'Familjehem', titles: ['Familjehemsvård', 'Rekrytering av familjehem'], topic: 'rekrytering och stöd till familjehem', from: 2015,
    sentences: ['Det är fortsatt svårt att rekrytera familjehem i hela regionen.', 'En kartläggning av familjehemssituationen kan vara ett första steg.'] },
  { name: 'Barn och unga', titles: ['Barn och unga', 'Stöd till föräldrar med barn som blir placerade'], topic: 'situationen för barn och unga', from: 2015,
    sentences: ['Behoven hos barn och unga med komplex problematik ökar.', 'Nätverket får fortsatt information om FoU-arbetet om barn och unga.'] },
  { name: 'Missbruk och beroende', titles: ['Missbruk och beroende', 'Missbruk och samsjuklighet'], topic: 'vad som är aktuellt inom missbruk och beroende', from: 2015,
    sentences: ['Mer information om vad som är aktuellt inom missbruk och beroende kommer på nästa nätverksmöte.', 'Samverkan med VGR kring missbruk och beroende behöver förbättras.'] },
  { name: 'Psykisk hälsa', titles: ['Psykisk hälsa', 'Överenskommelse om psykisk hälsa'], topic: 'överenskommelsen om psykisk hälsa', from: 2015,
    sentences: ['En ny överenskommelse mellan regeringen och SKR om psykisk hälsa är på gång.', 'Satsningarna på psykisk hälsa riktas särskilt mot ungdomsmottagningar.'] },
  { name: 'Ekonomiskt bistånd', titles: ['Ekonomiskt bistånd', 'Utvecklingen inom ekonomiskt bistånd'], topic: 'utvecklingen inom ekonomiskt bistånd', from: 2015,
    sentences: ['Kostnaderna för ekonomiskt bistånd ökar i flera kommuner.', 'Nätverket jämför arbetssätt inom ekonomiskt bistånd.'] },
  { name: 'Kompetensförsörjning', titles: ['Kompetensförsörjning', 'Bemanning, kompetens och stabilitet'], topic: 'kompetensförsörjning i socialtjänsten', from: 2015,
    sentences: ['Kompetensförsörjning är en av de största utmaningarna för socialtjänsten.', 'Hög personalomsättning påverkar kompetensförsörjning och kvalitet.'] },
  { name: 'Samordnad individuell plan (SIP)', titles: ['SIP – samordnad individuell plan'], topic: 'arbetet med samordnad individuell plan (SIP)', from: 2015,
    sentences: ['En koordinator för samordnad individuell plan (SIP) har anställts för kommunerna och VGR.', 'Uppföljningen av samordnad individuell plan (SIP) fortsätter under året.'] },
  { name: 'Hot och våld i välfärden', titles: ['Hot, hat och våld i välfärden'], topic: 'kraftsamlingen mot hot och våld i välfärden', from: 2021,
    sentences: ['Representanter från kranskommunerna skickar med det de ser som viktigt kring hot och våld i välfärden.', 'Arbetsgivare behöver stötta medarbetare som utsätts för hot och våld i välfärden.'] },
];
